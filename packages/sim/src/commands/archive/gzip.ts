/**
 * gzip 1.12: compress or expand files in place (`f` -> `f.gz`, keeping the
 * mode and mtime, removing the original unless -k), or stream through stdout
 * (-c, stdin). On Debian `gunzip` and `zcat` are scripts running `gzip -d`
 * and `gzip -cd`, which is why their messages all begin "gzip: ".
 *
 * Exit status as gzip keeps it: 0, 1 for an error (sticky), 2 for a warning
 * ("already exists", "unknown suffix", "is a directory") unless an error came.
 */
import { type ByteString, fromUint8Array, toUint8Array, utf8Encode } from "../../bytes.js";
import { basename } from "../../fs/path.js";
import type { Process } from "../../process/process.js";
import { strerror } from "../files/program.js";
import { type OptionSpec, Options, parseOptions } from "../files/options.js";
import type { Command } from "../types.js";
import { EPOCH_MS } from "../../world/clock.js";
import { type GzipProblem, gzipDecode, gzipEncode, isGzip, parseHeader, problemText } from "./gzip-member.js";
import { GzipLister } from "./gzip-list.js";
import { processZone } from "../files/file-time.js";
import { GZIP_MAN, GUNZIP_MAN, ZCAT_MAN } from "./man-pages.js";

const SPECS: OptionSpec[] = [
  { key: "c", short: "c", long: "stdout" },
  { key: "c", long: "to-stdout" },
  { key: "d", short: "d", long: "decompress" },
  { key: "d", long: "uncompress" },
  { key: "f", short: "f", long: "force" },
  { key: "h", short: "h", long: "help" },
  { key: "k", short: "k", long: "keep" },
  { key: "l", short: "l", long: "list" },
  { key: "n", short: "n", long: "no-name" },
  { key: "N", short: "N", long: "name" },
  { key: "q", short: "q", long: "quiet" },
  { key: "r", short: "r", long: "recursive" },
  { key: "S", short: "S", long: "suffix", arg: "required" },
  { key: "t", short: "t", long: "test" },
  { key: "v", short: "v", long: "verbose" },
  { key: "V", short: "V", long: "version" },
  { key: "1", short: "1", long: "fast" },
  ...["2", "3", "4", "5", "6", "7", "8"].map((d) => ({ key: d, short: d })),
  { key: "9", short: "9", long: "best" },
];

const HELP = `Usage: gzip [OPTION]... [FILE]...
Compress or uncompress FILEs (by default, compress FILES in-place).

Mandatory arguments to long options are mandatory for short options too.

  -c, --stdout      write on standard output, keep original files unchanged
  -d, --decompress  decompress
  -f, --force       force overwrite of output file and compress links
  -h, --help        give this help
  -k, --keep        keep (don't delete) input files
  -l, --list        list compressed file contents
  -L, --license     display software license
  -n, --no-name     do not save or restore the original name and timestamp
  -N, --name        save or restore the original name and timestamp
  -q, --quiet       suppress all warnings
  -r, --recursive   operate recursively on directories
      --rsyncable   make rsync-friendly archive
  -S, --suffix=SUF  use suffix SUF on compressed files
      --synchronous synchronous output (safer if system crashes, but slower)
  -t, --test        test compressed file integrity
  -v, --verbose     verbose mode
  -V, --version     display version number
  -1, --fast        compress faster
  -9, --best        compress better

With no FILE, or when FILE is -, read standard input.

Report bugs to <bug-gzip@gnu.org>.
`;

const VERSION = `gzip 1.12
Copyright (C) 2018 Free Software Foundation, Inc.
Copyright (C) 1993 Jean-loup Gailly.
This is free software.  You may redistribute copies of it under the terms of
the GNU General Public License <https://www.gnu.org/licenses/gpl.html>.
There is NO WARRANTY, to the extent permitted by law.

Written by Jean-loup Gailly.
`;

/** suffixes gzip -d recognises, longest first where one ends another; .tgz/.taz expand to .tar */
const KNOWN_SUFFIXES = [".gz", "-gz", ".z", "-z", "_z", ".Z", ".tgz", ".taz"];

interface Settings {
  toStdout: boolean;
  decompress: boolean;
  force: boolean;
  keep: boolean;
  list: boolean;
  noName: boolean;
  /** -N: use the stored name and time stamp when decompressing or listing */
  restoreName: boolean;
  quiet: boolean;
  recursive: boolean;
  suffix: string;
  test: boolean;
  verbose: boolean;
  level: number;
}

