/**
 * Dates as /etc/shadow keeps them: whole days since 1970-01-01 (UTC). Today
 * is the virtual clock's day; an expiry date given to -e is read as shadow's
 * strtoday does: empty or -1 means never (an empty field), a number is a
 * day count, YYYY-MM-DD a date (a day past the month's end runs on into the
 * next month, as mktime does: 2027-02-30 is 2027-03-02).
 */
import { civilFromUnixMs, civilToUnixMs } from "../../world/calendar.js";

const DAY_MS = 86_400_000;

export function today(unixMs: number): number {
  return Math.floor(unixMs / DAY_MS);
}

/** the day count for -e's argument: "" for never, undefined when it is not a date */
export function expiryDay(text: string): string | undefined {
  if (text === "" || text === "-1") return "";
  if (/^\d+$/.test(text)) return String(Number(text));
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return String(today(civilToUnixMs(y, mo, 1)) + d - 1);
}

/** passwd -S's date of a day count: YYYY-MM-DD */
export function isoDate(days: number): string {
  const c = civilFromUnixMs(days * DAY_MS);
  return `${c.year}-${String(c.month).padStart(2, "0")}-${String(c.day).padStart(2, "0")}`;
}
