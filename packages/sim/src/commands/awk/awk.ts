/**
 * awk (mawk 1.3.4 20200120, Debian 12's default awk: /usr/bin/awk ->
 * /etc/alternatives/awk -> /usr/bin/mawk). This module is the program
 * around the interpreter: mawk's options (-f progfile, -F fs, -v var=value,
 * --, -W version/usage/...), the program text, ARGV, and mawk's error
 * texts and exit statuses. Its messages start with the name it was run by
 * (`awk: ...` through the alternatives link, `mawk: ...` as mawk), while
 * the usage text always says mawk, as the real one does.
 *
 * Everything awk handles is bytes (mawk is not multibyte-aware): the
 * program, the input, the arguments and the environment are UTF-8 encoded
 * into byte strings, and output is written as those bytes.
 */
import { type ByteString, utf8Decode, utf8Encode } from "../../bytes.js";
import { LimitExceeded } from "../../process/limits.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { AwkFatal, AwkRuntimeError, Interpreter } from "./interpreter.js";
import { AwkSyntaxErrors, unescapeString } from "./lexer.js";
import { AWK_MAN } from "./man-page.js";
import { parseProgram } from "./parser.js";
import { AwkIoError } from "./streams.js";

export const USAGE = `Usage: mawk [Options] [Program] [file ...]

Program:
    The -f option value is the name of a file containing program text.
    If no -f option is given, a "--" ends option processing; the following
    parameters are the program text.

Options:
    -f program-file  Program  text is read from file instead of from the
                     command-line.  Multiple -f options are accepted.
    -F value         sets the field separator, FS, to value.
    -v var=value     assigns value to program variable var.
    --               unambiguous end of options.

    Implementation-specific options are prefixed with "-W".  They can be
    abbreviated:

    -W version       show version information and exit.
    -W dump          show assembler-like listing of program and exit.
    -W help          show this message and exit.
    -W interactive   set unbuffered output, line-buffered input.
    -W exec file     use file as program as well as last option.
    -W random=number set initial random seed.
    -W sprintf=number adjust size of sprintf buffer.
    -W posix_space   do not consider "\\n" a space.
    -W usage         show this message and exit.
`;

export const VERSION = `mawk 1.3.4 20200120
Copyright 2008-2019,2020, Thomas E. Dickey
Copyright 1991-1996,2014, Michael D. Brennan

`;

/** what -W version adds on standard error */
const VERSION_LIMITS = `random-funcs:       srandom/random
regex-funcs:        internal
compiled limits:
sprintf buffer      8192
maximum-integer     2147483647
`;

interface Options {
  progFiles: string[];
  fs?: string;
  assignments: [string, string][];
  operands: string[];
  /** -W version / usage: print and exit 0 */
  show?: "version" | "usage";
}

type Parsed = { ok: true; opts: Options } | { ok: false; error: string };

const W_OPTIONS = ["version", "dump", "help", "interactive", "exec", "random", "sprintf", "posix_space", "usage"];

function parseArgs(argv: string[]): Parsed {
  const o: Options = { progFiles: [], assignments: [], operands: [] };
  let i = 0;
  const assignment = (value: string): string | undefined => {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(value);
    if (!m) return `improper assignment: -v ${value}`;
    o.assignments.push([m[1], unescapeString(value.slice(m[0].length))]);
    return undefined;
  };
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    const letter = a[1];
    if (letter === "-") return { ok: false, error: `not an option: ${a}` };
    if (!"fFvW".includes(letter)) return { ok: false, error: `not an option: ${a}` };
    let value = a.slice(2);
    if (value === "") {
      if (i + 1 >= argv.length) return { ok: false, error: `option -${letter} lacks argument` };
      value = argv[++i];
    }
    if (letter === "f") o.progFiles.push(value);
    else if (letter === "F") o.fs = value;
    else if (letter === "v") {
      const err = assignment(value);
      if (err) return { ok: false, error: err };
    } else {
      const word = value.split("=")[0];
      const match = W_OPTIONS.find((w) => word !== "" && w.startsWith(word));
      if (match === "version") o.show = "version";
      else if (match === "usage" || match === "help") o.show = "usage";
      else if (match === "exec") {
        if (i + 1 >= argv.length) return { ok: false, error: "option -W exec lacks argument" };
        o.progFiles.push(argv[++i]);
        i++;
        break;
      } else if (match === undefined) o.operands.push(`\0vacuous:${value}`);
    }
  }
  o.operands.push(...argv.slice(i));
  return { ok: true, opts: o };
}

