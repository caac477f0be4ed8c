/**
 * split (GNU coreutils 9.1): FILE (or standard input) cut into PREFIXaa,
 * PREFIXab, ... by -l lines (1000), -b bytes, -C bytes of whole lines, or
 * -n chunks (N, K/N, l/N, l/K/N, r/N, r/K/N); names from suffixes.ts;
 * --filter hands each piece to a shell command instead of a file.
 */
import { type ByteString, asBytes } from "../../../bytes.js";
import type { Process } from "../../../process/process.js";
import type { Command } from "../../types.js";
import { shellWord } from "../find/exec-line.js";
import { type OptionSpec, obsoleteNumberOption } from "../options.js";
import { parseOrUsage, readOperand, resolveOperand, strerror, usageError } from "../program.js";
import { quoteAlways, quoteIfNeeded, quoteLocale } from "../quote.js";
import { parseSize } from "../size-suffix.js";
import { SuffixSequence, suffixLengthFor } from "./suffixes.js";

const SPECS: OptionSpec[] = [
  { key: "a", short: "a", long: "suffix-length", arg: "required" },
  { key: "additional", long: "additional-suffix", arg: "required" },
  { key: "b", short: "b", long: "bytes", arg: "required" },
  { key: "C", short: "C", long: "line-bytes", arg: "required" },
  { key: "d", short: "d" },
  { key: "numeric", long: "numeric-suffixes", arg: "optional" },
  { key: "x", short: "x" },
  { key: "hex", long: "hex-suffixes", arg: "optional" },
  { key: "e", short: "e", long: "elide-empty-files" },
  { key: "filter", long: "filter", arg: "required" },
  { key: "l", short: "l", long: "lines", arg: "required" },
  { key: "n", short: "n", long: "number", arg: "required" },
  { key: "t", short: "t", long: "separator", arg: "required" },
  { key: "u", short: "u", long: "unbuffered" },
  { key: "verbose", long: "verbose" },
];

type Chunks = { mode: "bytes" | "lines" | "rr"; n: number; k?: number };

/** the pieces of `data` in output order (for -n, one per chunk, empty ones included) */
function pieces(data: string, how: { l?: number; b?: number; C?: number; n?: Chunks }, sep: string, charge: () => void): string[] {
  const records = (): string[] => {
    const out: string[] = [];
    let at = 0;
    while (at < data.length) {
      charge();
      const e = data.indexOf(sep, at);
      const end = e < 0 ? data.length : e + 1;
      out.push(data.slice(at, end));
      at = end;
    }
    return out;
  };
  if (how.b !== undefined) {
    const out: string[] = [];
    for (let at = 0; at < data.length; at += how.b) {
      charge();
      out.push(data.slice(at, at + how.b));
    }
    return out;
  }
  if (how.C !== undefined) {
    const max = how.C;
    const out: string[] = [];
    let cur = "";
    for (const rec of records()) {
      let r = rec;
      // a record longer than the limit is cut into pieces of the limit
      while (r.length > 0) {
        if (cur.length + r.length <= max) {
          cur += r;
          r = "";
        } else if (cur !== "") {
          out.push(cur);
          cur = "";
        } else {
          out.push(r.slice(0, max));
          r = r.slice(max);
        }
      }
    }
    if (cur !== "") out.push(cur);
    return out;
  }
  if (how.n !== undefined) {
    const { mode, n } = how.n;
    const size = Math.floor(data.length / n);
    if (mode === "bytes") {
      return Array.from({ length: n }, (_, i) => data.slice(i * size, i === n - 1 ? data.length : (i + 1) * size));
    }
    const out = new Array<string>(n).fill("");
    if (mode === "rr") {
      records().forEach((r, i) => (out[i % n] += r));
      return out;
    }
    // l/N: a record goes to the chunk its first byte falls in, chunk k ending at byte k*size-1
    let at = 0;
    for (const r of records()) {
      const k = Math.min(n - 1, size === 0 ? n - 1 : Math.floor(at / size));
      out[k] += r;
      at += r.length;
    }
    return out;
  }
  const lines = how.l ?? 1000;
  const out: string[] = [];
  let cur = "";
  let count = 0;
  for (const r of records()) {
    cur += r;
    if (++count === lines) {
      out.push(cur);
      cur = "";
      count = 0;
    }
  }
  if (cur !== "") out.push(cur);
  return out;
}

