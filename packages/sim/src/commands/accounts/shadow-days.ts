/**
 * Dates as /etc/shadow keeps them: whole days since 1970-01-01 (UTC). Today
 * is the virtual clock's day; an expiry date given to -e is read as shadow's
 * strtoday does: empty or -1 means never (an empty field), a number is a
 * day count, YYYY-MM-DD a date (a day past the month's end runs on into the
 * next month, as mktime does: 2027-02-30 is 2027-03-02).
 */
const DAY_MS = 86_400_000;

export function today(unixMs: number): number {
  return Math.floor(unixMs / DAY_MS);
}

/** days since 1970 of the first of a month (Howard Hinnant's days_from_civil) */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** the day count for -e's argument: "" for never, undefined when it is not a date */
export function expiryDay(text: string): string | undefined {
  if (text === "" || text === "-1") return "";
  if (/^\d+$/.test(text)) return String(Number(text));
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return String(daysFromCivil(y, mo, 1) + d - 1);
}

/** passwd -S's date of a day count: YYYY-MM-DD */
export function isoDate(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
