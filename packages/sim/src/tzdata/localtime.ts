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

/** a POSIX TZ rule's change date: `Mm.w.d`, `Jn` (day 1..365, February 29 never counted) or `n` (day 0..365) */
type Transition = ({ kind: "M"; month: number; week: number; weekday: number } | { kind: "J" | "n"; day: number }) & {
  /** seconds after local midnight */
  time: number;
};

export interface PosixTz {
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

function parseTransition(text: string): Transition | undefined {
  const m = /^(?:M(\d+)\.(\d)\.(\d)|(J?)(\d+))(?:\/([+-]?\d+(?::\d+){0,2}))?$/.exec(text);
  if (!m) return undefined;
  const time = m[6] === undefined ? 7200 : hms(m[6]);
  if (m[1] !== undefined) return { kind: "M", month: Number(m[1]), week: Number(m[2]), weekday: Number(m[3]), time };
  return { kind: m[4] ? "J" : "n", day: Number(m[5]), time };
}

/** the rule glibc assumes for a TZ that names a daylight-saving zone without dates (its posixrules, America/New_York) */
const DEFAULT_RULES = ",M3.2.0,M11.1.0";

/** parse a POSIX TZ rule ("CET-1CEST,M3.5.0,M10.5.0/3"); throws on one a TZif footer would not hold */
export function parsePosixTz(tz: string): PosixTz {
  const r = readPosixTz(tz);
  if (!r.complete) throw new Error(`unsupported TZ rule ${tz}`);
  return r.rule;
}

/**
 * glibc's __tzset_parse_tz: as much of a TZ value as parses. A name without
 * an offset counts as UTC under that name ("Foo/Bar" is "Foo", +0000); no
 * name at all leaves an empty abbreviation; a daylight name without dates
 * takes America/New_York's. `complete`: the whole text was a rule.
 */
export function readPosixTz(tz: string): { rule: PosixTz; complete: boolean } {
  let rest = tz;
  const take = (re: RegExp): string | undefined => {
    const m = re.exec(rest);
    if (!m) return undefined;
    rest = rest.slice(m[0].length);
    return m[0];
  };
  const unquote = (n: string) => n.replace(/^<|>$/g, "");
  const std = take(NAME);
  if (!std) return { rule: { std: "", stdOffset: 0 }, complete: false };
  const stdOff = take(OFFSET);
  const out: PosixTz = { std: unquote(std), stdOffset: stdOff === undefined ? 0 : -hms(stdOff) };
  if (stdOff === undefined) return { rule: out, complete: false };
  const dst = take(NAME);
  if (!dst) return { rule: out, complete: rest === "" };
  const dstOff = take(OFFSET);
  const [head, start, end, ...more] = (rest === "" ? DEFAULT_RULES : rest).split(",");
  const s = start === undefined ? undefined : parseTransition(start);
  const e = end === undefined ? undefined : parseTransition(end);
  if (head !== "" || !s || !e) return { rule: out, complete: false };
  out.dst = { name: unquote(dst), offset: dstOff === undefined ? out.stdOffset + 3600 : -hms(dstOff), start: s, end: e };
  return { rule: out, complete: more.length === 0 };
}

/** Unix seconds of `t` in `year`, read in the local time whose offset is `offset` */
function transitionAt(year: number, t: Transition, offset: number): number {
  if (t.kind !== "M") {
    const jan1 = civilToUnixMs(year, 1, 1) / 1000;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const day = t.kind === "n" ? t.day : t.day - 1 + (leap && t.day >= 60 ? 1 : 0);
    return jan1 + day * 86400 + t.time - offset;
  }
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
  return ruleTime(rule, unixMs);
}

/** the footer rule of a zone Debian ships ("CET-1CEST,M3.5.0,M10.5.0/3"), as `tail -1` of its TZif file prints it */
export function zoneRule(zone: string): string | undefined {
  const i = zones().get(zone);
  return i === undefined ? undefined : TZ_RULES[i];
}

/** the offset and abbreviation a POSIX TZ rule gives at `unixMs` */
export function ruleTime(rule: PosixTz, unixMs: number): ZoneTime {
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
