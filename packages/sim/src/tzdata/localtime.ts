/**
 * localtime(3) for Debian's zones: which offset from UTC and which
 * abbreviation a zone uses at a given instant, from the zone's POSIX TZ rule
 * (zones.ts), as glibc's tzset evaluates "CET-1CEST,M3.5.0,M10.5.0/3":
 * a standard offset (POSIX signs: positive is west of Greenwich), an
 * optional daylight-saving offset (an hour ahead unless given) and the
 * `Mm.w.d[/time]` days it starts and ends (w = 5: the month's last such
 * weekday; time in the local time then in force, 02:00 unless given, and
 * may be negative or past 24 h). The explicit transitions of a TZif file
 * before its final rule are not modelled: an instant is read by the rule in
 * force from tzdata 2025b on, which is what every zone uses for the
 * simulation's years (2026 on), except the few that list future transitions
 * one by one (Africa/Casablanca's Ramadan changes).
 */
import { civilFromUnixMs, civilToUnixMs } from "../world/calendar.js";
import { TZ_RULES, ZONE_LINES } from "./zones.js";

export interface ZoneTime {
  /** seconds east of UTC (CET: 3600) */
  utcOffset: number;
  /** the abbreviation %Z prints ("CET", "+03", "UTC") */
  abbrev: string;
  isDst: boolean;
}

interface Transition {
  month: number;
  week: number;
  weekday: number;
  /** seconds after local midnight */
  time: number;
}

interface PosixTz {
  std: string;
  /** seconds east of UTC */
  stdOffset: number;
  dst?: { name: string; offset: number; start: Transition; end: Transition };
}

let zoneIndex: Map<string, number> | undefined;

function zones(): Map<string, number> {
  if (!zoneIndex) {
    zoneIndex = new Map();
    for (const line of ZONE_LINES.split("\n")) {
      const sp = line.lastIndexOf(" ");
      zoneIndex.set(line.slice(0, sp), Number(line.slice(sp + 1)));
    }
  }
  return zoneIndex;
}

/** every zone name, in the order `timedatectl list-timezones` prints them */
export function zoneNames(): string[] {
  return [...zones().keys()];
}

export function isKnownZone(name: string): boolean {
  return zones().has(name);
}

/** "[+-]hh[:mm[:ss]]" as seconds */
function hms(text: string): number {
  const neg = text.startsWith("-");
  const [h, m = "0", s = "0"] = text.replace(/^[+-]/, "").split(":");
  const v = Number(h) * 3600 + Number(m) * 60 + Number(s);
  return neg ? -v : v;
}

const NAME = /^(<[^>]+>|[A-Za-z]{3,})/;
const OFFSET = /^[+-]?\d{1,3}(:\d{1,2}){0,2}/;

function parseTransition(text: string): Transition {
  const m = /^M(\d+)\.(\d)\.(\d)(?:\/([+-]?\d+(?::\d+){0,2}))?$/.exec(text);
  if (!m) throw new Error(`unsupported TZ transition ${text}`);
  return { month: Number(m[1]), week: Number(m[2]), weekday: Number(m[3]), time: m[4] === undefined ? 7200 : hms(m[4]) };
}

export function parsePosixTz(tz: string): PosixTz {
  let rest = tz;
  const take = (re: RegExp): string | undefined => {
    const m = re.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length);
    return m[0];
  };
  const unquote = (n: string) => n.replace(/^<|>$/g, "");
  const std = take(NAME);
  const stdOff = take(OFFSET);
  if (!std || stdOff === undefined) throw new Error(`unsupported TZ rule ${tz}`);
  const out: PosixTz = { std: unquote(std), stdOffset: -hms(stdOff) };
  const dst = take(NAME);
  if (!dst) return out;
  const dstOff = take(OFFSET);
  const [, start, end] = rest.split(",");
  out.dst = {
    name: unquote(dst),
    offset: dstOff === undefined ? out.stdOffset + 3600 : -hms(dstOff),
    start: parseTransition(start),
    end: parseTransition(end),
  };
  return out;
}

/** Unix seconds of `t` in `year`, read in the local time whose offset is `offset` */
function transitionAt(year: number, t: Transition, offset: number): number {
  const first = civilToUnixMs(year, t.month, 1) / 1000;
  const firstWeekday = (Math.floor(first / 86400) + 4) % 7; // 1970-01-01 was a Thursday
  let day = 1 + ((t.weekday - firstWeekday + 7) % 7) + (t.week - 1) * 7;
  const monthDays = (civilToUnixMs(t.month === 12 ? year + 1 : year, t.month === 12 ? 1 : t.month + 1, 1) / 1000 - first) / 86400;
  while (day > monthDays) day -= 7;
  return first + (day - 1) * 86400 + t.time - offset;
}

const ruleCache = new Map<number, PosixTz>();

/** the offset and abbreviation `zone` uses at `unixMs`; undefined for a zone Debian does not ship */
export function zoneTime(zone: string, unixMs: number): ZoneTime | undefined {
  const i = zones().get(zone);
  if (i === undefined) return undefined;
  let rule = ruleCache.get(i);
  if (!rule) ruleCache.set(i, (rule = parsePosixTz(TZ_RULES[i])));
  const std: ZoneTime = { utcOffset: rule.stdOffset, abbrev: rule.std, isDst: false };
  const d = rule.dst;
  if (!d) return std;
  const secs = Math.floor(unixMs / 1000);
  const year = civilFromUnixMs((secs + rule.stdOffset) * 1000).year;
  const start = transitionAt(year, d.start, rule.stdOffset);
  const end = transitionAt(year, d.end, d.offset);
  const inDst = start < end ? secs >= start && secs < end : !(secs >= end && secs < start);
  return inDst ? { utcOffset: d.offset, abbrev: d.name, isDst: true } : std;
}

/**
 * %z of a zone time: "+0100", "-0330"; "-0000" for the Factory zone, whose
 * abbreviation "-00" says the local offset is unknown (RFC 3339), as glibc prints it.
 */
export function formatUtcOffset(t: ZoneTime, colon = false): string {
  const a = Math.abs(t.utcOffset);
  const sign = t.utcOffset < 0 || t.abbrev === "-00" ? "-" : "+";
  const hh = String(Math.floor(a / 3600)).padStart(2, "0");
  const mm = String(Math.floor((a % 3600) / 60)).padStart(2, "0");
  return `${sign}${hh}${colon ? ":" : ""}${mm}`;
}
