/**
 * ls (GNU coreutils 9.1): list directory contents. Long format, columns to a
 * terminal (80 columns unless COLUMNS is set), one name per line to a pipe,
 * C-locale byte order. No colours: Debian's root .bashrc does not alias ls.
 */
import { type Result, ok } from "../../kernel/errno.js";
import type { Stat } from "../../fs/types.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { displayWidth, formatColumns } from "./columns.js";
import { type LocalZone, fileTime, isRecent, lsDate, processZone, statDate } from "./file-time.js";
import { humanSize, kBlocks, modeString } from "./file-mode.js";
import type { OptionSpec, Options } from "./options.js";
import { Owners } from "./owners.js";
import { parseOrUsage, strerror } from "./program.js";
import { quoteAlways, quoteIfNeeded } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "a", short: "a", long: "all" },
  { key: "A", short: "A", long: "almost-all" },
  { key: "l", short: "l" },
  { key: "1", short: "1" },
  { key: "C", short: "C" },
  { key: "d", short: "d", long: "directory" },
  { key: "h", short: "h", long: "human-readable" },
  { key: "R", short: "R", long: "recursive" },
  { key: "t", short: "t" },
  { key: "S", short: "S" },
  { key: "r", short: "r", long: "reverse" },
  { key: "i", short: "i", long: "inode" },
  { key: "n", short: "n", long: "numeric-uid-gid" },
  { key: "F", short: "F", long: "classify" },
  { key: "p", short: "p" },
  { key: "color", long: "color", arg: "optional" },
  { key: "full-time", long: "full-time" },
  { key: "time-style", long: "time-style", arg: "required" },
];

/** --time-style's named styles (a "posix-" prefix means the same in the C locale) */
const TIME_STYLES = ["full-iso", "long-iso", "iso", "locale"];

/**
 * How the date column is made: the default (locale) style, full-iso (as
 * --full-time), long-iso, iso (old "%Y-%m-%d ", recent "%m-%d %H:%M"), or
 * +FORMAT ("+OLD\nRECENT" gives the two their own formats).
 */
type TimeStyle = { kind: "locale" | "full-iso" | "long-iso" } | { kind: "format"; old: string; recent: string };

/** ls's argmatch on a --time-style value; a string is the error for an invalid one */
function timeStyle(value: string): TimeStyle | string {
  if (value.startsWith("+")) {
    const [old, recent = old] = value.slice(1).split("\n");
    return { kind: "format", old, recent };
  }
  const v = value.replace(/^posix-/, "");
  const exact = TIME_STYLES.find((s) => s === v);
  const hits = exact ? [exact] : TIME_STYLES.filter((s) => s.startsWith(v));
  if (hits.length !== 1) return `${hits.length === 0 ? "invalid" : "ambiguous"} argument ‘${value}’ for ‘time style’`;
  if (hits[0] === "iso") return { kind: "format", old: "%Y-%m-%d ", recent: "%m-%d %H:%M" };
  return { kind: hits[0] as "locale" | "full-iso" | "long-iso" };
}

function dateColumn(mtime: number, cfg: LsConfig): string {
  const s = cfg.timeStyle;
  if (s.kind === "locale") return lsDate(mtime, cfg.now, cfg.zone);
  if (s.kind === "full-iso") return statDate(mtime, cfg.zone);
  if (s.kind !== "format") return fileTime("%Y-%m-%d %H:%M", mtime, cfg.zone);
  return fileTime(isRecent(mtime, cfg.now) ? s.recent : s.old, mtime, cfg.zone);
}

interface Entry {
  /** as shown: the operand as typed, or the name inside a directory */
  name: string;
  /** absolute path for stat/readlink */
  path: string;
  st: Stat;
  /** the symlink's target text, for -l */
  target?: string;
  /** stat of the target (for -F and following) */
  targetSt?: Stat;
}

