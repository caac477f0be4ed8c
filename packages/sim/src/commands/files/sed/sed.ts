/**
 * sed (GNU sed 4.9): the stream editor. This module is the program around
 * the editor: its options (GNU getopt, with `-i[SUFFIX]` taking its suffix
 * only when attached, so `-in` means suffix "n" as on Debian), the script
 * pieces from -e, -f or the first operand, the input files as one stream
 * (or one each with -s and -i), editing in place with an optional backup,
 * and the files w writes. Exit status: 0; 1 for a bad script or option; 2
 * when an input file could not be read; 4 for an I/O error that stops sed;
 * or what q/Q asked for.
 *
 * Not here: the e command and s///e (they run shell commands; they are
 * refused as `--sandbox` refuses them), --debug output, --posix strictness.
 * Regexes are JavaScript's after the POSIX translation (regex.ts), so an
 * alternation picks its first matching branch, not the longest.
 */
import { utf8Decode, utf8Encode } from "../../../bytes.js";
import { STRERROR } from "../../../kernel/errno.js";
import type { Process } from "../../../process/process.js";
import type { Command } from "../../types.js";
import { type LineSource, SedMachine, SedOutput } from "./execute.js";
import { type ScriptPiece, SedScriptError, compileScript } from "./script.js";

const USAGE = `Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the \`l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
`;

const VERSION = `sed (GNU sed) 4.9
Packaged by Debian
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Jay Fenlason, Tom Lord, Ken Pizzini,
Paolo Bonzini, Jim Meyering, and Assaf Gordon.

This sed program was built with SELinux support.
SELinux is disabled on this system.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
E-mail bug reports to: <bug-sed@gnu.org>.
`;

/** long options: name → the short letter it stands for (or its own key) */
const LONG: Record<string, { key: string; arg?: "required" | "optional" }> = {
  quiet: { key: "n" },
  silent: { key: "n" },
  debug: { key: "debug" },
  expression: { key: "e", arg: "required" },
  file: { key: "f", arg: "required" },
  "follow-symlinks": { key: "follow-symlinks" },
  "in-place": { key: "i", arg: "optional" },
  "line-length": { key: "l", arg: "required" },
  "null-data": { key: "z" },
  "zero-terminated": { key: "z" },
  posix: { key: "posix" },
  "regexp-extended": { key: "E" },
  separate: { key: "s" },
  sandbox: { key: "sandbox" },
  unbuffered: { key: "u" },
  help: { key: "help" },
  version: { key: "version" },
};
const SHORT_FLAGS = "nrEsuz";
const SHORT_WITH_ARG = "efl";

interface SedOptions {
  quiet: boolean;
  extended: boolean;
  separate: boolean;
  /** -i: the backup suffix ("" for none) */
  inPlace?: string;
  lineLength: number;
  nullData: boolean;
  pieces: { kind: "e" | "f"; value: string }[];
  operands: string[];
  help: boolean;
  version: boolean;
}

type ParseResult = { ok: true; opts: SedOptions } | { ok: false; error: string };

