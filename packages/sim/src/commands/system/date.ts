/**
 * date (coreutils 9.1) on the virtual clock, in the process's local time
 * zone (TZ in its environment, else /etc/localtime: tzdata/local-zone.ts;
 * Etc/UTC unless `timedatectl set-timezone` changed it) or in UTC with `-u`. Supported: `+FORMAT` (world/strftime.ts), `-d`/`--date`
 * with `@SECONDS`, `YYYY-MM-DD[ HH:MM[:SS]]` (or with `T`), `now`, `today`,
 * `yesterday`, `tomorrow` and relative items (`2 days ago`, `+3 hours`,
 * `1 week`), `-r FILE` (its modification time), `-R`, `-I[TIMESPEC]`,
 * `--rfc-3339=TIMESPEC`. Setting the clock (`-s`, or an MMDDhhmm operand) is
 * refused: virtual time only moves forward, with `sleep` or the page's clock.
 */
import type { Process } from "../../process/process.js";
import { EPOCH_MS } from "../../world/clock.js";
import { processZone } from "../files/file-time.js";
import { daysFromCivil, strftime } from "../../world/strftime.js";
import type { Command } from "../types.js";

const TRY = "Try 'date --help' for more information.\n";
const DEFAULT_FORMAT = "%a %b %e %H:%M:%S %Z %Y";

const ISO: Record<string, string> = {
  date: "%Y-%m-%d",
  hours: "%Y-%m-%dT%H%:z",
  minutes: "%Y-%m-%dT%H:%M%:z",
  seconds: "%Y-%m-%dT%H:%M:%S%:z",
  ns: "%Y-%m-%dT%H:%M:%S,%N%:z",
};
const RFC3339: Record<string, string> = { date: "%Y-%m-%d", seconds: "%Y-%m-%d %H:%M:%S%:z", ns: "%Y-%m-%d %H:%M:%S.%N%:z" };

const UNIT_MS: Record<string, number> = {
  second: 1000, sec: 1000, minute: 60_000, min: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000, fortnight: 1_209_600_000,
};

/**
 * Parse the `-d` strings the course needs; null when the string is not understood (date says "invalid date").
 * `offsetAt` gives the local zone's offset from UTC (seconds east) at an instant: a date written without a
 * zone, and "today" or "midnight", are read in local time.
 */
export function parseDateString(input: string, nowMs: number, offsetAt: (unixMs: number) => number = () => 0): number | null {
  let s = input.trim().toLowerCase().replace(/\s+/g, " ");
  if (s.startsWith("@")) {
    const m = /^@([+-]?\d+)(?:\.(\d+))?$/.exec(s);
    if (!m) return null;
    return Number(m[1]) * 1000 + (m[2] ? Math.floor(Number(`0.${m[2]}`) * 1000) : 0);
  }
  const startOfDay = (ms: number) => {
    const off = offsetAt(ms) * 1000;
    return Math.floor((ms + off) / 86_400_000) * 86_400_000 - off;
  };
  let base = nowMs;
  const abs = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?: ?(?:utc|z|\+00:?00))?/.exec(s);
  if (abs) {
    const [, y, mo, d, hh, mm, ss] = abs.map((x) => (x === undefined ? undefined : Number(x))) as (number | undefined)[];
    if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || (hh ?? 0) > 23 || (mm ?? 0) > 59 || (ss ?? 0) > 60) return null;
    const local = daysFromCivil(y!, mo!, d!) * 86_400_000 + ((hh ?? 0) * 3600 + (mm ?? 0) * 60 + (ss ?? 0)) * 1000;
    // a written zone means UTC; otherwise the wall-clock time is local (mktime: the offset in force then)
    const utcGiven = /(utc|z|\+00:?00)$/.test(abs[0]);
    base = utcGiven ? local : local - offsetAt(local - offsetAt(local) * 1000) * 1000;
    s = s.slice(abs[0].length).trim();
  }
  const words: Record<string, number> = { now: 0, today: 0, yesterday: -86_400_000, tomorrow: 86_400_000 };
  // relative items, in any order: "2 days ago", "+3 hours", "next day", "yesterday"
  const item = /^(?:(now|today|yesterday|tomorrow)|([+-]?\d+)? ?(second|sec|minute|min|hour|day|week|fortnight)s?(?: (ago))?|(midnight)|(noon))(?: |$)/;
  let guard = 0;
  while (s !== "" && guard++ < 32) {
    const m = item.exec(s);
    if (!m) return null;
    if (m[1]) base += words[m[1]];
    else if (m[3]) {
      const n = m[2] === undefined ? 1 : Number(m[2]);
      base += (m[4] ? -1 : 1) * n * UNIT_MS[m[3]];
    } else if (m[5]) base = startOfDay(base);
    else if (m[6]) base = startOfDay(base) + 12 * 3_600_000;
    s = s.slice(m[0].length).trim();
  }
  return base;
}