/** -F's value as mawk takes it: its escapes; "t" alone stays a t */
function fieldSeparator(value: string): string {
  return unescapeString(value);
}

function run(proc: Process): number {
  const self = (proc.argv[0] ?? "awk").replace(/.*\//, "");
  const say = (text: ByteString | string) => proc.stderr.writeBytes(text as ByteString);
  const prefix = utf8Encode(`${self}: `);
  const argv = proc.argv.slice(1).map((a) => utf8Encode(a) as string);
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    say(`${prefix}${parsed.error}\n`);
    return 2;
  }
  const opts = parsed.opts;
  const operands = opts.operands.filter((op) => {
    if (!op.startsWith("\0vacuous:")) return true;
    say(`${prefix}vacuous option: -W ${op.slice(9)}\n`);
    return false;
  });
  if (opts.show === "version") {
    proc.stdout.write(VERSION);
    say(VERSION_LIMITS);
    return 0;
  }
  if (opts.show === "usage") {
    say(USAGE);
    return 0;
  }
  const texts: { src: string; file?: string }[] = [];
  if (opts.progFiles.length > 0) {
    for (const f of opts.progFiles) {
      let data: string;
      if (f === "-" || f === "/dev/stdin") data = proc.stdin.bytes();
      else {
        const r = proc.host.fs.readFile(proc.resolve(utf8Decode(f as ByteString)));
        if (!r.ok) {
          say(`${prefix}cannot open ${f} (No such file or directory)\n`);
          return 2;
        }
        data = r.value;
      }
      texts.push({ src: data, file: f });
    }
  } else {
    const program = operands.shift();
    if (program === undefined) {
      say(USAGE);
      return 0;
    }
    texts.push({ src: program });
  }
  let program;
  try {
    program = parseProgram(texts);
  } catch (e) {
    if (!(e instanceof AwkSyntaxErrors)) throw e;
    for (const err of e.errors) {
      const where = err.file !== undefined ? `${err.file}: ` : "";
      say(`${prefix}${where}${err.bare ? "" : "line "}${err.line}: ${err.text}\n`);
    }
    return 2;
  }
  if (opts.fs !== undefined) opts.assignments.unshift(["FS", fieldSeparator(opts.fs)]);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(proc.env)) env[utf8Encode(k)] = utf8Encode(v);
  const it = new Interpreter(program, proc, {
    argv: [self, ...operands],
    assignments: opts.assignments,
    env,
    initialSeed: Math.floor(proc.host.clock.unixMs / 1000),
  });
  try {
    return it.run();
  } catch (e) {
    if (e instanceof LimitExceeded) throw e;
    let text: string;
    if (e instanceof AwkRuntimeError) text = `${prefix}run time error: ${e.message}\n${it.where()}`;
    else if (e instanceof AwkFatal || e instanceof AwkIoError) text = `${prefix}${e.message}\n`;
    else if (e instanceof RangeError) text = `${prefix}program limit exceeded: eval stack size=1024\n`;
    else throw e;
    // mawk exits: its message goes out first, buffered output after
    say(text);
    try {
      it.streams.closeAll();
    } catch (again) {
      if (!(again instanceof AwkIoError)) throw again;
    }
    return 2;
  }
}

export const awk: Command = {
  name: "awk",
  summary: "awk - pattern scanning and text processing language",
  man: AWK_MAN,
  run,
};

export const mawk: Command = { ...awk, name: "mawk", summary: "mawk - pattern scanning and text processing language" };
