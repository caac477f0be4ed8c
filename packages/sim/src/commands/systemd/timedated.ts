/**
 * systemd-timedated (systemd 252) as timedatectl reaches it: the time zone is
 * the target of /etc/localtime (SetTimezone relinks it to
 * ../usr/share/zoneinfo/ZONE, relative, as timedated writes it, and leaves
 * /etc/timezone alone: recorded on Debian 12), the RTC's mode is the third
 * line of /etc/adjtime, and NTP is not available: Debian 12's
 * systemd-timesyncd (or another time daemon) is not installed on the lab
 * hosts, so CanNTP and NTP are false and the kernel's clock is not marked
 * synchronized. The clock itself is the world's virtual clock.
 */
import { utf8Decode, utf8Encode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import { LOCALTIME, hostZoneName } from "../../tzdata/host-zone.js";
import { isKnownZone } from "../../tzdata/localtime.js";

const ADJTIME = "/etc/adjtime";

export interface TimedateProperties {
  /** "" when /etc/localtime is missing or points nowhere known */
  timezone: string;
  localRtc: boolean;
  canNtp: boolean;
  ntp: boolean;
  ntpSynchronized: boolean;
  /** Unix ms */
  time: number;
  /** Unix ms, whole seconds: the RTC counts seconds */
  rtcTime: number;
}

export function timedateProperties(host: Host): TimedateProperties {
  const zone = hostZoneName(host.fs);
  const now = host.clock.unixMs;
  return {
    timezone: zone !== undefined && isKnownZone(zone) ? zone : "",
    localRtc: localRtc(host),
    canNtp: false,
    ntp: false,
    ntpSynchronized: false,
    time: now,
    rtcTime: Math.floor(now / 1000) * 1000,
  };
}

/** clock_is_localtime: the third line of /etc/adjtime says LOCAL */
function localRtc(host: Host): boolean {
  const r = host.fs.readFile(ADJTIME);
  return r.ok && utf8Decode(r.value).split("\n")[2]?.trim() === "LOCAL";
}

/** SetTimezone; the error text after "Failed to set time zone: ", or undefined */
export function setTimezone(host: Host, zone: string): string | undefined {
  if (!isKnownZone(zone)) return `Invalid or not installed time zone '${zone}'`;
  if (hostZoneName(host.fs) === zone) return undefined;
  host.fs.unlink(LOCALTIME);
  host.fs.symlink(`../usr/share/zoneinfo/${zone}`, LOCALTIME);
  return undefined;
}

/** SetLocalRTC: /etc/adjtime's third line (the file is written only when it exists or the RTC goes local) */
export function setLocalRtc(host: Host, local: boolean): void {
  if (localRtc(host) === local) return;
  const r = host.fs.readFile(ADJTIME);
  const lines = r.ok ? utf8Decode(r.value).split("\n") : ["0.0 0 0", "0"];
  while (lines.length < 3) lines.push("");
  lines[2] = local ? "LOCAL" : "UTC";
  host.fs.writeFile(ADJTIME, utf8Encode(`${lines.slice(0, 3).join("\n")}\n`));
}
