/**
 * File timestamps as ls, stat, diff, find and tar print them: in the
 * process's local time zone (TZ, else /etc/localtime: tzdata/local-zone.ts)
 * and the C locale's words, through world/strftime.ts. `processZone(proc)`
 * is the one way a command gets its zone, so every program agrees.
 */
import type { Process } from "../../process/process.js";
import { type LocalZone, localZone } from "../../tzdata/local-zone.js";
import { EPOCH_MS } from "../../world/clock.js";
import { strftime } from "../../world/strftime.js";

export type { LocalZone };

/** the local zone of `proc`: its environment's TZ, else the host's /etc/localtime */
export function processZone(proc: Process): LocalZone {
  return localZone(proc.host.fs, proc.env.TZ);
}

/** strftime of a file time (ms of virtual time) in `zone` */
export function fileTime(format: string, mtime: number, zone: LocalZone): string {
  const unixMs = EPOCH_MS + mtime;
  return strftime(format, unixMs, zone(unixMs));
}

/** GNU ls's half a Gregorian year, in ms */
const SIX_MONTHS_MS = (31_556_952 / 2) * 1000;

/** a time within the last six months (not in the future): ls's recent format */
export function isRecent(mtime: number, now: number): boolean {
  return mtime > now - SIX_MONTHS_MS && mtime <= now;
}

/**
 * `ls -l`'s date column: "Nov 30 09:00" for times in the last six months,
 * "May  9  2025" otherwise (older, or in the future). Both are 12 columns.
 * @param mtime ms of virtual time; @param now ms of virtual time
 */
export function lsDate(mtime: number, now: number, zone: LocalZone): string {
  return fileTime(isRecent(mtime, now) ? "%b %e %H:%M" : "%b %e  %Y", mtime, zone);
}

/** stat(1)'s and ls --full-time's "2026-11-30 09:00:00.000000000 +0000" */
export function statDate(mtime: number, zone: LocalZone): string {
  return fileTime("%Y-%m-%d %H:%M:%S.%N %z", mtime, zone);
}
