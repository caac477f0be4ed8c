/**
 * ps's columns (procps-ng 4.0.2): each field's header, width and
 * justification, how a value is formatted, and the line layout of
 * procps's show_one_proc: a column is placed where the columns before it
 * should have ended (right-aligned values padded to their width), a value
 * wider than its column pushes the rest right until a narrower one gives the
 * room back, and the last column is cut at the line width. Recorded against
 * the real one in fixtures/ps.jsonl.
 */
import type { ProcEntry } from "../../process/table.js";
import { strftime } from "../../world/strftime.js";
import type { LocalZone } from "../../tzdata/local-zone.js";
import { EPOCH_MS } from "../../world/clock.js";

export type Justify = "left" | "right" | "user" | "unlimited";

/** what a field's value is made from besides the process */
export interface FieldContext {
  /** clock.now */
  now: number;
  /** local time (TZ, else /etc/localtime): STIME and START are in it */
  zone?: LocalZone;
  /** host's boot, clock.now units */
  bootedAt: number;
  /** KiB (MemTotal) */
  memTotal: number;
  /** uid -> user name (undefined: no passwd entry, ps shows the number) */
  userName(uid: number): string | undefined;
  /** digits of the largest pid (pid_max - 1), at least 5 */
  pidWidth: number;
}

