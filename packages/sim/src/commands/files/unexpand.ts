/**
 * unexpand (GNU coreutils 9.1): runs of blanks that reach a tab stop become
 * tabs; by default only a line's leading blanks, -a (or -t) all of them,
 * --first-only leading ones again. The state machine is unexpand.c's,
 * including the single blank before a stop that stays a blank. Columns count
 * bytes; the inputs are one stream.
 */
import type { ByteString } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, readOperand, strerror } from "./program.js";
import { quoteIfNeeded } from "./quote.js";
import { type TabStops, nextTabColumn, parseTabStops } from "./tab-stops.js";

interface LineState {
  convert: boolean;
  column: number;
  nextTab: number;
  index: { i: number };
  oneBlankBeforeStop: boolean;
  prevBlank: boolean;
  pending: string;
}

const fresh = (): LineState => ({
  convert: true, column: 0, nextTab: 0, index: { i: 0 }, oneBlankBeforeStop: false, prevBlank: true, pending: "",
});

/** `data` unexpanded; `eof` flushes blanks still pending at the end of the last input */
function unexpandBytes(data: string, tabs: TabStops, all: boolean, st: LineState, eof: boolean): { out: string; st: LineState } {
  let out = "";
  const n = data.length + (eof ? 1 : 0);
  for (let k = 0; k < n; k++) {
    // undefined: end of input (unexpand.c's EOF)
    let c: string | undefined = data[k];
    if (st.convert) {
      const blank = c === " " || c === "\t";
      if (blank) {
        const next = nextTabColumn(tabs, st.column, st.index);
        if (next === undefined) st.convert = false;
        else st.nextTab = next;
        if (st.convert) {
          if (c === "\t") {
            st.column = st.nextTab;
            if (st.pending) st.pending = `\t${st.pending.slice(1)}`;
          } else {
            st.column++;
            if (!(st.prevBlank && st.column === st.nextTab)) {
              // not yet known whether the pending blanks become a tab
              if (st.column === st.nextTab) st.oneBlankBeforeStop = true;
              st.pending += c;
              st.prevBlank = true;
              continue;
            }
            c = "\t";
            if (st.pending) st.pending = `\t${st.pending.slice(1)}`;
          }
          // discard pending blanks, unless it was a single blank just before the previous stop
          st.pending = st.oneBlankBeforeStop ? st.pending.slice(0, 1) : "";
        }
      } else if (c === "\b") {
        if (st.column > 0) st.column--;
        st.nextTab = st.column;
        if (st.index.i > 0) st.index.i--;
      } else st.column++;
      if (st.pending) {
        if (st.pending.length > 1 && st.oneBlankBeforeStop) st.pending = `\t${st.pending.slice(1)}`;
        out += st.pending;
        st.pending = "";
        st.oneBlankBeforeStop = false;
      }
      st.prevBlank = blank;
      st.convert = st.convert && (all || blank);
    }
    if (c === undefined) break;
    out += c;
    if (c === "\n") st = fresh();
  }
  return { out, st };
}

function run(proc: Process): number {
  // -NUM: a tab list that, unlike -t, does not turn on -a
  const args: string[] = [];
  const digits: string[] = [];
  const rest = proc.argv.slice(1);
  const end = rest.indexOf("--");
  rest.forEach((a, i) => ((end < 0 || i < end) && /^-\d+$/.test(a) ? digits.push(a.slice(1)) : args.push(a)));
  const parsed = parseOrUsage(
    proc,
    "unexpand",
    [
      { key: "a", short: "a", long: "all" },
      { key: "first", long: "first-only" },
      { key: "t", short: "t", long: "tabs", arg: "required" },
    ],
    { argv: args },
  );
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const tabs = parseTabStops([...digits, ...o.values("t")]);
  if ("error" in tabs) {
    proc.stderr.write(`unexpand: ${tabs.error}\n`);
    return 1;
  }
  const all = !o.has("first") && (o.has("a") || o.has("t"));
  let st = fresh();
  let status = 0;
  const ops = parsed.operands.length > 0 ? parsed.operands : ["-"];
  for (const [i, op] of ops.entries()) {
    proc.budget.charge(1);
    const r = readOperand(proc, op);
    const last = i === ops.length - 1;
    if (!r.ok) {
      proc.stderr.write(`unexpand: ${quoteIfNeeded(op)}: ${strerror(r.errno)}\n`);
      status = 1;
      if (last) proc.stdout.writeBytes(unexpandBytes("", tabs, all, st, true).out as ByteString);
      continue;
    }
    proc.budget.charge(Math.ceil(r.value.length / 4096));
    const res = unexpandBytes(r.value, tabs, all, st, last);
    st = res.st;
    proc.stdout.writeBytes(res.out as ByteString);
  }
  return status;
}

export const unexpand: Command = {
  name: "unexpand",
  summary: "unexpand - convert spaces to tabs",
  man: `NAME
unexpand - convert spaces to tabs

SYNOPSIS
unexpand [OPTION]... [FILE]...

DESCRIPTION
Convert blanks in each FILE to tabs, writing to standard output.

With no FILE, or when FILE is -, read standard input.

-a, --all
       convert all blanks, instead of just initial blanks

--first-only
       convert only leading sequences of blanks (overrides -a)

-t, --tabs=N
       have tabs N characters apart instead of 8 (enables -a)

-t, --tabs=LIST
       use comma separated list of tab positions.  The last specified
       position can be prefixed with '/' to specify a tab size to use after
       the last explicitly specified tab stop.  Also a prefix of '+' can be
       used to align remaining tab stops relative to the last specified tab
       stop instead of the first column

SEE ALSO
expand(1)
`,
  run,
};
