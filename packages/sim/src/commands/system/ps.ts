/**
 * ps (procps-ng 4.0.2): the host's processes (process/table.ts) in the
 * formats learners use: BSD `aux` / `u` / `x`, SysV `-e`, `-A`, `-f`, `-p`,
 * `-C`, `-u`, `-U`, `-o` with the common fields and `=` headers,
 * `--no-headers`, `--sort`, `-w`/`-ww` and the line width rules (cut at
 * the terminal's width, or COLUMNS; a pipe gets whole lines; a line whose
 * fixed columns do not fit takes a multiple of the width). Error texts,
 * usage and exit statuses as the real one prints them (fixtures/ps.jsonl,
 * made by fixtures/record-ps.sh).
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import { LOGIN_TTY, type ProcEntry, processTable } from "../../process/table.js";
import { Accounts } from "../files/accounts.js";
import type { Command } from "../types.js";
import { AUX_START, type Column, FIELDS, type FieldContext, lastColumnStart, layoutLine } from "./ps-format.js";
import { processZone } from "../files/file-time.js";

const USAGE = `
Usage:
 ps [options]

 Try 'ps --help <simple|list|output|threads|misc|all>'
  or 'ps --help <s|l|o|t|m|a>'
 for additional help text.

For more details see ps(1).
`;

class PsError extends Error {}

const fail = (message: string): never => {
  throw new PsError(message);
};

/** options ps knows but the simulation does not carry out */
const NOT_SIMULATED_SYSV = new Set(["F", "l", "j", "H", "L", "T", "M", "Z", "c", "g", "G", "s", "t", "N", "m", "P", "V"]);
const NOT_SIMULATED_BSD = new Set(["f", "j", "l", "e", "s", "v", "m", "S", "c", "n", "L", "T", "Z", "X", "t", "h", "r"]);

interface Options {
  all: boolean;
  bsdA: boolean;
  bsdX: boolean;
  pids: number[];
  comms: string[];
  uids: number[];
  format?: "f" | "u";
  custom: Column[];
  noHeaders: boolean;
  w: number;
  sort: { key: string; desc: boolean }[];
  cols?: number;
  help?: boolean;
  version?: boolean;
  notSimulated?: string;
}

function parsePids(text: string | undefined, flag: string): number[] {
  if (text === undefined || text === "") fail(flag === "q" ? "List of process IDs must follow -q." : `list of process IDs must follow -${flag}`);
  const out: number[] = [];
  for (const part of text!.split(/[, ]+/)) {
    if (part === "") continue;
    if (!/^\d+$/.test(part)) fail("process ID list syntax error");
    const n = Number(part);
    if (n < 1 || n > 0x7fffffff) fail("process ID out of range");
    out.push(n);
  }
  if (out.length === 0) fail("process ID list syntax error");
  return out;
}

function parseUsers(proc: Process, text: string | undefined, missing: string): number[] {
  if (text === undefined || text === "") fail(missing);
  const accounts = new Accounts(proc.host.fs);
  return text!.split(/[, ]+/).filter((u) => u !== "").map((u) => {
    const byName = accounts.userByName(u);
    if (byName) return byName.uid;
    if (/^\d+$/.test(u)) return Number(u);
    return fail("user name does not exist");
  });
}

export function parseFormat(text: string | undefined): Column[] {
  if (text === undefined || text === "") fail("format specification must follow -o");
  const out: Column[] = [];
  // a header given with = runs to the end of its comma-separated item
  for (const item of text!.split(/[, ]+/)) {
    if (item === "") continue;
    const eq = item.indexOf("=");
    const name = eq < 0 ? item : item.slice(0, eq);
    const field = Object.hasOwn(FIELDS, name.toLowerCase()) ? FIELDS[name.toLowerCase()] : undefined;
    if (!field) fail(`unknown user-defined format specifier "${name}"`);
    out.push({ field: field!, header: eq < 0 ? field!.header : item.slice(eq + 1) });
  }
  return out;
}

function parseSort(text: string | undefined): { key: string; desc: boolean }[] {
  if (text === undefined || text === "") fail("long sort specification must follow --sort");
  return text!.split(",").map((k) => {
    const desc = k.startsWith("-");
    const key = k.replace(/^[+-]/, "").toLowerCase();
    if (!Object.hasOwn(FIELDS, key)) fail("unknown sort specifier");
    return { key, desc };
  });
}

function setFormat(o: Options, f: "f" | "u"): void {
  if (o.format && o.format !== f) fail("conflicting format options");
  o.format = f;
}

