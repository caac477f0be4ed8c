/**
 * What rsyslog writes to /var/log/syslog on Debian 12: one line per message,
 * `2026-11-30T10:28:01.164626+00:00 HOST TAG[PID]: MESSAGE`, with the
 * timestamp from the virtual clock (microseconds; lab hosts run in UTC).
 * Daemons and programs that call syslog(3) (cron, crontab) use `syslog()`.
 */
import { utf8Encode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import { strftime } from "../../world/strftime.js";

export const SYSLOG_PATH = "/var/log/syslog";
/** Debian's rsyslog.conf sends auth and authpriv (sshd, login, su) here, and not to /var/log/syslog */
export const AUTH_LOG_PATH = "/var/log/auth.log";

/** rsyslog's RFC 3339 timestamp with microseconds */
export function syslogTime(unixMs: number): string {
  // virtual time has sub-millisecond parts (a frame takes 0.05 ms): whole microseconds, as rsyslog prints
  const micros = String(Math.floor((((unixMs % 1000) + 1000) % 1000) * 1000)).padStart(6, "0");
  return `${secondText(unixMs)}.${micros}+00:00`;
}

/** the date and time to the second; a daemon logs several lines in the same second (cron: CMD, then the job's own) */
let lastSecond: { second: number; text: string } | undefined;
function secondText(unixMs: number): string {
  const second = Math.floor(unixMs / 1000);
  if (lastSecond?.second !== second) lastSecond = { second, text: strftime("%Y-%m-%dT%H:%M:%S", second * 1000) };
  return lastSecond.text;
}

/** Append one message for `tag[pid]` (no pid when undefined) to the host's syslog (auth.log for the auth facility). */
export function syslog(host: Host, tag: string, pid: number | undefined, message: string, facility: "daemon" | "auth" = "daemon"): void {
  const who = pid === undefined ? tag : `${tag}[${pid}]`;
  const line = `${syslogTime(host.clock.unixMs)} ${host.kernel.hostname} ${who}: ${message}\n`;
  // a learner may have removed /var/log: rsyslog would recreate the file; a missing directory loses the line
  host.fs.writeFile(facility === "auth" ? AUTH_LOG_PATH : SYSLOG_PATH, utf8Encode(line), { append: true });
}
