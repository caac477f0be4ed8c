/**
 * cp (GNU coreutils 9.1): copy files and directories. -r copies trees
 * (symlinks inside are copied as symlinks), -p/-a keep mode and mtime, a
 * directory as the last operand receives the sources by their base names.
 */
import type { Process } from "../../process/process.js";
import { basename } from "../../fs/path.js";
import type { Command } from "../types.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, strerror, usageError } from "./program.js";
import { quoteAlways } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "r", short: "r", long: "recursive" },
  { key: "r", short: "R" },
  { key: "a", short: "a", long: "archive" },
  { key: "p", short: "p" },
  { key: "f", short: "f", long: "force" },
  { key: "i", short: "i", long: "interactive" },
  { key: "n", short: "n", long: "no-clobber" },
  { key: "v", short: "v", long: "verbose" },
  { key: "T", short: "T", long: "no-target-directory" },
  { key: "t", short: "t", long: "target-directory", arg: "required" },
];


interface CpCtx {
  proc: Process;
  recursive: boolean;
  preserve: boolean;
  noClobber: boolean;
  verbose: boolean;
}

function copy(ctx: CpCtx, srcShown: string, src: string, dstShown: string, dst: string, top: boolean): boolean {
  const { proc } = ctx;
  const fs = proc.host.fs;
  proc.budget.charge();
  // cp follows a symlink named on the command line unless -r/-a (which copy the link itself)
  const st = top && !ctx.recursive ? fs.stat(src) : fs.lstat(src);
  if (!st.ok) {
    proc.stderr.write(`cp: cannot stat ${quoteAlways(srcShown)}: ${strerror(st.errno)}\n`);
    return false;
  }
  const s = st.value;
  const dstSt = fs.stat(dst);
  if (dstSt.ok && dstSt.value.ino === s.ino && s.type !== "symlink") {
    proc.stderr.write(`cp: ${quoteAlways(srcShown)} and ${quoteAlways(dstShown)} are the same file\n`);
    return false;
  }
  if (s.type === "dir") {
    if (!ctx.recursive) {
      proc.stderr.write(`cp: -r not specified; omitting directory ${quoteAlways(srcShown)}\n`);
      return false;
    }
    if (dst === src || dst.startsWith(`${src === "/" ? "" : src}/`)) {
      proc.stderr.write(`cp: cannot copy a directory, ${quoteAlways(srcShown)}, into itself, ${quoteAlways(dstShown)}\n`);
      return false;
    }
    if (dstSt.ok && dstSt.value.type !== "dir") {
      proc.stderr.write(`cp: cannot overwrite non-directory ${quoteAlways(dstShown)} with directory ${quoteAlways(srcShown)}\n`);
      return false;
    }
    if (!dstSt.ok) {
      const r = fs.mkdir(dst, { mode: s.mode });
      if (!r.ok) {
        proc.stderr.write(`cp: cannot create directory ${quoteAlways(dstShown)}: ${strerror(r.errno)}\n`);
        return false;
      }
      if (ctx.verbose) proc.stdout.write(`${quoteAlways(srcShown)} -> ${quoteAlways(dstShown)}\n`);
    }
    const names = fs.readdir(src);
    let okAll = true;
    if (names.ok)
      for (const n of names.value)
        if (!copy(ctx, `${srcShown.replace(/\/$/, "")}/${n}`, `${src === "/" ? "" : src}/${n}`, `${dstShown.replace(/\/$/, "")}/${n}`, `${dst}/${n}`, false))
          okAll = false;
    if (ctx.preserve) {
      fs.chmod(dst, s.mode);
      fs.utimes(dst, s.mtime);
    } else if (!dstSt.ok) fs.chmod(dst, s.mode & ~proc.umask);
    return okAll;
  }
  if (dstSt.ok && dstSt.value.type === "dir") {
    proc.stderr.write(`cp: cannot overwrite directory ${quoteAlways(dstShown)} with non-directory\n`);
    return false;
  }
  if (dstSt.ok && ctx.noClobber) return true;
  if (s.type === "symlink") {
    const t = fs.readlink(src);
    if (!t.ok) return false;
    if (fs.lstat(dst).ok) fs.unlink(dst);
    const r = fs.symlink(t.value, dst);
    if (!r.ok) {
      proc.stderr.write(`cp: cannot create symbolic link ${quoteAlways(dstShown)}: ${strerror(r.errno)}\n`);
      return false;
    }
  } else {
    const data = fs.readFile(src);
    if (!data.ok) {
      proc.stderr.write(`cp: cannot open ${quoteAlways(srcShown)} for reading: ${strerror(data.errno)}\n`);
      return false;
    }
    const mode = ctx.preserve ? s.mode : s.mode & ~proc.umask;
    const r = fs.writeFile(dst, data.value, { mode });
    if (!r.ok) {
      proc.stderr.write(`cp: cannot create regular file ${quoteAlways(dstShown)}: ${strerror(r.errno)}\n`);
      return false;
    }
    if (ctx.preserve) {
      fs.chmod(dst, s.mode);
      fs.utimes(dst, s.mtime);
    }
  }
  if (ctx.verbose) proc.stdout.write(`${quoteAlways(srcShown)} -> ${quoteAlways(dstShown)}\n`);
  return true;
}

