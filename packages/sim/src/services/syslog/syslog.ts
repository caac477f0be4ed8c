/**
 * What rsyslog writes to /var/log/syslog on Debian 12: one line per message,
 * `2026-11-30T10:28:01.164626+00:00 HOST TAG[PID]: MESSAGE`, with the
 * timestamp from the virtual clock (microseconds) in the host's local time,
 * /etc/localtime (rsyslog runs without TZ; the offset ends the stamp; the real
 * one keeps the zone it started with, here a changed link counts at once).
 * Daemons and programs that call syslog(3) (cron, crontab) use `syslog()`.
 */
import { utf8Encode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import { strftime } from "../../world/strftime.js";
import { type LocalZone, UTC_ZONE, localZone } from "../../tzdata/local-zone.js";

export const SYSLOG_PATH = "/var/log/syslog";
/** Debian's rsyslog.conf sends auth and authpriv (sshd, login, su) here, and not to /var/log/syslog */
export const AUTH_LOG_PATH = "/var/log/auth.log";

/** rsyslog's RFC 3339 timestamp with microseconds, in local time (UTC when no zone is given) */
export function syslogTime(unixMs: number, zone: LocalZone = UTC_ZONE): string {
  // virtual time has sub-millisecond parts (a frame takes 0.05 ms): whole microseconds, as rsyslog prints
  const micros = String(Math.floor((((unixMs % 1000) + 1000) % 1000) * 1000)).padStart(6, "0");
  const t = secondText(unixMs, zone);
  return `${t.date}.${micros}${t.zone}`;
}

/** the date and time to the second and the offset; a daemon logs several lines in the same second (cron: CMD, then the job's own) */
let lastSecond: { second: number; offset: number; date: string; zone: string } | undefined;
function secondText(unixMs: number, zone: LocalZone): { date: string; zone: string } {
  const second = Math.floor(unixMs / 1000);
  const z = zone(second * 1000);
  if (lastSecond?.second !== second || lastSecond.offset !== z.utcOffset)
    lastSecond = { second, offset: z.utcOffset, date: strftime("%Y-%m-%dT%H:%M:%S", second * 1000, z), zone: strftime("%:z", second * 1000, z) };
  return lastSecond;
}

/** Append one message for `tag[pid]` (no pid when undefined) to the host's syslog (auth.log for the auth facility). */
export function syslog(host: Host, tag: string, pid: number | undefined, message: string, facility: "daemon" | "auth" = "daemon"): void {
  const who = pid === undefined ? tag : `${tag}[${pid}]`;
  const line = `${syslogTime(host.clock.unixMs, localZone(host.fs, undefined))} ${host.kernel.hostname} ${who}: ${message}\n`;
  // a learner may have removed /var/log: rsyslog would recreate the file; a missing directory loses the line
  host.fs.writeFile(facility === "auth" ? AUTH_LOG_PATH : SYSLOG_PATH, utf8Encode(line), { append: true });
}