/** One gzip invocation: settings, the sticky exit status, the -l table. */
class GzipRun {
  exit = 0;
  readonly lister: GzipLister;
  constructor(
    readonly proc: Process,
    readonly s: Settings,
  ) {
    this.lister = new GzipLister(proc.stdout, s.verbose, s.quiet, processZone(proc));
  }

  error(msg: string): void {
    this.proc.stderr.write(`gzip: ${msg}\n`);
    this.exit = 1;
  }

  warn(msg: string): void {
    if (!this.s.quiet) this.proc.stderr.write(`gzip: ${msg}\n`);
    if (this.exit === 0) this.exit = 2;
  }

  problem(name: string, p: GzipProblem): void {
    const t = problemText(p);
    if (t.warning) {
      if (!this.s.quiet) this.proc.stderr.write(`${t.newlineBefore ? "\n" : ""}gzip: ${name}: ${t.text}\n`);
      if (this.exit === 0) this.exit = 2;
    } else {
      this.proc.stderr.write(`${t.newlineBefore ? "\n" : ""}gzip: ${name}: ${t.text}\n`);
      this.exit = 1;
    }
  }

  /** gzip's display_ratio: "%5.1f%%" */
  static ratio(num: number, den: number): string {
    return `${(den === 0 ? 0 : (100 * num) / den).toFixed(1).padStart(5, " ")}%`;
  }

  stdin(): void {
    const { proc, s } = this;
    if (!s.force && !s.list && (s.decompress || s.test ? proc.stdin.isTTY : proc.stdout.isTTY)) {
      const dir = s.decompress || s.test ? "read from" : "written to";
      const what = s.decompress || s.test ? "decompression" : "compression";
      proc.stderr.write(`gzip: compressed data not ${dir} a terminal. Use -f to force ${what}.\nFor help, type: gzip -h\n`);
      this.exit = 1;
      return;
    }
    const input = toUint8Array(proc.stdin.bytes());
    if (s.list) {
      this.listOne("stdin", "stdout", input, 0);
      return;
    }
    if (s.decompress || s.test) {
      if (s.force && s.toStdout && !s.test && !isGzip(input)) {
        proc.stdout.writeBytes(fromUint8Array(input));
        return;
      }
      const d = gzipDecode(input);
      // what gzip inflated reaches the output before it finds a problem
      if (!s.test) proc.stdout.writeBytes(fromUint8Array(d.data));
      for (const p of d.problems) this.problem("stdin", p);
      if (s.test && s.verbose && !d.problems.some((p) => !problemText(p).warning)) proc.stderr.write(" OK\n");
      return;
    }
    const out = gzipEncode(input, { mtimeSec: 0, level: s.level });
    proc.stdout.writeBytes(fromUint8Array(out));
    if (s.verbose) proc.stderr.write(`${GzipRun.ratio(input.length - (out.length - 10 - 8), input.length)}\n`);
  }

  file(name: string): void {
    const { proc, s } = this;
    const fs = proc.host.fs;
    let path = proc.resolve(name);
    let shown = name;
    let st = fs.lstat(path);
    const wantsSuffix = s.decompress || s.list || s.test;
    if (!st.ok && st.errno === "ENOENT" && wantsSuffix && !this.suffixOf(name)) {
      // gzip -d f looks for f.gz (and the other suffixes) when f is missing
      for (const suf of [s.suffix, ...KNOWN_SUFFIXES.filter((x) => x !== s.suffix)]) {
        const alt = fs.lstat(`${path}${suf}`);
        if (alt.ok) {
          path = `${path}${suf}`;
          shown = `${name}${suf}`;
          st = alt;
          break;
        }
      }
      if (!st.ok) {
        this.error(`${name}${s.suffix}: ${strerror(st.errno)}`);
        return;
      }
    }
    if (!st.ok) {
      this.error(`${name}: ${strerror(st.errno)}`);
      return;
    }
    if (st.value.type === "symlink") {
      // gzip opens with O_NOFOLLOW unless forced
      if (!s.force) {
        this.error(`${name}: Too many levels of symbolic links`);
        return;
      }
      const target = fs.stat(path);
      if (!target.ok) {
        this.error(`${name}: ${strerror(target.errno)}`);
        return;
      }
      st = target;
    }
    if (st.value.type === "dir") {
      if (s.recursive) this.directory(path, name);
      else this.warn(`${name} is a directory -- ignored`);
      return;
    }
    if (st.value.type !== "file") {
      this.warn(`${name} is not a directory or a regular file - ignored`);
      return;
    }
    const data = fs.readFile(path);
    if (!data.ok) {
      this.error(`${name}: ${strerror(data.errno)}`);
      return;
    }
    const input = toUint8Array(data.value);
    const suffix = this.suffixOf(shown);
    if (s.list) {
      this.listOne(shown, suffix ? this.stripSuffix(shown, suffix) : shown, input, st.value.mtime);
      return;
    }
    if (s.test) {
      const d = gzipDecode(input);
      const failed = d.problems.some((p) => !problemText(p).warning);
      // -v names the file once its header has been read; a data error then follows the name
      if (s.verbose && failed && d.header) proc.stderr.write(`${shown}:\t`);
      for (const p of d.problems) this.problem(shown, p);
      if (s.verbose && !failed) proc.stderr.write(`${shown}:\t OK\n`);
      return;
    }
    if (s.decompress) this.expand(shown, path, input, st.value.mode, st.value.mtime, suffix);
    else this.compress(shown, path, input, st.value.mode, st.value.mtime, suffix);
  }

