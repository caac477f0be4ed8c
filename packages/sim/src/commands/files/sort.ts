/**
 * sort (GNU coreutils 9.1) in the C.UTF-8 locale: lines compared byte by
 * byte (or numerically with -n, by size with -h: 2K before 1M), with keys
 * (-k, -t), -r, -u, -f, -o. Ties on
 * the keys fall back to comparing whole lines, as GNU does without -s.
 */
import { utf8Decode, utf8Encode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, readOperand, splitLines, strerror } from "./program.js";
import { quoteLocale } from "./quote.js";

interface Key {
  startField: number;
  endField?: number;
  numeric: boolean;
  /** -h: a number with a size suffix (K, M, G, ... as du -h prints them) */
  human: boolean;
  reverse: boolean;
  fold: boolean;
}

function parseKey(spec: string, global: { n: boolean; h: boolean; r: boolean; f: boolean }): Key | undefined {
  const m = /^(\d+)(?:\.\d+)?([bdfgMhnRrV]*)(?:,(\d+)(?:\.\d+)?([bdfgMhnRrV]*))?$/.exec(spec);
  if (!m || Number(m[1]) === 0) return undefined;
  const flags = (m[2] ?? "") + (m[4] ?? "");
  const any = flags.length > 0;
  return {
    startField: Number(m[1]),
    endField: m[3] === undefined ? undefined : Number(m[3]),
    numeric: any ? /[ng]/.test(flags) : global.n,
    human: any ? flags.includes("h") : global.h,
    reverse: any ? flags.includes("r") : global.r,
    fold: any ? flags.includes("f") : global.f,
  };
}

/** the text of fields start..end; without a separator a field keeps its leading blanks */
function keyText(line: string, key: Key, sep: string | undefined): string {
  let starts: number[];
  let ends: number[];
  if (sep !== undefined) {
    starts = [0];
    ends = [];
    for (let i = 0; i < line.length; i++) if (line[i] === sep) {
      ends.push(i);
      starts.push(i + 1);
    }
    ends.push(line.length);
  } else {
    starts = [];
    ends = [];
    let i = 0;
    while (i < line.length) {
      const s = i;
      while (i < line.length && (line[i] === " " || line[i] === "\t")) i++;
      while (i < line.length && line[i] !== " " && line[i] !== "\t") i++;
      starts.push(s);
      ends.push(i);
    }
  }
  const a = key.startField - 1;
  if (a >= starts.length) return "";
  const b = key.endField === undefined ? ends.length - 1 : Math.min(key.endField - 1, ends.length - 1);
  return line.slice(starts[a], b >= a ? ends[b] : starts[a]);
}

function numericValue(s: string): number {
  const m = /^\s*(-?\d*\.?\d+|-?\d+\.?)/.exec(s);
  return m ? Number(m[1]) : 0;
}

/** -h: the suffix's rank first (none, K, M, G, T, P, E, Z, Y; a negative number turns it round), then the number */
function humanCompare(a: string, b: string): number {
  const rank = (s: string) => {
    const m = /^\s*(-?)\d*\.?\d*([KkMGTPEZY]?)/.exec(s);
    const r = m ? " KMGTPEZY".indexOf(m[2] === "k" ? "K" : m[2] || " ") : 0;
    return m?.[1] === "-" ? -r : r;
  };
  return rank(a) - rank(b) || numericValue(a) - numericValue(b);
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "sort", [
    { key: "r", short: "r", long: "reverse" },
    { key: "n", short: "n", long: "numeric-sort" },
    { key: "h", short: "h", long: "human-numeric-sort" },
    { key: "u", short: "u", long: "unique" },
    { key: "f", short: "f", long: "ignore-case" },
    { key: "k", short: "k", long: "key", arg: "required" },
    { key: "t", short: "t", long: "field-separator", arg: "required" },
    { key: "o", short: "o", long: "output", arg: "required" },
    { key: "s", short: "s", long: "stable" },
    { key: "b", short: "b", long: "ignore-leading-blanks" },
  ], { usageStatus: 2 });
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const global = { n: o.has("n"), h: o.has("h"), r: o.has("r"), f: o.has("f") };
  const sep = o.value("t");
  if (sep !== undefined && [...sep].length !== 1) {
    proc.stderr.write(`sort: multi-character tab ${quoteLocale(sep)}\n`);
    return 2;
  }
  const keys: Key[] = [];
  for (const k of o.values("k")) {
    const key = parseKey(k, global);
    if (!key) {
      proc.stderr.write(`sort: invalid number at field start: invalid count at start of ${quoteLocale(k)}\n`);
      return 2;
    }
    keys.push(key);
  }
  if (keys.length === 0) keys.push({ startField: 1, numeric: global.n, human: global.h, reverse: global.r, fold: global.f });
  const whole = keys.length === 1 && keys[0].startField === 1 && keys[0].endField === undefined && o.values("k").length === 0;
  let lines: string[] = [];
  for (const f of parsed.operands.length ? parsed.operands : ["-"]) {
    const r = readOperand(proc, f);
    if (!r.ok) {
      proc.stderr.write(`sort: cannot read: ${f}: ${strerror(r.errno)}\n`);
      return 2;
    }
    lines = lines.concat(splitLines(utf8Decode(r.value)));
  }
  proc.budget.charge(lines.length);
  const compareKeys = (a: string, b: string): number => {
    for (const k of keys) {
      let x = whole ? a : keyText(a, k, sep);
      let y = whole ? b : keyText(b, k, sep);
      let c: number;
      if (k.human) c = humanCompare(x, y);
      else if (k.numeric) c = numericValue(x) - numericValue(y);
      else {
        if (k.fold) {
          x = x.toUpperCase();
          y = y.toUpperCase();
        }
        c = cmpStr(x, y);
      }
      if (c !== 0) return k.reverse ? -c : c;
    }
    return 0;
  };
  const sorted = [...lines].sort((a, b) => {
    const c = compareKeys(a, b);
    if (c !== 0 || o.has("u") || o.has("s")) return c;
    const last = cmpStr(a, b);
    return global.r ? -last : last;
  });
  const out = o.has("u") ? sorted.filter((l, i) => i === 0 || compareKeys(sorted[i - 1], l) !== 0) : sorted;
  const text = out.map((l) => `${l}\n`).join("");
  const dest = o.value("o");
  if (dest !== undefined) {
    const w = proc.host.fs.writeFile(proc.resolve(dest), utf8Encode(text));
    if (!w.ok) {
      proc.stderr.write(`sort: open failed: ${dest}: ${strerror(w.errno)}\n`);
      return 2;
    }
    return 0;
  }
  proc.stdout.write(text);
  return 0;
}

export const sort: Command = {
  name: "sort",
  summary: "sort - sort lines of text files",
  man: `NAME
sort - sort lines of text files

SYNOPSIS
sort [OPTION]... [FILE]...

DESCRIPTION
Write sorted concatenation of all FILE(s) to standard output.

-f, --ignore-case
       fold lower case to upper case characters

-n, --numeric-sort
       compare according to string numerical value

-r, --reverse
       reverse the result of comparisons

-k, --key=KEYDEF
       sort via a key; KEYDEF gives location and type

-o, --output=FILE
       write result to FILE instead of standard output

-t, --field-separator=SEP
       use SEP instead of non-blank to blank transition

-u, --unique
       output only the first of an equal run
`,
  run,
};
