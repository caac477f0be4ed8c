/**
 * cmp (GNU diffutils 3.8): compare two files byte by byte. The first
 * difference ("a b differ: byte 5, line 2"), -l every differing byte in
 * octal, -b the bytes themselves, -s only the status; a shorter file ends
 * with "cmp: EOF on a after byte 4, line 1". -i/--ignore-initial and the
 * SKIP operands skip bytes (the larger of the two counts wins, as in GNU's
 * specify_ignore_initial), -n/--bytes stops after LIMIT bytes; both take
 * xstrtoumax's numbers (0x hex, 0 octal, K M G T P E suffixes, kB = 1000).
 * Exit 0 same, 1 different, 2 trouble.
 */
import type { ByteString } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOptions, Options } from "./options.js";
import { readOperand, strerror } from "./program.js";

function trouble(proc: Process, msg: string): number {
  proc.stderr.write(`cmp: ${msg}\ncmp: Try 'cmp --help' for more information.\n`);
  return 2;
}

/** a byte as cmp -b shows it: c, ^J, ^?, M-a */
function showByte(c: number): string {
  if (c >= 128) return `M-${showByte(c - 128)}`;
  if (c < 32) return `^${String.fromCharCode(c + 64)}`;
  if (c === 127) return "^?";
  return String.fromCharCode(c);
}

const oct = (c: number) => c.toString(8).padStart(3, " ");

const SUFFIX_POWER: Record<string, number> = { K: 1, k: 1, M: 2, G: 3, T: 4, P: 5, E: 6 };

/**
 * A byte count as xstrtoumax reads it with cmp's suffixes, or undefined when
 * it is not one (or past 2^64 - 1). Counts past what a file can hold keep
 * their magnitude, not their precision.
 */
function byteCount(text: string): number | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)(?:([KkMGTPE])(B|iB)?)?$/.exec(text);
  if (!m) return undefined;
  const base = m[3] === "B" ? 1000n : 1024n;
  const n = BigInt(m[1].startsWith("0") && !/^0[xX]/.test(m[1]) && m[1].length > 1 ? `0o${m[1].slice(1)}` : m[1]);
  const v = m[2] ? n * base ** BigInt(SUFFIX_POWER[m[2]]) : n;
  return v > 18446744073709551615n ? undefined : Number(v);
}

const VERSION = `cmp (GNU diffutils) 3.8
Copyright (C) 2021 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Torbjorn Granlund and David MacKenzie.
`;