function parseArgs(proc: Process, argv: string[]): Options {
  const o: Options = { all: false, bsdA: false, bsdX: false, pids: [], comms: [], uids: [], custom: [], noHeaders: false, w: 0, sort: [], format: undefined, cols: undefined, help: undefined, version: undefined, notSimulated: undefined };
  let sawBsd = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const value = () => (eq >= 0 ? a.slice(eq + 1) : argv[++i]);
      switch (name) {
        case "no-headers":
        case "no-heading":
          o.noHeaders = true;
          break;
        case "headers":
          break;
        case "sort":
          o.sort.push(...parseSort(value()));
          break;
        case "pid":
          o.pids.push(...parsePids(value(), "-pid"));
          break;
        case "user":
          o.uids.push(...parseUsers(proc, value(), "list of effective users must follow --user"));
          break;
        case "User":
          o.uids.push(...parseUsers(proc, value(), "list of real users must follow --User"));
          break;
        case "format":
          o.custom.push(...parseFormat(value()));
          break;
        case "cols":
        case "columns":
        case "width": {
          const v = value();
          if (v === undefined || !/^\d+$/.test(v) || Number(v) < 1) fail("number of columns must follow --cols, --width, or --columns");
          o.cols = Number(v);
          break;
        }
        case "help":
          o.help = true;
          break;
        case "version":
          o.version = true;
          break;
        case "forest":
        case "ppid":
        case "sid":
        case "tty":
        case "group":
        case "Group":
        case "context":
        case "deselect":
          o.notSimulated ??= `--${name}`;
          if (eq < 0 && !["forest", "context", "deselect"].includes(name)) i++;
          break;
        default:
          fail("unknown gnu long option");
      }
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      // a word that fails as UNIX options is read again as BSD ones ("-aux"), unless BSD options came before
      const saved = copyOptions(o);
      const track = { next: false };
      try {
        i = parseSysv(proc, o, argv, i, track);
      } catch (e) {
        // an argument taken from the next word ("-u nosuchuser") is not read again
        if (!(e instanceof PsError) || sawBsd || track.next) throw e;
        try {
          Object.assign(o, saved);
          i = parseBsd(proc, o, [...argv.slice(0, i), a.slice(1), ...argv.slice(i + 1)], i);
        } catch {
          throw e;
        }
      }
      continue;
    }
    sawBsd = true;
    i = parseBsd(proc, o, argv, i);
  }
  return o;
}

function copyOptions(o: Options): Options {
  return { ...o, pids: [...o.pids], comms: [...o.comms], uids: [...o.uids], custom: [...o.custom], sort: [...o.sort] };
}

/** UNIX options in argv[i] ("-ef", "-p 1"); returns the index of the last word used */
function parseSysv(proc: Process, o: Options, argv: string[], i: number, track: { next: boolean }): number {
  const a = argv[i];
  for (let j = 1; j < a.length; j++) {
    const ch = a[j];
    const rest = () => {
      const r = a.slice(j + 1);
      j = a.length;
      if (r !== "") return r;
      track.next = true;
      return argv[++i];
    };
    switch (ch) {
      case "A":
      case "e":
        o.all = true;
        break;
      case "a":
      case "d":
        o.all = true;
        break;
      case "f":
        setFormat(o, "f");
        break;
      case "p":
        o.pids.push(...parsePids(rest(), "p"));
        break;
      case "q":
        o.pids.push(...parsePids(rest(), "q"));
        break;
      case "C": {
        const r = rest();
        if (r === undefined || r === "") fail("list of command names must follow -C");
        o.comms.push(...r!.split(/[, ]+/).filter((c) => c !== ""));
        break;
      }
      case "u":
        if (j === a.length - 1 && i === argv.length - 1) {
          // `ps -u` alone: the real one selects nothing and prints the u header
          o.format ??= "u";
          o.pids.push(0);
          break;
        }
        o.uids.push(...parseUsers(proc, rest(), "list of users must follow -u"));
        break;
      case "U":
        o.uids.push(...parseUsers(proc, rest(), "list of real users must follow -U"));
        break;
      case "o":
        o.custom.push(...parseFormat(rest()));
        break;
      case "w":
        o.w++;
        break;
      case "x":
        fail("must set personality to get -x option");
        break;
      case "y":
        fail("modifier -y without format -l makes no sense");
        break;
      case "V":
        o.version = true;
        break;
      default:
        if (NOT_SIMULATED_SYSV.has(ch)) o.notSimulated ??= `-${ch}`;
        else fail("unsupported SysV option");
    }
  }
  return i;
}

