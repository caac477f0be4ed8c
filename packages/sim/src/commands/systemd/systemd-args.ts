/**
 * The command line of systemd's small *ctl tools (hostnamectl, timedatectl):
 * getopt_long with GNU's permutation (options anywhere before "--", a long
 * option may be shortened to a unique prefix) and its error texts, then
 * dispatch_verb (shared/verbs.c): the default verb when none is given,
 * "Unknown command verb X.", "Too few arguments.", "Too many arguments.",
 * each exit status 1.
 */
import type { Process } from "../../process/process.js";

export interface ParsedArgs {
  /** the long flags given (without "--"), e.g. "static" */
  flags: Set<string>;
  /** the verb and its arguments */
  operands: string[];
  help: boolean;
  version: boolean;
}

/** Parse argv; an exit status when getopt refused it (the message is written). */
export function parseSystemdArgs(proc: Process, prog: string, longFlags: string[]): ParsedArgs | number {
  const out: ParsedArgs = { flags: new Set(), operands: [], help: false, version: false };
  const all = ["help", "version", ...longFlags];
  const args = proc.argv.slice(1);
  const fail = (msg: string) => {
    proc.stderr.write(`${prog}: ${msg}\n`);
    return 1;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      out.operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const hits = all.includes(name) ? [name] : all.filter((o) => o.startsWith(name));
      if (hits.length !== 1) return fail(`unrecognized option '${eq < 0 ? a : a.slice(0, eq)}'`);
      if (eq >= 0) return fail(`option '--${hits[0]}' doesn't allow an argument`);
      if (hits[0] === "help") out.help = true;
      else if (hits[0] === "version") out.version = true;
      else out.flags.add(hits[0]);
      // getopt returns at --help / --version: the tool acts on the first such option
      if (out.help || out.version) return out;
    } else if (a.startsWith("-") && a.length > 1) {
      for (const c of a.slice(1)) {
        if (c !== "h") return fail(`invalid option -- '${c}'`);
        out.help = true;
        return out;
      }
    } else out.operands.push(a);
  }
  return out;
}

export interface Verb {
  /** argc bounds, the verb itself counted */
  min: number;
  max: number;
  run(proc: Process, operands: string[]): number;
}

export function dispatchVerb(proc: Process, operands: string[], defaultVerb: string, verbs: Record<string, Verb>): number {
  const name = operands[0] ?? defaultVerb;
  const argv = operands.length ? operands : [defaultVerb];
  const verb = verbs[name];
  if (!verb) {
    proc.stderr.write(`Unknown command verb ${name}.\n`);
    return 1;
  }
  if (argv.length < verb.min) {
    proc.stderr.write("Too few arguments.\n");
    return 1;
  }
  if (argv.length > verb.max) {
    proc.stderr.write("Too many arguments.\n");
    return 1;
  }
  return verb.run(proc, argv);
}