interface LsConfig {
  long: boolean;
  columns: boolean;
  all: boolean;
  almostAll: boolean;
  human: boolean;
  recursive: boolean;
  directory: boolean;
  sortTime: boolean;
  sortSize: boolean;
  reverse: boolean;
  inode: boolean;
  numeric: boolean;
  classify: boolean;
  slashDirs: boolean;
  tty: boolean;
  width: number;
  now: number;
  /** local time (TZ or /etc/localtime) and the date column's style */
  zone: LocalZone;
  timeStyle: TimeStyle;
}

function byName(a: Entry, b: Entry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function sortEntries(entries: Entry[], cfg: LsConfig): Entry[] {
  const sorted = [...entries].sort((a, b) => {
    if (cfg.sortSize && a.st.size !== b.st.size) return b.st.size - a.st.size;
    if (cfg.sortTime && a.st.mtime !== b.st.mtime) return b.st.mtime - a.st.mtime;
    return byName(a, b);
  });
  return cfg.reverse ? sorted.reverse() : sorted;
}

function indicator(e: Entry, cfg: LsConfig): string {
  if (!cfg.classify && !cfg.slashDirs) return "";
  const t = e.st.type;
  if (t === "dir") return "/";
  if (!cfg.classify) return "";
  if (t === "symlink") return cfg.long ? "" : "@";
  if (t === "file" && (e.st.mode & 0o111) !== 0) return "*";
  return "";
}

/** names as ls shows them: quoted for a terminal when needed, aligned if any is quoted */
function shownNames(entries: Entry[], cfg: LsConfig): string[] {
  if (!cfg.tty) return entries.map((e) => e.name);
  const q = entries.map((e) => quoteIfNeeded(e.name));
  const anyQuoted = q.some((s, i) => s !== entries[i].name);
  return anyQuoted ? q.map((s, i) => (s !== entries[i].name ? s : ` ${s}`)) : q;
}

function formatLong(entries: Entry[], cfg: LsConfig, owners: Owners): string {
  const rows = entries.map((e) => {
    const st = e.st;
    const size =
      st.rdev !== undefined
        ? { major: String(st.rdev.major), minor: String(st.rdev.minor) }
        : cfg.human
          ? humanSize(st.size)
          : String(st.size);
    return {
      e,
      ino: String(st.ino),
      mode: modeString(st.type, st.mode),
      nlink: String(st.nlink),
      user: cfg.numeric ? String(st.uid) : owners.user(st.uid),
      group: cfg.numeric ? String(st.gid) : owners.group(st.gid),
      size,
      date: dateColumn(st.mtime, cfg),
    };
  });
  const w = (f: (r: (typeof rows)[number]) => string) => Math.max(0, ...rows.map((r) => displayWidth(f(r))));
  const inoW = w((r) => r.ino);
  const nlinkW = w((r) => r.nlink);
  const userW = w((r) => r.user);
  const groupW = w((r) => r.group);
  const majW = w((r) => (typeof r.size === "string" ? "" : r.size.major));
  const minW = w((r) => (typeof r.size === "string" ? "" : r.size.minor));
  const devW = rows.some((r) => typeof r.size !== "string") ? majW + 2 + minW : 0;
  const sizeW = Math.max(devW, w((r) => (typeof r.size === "string" ? r.size : "")));
  const names = shownNames(entries, cfg);
  let out = "";
  rows.forEach((r, i) => {
    const size =
      typeof r.size === "string"
        ? r.size.padStart(sizeW, " ")
        : `${r.size.major.padStart(majW, " ")}, ${r.size.minor.padStart(minW, " ")}`.padStart(sizeW, " ");
    const ino = cfg.inode ? `${r.ino.padStart(inoW, " ")} ` : "";
    let line = `${ino}${r.mode} ${r.nlink.padStart(nlinkW, " ")} ${r.user.padEnd(userW, " ")} ${r.group.padEnd(groupW, " ")} ${size} ${r.date} ${names[i]}${indicator(r.e, cfg)}`;
    if (r.e.target !== undefined) line += ` -> ${cfg.tty ? quoteIfNeeded(r.e.target) : r.e.target}`;
    out += `${line}\n`;
  });
  return out;
}

function formatShort(entries: Entry[], cfg: LsConfig): string {
  const names = shownNames(entries, cfg).map((n, i) => {
    const prefix = cfg.inode ? `${entries[i].st.ino} ` : "";
    return prefix + n + indicator(entries[i], cfg);
  });
  if (!cfg.columns) return names.map((n) => `${n}\n`).join("");
  return formatColumns(names, cfg.width);
}

function formatEntries(entries: Entry[], cfg: LsConfig, owners: Owners): string {
  return cfg.long ? formatLong(entries, cfg, owners) : formatShort(entries, cfg);
}

function makeEntry(proc: Process, name: string, path: string, st: Stat, cfg: LsConfig): Entry {
  const e: Entry = { name, path, st };
  if (st.type === "symlink") {
    const t = proc.host.fs.readlink(path);
    if (t.ok && cfg.long) e.target = t.value;
    const ts = proc.host.fs.stat(path);
    if (ts.ok) e.targetSt = ts.value;
  }
  return e;
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/** The entries of a directory, hidden ones per -a/-A. */
function readDir(proc: Process, path: string, cfg: LsConfig): Result<Entry[]> {
  const fs = proc.host.fs;
  const names = fs.readdir(path);
  if (!names.ok) return names;
  const out: Entry[] = [];
  const add = (name: string, p: string) => {
    proc.budget.charge();
    const st = fs.lstat(p);
    if (st.ok) out.push(makeEntry(proc, name, p, st.value, cfg));
  };
  if (cfg.all) {
    add(".", path);
    add("..", path === "/" ? "/" : `${path}/..`);
  }
  for (const n of names.value) {
    if (n.startsWith(".") && !cfg.all && !cfg.almostAll) continue;
    add(n, joinPath(path, n));
  }
  return ok(out);
}

function listDirectory(
  proc: Process,
  shown: string,
  path: string,
  cfg: LsConfig,
  owners: Owners,
  header: boolean,
  first: { value: boolean },
): number {
  const r = readDir(proc, path, cfg);
  let status = 0;
  if (!first.value) proc.stdout.write("\n");
  first.value = false;
  if (header) proc.stdout.write(`${cfg.tty ? quoteIfNeeded(shown) : shown}:\n`);
  if (!r.ok) {
    proc.stderr.write(`ls: cannot open directory ${quoteAlways(shown)}: ${strerror(r.errno)}\n`);
    return 2;
  }
  const entries = sortEntries(r.value, cfg);
  if (cfg.long) {
    const total = entries.reduce((s, e) => s + kBlocks(e.st), 0);
    proc.stdout.write(`total ${cfg.human ? humanSize(total * 1024) : total}\n`);
  }
  proc.stdout.write(formatEntries(entries, cfg, owners));
  if (cfg.recursive) {
    for (const e of entries) {
      if (e.st.type !== "dir" || e.name === "." || e.name === "..") continue;
      const s = listDirectory(proc, joinPath(shown, e.name), e.path, cfg, owners, true, first);
      status = Math.max(status, s === 2 ? 1 : s);
    }
  }
  return status;
}

function config(proc: Process, o: Options, style: TimeStyle): LsConfig {
  const tty = proc.stdout.isTTY;
  const format = o.last("l", "1", "C", "full-time");
  const cols = Number.parseInt(proc.env.COLUMNS ?? "", 10);
  return {
    long: format === "l" || format === "full-time",
    columns: format === "C" || (format === undefined && tty),
    all: o.last("a", "A") === "a",
    almostAll: o.last("a", "A") === "A",
    human: o.has("h"),
    recursive: o.has("R"),
    directory: o.has("d"),
    sortTime: o.has("t"),
    sortSize: o.has("S"),
    reverse: o.has("r"),
    inode: o.has("i"),
    numeric: o.has("n"),
    classify: o.has("F"),
    slashDirs: o.has("p"),
    tty,
    width: Number.isFinite(cols) && cols > 0 ? cols : 80,
    now: proc.host.clock.now,
    zone: processZone(proc),
    timeStyle: style,
  };
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "ls", SPECS, { usageStatus: 2 });
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  if (o.has("n")) o.list.push({ key: "l" });
  // --time-style wins over --full-time's full-iso whichever comes first, as in ls.c
  const styleArg = o.value("time-style") ?? (o.has("full-time") ? "full-iso" : proc.env.TIME_STYLE ?? "locale");
  const style = timeStyle(styleArg);
  if (typeof style === "string") {
    proc.stderr.write(
      `ls: ${style}\nValid arguments are:\n  - [posix-]full-iso\n  - [posix-]long-iso\n  - [posix-]iso\n  - [posix-]locale\n` +
        "  - +FORMAT (e.g., +%H:%M) for a 'date'-style format\nTry 'ls --help' for more information.\n",
    );
    return 2;
  }
  const cfg = config(proc, o, style);
  const owners = new Owners(proc.host.fs);
  const fs = proc.host.fs;
  const operands = parsed.operands.length > 0 ? parsed.operands : ["."];
  let status = 0;
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  for (const op of operands) {
    const path = proc.resolve(op);
    const l = fs.lstat(op.endsWith("/") ? `${path}/` : path);
    if (!l.ok) {
      proc.stderr.write(`ls: cannot access ${quoteAlways(op)}: ${strerror(l.errno)}\n`);
      status = 2;
      continue;
    }
    let st = l.value;
    // a symlink to a directory named on the command line is followed unless -l, -d or -F
    if (st.type === "symlink" && !cfg.long && !cfg.directory && !cfg.classify) {
      const s = fs.stat(path);
      if (s.ok) st = s.value;
    }
    const e = makeEntry(proc, op, path, st, cfg);
    if (st.type === "dir" && !cfg.directory) dirs.push(e);
    else files.push(e);
  }
  const sortedFiles = sortEntries(files, cfg);
  if (sortedFiles.length > 0) proc.stdout.write(formatEntries(sortedFiles, cfg, owners));
  const first = { value: sortedFiles.length === 0 };
  const header = operands.length > 1 || cfg.recursive;
  for (const d of sortEntries(dirs, cfg)) {
    const s = listDirectory(proc, d.name, d.path, cfg, owners, header, first);
    status = Math.max(status, s);
  }
  return status;
}

export const ls: Command = {
  name: "ls",
  summary: "ls - list directory contents",
  man: `NAME
ls - list directory contents

SYNOPSIS
ls [OPTION]... [FILE]...

DESCRIPTION
List information about the FILEs (the current directory by default).
Sort entries alphabetically if none of -tS is given.

-a, --all
       do not ignore entries starting with .

-A, --almost-all
       do not list implied . and ..

-d, --directory
       list directories themselves, not their contents

-F, --classify
       append indicator (one of */@) to entries

--full-time
       like -l --time-style=full-iso

-h, --human-readable
       with -l, print sizes like 1K 234M 2G etc.

-i, --inode
       print the index number of each file

-l     use a long listing format

-n, --numeric-uid-gid
       like -l, but list numeric user and group IDs

-r, --reverse
       reverse order while sorting

-R, --recursive
       list subdirectories recursively

-S     sort by file size, largest first

-t     sort by time, newest first

--time-style=TIME_STYLE
       time/date format with -l; see TIME_STYLE below

-1     list one file per line

-C     list entries by columns

The TIME_STYLE argument can be full-iso, long-iso, iso, locale, or
+FORMAT. FORMAT is interpreted like in date(1). If FORMAT is
FORMAT1<newline>FORMAT2, then FORMAT1 applies to non-recent files and
FORMAT2 to recent files. Also the TIME_STYLE environment variable sets
the default style to use. Times are shown in the local time zone: TZ, or
/etc/localtime when TZ is unset.

EXIT STATUS
0      if OK,
1      if minor problems (e.g., cannot access subdirectory),
2      if serious trouble (e.g., cannot access command-line argument).
`,
  run,
};
