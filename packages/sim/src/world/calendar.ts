/**
 * The calendar, without `Date`: Unix ms <-> UTC civil time (Howard Hinnant's
 * civil_from_days / days_from_civil), and the date layouts systemd prints.
 * Lab hosts run in UTC. Every program that shows a date builds on this.
 */
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export interface Civil {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0-999 */
  ms: number;
  /** 0 = Sunday */
  weekday: number;
}

/** Unix ms to a UTC civil time. */
export function civilFromUnixMs(unixMs: number): Civil {
  const days = Math.floor(unixMs / 86_400_000);
  let rem = unixMs - days * 86_400_000;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rem / 3_600_000);
  rem -= hour * 3_600_000;
  const minute = Math.floor(rem / 60_000);
  rem -= minute * 60_000;
  const second = Math.floor(rem / 1000);
  // 1970-01-01 was a Thursday
  const weekday = (((days % 7) + 11) % 7);
  return { year, month, day, hour, minute, second, ms: rem - second * 1000, weekday };
}

/** Unix ms of a UTC civil time. */
export function civilToUnixMs(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return ((days * 24 + hh) * 60 + mm) * 60_000 + ss * 1000;
}

/** The short form older callers use: y, m, d, wday name, hh, mm, ss. */
export function civilTime(unixMs: number) {
  const c = civilFromUnixMs(unixMs);
  return { y: c.year, m: c.month, d: c.day, wday: DAYS[c.weekday], hh: c.hour, mm: c.minute, ss: c.second };
}

const p2 = (n: number) => String(n).padStart(2, "0");

/** "Mon 2026-11-30 09:05:00 UTC", as in systemd's wall messages */
export function formatWallTime(unixMs: number): string {
  const t = civilTime(unixMs);
  return `${t.wday} ${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(t.hh)}:${p2(t.mm)}:${p2(t.ss)} UTC`;
}
