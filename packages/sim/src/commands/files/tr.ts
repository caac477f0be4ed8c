/**
 * tr (GNU coreutils 9.1): translate (SET1 -> SET2), delete (-d) or squeeze
 * (-s) bytes; -c complements SET1, -t truncates it to SET2's length. Bytes,
 * not characters, as Debian's tr works (it has no multibyte support): `tr é
 * e` maps both bytes of é, and `tr -d é` leaves the other halves of ö behind.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage } from "./program.js";
import { quoteLocale } from "./quote.js";
import { type ByteString, fromUint8Array, utf8Encode } from "../../bytes.js";

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

/** Expand a tr SET (its bytes) into its bytes, as one-char strings; an error text when malformed. */
function expand(set: ByteString): string[] | string {
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
  if (needTwo && !o.has("t") && ops[1] === "") {
    proc.stderr.write("tr: when not truncating set1, string2 must be non-empty\n");
    return 1;
  }
  const s1 = expand(utf8Encode(ops[0]));
  const s2 = ops[1] === undefined ? [] : expand(utf8Encode(ops[1]));
  if (typeof s1 === "string" || typeof s2 === "string") {
    proc.stderr.write(`tr: ${typeof s1 === "string" ? s1 : s2}\n`);
    return 1;
  }
  // SET1 as bytes; complemented, every other byte in ascending order
  let set1 = s1.map((c) => c.charCodeAt(0));
  if (o.has("c")) {
    const inSet = new Set(set1);
    set1 = [];
    for (let b = 0; b < 256; b++) if (!inSet.has(b)) set1.push(b);
  }
  const set2 = s2.map((c) => c.charCodeAt(0));
  const deleting = new Uint8Array(256);
  const squeezing = new Uint8Array(256);
  const into = new Int16Array(256).map((_, b) => b);
  if (del) for (const b of set1) deleting[b] = 1;
  if (needTwo) {
    // SET2 padded with its last byte to SET1's length, or SET1 cut to SET2's (-t); a later mapping of a byte wins
    const n = o.has("t") ? Math.min(set1.length, set2.length) : set1.length;
    for (let i = 0; i < n; i++) into[set1[i]] = set2[Math.min(i, set2.length - 1)];
  }
  if (squeeze) for (const b of del || !needTwo ? (del ? set2 : set1) : set2) squeezing[b] = 1;
  const input = proc.stdin.bytes();
  const out = new Uint8Array(input.length);
  let n = 0;
  let prev = -1;
  for (let i = 0; i < input.length; i++) {
    const b = input.charCodeAt(i);
    if (deleting[b]) continue;
    const c = into[b];
    if (squeezing[c] && c === prev) continue;
    out[n++] = c;
    prev = c;
  }
  proc.stdout.writeBytes(fromUint8Array(out.subarray(0, n)));
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
