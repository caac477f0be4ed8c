/** mv (GNU coreutils 9.1): move (rename) files; a directory as the last operand receives the sources. */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { planTransfer } from "./cp.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, strerror } from "./program.js";
import { quoteAlways } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "f", short: "f", long: "force" },
  { key: "i", short: "i", long: "interactive" },
  { key: "n", short: "n", long: "no-clobber" },
  { key: "v", short: "v", long: "verbose" },
  { key: "T", short: "T", long: "no-target-directory" },
  { key: "t", short: "t", long: "target-directory", arg: "required" },
];

function move(proc: Process, srcShown: string, dstShown: string, noClobber: boolean, verbose: boolean): boolean {
  const fs = proc.host.fs;
  const src = proc.resolve(srcShown);
  const dst = proc.resolve(dstShown);
  const s = fs.lstat(src);
  if (!s.ok) {
    proc.stderr.write(`mv: cannot stat ${quoteAlways(srcShown)}: ${strerror(s.errno)}\n`);
    return false;
  }
  const d = fs.lstat(dst);
  if (d.ok && d.value.ino === s.value.ino) {
    proc.stderr.write(`mv: ${quoteAlways(srcShown)} and ${quoteAlways(dstShown)} are the same file\n`);
    return false;
  }
  if (d.ok && noClobber) return true;
  if (d.ok && d.value.type === "dir" && s.value.type !== "dir") {
    proc.stderr.write(`mv: cannot overwrite directory ${quoteAlways(dstShown)} with non-directory\n`);
    return false;
  }
  if (d.ok && d.value.type !== "dir" && s.value.type === "dir") {
    proc.stderr.write(`mv: cannot overwrite non-directory ${quoteAlways(dstShown)} with directory ${quoteAlways(srcShown)}\n`);
    return false;
  }
  const r = fs.rename(src, dst);
  if (!r.ok) {
    if (r.errno === "EINVAL")
      proc.stderr.write(`mv: cannot move ${quoteAlways(srcShown)} to a subdirectory of itself, ${quoteAlways(dstShown)}\n`);
    else proc.stderr.write(`mv: cannot move ${quoteAlways(srcShown)} to ${quoteAlways(dstShown)}: ${strerror(r.errno)}\n`);
    return false;
  }
  if (verbose) proc.stdout.write(`renamed ${quoteAlways(srcShown)} -> ${quoteAlways(dstShown)}\n`);
  return true;
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "mv", SPECS);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const plan = planTransfer(proc, "mv", parsed.operands, o.value("t"), o.has("T"));
  if ("exit" in plan) return plan.exit;
  let status = 0;
  for (const [src, dst] of plan.pairs) {
    proc.budget.charge();
    if (!move(proc, src, dst, o.has("n"), o.has("v"))) status = 1;
  }
  return status;
}

export const mv: Command = {
  name: "mv",
  summary: "mv - move (rename) files",
  man: `NAME
mv - move (rename) files

SYNOPSIS
mv [OPTION]... [-T] SOURCE DEST
mv [OPTION]... SOURCE... DIRECTORY
mv [OPTION]... -t DIRECTORY SOURCE...

DESCRIPTION
Rename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.

-f, --force
       do not prompt before overwriting

-n, --no-clobber
       do not overwrite an existing file

-t, --target-directory=DIRECTORY
       move all SOURCE arguments into DIRECTORY

-T, --no-target-directory
       treat DEST as a normal file

-v, --verbose
       explain what is being done
`,
  run,
};
