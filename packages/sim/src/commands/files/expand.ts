/**
 * expand (GNU coreutils 9.1): tabs to spaces, up to the next tab stop
 * (tab-stops.ts); -i only in a line's leading blanks. Columns count bytes,
 * as Debian's expand does (é takes two); a backspace goes back one. The
 * inputs are one stream, as in expand.c: a line may run on into the next file.
 */
import type { ByteString } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { type OptionSpec, obsoleteNumberOption } from "./options.js";
import { parseOrUsage, readOperand, strerror } from "./program.js";
import { quoteIfNeeded } from "./quote.js";
import { type TabStops, nextTabColumn, parseTabStops } from "./tab-stops.js";

/** expand's state across its inputs: the column and where the line's tab scan is */
interface LineState {
  column: number;
  index: { i: number };
  convert: boolean;
}

function expandBytes(data: string, tabs: TabStops, initial: boolean, st: LineState): string {
  let out = "";
  for (let k = 0; k < data.length; k++) {
    let c = data[k];
    if (st.convert) {
      if (c === "\t") {
        let next = nextTabColumn(tabs, st.column, st.index);
        // past a list's last stop a tab is one space
        if (next === undefined) next = st.column + 1;
        while (++st.column < next) out += " ";
        c = " ";
      } else if (c === "\b") {
        if (st.column > 0) st.column--;
        if (st.index.i > 0) st.index.i--;
      } else st.column++;
      st.convert = !initial || c === " " || c === "\t";
    }
    out += c;
    if (c === "\n") {
      st.column = 0;
      st.index.i = 0;
      st.convert = true;
    }
  }
  return out;
}

const SPECS: OptionSpec[] = [
  { key: "i", short: "i", long: "initial" },
  { key: "t", short: "t", long: "tabs", arg: "required" },
];

function run(proc: Process): number {
  const parsed = parseOrUsage(
    proc,
    "expand",
    SPECS,
    { argv: obsoleteNumberOption(proc.argv.slice(1), "t", SPECS) },
  );
  if ("exit" in parsed) return parsed.exit;
  const tabs = parseTabStops(parsed.opts.values("t"));
  if ("error" in tabs) {
    proc.stderr.write(`expand: ${tabs.error}\n`);
    return 1;
  }
  const st: LineState = { column: 0, index: { i: 0 }, convert: true };
  let status = 0;
  for (const op of parsed.operands.length > 0 ? parsed.operands : ["-"]) {
    proc.budget.charge(1);
    const r = readOperand(proc, op);
    if (!r.ok) {
      proc.stderr.write(`expand: ${quoteIfNeeded(op)}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    proc.budget.charge(Math.ceil(r.value.length / 4096));
    proc.stdout.writeBytes(expandBytes(r.value, tabs, parsed.opts.has("i"), st) as ByteString);
  }
  return status;
}

export const expand: Command = {
  name: "expand",
  summary: "expand - convert tabs to spaces",
  man: `NAME
expand - convert tabs to spaces

SYNOPSIS
expand [OPTION]... [FILE]...

DESCRIPTION
Convert tabs in each FILE to spaces, writing to standard output.

With no FILE, or when FILE is -, read standard input.

-i, --initial
       do not convert tabs after non blanks

-t, --tabs=N
       have tabs N characters apart, not 8

-t, --tabs=LIST
       use comma separated list of tab positions.  The last specified
       position can be prefixed with '/' to specify a tab size to use after
       the last explicitly specified tab stop.  Also a prefix of '+' can be
       used to align remaining tab stops relative to the last specified tab
       stop instead of the first column

SEE ALSO
unexpand(1)
`,
  run,
};
