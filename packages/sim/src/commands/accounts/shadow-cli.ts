/**
 * How shadow's tools meet a command line: glibc getopt_long's error
 * ("useradd: invalid option -- 'z'") then the tool's usage on standard
 * error and E_USAGE (2; passwd's is 6); -h/--help prints the usage on
 * standard output and exits 0.
 */
import type { Process } from "../../process/process.js";
import { type OptionSpec, Options, parseOptions } from "../files/options.js";

export function parseShadowArgs(
  proc: Process,
  prog: string,
  specs: readonly OptionSpec[],
  usage: string,
  usageStatus = 2,
): { opts: Options; operands: string[] } | { exit: number } {
  const r = parseOptions(proc.argv.slice(1), [...specs, { key: "h", short: "h", long: "help" }]);
  if (!r.ok) {
    proc.stderr.write(`${prog}: ${r.error}\n${usage}`);
    return { exit: usageStatus };
  }
  const opts = new Options(r.list);
  if (opts.has("h")) {
    proc.stdout.write(usage);
    return { exit: 0 };
  }
  return { opts, operands: r.operands };
}

/** `prog: text` on standard error; returns `status` */
export function fail(proc: Process, prog: string, text: string, status: number): number {
  proc.stderr.write(`${prog}: ${text}\n`);
  return status;
}
