/**
 * What the file and text programs share when talking to the learner: the
 * usage-error shape of coreutils (`prog: msg` + `Try 'prog --help' ...`),
 * strerror texts, and reading an operand (a path, or `-` for standard input).
 */
import type { ByteString } from "../../bytes.js";
import { type Errno, type Result, STRERROR, ok } from "../../kernel/errno.js";
import type { Process } from "../../process/process.js";
import { type OptionSpec, Options, parseOptions } from "./options.js";

export function strerror(errno: Errno): string {
  return STRERROR[errno];
}

/** `prog: msg` then the coreutils hint line; returns `status`. */
export function usageError(proc: Process, prog: string, msg: string, status = 1): number {
  proc.stderr.write(`${prog}: ${msg}\nTry '${prog} --help' for more information.\n`);
  return status;
}

/**
 * Parse options; on a getopt error print it the coreutils way and return the
 * exit status to use. `--help` and `--version` are answered here too.
 */
export function parseOrUsage(
  proc: Process,
  prog: string,
  specs: readonly OptionSpec[],
  opts: { usageStatus?: number; help?: string; version?: string; argv?: string[] } = {},
): { opts: Options; operands: string[] } | { exit: number } {
  const all = [...specs, { key: "--help", long: "help" }, { key: "--version", long: "version" }];
  const r = parseOptions(opts.argv ?? proc.argv.slice(1), all);
  if (!r.ok) return { exit: usageError(proc, prog, r.error, opts.usageStatus ?? 1) };
  const o = new Options(r.list);
  if (o.has("--help")) {
    proc.stdout.write(opts.help ?? `Usage: ${prog} [OPTION]... [FILE]...\nSee 'man ${prog}' for the options this system supports.\n`);
    return { exit: 0 };
  }
  if (o.has("--version")) {
    proc.stdout.write(`${opts.version ?? `${prog} (GNU coreutils) 9.1`}\n`);
    return { exit: 0 };
  }
  return { opts: o, operands: r.operands };
}

/**
 * An operand as an absolute path, keeping a trailing slash: "f/" must fail
 * with ENOTDIR when f is a file, as the kernel sees the slash.
 */
export function resolveOperand(proc: Process, operand: string): string {
  const p = proc.resolve(operand);
  return operand.endsWith("/") && p !== "/" ? `${p}/` : p;
}

/** The bytes of an operand: `-` is standard input. */
export function readOperand(proc: Process, operand: string): Result<ByteString> {
  if (operand === "-") return ok(proc.stdin.bytes());
  return proc.host.fs.readFile(resolveOperand(proc, operand));
}

/** Split bytes into lines without their newlines; a final newline does not start an empty line. */
export function splitLines(data: string): string[] {
  if (data === "") return [];
  const lines = data.split("\n");
  if (data.endsWith("\n")) lines.pop();
  return lines;
}