function parseArgs(argv: string[]): ParseResult {
  const o: SedOptions = { quiet: false, extended: false, separate: false, lineLength: 70, nullData: false, pieces: [], operands: [], help: false, version: false };
  const apply = (key: string, value?: string): string | undefined => {
    switch (key) {
      case "n":
        o.quiet = true;
        break;
      case "r":
      case "E":
        o.extended = true;
        break;
      case "s":
        o.separate = true;
        break;
      case "z":
        o.nullData = true;
        break;
      case "i":
        o.inPlace = value ?? "";
        o.separate = true;
        break;
      case "e":
      case "f":
        o.pieces.push({ kind: key, value: value! });
        break;
      case "l":
        if (!/^\d+$/.test(value!)) return `invalid line length: ${value}`;
        o.lineLength = Number(value);
        break;
      case "help":
        o.help = true;
        break;
      case "version":
        o.version = true;
        break;
    }
    return undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      o.operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const matches = name in LONG ? [name] : Object.keys(LONG).filter((l) => l.startsWith(name));
      if (matches.length === 0) return { ok: false, error: `unrecognized option '${a}'` };
      if (new Set(matches.map((m) => LONG[m].key)).size > 1)
        return { ok: false, error: `option '${eq < 0 ? a : a.slice(0, eq)}' is ambiguous; possibilities:${matches.map((m) => ` '--${m}'`).join("")}` };
      const spec = LONG[matches[0]];
      let value: string | undefined;
      if (eq >= 0) {
        if (!spec.arg) return { ok: false, error: `option '--${matches[0]}' doesn't allow an argument` };
        value = a.slice(eq + 1);
      } else if (spec.arg === "required") {
        if (i + 1 >= argv.length) return { ok: false, error: `option '--${matches[0]}' requires an argument` };
        value = argv[++i];
      }
      const err = apply(spec.key, value);
      if (err) return { ok: false, error: err };
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j];
        if (ch === "i") {
          apply("i", j + 1 < a.length ? a.slice(j + 1) : undefined);
          break;
        }
        if (SHORT_WITH_ARG.includes(ch)) {
          let value: string;
          if (j + 1 < a.length) value = a.slice(j + 1);
          else if (i + 1 < argv.length) value = argv[++i];
          else return { ok: false, error: `option requires an argument -- '${ch}'` };
          const err = apply(ch, value);
          if (err) return { ok: false, error: err };
          break;
        }
        if (!SHORT_FLAGS.includes(ch)) return { ok: false, error: `invalid option -- '${ch}'` };
        apply(ch);
      }
      continue;
    }
    o.operands.push(a);
  }
  return { ok: true, opts: o };
}

/** One file (or standard input) split into lines. */
class LinesOf {
  private at = 0;
  private readonly lines: string[];
  private readonly lastHasDelimiter: boolean;

  constructor(
    readonly name: string,
    text: string,
    delimiter: string,
  ) {
    this.lines = text === "" ? [] : text.split(delimiter);
    this.lastHasDelimiter = text.endsWith(delimiter);
    if (this.lastHasDelimiter) this.lines.pop();
  }

  get done(): boolean {
    return this.at >= this.lines.length;
  }

  next(): { text: string; newline: boolean } {
    const text = this.lines[this.at++];
    return { text, newline: this.at < this.lines.length || this.lastHasDelimiter };
  }
}

class SedRun {
  status = 0;
  private readonly outputs = new Map<string, SedOutput>();
  readonly stdout: SedOutput;

  constructor(
    private readonly proc: Process,
    readonly opts: SedOptions,
  ) {
    this.stdout = new SedOutput((t) => proc.stdout.write(t));
  }

  get delimiter(): string {
    return this.opts.nullData ? "\0" : "\n";
  }

  /** the text of an input file, or an error printed (and the status set) */
  open(name: string): LinesOf | undefined {
    const { proc } = this;
    if (name === "-") return new LinesOf("-", proc.stdin.text(), this.delimiter);
    const path = proc.resolve(name);
    const st = proc.host.fs.stat(path);
    if (st.ok && st.value.type === "dir") {
      if (this.opts.inPlace !== undefined) throw new SedFatal(`couldn't edit ${name}: not a regular file`);
      throw new SedFatal(`read error on ${name}: ${STRERROR.EISDIR}`);
    }
    const r = proc.host.fs.readFile(path);
    if (!r.ok) {
      proc.stderr.write(`sed: can't read ${name}: ${STRERROR[r.errno]}\n`);
      this.status = 2;
      return undefined;
    }
    return new LinesOf(name, utf8Decode(r.value), this.delimiter);
  }

  /** a file for r/R: its text, or undefined (sed says nothing) */
  readFile(name: string): string | undefined {
    if (name === "/dev/stdin") return this.proc.stdin.text();
    const r = this.proc.host.fs.readFile(this.proc.resolve(name));
    return r.ok ? utf8Decode(r.value) : undefined;
  }

