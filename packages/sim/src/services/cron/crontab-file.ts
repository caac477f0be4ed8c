/**
 * Crontab files as Debian's cron 3.0pl1 reads them (entry.c, env.c): blank
 * lines and `#` comments, `NAME=VALUE` environment lines, and entries of five
 * time fields (lists, ranges, steps, month and weekday names; weekday 7 is
 * Sunday) or an `@keyword`, then — in /etc/crontab and /etc/cron.d — a user
 * name, then the command. The first error ends the parse with cron's
 * message and cron's line number, which counts the lines already *finished*:
 * an error on the first line is line 0 unless the parser had to read that
 * line's newline first (a missing field), a quirk learners meet.
 */
import { breakDown } from "../../world/strftime.js";
import { type LocalZone, UTC_ZONE } from "../../tzdata/local-zone.js";

const FIELDS = [
  { name: "minute", min: 0, max: 59, names: undefined },
  { name: "hour", min: 0, max: 23, names: undefined },
  { name: "day-of-month", min: 1, max: 31, names: undefined },
  { name: "month", min: 1, max: 12, names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] },
  { name: "day-of-week", min: 0, max: 7, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun"] },
] as const;

const KEYWORDS: Record<string, string | "reboot"> = {
  reboot: "reboot",
  yearly: "0 0 1 1 *",
  annually: "0 0 1 1 *",
  monthly: "0 0 1 * *",
  weekly: "0 0 * * 0",
  daily: "0 0 * * *",
  midnight: "0 0 * * *",
  hourly: "0 * * * *",
};

export interface CronEntry {
  /** allowed values per field, as sorted lists (minute, hour, day of month, month, day of week 0-6) */
  minute: number[];
  hour: number[];
  dom: number[];
  month: number[];
  dow: number[];
  /** the day-of-month / day-of-week field was `*` (then both must match; otherwise either) */
  domStar: boolean;
  dowStar: boolean;
  /** @reboot: run once when cron starts */
  reboot: boolean;
  /** the user field of /etc/crontab and /etc/cron.d files */
  user?: string;
  /** the command as written (with `%` and `\%`) */
  command: string;
  /** the environment lines seen before this entry, in order */
  env: [string, string][];
}

export type CrontabParse = { ok: true; entries: CronEntry[] } | { ok: false; line: number; error: string };

export interface ParseOptions {
  /** system crontab: entries carry a user name */
  system?: boolean;
  /** does this user exist (for "bad username") */
  userExists?: (name: string) => boolean;
}

/** `NAME=VALUE` (spaces around `=` allowed, value optionally quoted), as env.c's load_env */
function parseEnv(line: string): [string, string] | null {
  const m = /^\s*([^=\s]+)\s*=\s*(.*?)\s*$/.exec(line);
  if (!m) return null;
  let value = m[2];
  if (value.length >= 2 && (value[0] === "'" || value[0] === '"') && value.endsWith(value[0])) value = value.slice(1, -1);
  return [m[1], value];
}