  private directory(path: string, name: string): void {
    const fs = this.proc.host.fs;
    const names = fs.readdir(path);
    if (!names.ok) {
      this.error(`${name}: ${strerror(names.errno)}`);
      return;
    }
    for (const n of names.value) this.file(`${name.replace(/\/+$/, "")}/${n}`);
  }

  private suffixOf(name: string): string | undefined {
    const base = basename(name);
    const all = [this.s.suffix, ...KNOWN_SUFFIXES];
    return all.find((suf) => base.length > suf.length && base.endsWith(suf));
  }

  private stripSuffix(name: string, suffix: string): string {
    const stem = name.slice(0, name.length - suffix.length);
    return suffix === ".tgz" || suffix === ".taz" ? `${stem}.tar` : stem;
  }

  private compress(shown: string, path: string, input: Uint8Array, mode: number, mtime: number, suffix: string | undefined): void {
    const { proc, s } = this;
    if (suffix && !s.toStdout) {
      if (!s.quiet && !s.recursive) proc.stderr.write(`gzip: ${shown} already has ${suffix} suffix -- unchanged\n`);
      return;
    }
    const mtimeSec = s.noName ? 0 : Math.floor((EPOCH_MS + mtime) / 1000);
    const storedName = s.noName ? undefined : toUint8Array(utf8Encode(basename(path)));
    const out = gzipEncode(input, { name: storedName, mtimeSec, level: s.level });
    // gzip's header_bytes: the header, the stored name and its NUL, the 8-byte trailer
    const headerBytes = 10 + (storedName ? storedName.length + 1 : 0) + 8;
    const ratio = GzipRun.ratio(input.length - (out.length - headerBytes), input.length);
    this.deliver(shown, `${shown}${s.suffix}`, `${path}${s.suffix}`, out, mode, mtime, ratio);
  }

  private expand(shown: string, path: string, input: Uint8Array, mode: number, mtime: number, suffix: string | undefined): void {
    const { proc, s } = this;
    if (!s.toStdout && !suffix) {
      this.warn(`${shown}: unknown suffix -- ignored`);
      return;
    }
    if (s.force && s.toStdout && !isGzip(input)) {
      proc.stdout.writeBytes(fromUint8Array(input));
      return;
    }
    const d = gzipDecode(input);
    const fatal = d.problems.filter((p) => !problemText(p).warning);
    if (fatal.length > 0) {
      // to standard output, what gzip inflated before the problem has been written (gzipDecode's data);
      // to a file, gzip removes what it wrote
      if (s.toStdout) proc.stdout.writeBytes(fromUint8Array(d.data));
      for (const p of d.problems) this.problem(shown, p);
      return;
    }
    const h = parseHeader(input);
    const headerBytes = (h.ok ? h.header.length : 10) + 8;
    const ratio = GzipRun.ratio(d.data.length - (input.length - headerBytes), d.data.length);
    const outName = suffix ? this.stripSuffix(shown, suffix) : shown;
    const outPath = suffix ? this.stripSuffix(path, suffix) : path;
    if (this.deliver(shown, outName, outPath, d.data, mode, mtime, ratio)) for (const p of d.problems) this.problem(shown, p);
  }

