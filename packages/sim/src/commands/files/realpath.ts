/**
 * realpath (coreutils 9.1): the canonical absolute name of each FILE
 * (canonicalize.ts; all but the last component must exist unless -e or -m),
 * -s without following symlinks, -L resolving `..` before symlinks,
 * --relative-to / --relative-base to print names relative to a directory,
 * -z for NUL endings, -q to hide errors.
 */
import type { Command } from "../types.js";
import { type CanonMode, canonicalize } from "./canonicalize.js";
import { parseOrUsage, strerror, usageError } from "./program.js";
import { quoteIfNeeded } from "./quote.js";
import { resolvePath } from "../../fs/path.js";

const SPECS = [
  { key: "e", short: "e", long: "canonicalize-existing" },
  { key: "m", short: "m", long: "canonicalize-missing" },
  { key: "L", short: "L", long: "logical" },
  { key: "P", short: "P", long: "physical" },
  { key: "q", short: "q", long: "quiet" },
  { key: "to", long: "relative-to", arg: "required" as const },
  { key: "base", long: "relative-base", arg: "required" as const },
  { key: "s", short: "s", long: "strip" },
  { key: "s", long: "no-symlinks" },
  { key: "z", short: "z", long: "zero" },
];

/** `path` relative to directory `dir` (both canonical) */
function relative(path: string, dir: string): string {
  const p = path.split("/").filter((x) => x !== "");
  const d = dir.split("/").filter((x) => x !== "");
  let common = 0;
  while (common < p.length && common < d.length && p[common] === d[common]) common++;
  const up = d.slice(common).map(() => "..");
  const rel = [...up, ...p.slice(common)].join("/");
  return rel === "" ? "." : rel;
}

/** `path` is `dir` or below it */
function within(path: string, dir: string): boolean {
  return dir === "/" || path === dir || path.startsWith(`${dir}/`);
}

export const realpath: Command = {
  name: "realpath",
  summary: "realpath - print the resolved path",
  man: `NAME
realpath - print the resolved path

SYNOPSIS
realpath [OPTION]... FILE...

DESCRIPTION
Print the resolved absolute file name; all but the last component must exist

-e, --canonicalize-existing
       all components of the path must exist
-m, --canonicalize-missing
       no path components need exist or be a directory
-L, --logical
       resolve '..' components before symlinks
-P, --physical
       resolve symlinks as encountered (default)
-q, --quiet
       suppress most error messages
--relative-to=DIR
       print the resolved path relative to DIR
--relative-base=DIR
       print absolute paths unless paths below DIR
-s, --strip, --no-symlinks
       don't expand symlinks
-z, --zero
       end each output line with NUL, not newline
`,
  run(proc) {
    const parsed = parseOrUsage(proc, "realpath", SPECS, { help: "Usage: realpath [OPTION]... FILE...\nSee 'man realpath' for the options this system supports.\n" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    if (operands.length === 0) return usageError(proc, "realpath", "missing operand");
    const mode: CanonMode = opts.last("e", "m") === "e" ? "existing" : opts.has("m") ? "missing" : "all-but-last";
    const nolinks = opts.has("s");
    const logical = opts.last("L", "P") === "L";
    const quiet = opts.has("q");
    // -L: `..` taken by name first (a trailing slash kept: the last component must still be a directory)
    const lexical = (name: string) => resolvePath(proc.cwd, name) + (name.endsWith("/") ? "/" : "");
    const resolve = (name: string) => canonicalize(proc, logical && !nolinks ? lexical(name) : name, mode, nolinks);
    const report = (name: string, errno: Parameters<typeof strerror>[0]) => {
      if (!quiet) proc.stderr.write(`realpath: ${quoteIfNeeded(name)}: ${strerror(errno)}\n`);
      return 1;
    };
    let to: string | undefined;
    let base: string | undefined;
    for (const [key, name] of [["to", opts.value("to")], ["base", opts.value("base")]] as const) {
      if (name === undefined) continue;
      const r = resolve(name);
      if (!r.ok) return report(name, r.errno);
      if (key === "to") to = r.value;
      else base = r.value;
    }
    // a --relative-to outside --relative-base: names are printed whole
    if (to !== undefined && base !== undefined && !within(to, base)) {
      to = undefined;
      base = undefined;
    }
    to ??= base;
    const end = opts.has("z") ? "\0" : "\n";
    let status = 0;
    for (const operand of operands) {
      proc.budget.charge(1);
      const r = resolve(operand);
      if (!r.ok) {
        status = report(operand, r.errno);
        continue;
      }
      let out = r.value;
      if (to !== undefined && (base === undefined || within(out, base))) out = relative(out, to);
      proc.stdout.write(out + end);
    }
    return status;
  },
};
