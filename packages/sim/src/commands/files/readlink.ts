/**
 * readlink (coreutils 9.1): a symlink's target as stored, or with -f/-e/-m
 * the canonical name (canonicalize.ts). Errors are silent unless -v (a
 * non-symlink: "Invalid argument"); -n leaves out the newline (ignored, with
 * a warning, for several names), -z ends each name with NUL.
 */
import { type Result, fail } from "../../kernel/errno.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { type CanonMode, canonicalize } from "./canonicalize.js";
import { parseOrUsage, resolveOperand, strerror, usageError } from "./program.js";
import { quoteIfNeeded } from "./quote.js";

const SPECS = [
  { key: "f", short: "f", long: "canonicalize" },
  { key: "e", short: "e", long: "canonicalize-existing" },
  { key: "m", short: "m", long: "canonicalize-missing" },
  { key: "n", short: "n", long: "no-newline" },
  { key: "q", short: "q", long: "quiet" },
  { key: "s", short: "s", long: "silent" },
  { key: "v", short: "v", long: "verbose" },
  { key: "z", short: "z", long: "zero" },
];

/**
 * readlink(2): a trailing slash makes the kernel follow the link, so the
 * answer is never a link: the walk's error, or EINVAL.
 */
function readlinkSyscall(proc: Process, operand: string): Result<string> {
  if (!operand.endsWith("/")) return proc.host.fs.readlink(proc.resolve(operand));
  const st = proc.host.fs.stat(resolveOperand(proc, operand));
  return fail(st.ok ? "EINVAL" : st.errno);
}

const MODES: Record<string, CanonMode> = { f: "all-but-last", e: "existing", m: "missing" };

export const readlink: Command = {
  name: "readlink",
  summary: "readlink - print resolved symbolic links or canonical file names",
  man: `NAME
readlink - print resolved symbolic links or canonical file names

SYNOPSIS
readlink [OPTION]... FILE...

DESCRIPTION
Note realpath(1) is the preferred command to use for canonicalization
functionality.

Print value of a symbolic link or canonical file name

-f, --canonicalize
       canonicalize by following every symlink in every component of the
       given name recursively; all but the last component must exist
-e, --canonicalize-existing
       canonicalize by following every symlink in every component of the
       given name recursively, all components must exist
-m, --canonicalize-missing
       canonicalize by following every symlink in every component of the
       given name recursively, without requirements on components existence
-n, --no-newline
       do not output the trailing delimiter
-q, --quiet
-s, --silent
       suppress most error messages (on by default)
-v, --verbose
       report error messages
-z, --zero
       end each output line with NUL, not newline
`,
  run(proc) {
    const parsed = parseOrUsage(proc, "readlink", SPECS, { help: "Usage: readlink [OPTION]... FILE...\nSee 'man readlink' for the options this system supports.\n" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    if (operands.length === 0) return usageError(proc, "readlink", "missing operand");
    const modeKey = opts.last("f", "e", "m");
    const verbose = opts.last("v", "q", "s") === "v";
    let newline = !opts.has("n");
    if (!newline && operands.length > 1) {
      proc.stderr.write("readlink: ignoring --no-newline with multiple arguments\n");
      newline = true;
    }
    const end = newline ? (opts.has("z") ? "\0" : "\n") : "";
    let status = 0;
    for (const operand of operands) {
      proc.budget.charge(1);
      const r = modeKey ? canonicalize(proc, operand, MODES[modeKey]) : readlinkSyscall(proc, operand);
      if (r.ok) proc.stdout.write(r.value + end);
      else {
        if (verbose) proc.stderr.write(`readlink: ${quoteIfNeeded(operand)}: ${strerror(r.errno)}\n`);
        status = 1;
      }
    }
    return status;
  },
};
