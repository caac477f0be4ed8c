/**
 * strftime as glibc does it in the C/C.UTF-8 locale, with the GNU flags
 * coreutils `date` accepts (`-` no padding, `_` spaces, `0` zeros, `^` upper
 * case, `#` swap case, a field width), over virtual Unix time. Lab hosts run
 * in UTC unless a zone is given (tzdata/localtime.ts reads one from the host's
 * /etc/localtime): then the fields are that zone's local time, %Z its
 * abbreviation and %z its offset. Built on calendar.ts's civil time.
 */
import { civilTime } from "./calendar.js";

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface BrokenDown {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  wday: number;
  /** 0-based day of the year */
  yday: number;
  /** ns within the second */
  nanos: number;
  /** whole seconds since the Unix epoch */
  epoch: number;
}

export function breakDown(unixMs: number): BrokenDown {
  const t = civilTime(unixMs);
  const days = Math.floor(unixMs / 86_400_000);
  const wday = (((days % 7) + 11) % 7);
  const jan1 = daysFromCivil(t.y, 1, 1);
  const epoch = Math.floor(unixMs / 1000);
  return {
    year: t.y, month: t.m, day: t.d, hour: t.hh, minute: t.mm, second: t.ss, wday,
    yday: days - jan1, nanos: (unixMs - epoch * 1000) * 1_000_000, epoch,
  };
}

/** days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil) */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** ISO 8601 week-based year and week number */
function isoWeek(t: BrokenDown): { year: number; week: number } {
  const wdayMon = (t.wday + 6) % 7; // Monday = 0
  const thursday = t.yday - wdayMon + 3;
  let year = t.year;
  const daysIn = (y: number) => (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 366 : 365);
  let th = thursday;
  if (th < 0) {
    year--;
    th += daysIn(year);
  } else if (th >= daysIn(year)) {
    th -= daysIn(year);
    year++;
  }
  return { year, week: Math.floor(th / 7) + 1 };
}

type Pad = "0" | " " | "";

function num(n: number, width: number, pad: Pad, flag: string, fieldWidth: number | undefined): string {
  const p: Pad = flag === "-" ? "" : flag === "_" ? " " : flag === "0" ? "0" : pad;
  const w = fieldWidth ?? width;
  const s = String(Math.abs(n));
  const sign = n < 0 ? "-" : "";
  if (p === "") return sign + s;
  return sign + s.padStart(Math.max(0, w - sign.length), p);
}

function text(s: string, flag: string, upper: boolean, swap: boolean, fieldWidth: number | undefined): string {
  let out = s;
  if (upper) out = out.toUpperCase();
  else if (swap) out = out === out.toUpperCase() ? out.toLowerCase() : out.toUpperCase();
  if (fieldWidth !== undefined && out.length < fieldWidth) out = out.padStart(fieldWidth, flag === "0" ? "0" : " ");
  return out;
}

/** A local time zone at one instant: seconds east of UTC and the abbreviation (%Z) */
export interface StrftimeZone {
  utcOffset: number;
  abbrev: string;
}

const UTC_ZONE: StrftimeZone = { utcOffset: 0, abbrev: "UTC" };

/** %z with 0..3 colons ("+0100", "+01:00", "+01:00:00", "+01"); "-00" (the Factory zone) counts as negative, as in glibc */
function offsetText(z: StrftimeZone, colons: number): string {
  const a = Math.abs(z.utcOffset);
  const sign = z.utcOffset < 0 || z.abbrev === "-00" ? "-" : "+";
  const [hh, mm, ss] = [Math.floor(a / 3600), Math.floor((a % 3600) / 60), a % 60].map((v) => String(v).padStart(2, "0"));
  if (colons === 1) return `${sign}${hh}:${mm}`;
  if (colons === 2) return `${sign}${hh}:${mm}:${ss}`;
  if (colons === 3) return mm === "00" && ss === "00" ? `${sign}${hh}` : ss === "00" ? `${sign}${hh}:${mm}` : `${sign}${hh}:${mm}:${ss}`;
  return `${sign}${hh}${mm}`;
}