/** BSD options in argv[i]: letters without a dash (aux); p and U take a list, o a format */
function parseBsd(proc: Process, o: Options, argv: string[], i: number): number {
  const a = argv[i];
  for (let j = 0; j < a.length; j++) {
    const ch = a[j];
    const rest = () => {
      const r = a.slice(j + 1);
      j = a.length;
      return r !== "" ? r : argv[++i];
    };
    switch (ch) {
      case "a":
        o.bsdA = true;
        break;
      case "x":
        o.bsdX = true;
        break;
      case "u":
        setFormat(o, "u");
        break;
      case "w":
        o.w++;
        break;
      case "p":
        o.pids.push(...parsePids(rest(), "p"));
        break;
      case "U":
        o.uids.push(...parseUsers(proc, rest(), "list of users must follow U"));
        break;
      case "o":
        o.custom.push(...parseFormat(rest()));
        break;
      case "V":
        o.version = true;
        break;
      default:
        if (/\d/.test(ch) && j === 0) {
          o.pids.push(...parsePids(a, "p"));
          j = a.length;
        } else if (NOT_SIMULATED_BSD.has(ch)) o.notSimulated ??= ch;
        else fail("unsupported option (BSD syntax)");
    }
  }
  return i;
}

export function columnsOf(o: Pick<Options, "custom" | "format" | "bsdA" | "bsdX">): Column[] {
  const col = (name: string, header?: string): Column => ({ field: FIELDS[name], header: header ?? FIELDS[name].header });
  if (o.custom.length > 0) return o.custom;
  if (o.format === "u")
    return [col("user"), col("pid"), col("%cpu"), col("%mem"), col("vsz"), col("rss"), col("tname"), col("stat"), { field: AUX_START, header: "START" }, col("bsdtime"), col("args")];
  if (o.format === "f") return [col("user", "UID"), col("pid"), col("ppid"), col("c"), col("stime"), col("tname"), col("time"), col("cmd")];
  // BSD without u (ax) shows STAT and args; SysV and plain ps show comm
  if (o.bsdA || o.bsdX) return [col("pid"), col("tname", "TTY"), col("stat"), col("bsdtime"), col("args")];
  return [col("pid"), col("tname"), col("time"), col("ucmd")];
}

function select(o: Options, table: ProcEntry[], selfTty: string | undefined): ProcEntry[] {
  if (o.all || (o.bsdA && o.bsdX)) return table;
  const explicit = o.pids.length > 0 || o.comms.length > 0 || o.uids.length > 0;
  return table.filter((p) => {
    if (o.pids.includes(p.pid) || o.comms.includes(p.comm) || o.uids.includes(p.uid)) return true;
    if (o.bsdA && p.tty !== undefined) return true;
    if (o.bsdX && p.uid === 0) return true;
    // no selection: the processes of this terminal and user
    return !explicit && !o.bsdA && !o.bsdX && p.uid === 0 && p.tty !== undefined && p.tty === selfTty;
  });
}

function readNumber(proc: Process, path: string, pattern: RegExp): number | undefined {
  const r = proc.host.fs.readFile(path);
  if (!r.ok) return undefined;
  const m = pattern.exec(utf8Decode(r.value));
  return m ? Number(m[1]) : undefined;
}

export function fieldContext(proc: Process): FieldContext {
  const accounts = new Accounts(proc.host.fs);
  const pidMax = readNumber(proc, "/proc/sys/kernel/pid_max", /^(\d+)/) ?? 32768;
  return {
    now: proc.host.clock.now,
    zone: processZone(proc),
    bootedAt: proc.host.state.bootedAt,
    memTotal: readNumber(proc, "/proc/meminfo", /MemTotal:\s+(\d+)/) ?? 0,
    userName: (uid) => accounts.userById(uid)?.name,
    pidWidth: Math.max(5, String(pidMax - 1).length),
  };
}

/** the screen width ps sees: --cols, else COLUMNS, else the terminal's when stdout is one; undefined: a pipe (no limit) */
function screenWidth(proc: Process, o: Options): number | undefined {
  const env = proc.env.COLUMNS;
  if (o.cols !== undefined) return o.cols;
  if (env !== undefined && /^\d+$/.test(env) && Number(env) > 0) return Number(env);
  return proc.stdout.isTTY ? (proc.tty?.cols ?? 80) : undefined;
}

/**
 * The width a line may take (Infinity: no limit): the screen's; with -w at
 * least 132, with -ww no limit; and when the columns before the last do not
 * fit, as many screen widths as they need.
 */