function run(proc: Process): number {
  const r = parseOptions(proc.argv.slice(1), [
    { key: "s", short: "s", long: "quiet" },
    { key: "s", long: "silent" },
    { key: "l", short: "l", long: "verbose" },
    { key: "b", short: "b", long: "print-bytes" },
    { key: "i", short: "i", long: "ignore-initial", arg: "required" },
    { key: "n", short: "n", long: "bytes", arg: "required" },
    { key: "help", long: "help" },
    { key: "version", short: "v", long: "version" },
  ]);
  if (!r.ok) return trouble(proc, r.error);
  const o = new Options(r.list);
  if (o.has("help")) {
    proc.stdout.write("Usage: cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]\nCompare two files byte by byte.\nSee 'man cmp' for the options this system supports.\n");
    return 0;
  }
  if (o.has("version")) {
    proc.stdout.write(VERSION);
    return 0;
  }
  const ops = r.operands;
  if (ops.length === 0) return trouble(proc, "missing operand after 'cmp'");
  if (o.has("l") && o.has("s")) return trouble(proc, "options -l and -s are incompatible");
  const skips = [0, 0];
  const skip = (k: number, v: string): boolean => {
    const n = byteCount(v);
    if (n === undefined) return false;
    skips[k] = Math.max(skips[k], n);
    return true;
  };
  for (const p of r.list) {
    if (p.key !== "i") continue;
    const v = p.value ?? "";
    const colon = v.indexOf(":");
    const [a, b] = colon < 0 ? [v, v] : [v.slice(0, colon), v.slice(colon + 1)];
    // the error quotes the text from where the failing count starts, as GNU's specify_ignore_initial does
    if (!skip(0, a)) return trouble(proc, `invalid --ignore-initial value '${v}'`);
    if (!skip(1, b)) return trouble(proc, `invalid --ignore-initial value '${b}'`);
  }
  for (const [k, v] of ops.slice(2, 4).entries()) if (!skip(k, v)) return trouble(proc, `invalid --ignore-initial value '${v}'`);
  if (ops.length > 4) return trouble(proc, `extra operand '${ops[4]}'`);
  let limit = Infinity;
  for (const p of r.list) {
    if (p.key !== "n") continue;
    const n = byteCount(p.value ?? "");
    if (n === undefined) return trouble(proc, `invalid --bytes value '${p.value}'`);
    limit = n;
  }
  const names = [ops[0], ops[1] ?? "-"];
  const quiet = o.has("s");
  const data: ByteString[] = [];
  for (const name of names) {
    const d = readOperand(proc, name);
    if (!d.ok) {
      if (!quiet) proc.stderr.write(`cmp: ${name}: ${strerror(d.errno)}\n`);
      return 2;
    }
    data.push(d.value);
  }
  // past the limit nothing is read: the files end there as far as cmp knows
  const x = data[0].slice(skips[0], skips[0] + limit);
  const y = data[1].slice(skips[1], skips[1] + limit);
  const common = Math.min(x.length, y.length);
  proc.budget.charge(Math.ceil(common / 4096));
  const [n1, n2] = names;
  if (o.has("l")) {
    const width = String(common).length;
    let out = "";
    let differ = false;
    for (let i = 0; i < common; i++) {
      // written as it grows: two large files differing everywhere must not build one huge string first
      if (out.length >= 65536) {
        proc.stdout.write(out);
        out = "";
      }
      const a = x.charCodeAt(i);
      const b = y.charCodeAt(i);
      if (a === b) continue;
      differ = true;
      if (!quiet) {
        out += o.has("b")
          ? `${String(i + 1).padStart(width)} ${oct(a)} ${showByte(a).padEnd(4)} ${oct(b)} ${showByte(b)}\n`
          : `${String(i + 1).padStart(width)} ${oct(a)} ${oct(b)}\n`;
      }
    }
    proc.stdout.write(out);
    if (x.length !== y.length) {
      if (!quiet) eof(proc, x.length < y.length ? n1 : n2, common, x.slice(0, common), true);
      return 1;
    }
    return differ ? 1 : 0;
  }
  let line = 1;
  for (let i = 0; i < common; i++) {
    const a = x.charCodeAt(i);
    const b = y.charCodeAt(i);
    if (a !== b) {
      if (!quiet) {
        const bytes = o.has("b") ? ` is ${oct(a)} ${showByte(a)} ${oct(b)} ${showByte(b)}` : "";
        proc.stdout.write(`${n1} ${n2} differ: byte ${i + 1}, line ${line}${bytes}\n`);
      }
      return 1;
    }
    if (a === 10) line++;
  }
  if (x.length === y.length) return 0;
  if (!quiet) eof(proc, x.length < y.length ? n1 : n2, common, x.slice(0, common), false);
  return 1;
}

/** "cmp: EOF on NAME after byte N, line L" (", in line L" mid-line; -l: no line) */
function eof(proc: Process, name: string, at: number, prefix: string, verbose: boolean): void {
  if (at === 0) {
    proc.stderr.write(`cmp: EOF on ${name} which is empty\n`);
    return;
  }
  if (verbose) {
    proc.stderr.write(`cmp: EOF on ${name} after byte ${at}\n`);
    return;
  }
  let newlines = 0;
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) === 10) newlines++;
  const where = prefix.endsWith("\n") ? `line ${newlines}` : `in line ${newlines + 1}`;
  proc.stderr.write(`cmp: EOF on ${name} after byte ${at}, ${where}\n`);
}

export const cmp: Command = {
  name: "cmp",
  summary: "cmp - compare two files byte by byte",
  man: `NAME
cmp - compare two files byte by byte

SYNOPSIS
cmp [OPTION]... FILE1 [FILE2 [SKIP1 [SKIP2]]]

DESCRIPTION
Compare two files byte by byte.

The optional SKIP1 and SKIP2 specify the number of bytes to skip at the
beginning of each file (zero by default).

-b, --print-bytes
       print differing bytes

-i, --ignore-initial=SKIP
       skip first SKIP bytes of both inputs

-i, --ignore-initial=SKIP1:SKIP2
       skip first SKIP1 bytes of FILE1 and first SKIP2 bytes of FILE2

-l, --verbose
       output byte numbers and differing byte values

-n, --bytes=LIMIT
       compare at most LIMIT bytes

-s, --quiet, --silent
       suppress all normal output

--help display this help and exit

-v, --version
       output version information and exit

If a FILE is '-' or missing, read standard input. Exit status is 0 if
inputs are the same, 1 if different, 2 if trouble.
`,
  run,
};