/**
 * Sources and target as cp and mv read them: the last operand (or -t DIR) is
 * the target; with several sources it must be a directory.
 */
export function planTransfer(
  proc: Process,
  prog: "cp" | "mv",
  operands: string[],
  targetDir: string | undefined,
  noTargetDir: boolean,
): { pairs: [string, string][] } | { exit: number } {
  const fs = proc.host.fs;
  if (operands.length === 0) return { exit: usageError(proc, prog, "missing file operand") };
  let sources = operands;
  let target = targetDir;
  if (target === undefined) {
    if (operands.length === 1)
      return { exit: usageError(proc, prog, `missing destination file operand after ${quoteAlways(operands[0])}`) };
    target = operands[operands.length - 1];
    sources = operands.slice(0, -1);
  }
  const tst = fs.stat(proc.resolve(target));
  const isDir = !noTargetDir && tst.ok && tst.value.type === "dir";
  if (!isDir && (sources.length > 1 || targetDir !== undefined)) {
    if (!tst.ok && targetDir === undefined && sources.length > 1) {
      proc.stderr.write(`${prog}: target ${quoteAlways(target)}: ${strerror(tst.errno)}\n`);
      return { exit: 1 };
    }
    proc.stderr.write(`${prog}: target ${quoteAlways(target)} is not a directory\n`);
    return { exit: 1 };
  }
  const pairs: [string, string][] = sources.map((s) => [
    s,
    isDir ? `${target.replace(/\/+$/, "")}/${basename(s)}` : target,
  ]);
  return { pairs };
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "cp", SPECS);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const plan = planTransfer(proc, "cp", parsed.operands, o.value("t"), o.has("T"));
  if ("exit" in plan) return plan.exit;
  const ctx: CpCtx = {
    proc,
    recursive: o.has("r") || o.has("a"),
    preserve: o.has("p") || o.has("a"),
    noClobber: o.has("n"),
    verbose: o.has("v"),
  };
  let status = 0;
  for (const [src, dst] of plan.pairs)
    if (!copy(ctx, src, proc.resolve(src), dst, proc.resolve(dst), true)) status = 1;
  return status;
}

export const cp: Command = {
  name: "cp",
  summary: "cp - copy files and directories",
  man: `NAME
cp - copy files and directories

SYNOPSIS
cp [OPTION]... [-T] SOURCE DEST
cp [OPTION]... SOURCE... DIRECTORY
cp [OPTION]... -t DIRECTORY SOURCE...

DESCRIPTION
Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.

-a, --archive
       same as -dR --preserve=all

-n, --no-clobber
       do not overwrite an existing file

-p     preserve mode and timestamps

-R, -r, --recursive
       copy directories recursively

-t, --target-directory=DIRECTORY
       copy all SOURCE arguments into DIRECTORY

-T, --no-target-directory
       treat DEST as a normal file

-v, --verbose
       explain what is being done
`,
  run,
};