function parseChunks(text: string): Chunks | string {
  const m = /^(?:([lr])\/)?(?:([^/]*)\/)?([^/]*)$/.exec(text);
  const bad = (what: string, v: string, range: boolean) => `invalid ${what}: ${quoteLocale(v)}${range ? ": Numerical result out of range" : ""}`;
  if (!m) return bad("number of chunks", text, false);
  const nText = m[3];
  const n = parseSize(nText, "bEGKkMmPTYZ0");
  if (!n.ok) return bad("number of chunks", nText, n.reason === "overflow");
  if (n.value < 1n) return bad("number of chunks", nText, true);
  const chunks: Chunks = { mode: m[1] === "l" ? "lines" : m[1] === "r" ? "rr" : "bytes", n: Number(n.value) };
  if (m[2] !== undefined) {
    const k = parseSize(m[2], "");
    if (!k.ok) return bad("chunk number", m[2], k.reason === "overflow");
    if (k.value < 1n || k.value > n.value) return bad("chunk number", m[2], true);
    chunks.k = Number(k.value);
  }
  return chunks;
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "split", SPECS, {
    argv: obsoleteNumberOption(proc.argv.slice(1), "l", SPECS),
    help: "Usage: split [OPTION]... [FILE [PREFIX]]\nSee 'man split' for the options this system supports.\n",
  });
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const fail = (msg: string) => {
    proc.stderr.write(`split: ${msg}\n`);
    return 1;
  };
  const how: { l?: number; b?: number; C?: number; n?: Chunks } = {};
  const ways = new Set(o.list.filter((x) => ["l", "b", "C", "n"].includes(x.key)).map((x) => x.key));
  if (ways.size > 1) return usageError(proc, "split", "cannot split in more than one way");
  const number = (key: "l" | "b" | "C", what: string, suffixes: string): string | undefined => {
    const v = o.value(key);
    if (v === undefined) return undefined;
    const n = parseSize(v, suffixes);
    if (!n.ok || n.value < 1n) return `invalid number of ${what}: ${quoteLocale(v)}${n.ok || n.reason === "overflow" ? ": Numerical result out of range" : ""}`;
    how[key] = Number(n.value);
    return undefined;
  };
  const err = number("l", "lines", "") ?? number("b", "bytes", "bEGKkMmPTYZ0") ?? number("C", "bytes", "bEGKkMmPTYZ0");
  if (err) return fail(err);
  if (o.value("n") !== undefined) {
    const c = parseChunks(o.value("n")!);
    if (typeof c === "string") return fail(c);
    how.n = c;
  }
  let sep = "\n";
  const t = o.value("t");
  if (t !== undefined) {
    if (t === "\\0") sep = "\0";
    else if (t.length > 1) return fail(`multi-character separator ${quoteLocale(t)}`);
    else if (t === "") return fail("empty record separator");
    else sep = t;
  }
  const kindKey = o.last("d", "numeric", "x", "hex");
  const kind = kindKey === "d" || kindKey === "numeric" ? "numeric" : kindKey === "x" || kindKey === "hex" ? "hex" : "alpha";
  const fromText = kindKey === "numeric" || kindKey === "hex" ? o.value(kindKey) : undefined;
  let from = 0;
  if (fromText !== undefined) {
    const base = kind === "hex" ? 16 : 10;
    const ok = kind === "hex" ? /^[0-9a-fA-F]+$/.test(fromText) : /^\d+$/.test(fromText);
    if (!ok) return fail(`invalid number: ${quoteLocale(fromText)}`);
    from = Number.parseInt(fromText, base);
  }
  let length = 2;
  let auto = fromText === undefined && how.n === undefined;
  const a = o.value("a");
  if (a !== undefined) {
    const n = parseSize(a, "");
    if (!n.ok) return fail(`invalid suffix length: ${quoteLocale(a)}${n.reason === "overflow" ? ": Value too large for defined data type" : ""}`);
    if (n.value > 0n) {
      length = Number(n.value);
      auto = false;
    }
  }
  if (how.n !== undefined && how.n.k === undefined) {
    const need = suffixLengthFor(how.n.n, kind === "alpha" ? 26 : kind === "numeric" ? 10 : 16, from);
    if (need > length) {
      if (a !== undefined && Number(a) > 0) return fail(`the suffix length needs to be at least ${need}`);
      length = need;
    }
  }
  if (fromText !== undefined && fromText.replace(/^0+(?=.)/, "").length > length) {
    return fail("numerical suffix start value is too large for the suffix length");
  }
  const extra = o.value("additional") ?? "";
  if (extra.includes("/")) return usageError(proc, "split", `invalid suffix ${quoteLocale(extra)}, contains directory separator`);
  const ops = parsed.operands;
  if (ops.length > 2) return usageError(proc, "split", `extra operand ${quoteLocale(ops[2])}`);
  const input = ops[0] ?? "-";
  const prefix = ops[1] ?? "x";
  const r = readOperand(proc, input);
  if (!r.ok) {
    if (r.errno === "EISDIR") return fail(`${quoteIfNeeded(input)}: ${strerror(r.errno)}`);
    return fail(`cannot open ${quoteAlways(input)} for reading: ${strerror(r.errno)}`);
  }
  const data: string = r.value;
  proc.budget.charge(Math.ceil(data.length / 4096));
  const charge = () => proc.budget.charge(1);
  let out = pieces(data, how, sep, charge);
  if (how.n?.k !== undefined) {
    proc.stdout.writeBytes(out[how.n.k - 1] as ByteString);
    return 0;
  }
  if (o.has("e")) out = out.filter((p) => p !== "");
  const names = new SuffixSequence(prefix, length, kind, auto, extra, from);
  const filter = o.value("filter");
  for (const piece of out) {
    proc.budget.charge(1);
    const name = names.next();
    if (name === undefined) return fail("output file suffixes exhausted");
    if (filter !== undefined) {
      if (o.has("verbose")) proc.stdout.write(`executing with FILE=${quoteIfNeeded(name)}\n`);
      if (!proc.runCommandLine) return fail("--filter is not possible here");
      const status = proc.runCommandLine(`FILE=${shellWord(name)}; export FILE; ${filter}`, { stdin: piece as ByteString });
      if (status !== 0) return fail(`with FILE=${name}, exit ${status} from command: ${filter}`);
      continue;
    }
    if (o.has("verbose")) proc.stdout.write(`creating file ${quoteAlways(name)}\n`);
    proc.budget.chargeData(piece.length);
    const w = proc.host.fs.writeFile(resolveOperand(proc, name), asBytes(piece));
    if (!w.ok) return fail(`${quoteIfNeeded(name)}: ${strerror(w.errno)}`);
  }
  return 0;
}

