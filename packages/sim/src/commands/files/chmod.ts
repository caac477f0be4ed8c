/** chmod (GNU coreutils 9.1): change file mode bits, octal or symbolic; -R recurses, -v/-c report. */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseMode } from "./chmod-mode.js";
import { modeString } from "./file-mode.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, strerror, usageError } from "./program.js";
import { quoteAlways, quoteLocale } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "R", short: "R", long: "recursive" },
  { key: "v", short: "v", long: "verbose" },
  { key: "c", short: "c", long: "changes" },
  { key: "f", short: "f", long: "silent" },
];

const octal4 = (m: number) => m.toString(8).padStart(4, "0");

function apply(proc: Process, shown: string, path: string, spec: string, o: { R: boolean; v: boolean; c: boolean; f: boolean }): number {
  const fs = proc.host.fs;
  proc.budget.charge();
  const st = fs.stat(path);
  if (!st.ok) {
    if (!o.f) proc.stderr.write(`chmod: cannot access ${quoteAlways(shown)}: ${strerror(st.errno)}\n`);
    return 1;
  }
  const isDir = st.value.type === "dir";
  const next = parseMode(spec, st.value.mode, isDir, proc.umask)!;
  let status = 0;
  const r = fs.chmod(path, next);
  if (!r.ok) {
    if (!o.f) proc.stderr.write(`chmod: changing permissions of ${quoteAlways(shown)}: ${strerror(r.errno)}\n`);
    status = 1;
  } else if (o.v || (o.c && next !== st.value.mode)) {
    const before = `${octal4(st.value.mode)} (${modeString(st.value.type, st.value.mode).slice(1)})`;
    const after = `${octal4(next)} (${modeString(st.value.type, next).slice(1)})`;
    proc.stdout.write(
      next === st.value.mode
        ? `mode of ${quoteAlways(shown)} retained as ${after}\n`
        : `mode of ${quoteAlways(shown)} changed from ${before} to ${after}\n`,
    );
  }
  if (o.R && isDir) {
    const l = fs.lstat(path);
    if (l.ok && l.value.type === "dir") {
      const names = fs.readdir(path);
      if (names.ok)
        for (const n of names.value) {
          const child = `${path === "/" ? "" : path}/${n}`;
          const cl = fs.lstat(child);
          if (cl.ok && cl.value.type === "symlink") continue; // -R does not follow symlinks (-P)
          status = Math.max(status, apply(proc, `${shown.replace(/\/$/, "")}/${n}`, child, spec, o));
        }
    }
  }
  return status;
}

function run(proc: Process): number {
  // "-x", "-w" and "=r" are modes, not options: take them out before getopt sees them
  const args = proc.argv.slice(1);
  let modeArg: string | undefined;
  const rest: string[] = [];
  for (const a of args) {
    if (modeArg === undefined && /^-[rwxXst]+$/.test(a) && !/^-[Rvcf]+$/.test(a)) modeArg = a;
    else rest.push(a);
  }
  const parsed = parseOrUsage(proc, "chmod", SPECS, { argv: rest });
  if ("exit" in parsed) return parsed.exit;
  const ops = parsed.operands;
  if (modeArg === undefined) modeArg = ops.shift();
  if (modeArg === undefined) return usageError(proc, "chmod", "missing operand");
  if (ops.length === 0) return usageError(proc, "chmod", `missing operand after ${quoteLocale(modeArg)}`);
  if (parseMode(modeArg, 0o644, false) === undefined) return usageError(proc, "chmod", `invalid mode: ${quoteLocale(modeArg)}`);
  const o = parsed.opts;
  const flags = { R: o.has("R"), v: o.has("v"), c: o.has("c"), f: o.has("f") };
  let status = 0;
  for (const op of ops) status = Math.max(status, apply(proc, op, proc.resolve(op), modeArg, flags));
  return status;
}

export const chmod: Command = {
  name: "chmod",
  summary: "chmod - change file mode bits",
  man: `NAME
chmod - change file mode bits

SYNOPSIS
chmod [OPTION]... MODE[,MODE]... FILE...
chmod [OPTION]... OCTAL-MODE FILE...

DESCRIPTION
Change the mode of each FILE to MODE. MODE is either an octal number
(e.g. 755) or symbolic: [ugoa...][[-+=][perms...]...], where perms is
zero or more letters from the set rwxXst.

-c, --changes
       like verbose but report only when a change is made

-f, --silent
       suppress most error messages

-v, --verbose
       output a diagnostic for every file processed

-R, --recursive
       change files and directories recursively

EXAMPLES
chmod 600 /root/.my.cnf
       Make a file readable and writable by its owner only.

chmod +x backup.sh
       Make a script executable.
`,
  run,
};
