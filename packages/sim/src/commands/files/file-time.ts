/**
 * Timestamps as ls and stat print them, in UTC (Debian's default /etc/timezone
 * here is Etc/UTC) and the C locale's month names, computed without `Date`:
 * civil dates come from day counts (Hinnant's civil_from_days).
 */
import { civilFromUnixMs } from "../../world/calendar.js";
import { EPOCH_MS } from "../../world/clock.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

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
