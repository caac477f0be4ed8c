/**
 * du (GNU coreutils 9.1): disk usage of each operand (default `.`), every
 * directory after its contents, in 1K blocks rounded up. What is counted is
 * what the filesystem allocated (st_blocks: ext4's 4 KiB blocks, nothing for
 * an empty file or a short symlink), or with --apparent-size / -b the
 * sizes; a file with several hard links is counted once. -a lists files
 * too, -s only each operand, -d N / --max-depth=N stops listing below depth
 * N (still counting), -c adds a total line, -h / -k / -m / -b choose the
 * unit. Symlinks are not followed. Directory order is the simulation's
 * sorted readdir (a real ext4 lists in hash order).
 */
import type { Stat } from "../../fs/types.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { humanSize } from "./file-mode.js";
import { parseOrUsage, resolveOperand, strerror } from "./program.js";
import { quoteAlways, quoteLocale } from "./quote.js";

const SPECS = [
  { key: "a", short: "a", long: "all" },
  { key: "s", short: "s", long: "summarize" },
  { key: "c", short: "c", long: "total" },
  { key: "h", short: "h", long: "human-readable" },
  { key: "k", short: "k" },
  { key: "m", short: "m" },
  { key: "b", short: "b", long: "bytes" },
  { key: "apparent", long: "apparent-size" },
  { key: "d", short: "d", long: "max-depth", arg: "required" as const },
  { key: "l", short: "l", long: "count-links" },
  { key: "x", short: "x", long: "one-file-system" },
];

interface Settings {
  all: boolean;
  maxDepth: number;
  apparent: boolean;
  countLinks: boolean;
  /** how a size in bytes is printed */
  show: (bytes: number) => string;
}

class Walk {
  status = 0;
  /** inodes already counted (hard links count once) */
  private readonly seen = new Set<number>();
  constructor(
    readonly proc: Process,
    readonly cfg: Settings,
  ) {}

  /** bytes under `path` (an operand as given, `abs` for the filesystem), printing the lines du prints */
  visit(path: string, abs: string, st: Stat, depth: number): number {
    this.proc.budget.charge();
    let bytes = 0;
    if (st.nlink <= 1 || st.type === "dir" || this.cfg.countLinks || !this.seen.has(st.ino)) {
      if (st.nlink > 1 && st.type !== "dir") this.seen.add(st.ino);
      bytes = this.cfg.apparent ? (st.type === "dir" || st.type === "file" || st.type === "symlink" ? st.size : 0) : (st.blocks ?? 0) * 512;
    } else return 0;
    if (st.type === "dir") {
      const list = this.proc.host.fs.readdir(abs);
      if (!list.ok) {
        this.error(`cannot read directory ${quoteAlways(path)}: ${strerror(list.errno)}`);
      } else {
        for (const name of list.value) {
          const childPath = path.endsWith("/") ? `${path}${name}` : `${path}/${name}`;
          const childAbs = abs === "/" ? `/${name}` : `${abs}/${name}`;
          const cst = this.proc.host.fs.lstat(childAbs);
          if (!cst.ok) continue;
          bytes += this.visit(childPath, childAbs, cst.value, depth + 1);
        }
      }
    }
    if (depth <= this.cfg.maxDepth && (st.type === "dir" || this.cfg.all || depth === 0)) this.line(bytes, path);
    return bytes;
  }

  line(bytes: number, path: string): void {
    this.proc.stdout.write(`${this.cfg.show(bytes)}\t${path}\n`);
  }

  error(msg: string): void {
    this.proc.stderr.write(`du: ${msg}\n`);
    this.status = 1;
  }
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "du", SPECS);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  let maxDepth = Number.POSITIVE_INFINITY;
  const depthText = o.value("d");
  if (depthText !== undefined) {
    if (!/^\d+$/.test(depthText)) {
      proc.stderr.write(`du: invalid maximum depth ${quoteLocale(depthText)}\nTry 'du --help' for more information.\n`);
      return 1;
    }
    maxDepth = Number(depthText);
  }
  if (o.has("s")) {
    if (depthText !== undefined && maxDepth !== 0) {
      proc.stderr.write(`du: warning: summarizing conflicts with --max-depth=${maxDepth}\nTry 'du --help' for more information.\n`);
      return 1;
    }
    maxDepth = 0;
  }
  if (o.has("s") && o.has("a")) {
    proc.stderr.write("du: cannot both summarize and show all entries\nTry 'du --help' for more information.\n");
    return 1;
  }
  const unit = o.last("h", "k", "m", "b");
  const apparent = o.has("apparent") || unit === "b";
  const show =
    unit === "h"
      ? (b: number) => (b === 0 ? "0" : humanSize(b))
      : unit === "b"
        ? (b: number) => String(b)
        : unit === "m"
          ? (b: number) => String(Math.ceil(b / (1024 * 1024)))
          : (b: number) => String(Math.ceil(b / 1024));
  const walk = new Walk(proc, { all: o.has("a"), maxDepth, apparent, countLinks: o.has("l"), show });
  let total = 0;
  for (const operand of parsed.operands.length ? parsed.operands : ["."]) {
    const abs = resolveOperand(proc, operand);
    const st = proc.host.fs.lstat(abs);
    if (!st.ok) {
      walk.error(`cannot access ${quoteAlways(operand)}: ${strerror(st.errno)}`);
      continue;
    }
    total += walk.visit(operand, abs, st.value, 0);
  }
  if (o.has("c")) walk.line(total, "total");
  return walk.status;
}

export const du: Command = {
  name: "du",
  summary: "du - estimate file space usage",
  man: `DU(1)                            User Commands                           DU(1)

NAME
       du - estimate file space usage

SYNOPSIS
       du [OPTION]... [FILE]...

DESCRIPTION
       Summarize device usage of the set of FILEs, recursively for
       directories.

       -a, --all
              write counts for all files, not just directories

       --apparent-size
              print apparent sizes rather than device usage

       -b, --bytes
              equivalent to '--apparent-size --block-size=1'

       -c, --total
              produce a grand total

       -d, --max-depth=N
              print the total for a directory (or file, with --all) only if
              it is N or fewer levels below the command line argument

       -h, --human-readable
              print sizes in human readable format (e.g., 1K 234M 2G)

       -k     like --block-size=1K

       -l, --count-links
              count sizes many times if hard linked

       -m     like --block-size=1M

       -s, --summarize
              display only a total for each argument

       -x, --one-file-system
              skip directories on different file systems

EXAMPLES
       du -sh /var/backups
              how much space the backups take, in a human readable unit

       du -h --max-depth=1 /var | sort -h
              the biggest directories under /var

GNU coreutils 9.1                 September 2022                        DU(1)
`,
  run,
};
