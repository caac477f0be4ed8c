/**
 * printenv (GNU coreutils 9.1): the whole environment, one NAME=value a line
 * (-0: each ended by NUL), or the values of the named variables; the status
 * is 1 unless every name was set (a name holding '=' never is).
 */
import { parseOrUsage } from "../files/program.js";
import type { Command } from "../types.js";

export const printenv: Command = {
  name: "printenv",
  summary: "printenv - print all or part of environment",
  man: `NAME
printenv - print all or part of environment

SYNOPSIS
printenv [OPTION]... [VARIABLE]...

DESCRIPTION
Print the values of the specified environment VARIABLE(s). If no VARIABLE
is specified, print name and value pairs for them all.

-0, --null
       end each output line with NUL, not newline

EXIT STATUS
0 if all VARIABLEs were set, 1 if one was not, 2 on a usage error.
`,
  run(proc) {
    const parsed = parseOrUsage(proc, "printenv", [{ key: "0", short: "0", long: "null" }], { usageStatus: 2 });
    if ("exit" in parsed) return parsed.exit;
    const end = parsed.opts.has("0") ? "\0" : "\n";
    const env = proc.env;
    if (parsed.operands.length === 0) {
      for (const [k, v] of Object.entries(env)) proc.stdout.write(`${k}=${v}${end}`);
      return 0;
    }
    let missing = false;
    for (const name of parsed.operands) {
      if (!name.includes("=") && Object.hasOwn(env, name)) proc.stdout.write(`${env[name]}${end}`);
      else missing = true;
    }
    return missing ? 1 : 0;
  },
};
