/** touch (GNU coreutils 9.1): set a file's modification time to now, creating it if missing (-c: don't). */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, strerror, usageError } from "./program.js";
import { quoteAlways } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "c", short: "c", long: "no-create" },
  { key: "a", short: "a" },
  { key: "m", short: "m" },
];

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "touch", SPECS);
  if ("exit" in parsed) return parsed.exit;
  if (parsed.operands.length === 0) return usageError(proc, "touch", "missing file operand");
  const fs = proc.host.fs;
  let status = 0;
  for (const op of parsed.operands) {
    proc.budget.charge();
    const path = proc.resolve(op) + (op.endsWith("/") ? "/" : "");
    if (parsed.opts.has("c") && !fs.stat(path).ok) continue;
    const r = fs.touch(path, { mode: 0o666 & ~proc.umask });
    if (!r.ok) {
      proc.stderr.write(`touch: cannot touch ${quoteAlways(op)}: ${strerror(r.errno)}\n`);
      status = 1;
    }
  }
  return status;
}

export const touch: Command = {
  name: "touch",
  summary: "touch - change file timestamps",
  man: `NAME
touch - change file timestamps

SYNOPSIS
touch [OPTION]... FILE...

DESCRIPTION
Update the access and modification times of each FILE to the current time.

A FILE argument that does not exist is created empty, unless -c is supplied.

-c, --no-create
       do not create any files
`,
  run,
};
