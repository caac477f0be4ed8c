/** tr (GNU coreutils 9.1): translate (SET1 -> SET2), delete (-d) or squeeze (-s) characters; -c complements SET1. */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage } from "./program.js";
import { quoteLocale } from "./quote.js";
import { utf8Decode } from "../../bytes.js";

const CLASSES: Record<string, () => string[]> = {
  upper: () => range("A", "Z"),
  lower: () => range("a", "z"),
  digit: () => range("0", "9"),
  alpha: () => [...range("A", "Z"), ...range("a", "z")],
  alnum: () => [...range("0", "9"), ...range("A", "Z"), ...range("a", "z")],
  space: () => [" ", "\t", "\n", "\r", "\f", "\v"],
  blank: () => [" ", "\t"],
  punct: () => [...range("!", "/"), ...range(":", "@"), ...range("[", "`"), ...range("{", "~")],
  cntrl: () => [...range("\0", "\x1f"), "\x7f"],
  xdigit: () => [...range("0", "9"), ...range("A", "F"), ...range("a", "f")],
};

function range(a: string, b: string): string[] {
  const out: string[] = [];
  for (let c = a.codePointAt(0)!; c <= b.codePointAt(0)!; c++) out.push(String.fromCodePoint(c));
  return out;
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07", b: "\b", "\\": "\\" };

/** Expand a tr SET into its characters; an error text when malformed. */
function expand(set: string): string[] | string {
  const chars = [...set];
  const units: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === "\\" && i + 1 < chars.length) {
      const n = chars[++i];
      if (/[0-7]/.test(n)) {
        let oct = n;
        while (oct.length < 3 && /[0-7]/.test(chars[i + 1] ?? "")) oct += chars[++i];
        units.push(String.fromCharCode(Number.parseInt(oct, 8)));
      } else units.push(ESCAPES[n] ?? n);
    } else units.push(chars[i]);
  }
  const out: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const rest = units.slice(i).join("");
    const cls = /^\[:([a-z]+):\]/.exec(rest);
    if (cls) {
      const f = CLASSES[cls[1]];
      if (!f) return `invalid character class ${quoteLocale(cls[1])}`;
      out.push(...f());
      i += cls[0].length - 1;
      continue;
    }
    if (units[i + 1] === "-" && units[i + 2] !== undefined) {
      if (units[i + 2] < units[i])
        return `range-endpoints of '${units[i]}-${units[i + 2]}' are in reverse collating sequence order`;
      out.push(...range(units[i], units[i + 2]));
      i += 2;
      continue;
    }
    out.push(units[i]);
  }
  return out;
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "tr", [
    { key: "d", short: "d", long: "delete" },
    { key: "s", short: "s", long: "squeeze-repeats" },
    { key: "c", short: "c", long: "complement" },
    { key: "c", short: "C" },
    { key: "t", short: "t", long: "truncate-set1" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const ops = parsed.operands;
  const del = o.has("d");
  const squeeze = o.has("s");
  const hint = "Try 'tr --help' for more information.\n";
  if (ops.length === 0) {
    proc.stderr.write(`tr: missing operand\n${hint}`);
    return 1;
  }
  const needTwo = !del && !(squeeze && ops.length === 1);
  if (needTwo && ops.length < 2) {
    proc.stderr.write(`tr: missing operand after ${quoteLocale(ops[0])}\nTwo strings must be given when translating.\n${hint}`);
    return 1;
  }
  const maxOps = del && squeeze ? 2 : needTwo ? 2 : 1;
  if (ops.length > maxOps) {
    proc.stderr.write(`tr: extra operand ${quoteLocale(ops[maxOps])}\n${del && !squeeze ? "Only one string may be given when deleting without squeezing repeats.\n" : ""}${hint}`);
    return 1;
  }
  const s1 = expand(ops[0]);
  const s2 = ops[1] === undefined ? [] : expand(ops[1]);
  if (typeof s1 === "string" || typeof s2 === "string") {
    proc.stderr.write(`tr: ${typeof s1 === "string" ? s1 : s2}\n`);
    return 1;
  }
  const set1 = new Set(s1);
  const inSet1 = (ch: string) => set1.has(ch) !== o.has("c");
  const map = new Map<string, string>();
  if (needTwo && !o.has("c")) s1.forEach((c, i) => map.set(c, s2[Math.min(i, s2.length - 1)] ?? c));
  const squeezeSet = new Set(del || !needTwo ? (del ? s2 : s1) : s2);
  const text = utf8Decode(proc.stdin.bytes());
  let out = "";
  let prev: string | undefined;
  for (const ch of text) {
    let c = ch;
    if (del && inSet1(c)) continue;
    if (needTwo) {
      if (o.has("c")) {
        if (inSet1(c)) c = s2[s2.length - 1] ?? c;
      } else c = map.get(c) ?? c;
    }
    if (squeeze && c === prev && squeezeSet.has(c)) continue;
    out += c;
    prev = c;
  }
  proc.stdout.write(out);
  return 0;
}

export const tr: Command = {
  name: "tr",
  summary: "tr - translate or delete characters",
  man: `NAME
tr - translate or delete characters

SYNOPSIS
tr [OPTION]... STRING1 [STRING2]

DESCRIPTION
Translate, squeeze, and/or delete characters from standard input, writing
to standard output.

-c, -C, --complement
       use the complement of STRING1

-d, --delete
       delete characters in STRING1, do not translate

-s, --squeeze-repeats
       replace each sequence of a repeated character that is listed in the
       last specified SET, with a single occurrence of that character

EXAMPLES
tr a-z A-Z
       Convert lower case to upper case.
`,
  run,
};
