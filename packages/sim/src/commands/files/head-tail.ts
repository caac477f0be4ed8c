/**
 * head and tail (GNU coreutils 9.1): the first or last part of files, by
 * lines (-n) or bytes (-c). `head -n -N` prints all but the last N lines,
 * `tail -n +N` starts at line N; several files get "==> name <==" headers.
 * `tail -f` cannot wait for more data here: the file is printed once and a
 * note on standard error says that following is not available. An endless
 * device (/dev/zero, /dev/urandom) is read a chunk at a time until head has
 * what it asked for; what never ends (tail of one, head of all but its
 * last part) runs out of steps, as the real one runs until interrupted.
 */
import type { ByteString } from "../../bytes.js";
import { type ByteSource, openSource } from "../disk/devio.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, readOperand, resolveOperand, strerror } from "./program.js";
import { quoteAlways, quoteLocale } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "n", short: "n", long: "lines", arg: "required" },
  { key: "c", short: "c", long: "bytes", arg: "required" },
  { key: "q", short: "q", long: "quiet" },
  { key: "q", long: "silent" },
  { key: "v", short: "v", long: "verbose" },
  { key: "f", short: "f", long: "follow", arg: "optional" },
  { key: "F", short: "F" },
];

const SUFFIX: Record<string, number> = { b: 512, K: 1024, k: 1024, KB: 1000, M: 1024 ** 2, MB: 1000 ** 2, G: 1024 ** 3, GB: 1000 ** 3 };

/** "10", "-5", "+3", "2K" -> sign and count; undefined if invalid */
function parseCount(s: string): { sign: "" | "-" | "+"; n: number } | undefined {
  const m = /^([-+]?)(\d+)([a-zA-Z]*)$/.exec(s);
  if (!m) return undefined;
  const mult = m[3] === "" ? 1 : SUFFIX[m[3]];
  if (mult === undefined) return undefined;
  return { sign: m[1] as "" | "-" | "+", n: Number(m[2]) * mult };
}

/** line boundaries: index just after each "\n" */
function lineEnds(data: string): number[] {
  const ends: number[] = [];
  for (let i = data.indexOf("\n"); i >= 0; i = data.indexOf("\n", i + 1)) ends.push(i + 1);
  return ends;
}

function headOf(data: string, bytes: boolean, sign: string, n: number): string {
  if (bytes) return sign === "-" ? data.slice(0, Math.max(0, data.length - n)) : data.slice(0, n);
  const ends = lineEnds(data);
  if (sign === "-") {
    const total = ends.length + (data.length > 0 && !data.endsWith("\n") ? 1 : 0);
    const keep = total - n;
    if (keep <= 0) return "";
    return keep - 1 < ends.length ? data.slice(0, ends[keep - 1]) : data;
  }
  if (n === 0) return "";
  return n - 1 < ends.length ? data.slice(0, ends[n - 1]) : data;
}

function tailOf(data: string, bytes: boolean, sign: string, n: number): string {
  if (bytes) return sign === "+" ? data.slice(Math.max(0, n - 1)) : n === 0 ? "" : data.slice(-n);
  const ends = lineEnds(data);
  if (sign === "+") {
    if (n <= 1) return data;
    return n - 2 < ends.length ? data.slice(ends[n - 2]) : "";
  }
  if (n === 0) return "";
  // the last line counts even without its newline
  const starts = [0, ...ends].filter((s) => s < data.length);
  return starts.length <= n ? data : data.slice(starts[starts.length - n]);
}

/** the operand as a device that never runs out of bytes, if it is one; `newlines`: whether it ever gives one (/dev/zero never does) */
function endlessSource(proc: Process, operand: string): { src: ByteSource; newlines: boolean } | undefined {
  // a character device only: every other file is read as it is, once
  const st = proc.host.fs.stat(resolveOperand(proc, operand));
  if (!st.ok || st.value.type !== "chardev") return undefined;
  const src = openSource(proc, operand);
  if (!src.ok || src.value.size !== undefined) return undefined;
  return { src: src.value, newlines: !(st.value.rdev?.major === 1 && st.value.rdev.minor === 5) };
}

const CHUNK = 65536;
/** steps a chunk costs (4 a KiB): some 48 MiB of an endless device can be read before a line runs out of them */
const CHUNK_STEPS = 256;

