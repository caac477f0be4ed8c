/**
 * A host's time zone as glibc and timedated find it: the target of
 * /etc/localtime with everything up to ".../zoneinfo/" cut off (absolute as
 * Debian's installer makes it, or relative as timedated writes it). A missing
 * or unknown link means UTC, as glibc falls back to it.
 */
import type { Vfs } from "../fs/types.js";
import { type ZoneTime, isKnownZone, zoneTime } from "./localtime.js";

export const LOCALTIME = "/etc/localtime";

/** the zone name /etc/localtime points at ("Europe/Berlin"), or undefined when there is none */
export function hostZoneName(fs: Pick<Vfs, "readlink">): string | undefined {
  const r = fs.readlink(LOCALTIME);
  if (!r.ok) return undefined;
  const i = r.value.indexOf("zoneinfo/");
  return i < 0 ? undefined : r.value.slice(i + "zoneinfo/".length);
}

const UTC: ZoneTime = { utcOffset: 0, abbrev: "UTC", isDst: false };

/** the offset and abbreviation the host's local time has at `unixMs` */
export function hostZoneTime(fs: Pick<Vfs, "readlink">, unixMs: number): ZoneTime {
  const name = hostZoneName(fs);
  return (name !== undefined && isKnownZone(name) && zoneTime(name, unixMs)) || UTC;
}