export interface Field {
  header: string;
  width: number | "pid";
  justify: Justify;
  value(p: ProcEntry, c: FieldContext): string;
  /** the value to sort by (--sort); the formatted text when absent */
  sortKey?(p: ProcEntry, c: FieldContext): number | string;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** elapsed seconds, as procps counts them (whole seconds since the start) */
function elapsed(p: ProcEntry, c: FieldContext): number {
  return Math.max(0, Math.floor((c.now - p.started) / 1000));
}

/** %CPU in tenths: CPU time over elapsed time */
function pcpu(p: ProcEntry, c: FieldContext): number {
  const secs = elapsed(p, c);
  return secs > 0 ? Math.floor(p.cpuMs / secs) : 0;
}

function tenths(n: number): string {
  return n > 999 ? String(Math.floor(n / 10)) : `${Math.floor(n / 10)}.${n % 10}`;
}

function pmem(p: ProcEntry, c: FieldContext): number {
  return c.memTotal > 0 ? Math.floor((p.rss * 1000) / c.memTotal) : 0;
}

/** [DD-]HH:MM:SS */
function longTime(secs: number): string {
  const d = Math.floor(secs / 86_400);
  const h = Math.floor(secs / 3600) % 24;
  const m = Math.floor(secs / 60) % 60;
  return `${d > 0 ? `${d}-` : ""}${pad2(h)}:${pad2(m)}:${pad2(secs % 60)}`;
}

/** [[DD-]hh:]mm:ss */
function etime(secs: number): string {
  const d = Math.floor(secs / 86_400);
  const h = Math.floor(secs / 3600) % 24;
  const m = Math.floor(secs / 60) % 60;
  const tail = `${pad2(m)}:${pad2(secs % 60)}`;
  if (d > 0) return `${d}-${pad2(h)}:${tail}`;
  return h > 0 ? `${pad2(h)}:${tail}` : tail;
}

/** a start time: of today as `today`, else of this year as `year`, else the year */
function startText(p: ProcEntry, c: FieldContext, today: string, year: string): string {
  const t = EPOCH_MS + p.started;
  const n = EPOCH_MS + c.now;
  const at = (format: string, ms: number) => strftime(format, ms, c.zone?.(ms));
  if (at("%Y", t) !== at("%Y", n)) return at("%Y", t);
  return at(at("%j", t) === at("%j", n) ? today : year, t);
}

function user(p: ProcEntry, c: FieldContext): string {
  return c.userName(p.uid) ?? String(p.uid);
}

function args(p: ProcEntry): string {
  return p.argv.length === 0 ? `[${p.comm}]` : p.argv.join(" ");
}

function tty(p: ProcEntry): string {
  return p.tty ?? "?";
}

const pidField = (header: string, get: (p: ProcEntry) => number): Field => ({ header, width: "pid", justify: "right", value: (p) => String(get(p)), sortKey: get });
const userField = (header: string): Field => ({ header, width: 8, justify: "user", value: user });
const uidField = (header: string): Field => ({ header, width: 5, justify: "right", value: (p) => String(p.uid), sortKey: (p) => p.uid });

/** the fields -o knows, by every name it accepts */
export const FIELDS: Record<string, Field> = {
  pid: pidField("PID", (p) => p.pid),
  tgid: pidField("TGID", (p) => p.pid),
  ppid: pidField("PPID", (p) => p.ppid),
  user: userField("USER"),
  uname: userField("USER"),
  euser: userField("EUSER"),
  ruser: userField("RUSER"),
  uid: uidField("UID"),
  euid: uidField("EUID"),
  ruid: uidField("RUID"),
  comm: { header: "COMMAND", width: 15, justify: "unlimited", value: (p) => p.comm },
  ucmd: { header: "CMD", width: 15, justify: "unlimited", value: (p) => p.comm },
  ucomm: { header: "COMMAND", width: 15, justify: "unlimited", value: (p) => p.comm },
  cmd: { header: "CMD", width: 27, justify: "unlimited", value: args },
  args: { header: "COMMAND", width: 27, justify: "unlimited", value: args },
  command: { header: "COMMAND", width: 27, justify: "unlimited", value: args },
  "%cpu": { header: "%CPU", width: 4, justify: "right", value: (p, c) => tenths(pcpu(p, c)), sortKey: pcpu },
  pcpu: { header: "%CPU", width: 4, justify: "right", value: (p, c) => tenths(pcpu(p, c)), sortKey: pcpu },
  c: { header: "C", width: 2, justify: "right", value: (p, c) => String(Math.min(99, Math.floor(pcpu(p, c) / 10))), sortKey: pcpu },
  "%mem": { header: "%MEM", width: 4, justify: "right", value: (p, c) => tenths(pmem(p, c)), sortKey: pmem },
  pmem: { header: "%MEM", width: 4, justify: "right", value: (p, c) => tenths(pmem(p, c)), sortKey: pmem },
  stat: { header: "STAT", width: 4, justify: "left", value: (p) => p.stat },
  s: { header: "S", width: 1, justify: "left", value: (p) => p.stat.slice(0, 1) },
  state: { header: "S", width: 1, justify: "left", value: (p) => p.stat.slice(0, 1) },
  etime: { header: "ELAPSED", width: 11, justify: "right", value: (p, c) => etime(elapsed(p, c)), sortKey: (p) => -p.started },
  etimes: { header: "ELAPSED", width: 7, justify: "right", value: (p, c) => String(elapsed(p, c)), sortKey: (p) => -p.started },
  time: { header: "TIME", width: 8, justify: "right", value: (p) => longTime(Math.floor(p.cpuMs / 1000)), sortKey: (p) => p.cpuMs },
  cputime: { header: "TIME", width: 8, justify: "right", value: (p) => longTime(Math.floor(p.cpuMs / 1000)), sortKey: (p) => p.cpuMs },
  bsdtime: {
    header: "TIME", width: 6, justify: "right", sortKey: (p) => p.cpuMs,
    value: (p) => {
      const s = Math.floor(p.cpuMs / 1000);
      return `${Math.floor(s / 60)}:${pad2(s % 60)}`;
    },
  },
  tty: { header: "TT", width: 8, justify: "left", value: tty },
  tt: { header: "TT", width: 8, justify: "left", value: tty },
  tname: { header: "TTY", width: 8, justify: "left", value: tty },
  stime: { header: "STIME", width: 5, justify: "left", value: (p, c) => startText(p, c, "%H:%M", "%b%d"), sortKey: (p) => p.started },
  start_time: { header: "START", width: 5, justify: "left", value: (p, c) => startText(p, c, "%H:%M", "%b%d"), sortKey: (p) => p.started },
  bsdstart: { header: "START", width: 6, justify: "right", value: (p, c) => startText(p, c, "%H:%M", "%b %d"), sortKey: (p) => p.started },
  start: { header: "STARTED", width: 8, justify: "right", value: (p, c) => startText(p, c, "%H:%M:%S", "%b %d"), sortKey: (p) => p.started },
  vsz: { header: "VSZ", width: 6, justify: "right", value: (p) => String(p.vsz), sortKey: (p) => p.vsz },
  vsize: { header: "VSZ", width: 6, justify: "right", value: (p) => String(p.vsz), sortKey: (p) => p.vsz },
  rss: { header: "RSS", width: 5, justify: "right", value: (p) => String(p.rss), sortKey: (p) => p.rss },
  rssize: { header: "RSS", width: 5, justify: "right", value: (p) => String(p.rss), sortKey: (p) => p.rss },
  rsz: { header: "RSZ", width: 5, justify: "right", value: (p) => String(p.rss), sortKey: (p) => p.rss },
  ni: { header: "NI", width: 3, justify: "right", value: (p) => String(p.nice), sortKey: (p) => p.nice },
  nice: { header: "NI", width: 3, justify: "right", value: (p) => String(p.nice), sortKey: (p) => p.nice },
  pri: { header: "PRI", width: 3, justify: "right", value: (p) => String(19 - p.nice), sortKey: (p) => -p.nice },
};

/** the BSD u format's START: five columns wide, as aux prints it */
export const AUX_START: Field = { ...FIELDS.start_time, justify: "right" };

export interface Column {
  field: Field;
  header: string;
}

/** one line of cells laid out as show_one_proc does; `last` cut to what is left of `lineWidth` */
export function layoutLine(columns: readonly Column[], cells: readonly string[], pidWidth: number, lineWidth: number, isHeader = false): string {
  let out = "";
  let correct = 0;
  let actual = 0;
  let dospace = 0;
  for (let i = 0; i < columns.length; i++) {
    const f = columns[i].field;
    const width = f.width === "pid" ? pidWidth : f.width;
    const last = i === columns.length - 1;
    let text = cells[i];
    const numeric = /^\d+$/.test(text);
    if (!last && f.justify === "user" && !isHeader && text.length > width) text = `${text.slice(0, width - 1)}+`;
    if (!last && f.justify === "unlimited" && text.length > width) text = text.slice(0, width);
    const leftpad = f.justify === "right" || (f.justify === "user" && numeric && !isHeader) ? Math.max(0, width - text.length) : 0;
    let space = correct - actual + leftpad;
    if (space < 1) space = dospace;
    if (last) {
      if (f.justify === "unlimited") text = text.slice(0, Math.max(0, lineWidth - actual - space));
      out += " ".repeat(space) + text;
      break;
    }
    out += " ".repeat(space) + text;
    actual += space + text.length;
    correct += width + 1;
    dospace = 1;
  }
  return out;
}

/** where the last column starts when every other value fills its width exactly */
export function lastColumnStart(columns: readonly Column[], pidWidth: number): number {
  let start = 0;
  for (let i = 0; i < columns.length - 1; i++) {
    const f = columns[i].field;
    start += (f.width === "pid" ? pidWidth : f.width) + 1;
  }
  return start;
}