  /** Write the result to stdout or beside the input; true when it was written. */
  private deliver(shown: string, outName: string, outPath: string, data: Uint8Array, mode: number, mtime: number, ratio: string): boolean {
    const { proc, s } = this;
    const fs = proc.host.fs;
    if (s.toStdout) {
      proc.stdout.writeBytes(fromUint8Array(data));
      if (s.verbose) proc.stderr.write(`${shown}:\t${ratio} -- replaced with stdout\n`);
      return true;
    }
    if (fs.lstat(outPath).ok) {
      if (!s.force) {
        if (proc.stdin.isTTY) {
          // gzip asks; the simulated terminal has no answer to give, which gzip takes as "no"
          proc.stderr.write(`gzip: ${outName} already exists; do you wish to overwrite (y or n)? \tnot overwritten\n`);
          if (this.exit === 0) this.exit = 2;
        } else this.warn(`${outName} already exists;\tnot overwritten`);
        return false;
      }
      fs.unlink(outPath);
    }
    const w = fs.writeFile(outPath, fromUint8Array(data) as ByteString, { mode });
    if (!w.ok) {
      this.error(`${outName}: ${strerror(w.errno)}`);
      return false;
    }
    fs.chmod(outPath, mode);
    fs.utimes(outPath, mtime);
    if (!s.keep) fs.unlink(proc.resolve(shown));
    if (s.verbose) proc.stderr.write(`${shown}:\t${ratio} -- ${s.keep ? "created" : "replaced with"} ${outName}\n`);
    return true;
  }

  private listOne(shown: string, outName: string, input: Uint8Array, fileMtime: number): void {
    const h = parseHeader(input);
    if (!h.ok) {
      this.problem(shown, h.problem);
      return;
    }
    this.lister.add(input, h.header, gzipDecode(input).members, outName, EPOCH_MS + fileMtime, this.s.restoreName);
  }
}

function settings(o: Options, mode: "gzip" | "gunzip" | "zcat"): Settings {
  const level = o.last("1", "2", "3", "4", "5", "6", "7", "8", "9");
  return {
    toStdout: mode === "zcat" || o.has("c"),
    decompress: mode !== "gzip" || o.has("d"),
    force: o.has("f"),
    keep: o.has("k"),
    list: o.has("l"),
    noName: o.has("n") && !o.has("N"),
    restoreName: o.last("n", "N") === "N",
    quiet: o.has("q"),
    recursive: o.has("r"),
    suffix: o.value("S") ?? ".gz",
    test: o.has("t"),
    verbose: o.has("v") && !o.has("q"),
    level: level ? Number(level) : 6,
  };
}

function runGzip(proc: Process, mode: "gzip" | "gunzip" | "zcat"): number {
  const r = parseOptions(proc.argv.slice(1), SPECS);
  if (!r.ok) {
    proc.stderr.write(`gzip: ${r.error}\nTry \`gzip --help' for more information.\n`);
    return 1;
  }
  const o = new Options(r.list);
  if (o.has("h")) {
    proc.stdout.write(HELP);
    return 0;
  }
  if (o.has("V")) {
    proc.stdout.write(VERSION);
    return 0;
  }
  const run = new GzipRun(proc, settings(o, mode));
  const operands = r.operands.length === 0 ? ["-"] : r.operands;
  for (const name of operands) {
    if (name === "-") run.stdin();
    else run.file(name);
  }
  if (run.s.list) run.lister.finish(operands.length);
  return run.exit;
}

export const gzip: Command = {
  name: "gzip",
  summary: "gzip, gunzip, zcat - compress or expand files",
  man: GZIP_MAN,
  run: (proc) => runGzip(proc, "gzip"),
  complete: ({ current }) => (current.startsWith("-") ? ["-c", "-d", "-k", "-l", "-t", "-v", "-9"] : []),
};

export const gunzip: Command = {
  name: "gunzip",
  summary: "gunzip - expand files compressed by gzip",
  man: GUNZIP_MAN,
  run: (proc) => runGzip(proc, "gunzip"),
};

export const zcat: Command = {
  name: "zcat",
  summary: "zcat - expand compressed files to standard output",
  man: ZCAT_MAN,
  run: (proc) => runGzip(proc, "zcat"),
};
