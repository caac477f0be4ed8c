/**
 * nproc (GNU coreutils 9.1): the number of processing units available. The
 * host's CPUs are the "processor" entries of its /proc/cpuinfo (all online,
 * no affinity mask); OMP_NUM_THREADS and OMP_THREAD_LIMIT shape the answer
 * as they do for the real one unless --all; --ignore=N subtracts N, never
 * going below 1.
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import { parseOrUsage, usageError } from "../files/program.js";
import { quoteLocale } from "../files/quote.js";
import type { Command } from "../types.js";

/** CPUs the kernel reports in /proc/cpuinfo (1 if it cannot be read) */
function onlineCpus(proc: Process): number {
  const r = proc.host.fs.readFile("/proc/cpuinfo");
  if (!r.ok) return 1;
  return Math.max(1, utf8Decode(r.value).split("\n").filter((l) => /^processor\s*:/.test(l)).length);
}

/** an OMP_* value as the OpenMP spec reads it: a positive count, else undefined */
function ompCount(v: string | undefined): number | undefined {
  const m = v === undefined ? null : /^\s*\+?(\d+)\s*(,|$)/.exec(v);
  const n = m ? Number(m[1]) : 0;
  return n > 0 ? n : undefined;
}

const ULONG_MAX = 18446744073709551615n;

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "nproc", [
    { key: "all", long: "all" },
    { key: "ignore", long: "ignore", arg: "required" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  if (parsed.operands.length > 0) return usageError(proc, "nproc", `extra operand ${quoteLocale(parsed.operands[0])}`);
  let ignore = 0;
  const ig = o.value("ignore");
  if (ig !== undefined) {
    if (!/^\d+$/.test(ig)) {
      proc.stderr.write(`nproc: invalid number: ${quoteLocale(ig)}\n`);
      return 1;
    }
    if (BigInt(ig) > ULONG_MAX) {
      proc.stderr.write(`nproc: invalid number: ${quoteLocale(ig)}: Value too large for defined data type\n`);
      return 1;
    }
    ignore = Number(ig);
  }
  let n = onlineCpus(proc);
  if (!o.has("all")) {
    const threads = ompCount(proc.env.OMP_NUM_THREADS);
    const limit = ompCount(proc.env.OMP_THREAD_LIMIT);
    if (threads !== undefined) n = threads;
    if (limit !== undefined) n = Math.min(n, limit);
  }
  proc.stdout.write(`${Math.max(1, n - ignore)}\n`);
  return 0;
}

export const nproc: Command = {
  name: "nproc",
  summary: "nproc - print the number of processing units available",
  man: `NAME
nproc - print the number of processing units available

SYNOPSIS
nproc [OPTION]...

DESCRIPTION
Print the number of processing units available to the current process,
which may be less than the number of online processors.

--all
       print the number of installed processors

--ignore=N
       if possible, exclude N processing units
`,
  run,
};
