/** mkdir (GNU coreutils 9.1): make directories; -p makes parents as needed, -v reports each. */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, strerror, usageError } from "./program.js";
import { quoteAlways, quoteLocale } from "./quote.js";
import { parseMode } from "./chmod-mode.js";

const SPECS: OptionSpec[] = [
  { key: "p", short: "p", long: "parents" },
  { key: "v", short: "v", long: "verbose" },
  { key: "m", short: "m", long: "mode", arg: "required" },
];

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "mkdir", SPECS);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  if (parsed.operands.length === 0) return usageError(proc, "mkdir", "missing operand");
  let mode = 0o777 & ~proc.umask;
  // the parents -p makes: what the mask leaves, and always writable and searchable by their owner (GNU mkdir)
  const parentMode = mode | 0o300;
  const m = o.value("m");
  if (m !== undefined) {
    const r = parseMode(m, 0o777, true, proc.umask);
    if (r === undefined) {
      proc.stderr.write(`mkdir: invalid mode ${quoteLocale(m)}\n`);
      return 1;
    }
    mode = r;
  }
  const fs = proc.host.fs;
  const verbose = o.has("v");
  let status = 0;
  for (const op of parsed.operands) {
    proc.budget.charge();
    if (o.has("p")) {
      // walk the operand's prefixes so a failure names the component, as GNU does
      const parts = op.split("/");
      let prefix = op.startsWith("/") ? "" : undefined;
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "" && i > 0) continue;
        prefix = prefix === undefined ? parts[i] : `${prefix}/${parts[i]}`;
        if (prefix === "") continue;
        const path = proc.resolve(prefix);
        const st = fs.stat(path);
        if (st.ok && st.value.type === "dir") continue;
        if (st.ok) {
          proc.stderr.write(`mkdir: cannot create directory ${quoteLocale(prefix)}: ${strerror("ENOTDIR")}\n`);
          status = 1;
          break;
        }
        const isLast = parts.slice(i + 1).every((p) => p === "");
        const r = fs.mkdir(path, { mode: isLast ? mode : parentMode });
        if (!r.ok) {
          proc.stderr.write(`mkdir: cannot create directory ${quoteLocale(prefix)}: ${strerror(r.errno)}\n`);
          status = 1;
          break;
        }
        if (verbose) proc.stdout.write(`mkdir: created directory ${quoteAlways(prefix)}\n`);
      }
      continue;
    }
    const r = fs.mkdir(proc.resolve(op) + (op.endsWith("/") ? "/" : ""), { mode });
    if (!r.ok) {
      proc.stderr.write(`mkdir: cannot create directory ${quoteLocale(op)}: ${strerror(r.errno)}\n`);
      status = 1;
    } else if (verbose) proc.stdout.write(`mkdir: created directory ${quoteAlways(op)}\n`);
  }
  return status;
}

export const mkdir: Command = {
  name: "mkdir",
  summary: "mkdir - make directories",
  man: `NAME
mkdir - make directories

SYNOPSIS
mkdir [OPTION]... DIRECTORY...

DESCRIPTION
Create the DIRECTORY(ies), if they do not already exist.

-m, --mode=MODE
       set file mode (as in chmod), not a=rwx - umask

-p, --parents
       no error if existing, make parent directories as needed

-v, --verbose
       print a message for each created directory
`,
  run,
};