/** enough of an endless device for head's count (lines: the chunks up to the n-th newline) */
function readEndless(proc: Process, device: { src: ByteSource; newlines: boolean }, prog: "head" | "tail", bytes: boolean, count: { sign: string; n: number }): ByteString {
  const { src } = device;
  // the end of an endless device, or its first line when it holds no newline: the real one reads until interrupted
  if (prog === "tail" || count.sign === "-" || (!bytes && !device.newlines && count.n > 0)) proc.budget.charge(proc.budget.maxSteps);
  let data = "";
  let newlines = 0;
  while (bytes ? data.length < count.n : newlines < count.n) {
    proc.budget.charge(CHUNK_STEPS);
    const chunk = src.read(data.length, bytes ? Math.min(CHUNK, count.n - data.length) : CHUNK);
    data += chunk;
    if (!bytes) newlines += lineEnds(chunk).length;
  }
  return data as ByteString;
}

function runHeadTail(proc: Process, prog: "head" | "tail"): number {
  // the obsolete "-5" / "+5" forms
  const argv = proc.argv.slice(1).map((a, i) => (i === 0 && /^[-+]\d+$/.test(a) ? (a[0] === "+" ? `-n+${a.slice(1)}` : `-n${a.slice(1)}`) : a));
  const parsed = parseOrUsage(proc, prog, prog === "head" ? SPECS.filter((s) => s.key !== "f" && s.key !== "F") : SPECS, { argv });
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const which = o.last("n", "c");
  const bytes = which === "c";
  const raw = which ? o.value(which)! : "10";
  const count = parseCount(raw);
  if (!count) {
    proc.stderr.write(`${prog}: invalid number of ${bytes ? "bytes" : "lines"}: ${quoteLocale(raw)}\n`);
    return 1;
  }
  const files = parsed.operands.length ? parsed.operands : ["-"];
  const headers = o.last("q", "v") === "v" || (files.length > 1 && o.last("q", "v") !== "q");
  let status = 0;
  let first = true;
  for (const f of files) {
    proc.budget.charge();
    const endless = f === "-" ? undefined : endlessSource(proc, f);
    const r = endless ? { ok: true as const, value: readEndless(proc, endless, prog, bytes, count) } : readOperand(proc, f);
    if (!r.ok) {
      if (r.errno === "EISDIR") {
        if (headers) proc.stdout.write(`${first ? "" : "\n"}==> ${f} <==\n`);
        first = false;
        proc.stderr.write(`${prog}: error reading ${quoteAlways(f)}: ${strerror(r.errno)}\n`);
      } else proc.stderr.write(`${prog}: cannot open ${quoteAlways(f)} for reading: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    if (headers) proc.stdout.write(`${first ? "" : "\n"}==> ${f === "-" ? "standard input" : f} <==\n`);
    first = false;
    const out = prog === "head" ? headOf(r.value, bytes, count.sign, count.n) : tailOf(r.value, bytes, count.sign, count.n);
    proc.stdout.writeBytes(out as ByteString);
  }
  if (prog === "tail" && (o.has("f") || o.has("F"))) {
    proc.stderr.write("tail: cannot follow: files do not grow while you watch in this terminal\n");
  }
  return status;
}

export const head: Command = {
  name: "head",
  summary: "head - output the first part of files",
  man: `NAME
head - output the first part of files

SYNOPSIS
head [OPTION]... [FILE]...

DESCRIPTION
Print the first 10 lines of each FILE to standard output. With more than
one FILE, precede each with a header giving the file name.

-c, --bytes=[-]NUM
       print the first NUM bytes of each file; with the leading '-', print
       all but the last NUM bytes of each file

-n, --lines=[-]NUM
       print the first NUM lines instead of the first 10; with the leading
       '-', print all but the last NUM lines of each file

-q, --quiet
       never print headers giving file names

-v, --verbose
       always print headers giving file names
`,
  run: (proc) => runHeadTail(proc, "head"),
};

export const tail: Command = {
  name: "tail",
  summary: "tail - output the last part of files",
  man: `NAME
tail - output the last part of files

SYNOPSIS
tail [OPTION]... [FILE]...

DESCRIPTION
Print the last 10 lines of each FILE to standard output. With more than
one FILE, precede each with a header giving the file name.

-c, --bytes=[+]NUM
       output the last NUM bytes; or use -c +NUM to output starting with
       byte NUM of each file

-n, --lines=[+]NUM
       output the last NUM lines, instead of the last 10; or use -n +NUM to
       skip NUM-1 lines at the start

-f, --follow
       output appended data as the file grows (not available in this
       terminal: the file is printed once)
`,
  run: (proc) => runHeadTail(proc, "tail"),
};
