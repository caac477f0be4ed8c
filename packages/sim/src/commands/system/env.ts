/**
 * env (GNU coreutils 9.1): print the environment, or run a command in a
 * changed one. Options (-i/-/--ignore-environment, -u NAME/--unset=NAME,
 * -0/--null) come first and stop at the first other word, as env's getopt
 * is told to; then NAME=value words, then the command. The command runs as
 * a child through the process's runCommandLine, its line unsetting what the
 * new environment drops and assigning what it sets, so the program sees
 * exactly that environment. Not simulated: -C, -S, -v and the signal options.
 */
import type { Process } from "../../process/process.js";
import { execError, shellWord } from "../files/find/exec-line.js";
import { usageError } from "../files/program.js";
import { quoteLocale } from "../files/quote.js";
import type { Command } from "../types.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function run(proc: Process): number {
  const args = proc.argv.slice(1);
  let ignore = false;
  let nul = false;
  const unset: string[] = [];
  let i = 0;
  const fail = (msg: string) => usageError(proc, "env", msg, 125);
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    if (a === "-") {
      ignore = true;
      continue;
    }
    if (a.startsWith("--")) {
      const [long, value] = a.includes("=") ? [a.slice(2, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a.slice(2), undefined];
      const full = ["ignore-environment", "unset", "null", "help", "version"].filter((l) => l.startsWith(long));
      if (full.length !== 1) return fail(full.length === 0 ? `unrecognized option '${a}'` : `option '${a}' is ambiguous`);
      if (full[0] === "unset") {
        const v = value ?? args[++i];
        if (v === undefined) return fail(`option '--unset' requires an argument`);
        unset.push(v);
      } else if (value !== undefined) return fail(`option '--${full[0]}' doesn't allow an argument`);
      else if (full[0] === "ignore-environment") ignore = true;
      else if (full[0] === "null") nul = true;
      else if (full[0] === "help") {
        proc.stdout.write("Usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]\nSee 'man env' for the options this system supports.\n");
        return 0;
      } else {
        proc.stdout.write("env (GNU coreutils) 9.1\n");
        return 0;
      }
      continue;
    }
    if (!a.startsWith("-")) break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === "i") ignore = true;
      else if (c === "0") nul = true;
      else if (c === "u") {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (v === undefined) return fail("option requires an argument -- 'u'");
        unset.push(v);
        break;
      } else return fail(`invalid option -- '${c}'`);
    }
  }
  const env: Record<string, string> = ignore ? {} : { ...proc.env };
  for (const name of unset) {
    if (name === "" || name.includes("=")) {
      proc.stderr.write(`env: cannot unset ${quoteLocale(name)}: Invalid argument\n`);
      return 125;
    }
    delete env[name];
  }
  for (; i < args.length && args[i].includes("="); i++) {
    const eq = args[i].indexOf("=");
    const name = args[i].slice(0, eq);
    delete env[name];
    env[name] = args[i].slice(eq + 1);
  }
  const command = args.slice(i);
  if (command.length === 0) {
    for (const [k, v] of Object.entries(env)) proc.stdout.write(`${k}=${v}${nul ? "\0" : "\n"}`);
    return 0;
  }
  if (nul) return fail("cannot specify --null (-0) with command");
  const errno = execError(proc, command[0], env.PATH);
  if (errno !== undefined) {
    proc.stderr.write(`env: ${quoteLocale(command[0])}: ${errno === "ENOENT" ? "No such file or directory" : "Permission denied"}\n`);
    return errno === "ENOENT" ? 127 : 126;
  }
  if (!proc.runCommandLine) {
    proc.stderr.write("env: running a command is not possible here\n");
    return 126;
  }
  // the child shell starts with this process's environment: drop what the new one lacks, set what it holds
  const drop = Object.keys(proc.env).filter((k) => NAME.test(k) && !Object.hasOwn(env, k));
  const set = Object.entries(env).filter(([k, v]) => NAME.test(k) && proc.env[k] !== v);
  // what was piped or redirected to env goes on to the command (the child shell's own input is spent)
  const line =
    (drop.length > 0 ? `unset -v ${drop.join(" ")}; ` : "") +
    set.map(([k, v]) => `${k}=${shellWord(v)} `).join("") +
    command.map(shellWord).join(" ");
  // standard input is handed over as bytes (a terminal stays the terminal)
  return proc.runCommandLine(line, proc.stdin.isTTY ? {} : { stdin: proc.stdin.bytes() });
}

export const env: Command = {
  name: "env",
  summary: "env - run a program in a modified environment",
  man: `NAME
env - run a program in a modified environment

SYNOPSIS
env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]

DESCRIPTION
Set each NAME to VALUE in the environment and run COMMAND. With no COMMAND,
print the resulting environment.

-i, --ignore-environment
       start with an empty environment

-0, --null
       end each output line with NUL, not newline

-u, --unset=NAME
       remove variable from the environment

A mere - implies -i.

EXIT STATUS
125 if env itself fails, 126 if COMMAND is found but cannot be invoked,
127 if COMMAND cannot be found, otherwise the exit status of COMMAND.
`,
  run,
};