  /** where w writes: /dev/stdout and /dev/stderr are the streams; other files are made empty first */
  writeFile(name: string): SedOutput {
    if (name === "/dev/stdout") return this.stdout;
    let out = this.outputs.get(name);
    if (!out) {
      out = name === "/dev/stderr" ? new SedOutput((t) => this.proc.stderr.write(t)) : new SedOutput();
      this.outputs.set(name, out);
    }
    return out;
  }

  /** GNU opens every w file before reading input: they exist (empty) even when nothing is written */
  createWriteFiles(names: string[]): void {
    for (const n of names) {
      this.writeFile(n);
      if (n === "/dev/stdout" || n === "/dev/stderr") continue;
      const r = this.proc.host.fs.writeFile(this.proc.resolve(n), utf8Encode(""));
      if (!r.ok) throw new SedFatal(`couldn't open file ${n}: ${STRERROR[r.errno]}`);
    }
  }

  flushWriteFiles(): void {
    for (const [name, out] of this.outputs) {
      if (name === "/dev/stderr") continue;
      this.proc.host.fs.writeFile(this.proc.resolve(name), utf8Encode(out.text));
    }
  }
}

/** an error after which sed stops (exit 4) */
class SedFatal extends Error {}

/** the files as one stream of lines: `$` is the last line of the last file that has one */
function streamOf(run: SedRun, names: string[]): LineSource {
  let i = 0;
  let current: LinesOf | undefined;
  /** move to a file with a line left; false when none is */
  const ready = (): boolean => {
    while (!current || current.done) {
      if (i >= names.length) return false;
      current = run.open(names[i++]);
    }
    return true;
  };
  return {
    next: () => (ready() ? current!.next() : undefined),
    atEnd: () => !ready(),
    fileName: () => current?.name ?? "-",
  };
}

function run(proc: Process): number {
  const parsed = parseArgs(proc.argv.slice(1));
  if (!parsed.ok) {
    proc.stderr.write(`sed: ${parsed.error}\n${USAGE}`);
    return 1;
  }
  const opts = parsed.opts;
  if (opts.help) {
    proc.stdout.write(`${USAGE}E-mail bug reports to: <bug-sed@gnu.org>.\n`);
    return 0;
  }
  if (opts.version) {
    proc.stdout.write(VERSION);
    return 0;
  }
  const pieces: ScriptPiece[] = [];
  let expressions = 0;
  for (const p of opts.pieces) {
    if (p.kind === "e") {
      pieces.push({ text: p.value, origin: { kind: "expression", index: ++expressions } });
      continue;
    }
    const text = p.value === "-" ? proc.stdin.text() : readScriptFile(proc, p.value);
    if (text === undefined) return 4;
    pieces.push({ text: text.endsWith("\n") ? text.slice(0, -1) : text, origin: { kind: "file", name: p.value } });
  }
  if (pieces.length === 0) {
    const script = opts.operands.shift();
    if (script === undefined) {
      proc.stderr.write(USAGE);
      return 1;
    }
    pieces.push({ text: script, origin: { kind: "expression", index: 1 } });
  }
  const sed = new SedRun(proc, opts);
  try {
    const program = compileScript(pieces, opts.extended);
    const machine = new SedMachine(program, {
      quiet: opts.quiet,
      delimiter: sed.delimiter,
      lineLength: opts.lineLength,
      budget: proc.budget,
      readFile: (n) => sed.readFile(n),
      writeFile: (n) => sed.writeFile(n),
    });
    sed.createWriteFiles(program.writeFiles);
    const files = opts.operands.length > 0 ? opts.operands : ["-"];
    try {
      if (opts.inPlace !== undefined) {
        if (opts.operands.length === 0) throw new SedFatal("no input files");
        for (const f of opts.operands) {
          if (machine.quit !== undefined) break;
          editInPlace(proc, sed, machine, f, opts.inPlace);
        }
      } else if (opts.separate) {
        for (const f of files) {
          if (machine.quit !== undefined) break;
          machine.run(streamOf(sed, [f]), sed.stdout);
        }
      } else machine.run(streamOf(sed, files), sed.stdout);
    } finally {
      sed.flushWriteFiles();
    }
    return machine.quit ?? sed.status;
  } catch (e) {
    if (e instanceof SedScriptError) {
      proc.stderr.write(`sed: ${e.text}\n`);
      return e.status;
    }
    if (e instanceof SedFatal) {
      proc.stderr.write(`sed: ${e.message}\n`);
      return 4;
    }
    throw e;
  }
}