function run(proc: Process): number {
  const args = proc.argv.slice(1);
  let format: string | undefined;
  let dateString: string | undefined;
  let refFile: string | undefined;
  const operands: string[] = [];
  let utc = false;
  const fail = (msg: string) => {
    proc.stderr.write(`date: ${msg}\n${TRY}`);
    return 1;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const takeValue = (name: string): string | null => {
      const eq = a.indexOf("=");
      if (a.startsWith("--") && eq > 0) return a.slice(eq + 1);
      if (!a.startsWith("--") && a.length > 2) return a.slice(2);
      if (i + 1 >= args.length) return null;
      void name;
      return args[++i];
    };
    if (a === "--") {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a === "-u" || a === "--utc" || a === "--universal") {
      utc = true;
      continue;
    }
    if (a === "-R" || a === "--rfc-email" || a === "--rfc-2822" || a === "--rfc-822") format = "%a, %d %b %Y %H:%M:%S %z";
    else if (a === "-I" || a.startsWith("-I") || a === "--iso-8601" || a.startsWith("--iso-8601=")) {
      const spec = a.startsWith("--") ? (a.includes("=") ? a.slice(a.indexOf("=") + 1) : "date") : a.slice(2) || "date";
      const key = Object.keys(ISO).find((k) => k.startsWith(spec) && spec !== "");
      if (!key) {
        proc.stderr.write(`date: invalid argument ‘${spec}’ for ‘--iso-8601’\nValid arguments are:\n  - ‘hours’\n  - ‘minutes’\n  - ‘date’\n  - ‘seconds’\n  - ‘ns’\n${TRY}`);
        return 1;
      }
      format = ISO[key];
    } else if (a.startsWith("--rfc-3339")) {
      const spec = a.includes("=") ? a.slice(a.indexOf("=") + 1) : "";
      const key = Object.keys(RFC3339).find((k) => k.startsWith(spec) && spec !== "");
      if (!key) return fail(spec === "" ? "option '--rfc-3339' requires an argument" : `invalid argument ‘${spec}’ for ‘--rfc-3339’`);
      format = RFC3339[key];
    } else if (a === "-d" || a.startsWith("--date") || (a.startsWith("-d") && !a.startsWith("--"))) {
      const v = takeValue("date");
      if (v === null) return fail("option requires an argument -- 'd'");
      dateString = v;
    } else if (a === "-r" || a.startsWith("--reference") || (a.startsWith("-r") && !a.startsWith("--"))) {
      const v = takeValue("reference");
      if (v === null) return fail("option requires an argument -- 'r'");
      refFile = v;
    } else if (a === "-s" || a.startsWith("--set") || (a.startsWith("-s") && !a.startsWith("--"))) {
      proc.stderr.write("date: cannot set date: Operation not permitted\n");
      return 1;
    } else if (a === "--help") {
      proc.stdout.write("Usage: date [OPTION]... [+FORMAT]\n  or:  date [-u|--utc|--universal] [MMDDhhmm[[CC]YY][.ss]]\nDisplay date and time in the given FORMAT.\n");
      return 0;
    } else if (a === "--version") {
      proc.stdout.write("date (GNU coreutils) 9.1\n");
      return 0;
    } else if (a.startsWith("--")) return fail(`unrecognized option '${a}'`);
    else if (a.startsWith("-") && a.length > 1) return fail(`invalid option -- '${a[1]}'`);
    else operands.push(a);
  }
  for (const op of operands) {
    if (op.startsWith("+")) {
      if (format !== undefined && !format.startsWith("%a, ") && format !== DEFAULT_FORMAT && operands.length === 1) {
        proc.stderr.write(`date: multiple output formats specified\n`);
        return 1;
      }
      if (operands.indexOf(op) > 0) return fail(`extra operand ‘${op}’`);
      format = op.slice(1);
    } else if (operands.indexOf(op) === 0) {
      if (dateString !== undefined || operands.length > 1) return fail(`extra operand ‘${operands[1] ?? op}’`);
      proc.stderr.write(`date: invalid date ‘${op}’\n`);
      return 1;
    } else return fail(`extra operand ‘${op}’`);
  }
  const now = proc.host.clock.unixMs;
  const local = utc ? undefined : processZone(proc);
  const zoneAt = (ms: number) => (local ? local(ms) : { utcOffset: 0, abbrev: "UTC" });
  let when = now;
  if (dateString !== undefined) {
    const t = parseDateString(dateString, now, (ms) => zoneAt(ms).utcOffset);
    if (t === null) {
      proc.stderr.write(`date: invalid date ‘${dateString}’\n`);
      return 1;
    }
    when = t;
  }
  if (refFile !== undefined) {
    const st = proc.host.fs.stat(proc.resolve(refFile));
    if (!st.ok) {
      proc.stderr.write(`date: ${refFile}: No such file or directory\n`);
      return 1;
    }
    when = EPOCH_MS + st.value.mtime;
  }
  proc.stdout.write(`${strftime(format ?? DEFAULT_FORMAT, when, zoneAt(when))}\n`);
  return 0;
}

export const date: Command = {
  name: "date",
  summary: "date - print or set the system date and time",
  man: `NAME
date - print or set the system date and time

SYNOPSIS
date [OPTION]... [+FORMAT]

DESCRIPTION
Display the current time in the given FORMAT.

-d, --date=STRING   display time described by STRING, not 'now'
                    (@SECONDS, 2026-12-01 13:45, yesterday, 2 days ago ...)
-I[FMT], --iso-8601[=FMT]   ISO 8601 format; FMT is date (default), hours,
                    minutes, seconds or ns
-R, --rfc-email     RFC 5322 format: Mon, 14 Aug 2006 02:34:56 -0600
-r, --reference=FILE   display the last modification time of FILE
-u, --utc           Coordinated Universal Time (the local zone is the one
                    /etc/localtime points at: timedatectl set-timezone)

FORMAT controls the output: %Y year, %m month (01..12), %d day, %H hour,
%M minute, %S second, %F = %Y-%m-%d, %T = %H:%M:%S, %s seconds since the
Epoch, %a/%A weekday, %b/%B month name, %j day of year, %Z time zone, %%.

EXAMPLES
date +%Y-%m-%d                      2026-11-30
tar czf backup-$(date +%F).tar.gz /var/backups/mysql

In Rootlab the clock is virtual: it moves with sleep and the fast-forward
control, never backwards.
`,
  run,
};