export const split: Command = {
  name: "split",
  summary: "split - split a file into pieces",
  man: `NAME
split - split a file into pieces

SYNOPSIS
split [OPTION]... [FILE [PREFIX]]

DESCRIPTION
Output pieces of FILE to PREFIXaa, PREFIXab, ...; default size is 1000
lines, and default PREFIX is 'x'.

With no FILE, or when FILE is -, read standard input.

-a, --suffix-length=N
       generate suffixes of length N (default 2)

--additional-suffix=SUFFIX
       append an additional SUFFIX to file names

-b, --bytes=SIZE
       put SIZE bytes per output file

-C, --line-bytes=SIZE
       put at most SIZE bytes of records per output file

-d     use numeric suffixes starting at 0, not alphabetic

--numeric-suffixes[=FROM]
       same as -d, but allow setting the start value

-x     use hex suffixes starting at 0, not alphabetic

--hex-suffixes[=FROM]
       same as -x, but allow setting the start value

-e, --elide-empty-files
       do not generate empty output files with '-n'

--filter=COMMAND
       write to shell COMMAND; file name is $FILE

-l, --lines=NUMBER
       put NUMBER lines/records per output file

-n, --number=CHUNKS
       generate CHUNKS output files; see explanation below

-t, --separator=SEP
       use SEP instead of newline as the record separator; '\\0' (zero)
       specifies the NUL character

--verbose
       print a diagnostic just before each output file is opened

The SIZE argument is an integer and optional unit (example: 10K is 10*1024).
Units are K,M,G,T,P,E,Z,Y (powers of 1024) or KB,MB,... (powers of 1000).
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.

CHUNKS may be:
N       split into N files based on size of input
K/N     output Kth of N to stdout
l/N     split into N files without splitting lines/records
l/K/N   output Kth of N to stdout without splitting lines/records
r/N     like 'l' but use round robin distribution
r/K/N   likewise but only output Kth of N to stdout

EXAMPLES
split -b 100M backup.tar.gz backup.tar.gz.part-
       cut an archive into 100 MiB pieces; cat backup.tar.gz.part-* joins them again
`,
  run,
};