function readScriptFile(proc: Process, name: string): string | undefined {
  const r = proc.host.fs.readFile(proc.resolve(name));
  if (!r.ok) {
    proc.stderr.write(`sed: couldn't open file ${name}: ${STRERROR[r.errno]}\n`);
    return undefined;
  }
  return utf8Decode(r.value);
}

/** -i: the file's lines through the program, written back; the original kept as the backup when a suffix is given */
function editInPlace(proc: Process, sed: SedRun, machine: SedMachine, name: string, suffix: string): void {
  const path = proc.resolve(name);
  const lines = sed.open(name);
  if (!lines) return;
  const out = new SedOutput();
  machine.run(
    { next: () => (lines.done ? undefined : lines.next()), atEnd: () => lines.done, fileName: () => name },
    out,
  );
  const fs = proc.host.fs;
  const st = fs.stat(path);
  if (suffix !== "") {
    const base = path.slice(path.lastIndexOf("/") + 1);
    const backup = suffix.includes("*") ? suffix.replaceAll("*", base) : base + suffix;
    const backupPath = backup.includes("/") ? proc.resolve(backup) : `${path.slice(0, path.lastIndexOf("/") + 1)}${backup}`;
    const r = fs.rename(path, backupPath);
    if (!r.ok) throw new SedFatal(`cannot rename ${name}: ${STRERROR[r.errno]}`);
  }
  const w = fs.writeFile(path, utf8Encode(out.text), { mode: st.ok ? st.value.mode : 0o644 });
  if (!w.ok) throw new SedFatal(`couldn't open temporary file ${name}: ${STRERROR[w.errno]}`);
}

export const sed: Command = {
  name: "sed",
  summary: "sed - stream editor for filtering and transforming text",
  man: `NAME
sed - stream editor for filtering and transforming text

SYNOPSIS
sed [OPTION]... {script-only-if-no-other-script} [input-file]...

DESCRIPTION
Sed is a stream editor: it performs basic text transformations on an input
stream (a file or input from a pipeline), line by line, in one pass.

-n, --quiet, --silent
       suppress automatic printing of pattern space
-e script, --expression=script
       add the script to the commands to be executed
-f script-file, --file=script-file
       add the contents of script-file to the commands to be executed
-i[SUFFIX], --in-place[=SUFFIX]
       edit files in place (makes backup if SUFFIX supplied)
-E, -r, --regexp-extended
       use extended regular expressions in the script
-s, --separate
       consider files as separate rather than as a single continuous long stream

COMMANDS
s/regexp/replacement/flags   substitute (flags: g, N, p, I, M, w file)
d  delete the line     p  print it     q  quit     = print the line number
a text, i text, c text       append, insert, change
y/source/dest/               transliterate
{ ... } ! b t T :label n N D P h H g G x l r w

ADDRESSES
N (a line), $ (the last line), /regexp/, first~step, addr1,addr2, addr1,+N, 0,/regexp/

EXAMPLES
sed -i 's/^#PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config
       Change a setting in a configuration file, in place.
sed -n '/^iface/p' /etc/network/interfaces
       Print only the lines that match.
sed '/^#/d;/^$/d' /etc/sysctl.conf
       The file without comments and empty lines.
`,
  run,
};
