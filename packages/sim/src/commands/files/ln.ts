/**
 * ln (GNU coreutils 9.1): make links. Only symbolic links (-s) exist in this
 * filesystem; a hard link fails with EPERM, worded as ln words it.
 */
import type { Process } from "../../process/process.js";
import { basename } from "../../fs/path.js";
import type { Command } from "../types.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, strerror, usageError } from "./program.js";
import { quoteAlways } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "s", short: "s", long: "symbolic" },
  { key: "f", short: "f", long: "force" },
  { key: "n", short: "n", long: "no-dereference" },
  { key: "v", short: "v", long: "verbose" },
  { key: "T", short: "T", long: "no-target-directory" },
];

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "ln", SPECS);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const ops = parsed.operands;
  const fs = proc.host.fs;
  if (ops.length === 0) return usageError(proc, "ln", "missing file operand");
  let pairs: [string, string][];
  if (ops.length === 1) pairs = [[ops[0], basename(ops[0])]];
  else {
    const target = ops[ops.length - 1];
    const tpath = proc.resolve(target);
    const tst = o.has("n") ? fs.lstat(tpath) : fs.stat(tpath);
    const isDir = !o.has("T") && tst.ok && tst.value.type === "dir";
    if (ops.length > 2 && !isDir) {
      proc.stderr.write(`ln: target ${quoteAlways(target)} is not a directory\n`);
      return 1;
    }
    pairs = ops.slice(0, -1).map((s) => [s, isDir ? `${target.replace(/\/+$/, "")}/${basename(s)}` : target]);
  }
  let status = 0;
  for (const [target, link] of pairs) {
    proc.budget.charge();
    const linkPath = proc.resolve(link);
    if (!o.has("s")) {
      const st = fs.stat(proc.resolve(target));
      if (!st.ok) {
        proc.stderr.write(`ln: failed to access ${quoteAlways(target)}: ${strerror(st.errno)}\n`);
      } else {
        proc.stderr.write(`ln: failed to create hard link ${quoteAlways(link)} => ${quoteAlways(target)}: ${strerror("EPERM")}\n`);
      }
      status = 1;
      continue;
    }
    if (o.has("f")) {
      const l = fs.lstat(linkPath);
      if (l.ok && l.value.type !== "dir") fs.unlink(linkPath);
    }
    const r = fs.symlink(target, linkPath);
    if (!r.ok) {
      proc.stderr.write(`ln: failed to create symbolic link ${quoteAlways(link)}: ${strerror(r.errno)}\n`);
      status = 1;
    } else if (o.has("v")) proc.stdout.write(`${quoteAlways(link)} -> ${quoteAlways(target)}\n`);
  }
  return status;
}

export const ln: Command = {
  name: "ln",
  summary: "ln - make links between files",
  man: `NAME
ln - make links between files

SYNOPSIS
ln [OPTION]... [-T] TARGET LINK_NAME
ln [OPTION]... TARGET
ln [OPTION]... TARGET... DIRECTORY

DESCRIPTION
Create a link to TARGET with the name LINK_NAME. Create hard links by
default, symbolic links with --symbolic (hard links are not supported on
this system).

-f, --force
       remove existing destination files

-n, --no-dereference
       treat LINK_NAME as a normal file if it is a symbolic link to a directory

-s, --symbolic
       make symbolic links instead of hard links

-v, --verbose
       print name of each linked file
`,
  run,
};
