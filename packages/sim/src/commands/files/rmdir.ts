/** rmdir (GNU coreutils 9.1): remove empty directories; -p removes the parents too, -v reports. */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, strerror, usageError } from "./program.js";
import { quoteAlways } from "./quote.js";
import { dirname } from "../../fs/path.js";

const SPECS: OptionSpec[] = [
  { key: "p", short: "p", long: "parents" },
  { key: "v", short: "v", long: "verbose" },
  { key: "ignore", long: "ignore-fail-on-non-empty" },
];

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "rmdir", SPECS);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  if (parsed.operands.length === 0) return usageError(proc, "rmdir", "missing operand");
  let status = 0;
  for (const op of parsed.operands) {
    let cur = op.replace(/(.)\/+$/, "$1");
    for (;;) {
      proc.budget.charge();
      if (o.has("v")) proc.stdout.write(`rmdir: removing directory, ${quoteAlways(cur)}\n`);
      const r = proc.host.fs.rmdir(proc.resolve(cur));
      if (!r.ok) {
        if (!(o.has("ignore") && r.errno === "ENOTEMPTY")) {
          proc.stderr.write(`rmdir: failed to remove ${quoteAlways(cur)}: ${strerror(r.errno)}\n`);
          status = 1;
        }
        break;
      }
      if (!o.has("p")) break;
      const parent = dirname(cur);
      if (parent === "." || parent === "/" || parent === cur) break;
      cur = parent;
    }
  }
  return status;
}

export const rmdir: Command = {
  name: "rmdir",
  summary: "rmdir - remove empty directories",
  man: `NAME
rmdir - remove empty directories

SYNOPSIS
rmdir [OPTION]... DIRECTORY...

DESCRIPTION
Remove the DIRECTORY(ies), if they are empty.

--ignore-fail-on-non-empty
       ignore each failure to remove a non-empty directory

-p, --parents
       remove DIRECTORY and its ancestors; e.g., 'rmdir -p a/b' is similar to 'rmdir a/b a'

-v, --verbose
       output a diagnostic for every directory processed
`,
  run,
};
