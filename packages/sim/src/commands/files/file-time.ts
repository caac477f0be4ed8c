/**
 * Timestamps as ls and stat print them, in UTC (Debian's default /etc/timezone
 * here is Etc/UTC) and the C locale's month names, computed without `Date`:
 * civil dates come from day counts (Hinnant's civil_from_days).
 */
import { EPOCH_MS } from "../../world/clock.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface Civil {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0-999 */
  ms: number;
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
  return { year, month, day, hour, minute, second, ms: rem - second * 1000 };
}

const p2 = (n: number) => String(n).padStart(2, "0");

/** GNU ls's half a Gregorian year, in ms */
const SIX_MONTHS_MS = (31_556_952 / 2) * 1000;

/**
 * `ls -l`'s date column: "Nov 30 09:00" for times in the last six months,
 * "May  9  2025" otherwise (older, or in the future). Both are 12 columns.
 * @param mtime ms of virtual time; @param now ms of virtual time
 */
export function lsDate(mtime: number, now: number): string {
  const c = civilFromUnixMs(EPOCH_MS + mtime);
  const recent = mtime > now - SIX_MONTHS_MS && mtime <= now;
  const head = `${MONTHS[c.month - 1]} ${String(c.day).padStart(2, " ")}`;
  return recent ? `${head} ${p2(c.hour)}:${p2(c.minute)}` : `${head}  ${c.year}`;
}

/** stat(1)'s "2026-11-30 09:00:00.000000000 +0000" */
export function statDate(mtime: number): string {
  const c = civilFromUnixMs(EPOCH_MS + mtime);
  return `${c.year}-${p2(c.month)}-${p2(c.day)} ${p2(c.hour)}:${p2(c.minute)}:${p2(c.second)}.${String(c.ms).padStart(3, "0")}000000 +0000`;
}
