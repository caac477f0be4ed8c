/** tee (GNU coreutils 9.1): copy standard input to standard output and to files (-a appends). */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, strerror } from "./program.js";
import { quoteIfNeeded } from "./quote.js";

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "tee", [
    { key: "a", short: "a", long: "append" },
    { key: "i", short: "i", long: "ignore-interrupts" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const data = proc.stdin.bytes();
  let status = 0;
  for (const f of parsed.operands) {
    proc.budget.charge();
    const r = proc.host.fs.writeFile(proc.resolve(f), data, { append: parsed.opts.has("a"), mode: 0o666 & ~proc.umask });
    if (!r.ok) {
      proc.stderr.write(`tee: ${quoteIfNeeded(f)}: ${strerror(r.errno)}\n`);
      status = 1;
    }
  }
  proc.stdout.writeBytes(data);
  return status;
}

export const tee: Command = {
  name: "tee",
  summary: "tee - read from standard input and write to standard output and files",
  man: `NAME
tee - read from standard input and write to standard output and files

SYNOPSIS
tee [OPTION]... [FILE]...

DESCRIPTION
Copy standard input to each FILE, and also to standard output.

-a, --append
       append to the given FILEs, do not overwrite

EXAMPLES
echo 1 | tee /proc/sys/net/ipv4/ip_forward
       Write to a file that a redirection in an unprivileged shell could not open.
`,
  run,
};
