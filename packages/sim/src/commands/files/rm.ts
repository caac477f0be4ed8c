/**
 * rm (GNU coreutils 9.1): remove files; -r removes directories and their
 * contents (depth first), -f ignores missing files, -v reports each removal.
 * Refuses to work recursively on "/" (--preserve-root is the default) and on
 * "." and "..".
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, strerror, usageError } from "./program.js";
import { quoteAlways } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "r", short: "r", long: "recursive" },
  { key: "r", short: "R" },
  { key: "f", short: "f", long: "force" },
  { key: "i", short: "i" },
  { key: "I", short: "I" },
  { key: "d", short: "d", long: "dir" },
  { key: "v", short: "v", long: "verbose" },
  { key: "no-preserve-root", long: "no-preserve-root" },
  { key: "preserve-root", long: "preserve-root" },
];

interface RmCtx {
  proc: Process;
  force: boolean;
  verbose: boolean;
  recursive: boolean;
  dirs: boolean;
}

function removeTree(ctx: RmCtx, shown: string, path: string): boolean {
  const { proc } = ctx;
  const fs = proc.host.fs;
  proc.budget.charge();
  const st = fs.lstat(path);
  if (!st.ok) {
    if (ctx.force && st.errno === "ENOENT") return true;
    proc.stderr.write(`rm: cannot remove ${quoteAlways(shown)}: ${strerror(st.errno)}\n`);
    return false;
  }
  if (st.value.type === "dir") {
    if (!ctx.recursive) {
      if (ctx.dirs) {
        const r = fs.rmdir(path);
        if (r.ok) {
          if (ctx.verbose) proc.stdout.write(`removed directory ${quoteAlways(shown)}\n`);
          return true;
        }
        proc.stderr.write(`rm: cannot remove ${quoteAlways(shown)}: ${strerror(r.errno)}\n`);
        return false;
      }
      proc.stderr.write(`rm: cannot remove ${quoteAlways(shown)}: Is a directory\n`);
      return false;
    }
    const names = fs.readdir(path);
    let okAll = true;
    if (names.ok) {
      for (const n of names.value) {
        const childShown = shown.endsWith("/") ? shown + n : `${shown}/${n}`;
        if (!removeTree(ctx, childShown, `${path === "/" ? "" : path}/${n}`)) okAll = false;
      }
    }
    if (!okAll) return false;
    const r = fs.rmdir(path);
    if (!r.ok) {
      proc.stderr.write(`rm: cannot remove ${quoteAlways(shown)}: ${strerror(r.errno)}\n`);
      return false;
    }
    if (ctx.verbose) proc.stdout.write(`removed directory ${quoteAlways(shown)}\n`);
    return true;
  }
  const r = fs.unlink(path);
  if (!r.ok) {
    proc.stderr.write(`rm: cannot remove ${quoteAlways(shown)}: ${strerror(r.errno)}\n`);
    return false;
  }
  if (ctx.verbose) proc.stdout.write(`removed ${quoteAlways(shown)}\n`);
  return true;
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "rm", SPECS);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const ctx: RmCtx = { proc, force: o.has("f"), verbose: o.has("v"), recursive: o.has("r"), dirs: o.has("d") };
  if (parsed.operands.length === 0) {
    if (ctx.force) return 0;
    return usageError(proc, "rm", "missing operand");
  }
  let status = 0;
  for (const op of parsed.operands) {
    const path = proc.resolve(op);
    const last = op.replace(/\/+$/, "").split("/").pop();
    if (ctx.recursive && (last === "." || last === "..")) {
      proc.stderr.write(`rm: refusing to remove '.' or '..' directory: skipping ${quoteAlways(op)}\n`);
      status = 1;
      continue;
    }
    if (ctx.recursive && path === "/" && !o.has("no-preserve-root")) {
      proc.stderr.write(
        op === "/"
          ? "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n"
          : `rm: it is dangerous to operate recursively on ${quoteAlways(op)} (same as '/')\nrm: use --no-preserve-root to override this failsafe\n`,
      );
      status = 1;
      continue;
    }
    if (!removeTree(ctx, op, path)) status = 1;
  }
  return status;
}

export const rm: Command = {
  name: "rm",
  summary: "rm - remove files or directories",
  man: `NAME
rm - remove files or directories

SYNOPSIS
rm [OPTION]... [FILE]...

DESCRIPTION
rm removes each specified file. By default, it does not remove directories.

-f, --force
       ignore nonexistent files and arguments, never prompt

-i     prompt before every removal (not supported here: ignored)

-r, -R, --recursive
       remove directories and their contents recursively

-d, --dir
       remove empty directories

-v, --verbose
       explain what is being done

--no-preserve-root
       do not treat '/' specially
`,
  run,
};