/** Format `unixMs` with `format` as `date +FORMAT` does, in `zone` (UTC when absent). Unknown conversions are copied as written. */
export function strftime(format: string, unixMs: number, zone: StrftimeZone = UTC_ZONE): string {
  const t = { ...breakDown(unixMs + zone.utcOffset * 1000), epoch: Math.floor(unixMs / 1000) };
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%") {
      out += c;
      continue;
    }
    const start = i;
    let j = i + 1;
    let flag = "";
    let upper = false;
    let swap = false;
    while (j < format.length && "-_0^#".includes(format[j])) {
      if (format[j] === "^") upper = true;
      else if (format[j] === "#") swap = true;
      else flag = format[j];
      j++;
    }
    let widthText = "";
    while (j < format.length && /[0-9]/.test(format[j])) widthText += format[j++];
    const fieldWidth = widthText ? Math.min(Number(widthText), 1024) : undefined;
    let colons = 0;
    while (format[j] === ":" && colons < 3) {
      colons++;
      j++;
    }
    if (j >= format.length) {
      out += format.slice(start);
      break;
    }
    const conv = format[j];
    i = j;
    const n = (v: number, w: number, pad: Pad = "0") => num(v, w, pad, flag, fieldWidth);
    const s = (v: string) => text(v, flag, upper, swap, fieldWidth);
    const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
    switch (conv) {
      case "a": out += s(DAYS[t.wday].slice(0, 3)); break;
      case "A": out += s(DAYS[t.wday]); break;
      case "b": case "h": out += s(MONTHS[t.month - 1].slice(0, 3)); break;
      case "B": out += s(MONTHS[t.month - 1]); break;
      case "c": out += s(strftime("%a %b %e %H:%M:%S %Y", unixMs, zone)); break;
      case "C": out += n(Math.floor(t.year / 100), 2); break;
      case "d": out += n(t.day, 2); break;
      case "D": out += s(strftime("%m/%d/%y", unixMs, zone)); break;
      case "e": out += n(t.day, 2, " "); break;
      case "F": out += s(strftime("%Y-%m-%d", unixMs, zone)); break;
      case "g": out += n(isoWeek(t).year % 100, 2); break;
      case "G": out += n(isoWeek(t).year, 4); break;
      case "H": out += n(t.hour, 2); break;
      case "I": out += n(h12, 2); break;
      case "j": out += n(t.yday + 1, 3); break;
      case "k": out += n(t.hour, 2, " "); break;
      case "l": out += n(h12, 2, " "); break;
      case "m": out += n(t.month, 2); break;
      case "M": out += n(t.minute, 2); break;
      case "n": out += "\n"; break;
      case "N": {
        const digits = String(t.nanos).padStart(9, "0");
        out += fieldWidth !== undefined ? digits.slice(0, Math.min(9, fieldWidth)).padEnd(fieldWidth, "0") : digits;
        break;
      }
      case "p": out += text(t.hour < 12 ? "AM" : "PM", flag, upper, false, fieldWidth); break;
      case "P": out += text(t.hour < 12 ? "am" : "pm", flag, upper, false, fieldWidth); break;
      case "q": out += n(Math.floor((t.month - 1) / 3) + 1, 1); break;
      case "r": out += s(strftime("%I:%M:%S %p", unixMs, zone)); break;
      case "R": out += s(strftime("%H:%M", unixMs, zone)); break;
      case "s": out += n(t.epoch, 1); break;
      case "S": out += n(t.second, 2); break;
      case "t": out += "\t"; break;
      case "T": out += s(strftime("%H:%M:%S", unixMs, zone)); break;
      case "u": out += n(t.wday === 0 ? 7 : t.wday, 1); break;
      case "U": out += n(Math.floor((t.yday + 7 - t.wday) / 7), 2); break;
      case "V": out += n(isoWeek(t).week, 2); break;
      case "w": out += n(t.wday, 1); break;
      case "W": out += n(Math.floor((t.yday + 7 - ((t.wday + 6) % 7)) / 7), 2); break;
      case "x": out += s(strftime("%m/%d/%y", unixMs, zone)); break;
      case "X": out += s(strftime("%H:%M:%S", unixMs, zone)); break;
      case "y": out += n(t.year % 100, 2); break;
      case "Y": out += n(t.year, 4); break;
      case "z": out += offsetText(zone, colons); break;
      case "Z": out += text(zone.abbrev, flag, upper, swap, fieldWidth); break;
      case "%": out += "%"; break;
      default: out += format.slice(start, j + 1);
    }
  }
  return out;
}