/** One field (a comma-separated list of ranges) into its values, or null when cron would reject it. */
function parseField(text: string, f: (typeof FIELDS)[number]): number[] | null {
  const out = new Set<number>();
  const value = (s: string): number | null => {
    if (/^\d+$/.test(s)) {
      const n = Number(s);
      return n >= f.min && n <= f.max ? n : null;
    }
    if (f.names && /^[a-z]{3}$/i.test(s)) {
      const i = (f.names as readonly string[]).indexOf(s.toLowerCase());
      return i < 0 ? null : i + f.min;
    }
    return null;
  };
  for (const part of text.split(",")) {
    const m = /^(\*|[^-/]+)(?:-([^/]+))?(?:\/(.+))?$/.exec(part);
    if (!m) return null;
    let lo: number;
    let hi: number;
    if (m[1] === "*") {
      if (m[2] !== undefined) return null;
      lo = f.min;
      hi = f.max;
    } else {
      const a = value(m[1]);
      if (a === null) return null;
      lo = a;
      hi = a;
      if (m[2] !== undefined) {
        const b = value(m[2]);
        if (b === null) return null;
        hi = b;
      }
    }
    let step = 1;
    if (m[3] !== undefined) {
      if (!/^\d+$/.test(m[3]) || Number(m[3]) === 0 || Number(m[3]) > f.max) return null;
      step = Number(m[3]);
      // "5/10" means 5-max/10, as cron does
      if (m[1] !== "*" && m[2] === undefined) hi = f.max;
    }
    // a backwards range (5-2) is accepted and matches nothing, as in cron
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

export function parseCrontab(text: string, opts: ParseOptions = {}): CrontabParse {
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  const entries: CronEntry[] = [];
  const env: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    // entries start with a digit, `*` or `@`; anything else is tried as an environment line first
    if (!/^[\d*@]/.test(trimmed)) {
      const e = parseEnv(line);
      if (e) {
        env.push(e);
        continue;
      }
    }
    const r = parseEntry(trimmed, opts);
    if ("error" in r) return { ok: false, line: i + (r.atEol ? 1 : 0), error: r.error };
    entries.push({ ...r, env: [...env] });
  }
  return { ok: true, entries };
}

type EntryResult = Omit<CronEntry, "env"> | { error: string; atEol: boolean };

function parseEntry(line: string, opts: ParseOptions): EntryResult {
  let rest = line;
  let timeSpec: string;
  let reboot = false;
  if (rest.startsWith("@")) {
    const m = /^@(\S+)\s*(.*)$/.exec(rest)!;
    const kw = KEYWORDS[m[1].toLowerCase()];
    if (kw === undefined) return { error: "bad time specifier", atEol: false };
    reboot = kw === "reboot";
    timeSpec = reboot ? "* * * * *" : kw;
    rest = m[2];
  } else {
    // field by field, as cron reads them: the first bad field is the error, before any missing one
    const words: string[] = [];
    for (let k = 0; k < 5; k++) {
      const m = /^(\S+)\s*/.exec(rest);
      if (!m) return { error: `bad ${FIELDS[k].name}`, atEol: true };
      if (!parseField(m[1], FIELDS[k])) return { error: `bad ${FIELDS[k].name}`, atEol: false };
      words.push(m[1]);
      rest = rest.slice(m[0].length);
    }
    timeSpec = words.join(" ");
  }
  const parts = timeSpec.split(" ");
  const values = parts.map((p, k) => parseField(p, FIELDS[k])!);
  let user: string | undefined;
  if (opts.system) {
    const m = /^(\S+)\s*/.exec(rest);
    if (!m) return { error: "bad username", atEol: true };
    user = m[1];
    if (opts.userExists && !opts.userExists(user)) return { error: "bad username", atEol: false };
    rest = rest.slice(m[0].length);
  }
  const dow = [...new Set(values[4].map((d) => d % 7))].sort((a, b) => a - b);
  return {
    minute: values[0], hour: values[1], dom: values[2], month: values[3], dow,
    domStar: parts[2].startsWith("*"), dowStar: parts[4].startsWith("*"),
    reboot, user, command: rest.replace(/\s+$/, ""),
  };
}

/** Does `entry` run at this minute? (cron's rule: day of month OR day of week when both are restricted) */
export function entryDue(entry: CronEntry, t: { minute: number; hour: number; day: number; month: number; wday: number }): boolean {
  if (entry.reboot) return false;
  if (!entry.minute.includes(t.minute) || !entry.hour.includes(t.hour) || !entry.month.includes(t.month)) return false;
  return dayAllowed(entry, t.day, t.wday);
}

/** do an entry's day-of-month and day-of-week fields allow this day (cron's rule: both if either is `*`, else either) */
function dayAllowed(entry: CronEntry, day: number, wday: number): boolean {
  const dom = entry.dom.includes(day);
  const dow = entry.dow.includes(wday);
  return entry.domStar || entry.dowStar ? dom && dow : dom || dow;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The first of the times `fromUnixMs + k minutes` (k >= 1, so that a chain
 * of wake-ups a whole number of minutes apart keeps its phase) at which
 * `entryDue` holds, if one is at most `limitUnixMs`. Days and hours that
 * cannot match are skipped whole, and within an hour it goes straight to
 * the next allowed minute, so a year ahead costs a few hundred steps.
 * The fields are read in `zone`'s local time (cron's localtime: the host's
 * /etc/localtime), UTC when not given.
 */
export function nextDue(entry: CronEntry, fromUnixMs: number, limitUnixMs: number, zone: LocalZone = UTC_ZONE): number | undefined {
  if (entry.reboot) return undefined;
  // the first candidate at or after `bound`: candidates are fromUnixMs + k minutes
  const atOrAfter = (t: number, bound: number) => t + Math.ceil((bound - t) / MINUTE_MS) * MINUTE_MS;
  let t = fromUnixMs + MINUTE_MS;
  while (t <= limitUnixMs) {
    const off = zone(t).utcOffset * 1000;
    const b = breakDown(t + off);
    // the next local midnight or hour, as an instant
    if (!entry.month.includes(b.month) || !dayAllowed(entry, b.day, b.wday)) t = atOrAfter(t, (Math.floor((t + off) / DAY_MS) + 1) * DAY_MS - off);
    else if (!entry.hour.includes(b.hour)) t = atOrAfter(t, (Math.floor((t + off) / HOUR_MS) + 1) * HOUR_MS - off);
    else if (!entry.minute.includes(b.minute)) {
      // the hour's next allowed minute (the list is sorted), or the next hour's
      const m = entry.minute.find((x) => x > b.minute);
      t = m !== undefined ? t + (m - b.minute) * MINUTE_MS : atOrAfter(t, (Math.floor((t + off) / HOUR_MS) + 1) * HOUR_MS - off);
    } else return t;
  }
  return undefined;
}

/**
 * The command's `%` rule: the first unescaped `%` starts the job's standard
 * input, later ones are newlines in it; `\%` is a plain `%`.
 */
export function splitPercent(command: string): { command: string; stdin: string | undefined } {
  let cmd = "";
  let input: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === "\\" && command[i + 1] === "%") {
      if (input === undefined) cmd += "%";
      else input += "%";
      i++;
    } else if (c === "%") {
      if (input === undefined) input = "";
      else input += "\n";
    } else if (input === undefined) cmd += c;
    else input += c;
  }
  return { command: cmd, stdin: input === undefined ? undefined : `${input}\n` };
}