export function lineWidth(screen: number | undefined, w: number, lastStart: number): number {
  if (screen === undefined || w >= 2) return Infinity;
  if (w === 1) return Math.max(132, screen);
  let width = screen;
  while (width <= lastStart) width += screen;
  return width;
}

function usage(proc: Process, message: string): number {
  proc.stderr.write(`error: ${message}\n${USAGE}`);
  return 1;
}

export const ps: Command = {
  name: "ps",
  summary: "ps - report a snapshot of the current processes.",
  man: `NAME
ps - report a snapshot of the current processes.

SYNOPSIS
ps [options]

DESCRIPTION
ps displays information about a selection of the active processes. It
accepts UNIX options (preceded by a dash), BSD options (no dash) and GNU
long options (two dashes).

By default, ps selects the processes of the current user on the same
terminal, and shows PID, TTY, cumulated CPU TIME and the command name.

EXAMPLES
ps aux                 every process, BSD user-oriented format
ps -ef                 every process, full format
ps -e                  every process, short format
ps -p 1 -o pid,cmd     one process, chosen columns
ps -C cron             processes whose command name is cron
ps aux --sort=-%mem    biggest memory users first

OPTIONS
-A, -e           select all processes
a                all processes with a terminal (with x: all)
x                also processes without a terminal
-p, p LIST       select by process ID (comma separated)
-C NAMES         select by command name
-u, -U USERS     select by effective / real user (name or ID)
-f               full format: UID PID PPID C STIME TTY TIME CMD
u                user-oriented format: USER PID %CPU %MEM VSZ RSS TTY STAT START TIME COMMAND
-o FORMAT        chosen columns: pid,ppid,user,uid,comm,cmd,args,%cpu,%mem,
                 vsz,rss,tty,stat,start,stime,time,etime,ni,pri
                 (field=HEADER renames a column; field= leaves the header empty)
--no-headers     print no header line
--sort SPEC      sort by fields, - for descending: --sort=-%cpu,pid
-w, w            wide output (132 columns); twice for unlimited

NOTES
On a terminal ps cuts lines at its width; piped (ps aux | grep ...) it
prints whole command lines.

PROCESS STATE CODES (STAT)
D uninterruptible sleep, I idle kernel thread, R running, S sleeping,
T stopped, Z zombie; < high priority, N low priority, s session leader,
l multi-threaded, + in the foreground process group.
`,
  complete: () => ["aux", "-ef", "-e", "-f", "-p", "-C", "-u", "-o", "--no-headers", "--sort", "--help", "--version"],
  run(proc) {
    let o: Options;
    try {
      o = parseArgs(proc, proc.argv.slice(1));
    } catch (e) {
      if (e instanceof PsError) return usage(proc, e.message);
      throw e;
    }
    if (o.help) {
      proc.stdout.write(USAGE);
      return 0;
    }
    if (o.version) {
      proc.stdout.write("ps from procps-ng 4.0.2\n");
      return 0;
    }
    if (o.notSimulated) {
      proc.stderr.write(`ps: ${o.notSimulated}: this option is not simulated in Rootlab yet\n`);
      return 1;
    }
    const selfTty = proc.tty ? LOGIN_TTY : undefined;
    const table = processTable(proc.host, { argv: proc.argv, tty: selfTty, pipeline: proc.pipeline });
    const ctx = fieldContext(proc);
    const columns = columnsOf(o);
    let rows = select(o, table, selfTty);
    if (o.sort.length > 0) {
      const keyed = rows.map((p) => ({ p, keys: o.sort.map((s) => FIELDS[s.key].sortKey?.(p, ctx) ?? FIELDS[s.key].value(p, ctx)) }));
      keyed.sort((a, b) => {
        for (let i = 0; i < o.sort.length; i++) {
          const x = a.keys[i];
          const y = b.keys[i];
          const c = x < y ? -1 : x > y ? 1 : 0;
          if (c !== 0) return o.sort[i].desc ? -c : c;
        }
        return 0;
      });
      rows = keyed.map((k) => k.p);
    }
    const width = lineWidth(screenWidth(proc, o), o.w, lastColumnStart(columns, ctx.pidWidth));
    let out = "";
    if (!o.noHeaders && columns.some((c) => c.header !== "")) out += `${layoutLine(columns, columns.map((c) => c.header), ctx.pidWidth, width, true)}\n`;
    for (const p of rows) {
      proc.budget.charge(1);
      out += `${layoutLine(columns, columns.map((c) => c.field.value(p, ctx)), ctx.pidWidth, width)}\n`;
    }
    proc.stdout.write(out);
    return rows.length > 0 ? 0 : 1;
  },
};
