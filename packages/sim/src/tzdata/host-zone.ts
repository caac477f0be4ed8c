/**
 * A host's time zone name as timedated finds it: the target of
 * /etc/localtime with everything up to ".../zoneinfo/" cut off (absolute as
 * Debian's installer makes it, or relative as timedated writes it). What
 * local time is (glibc's reading of the file, or of TZ) is local-zone.ts's.
 */
import type { Vfs } from "../fs/types.js";

export const LOCALTIME = "/etc/localtime";

/** the zone name /etc/localtime points at ("Europe/Berlin"), or undefined when there is none */
export function hostZoneName(fs: Pick<Vfs, "readlink">): string | undefined {
  const r = fs.readlink(LOCALTIME);
  if (!r.ok) return undefined;
  const i = r.value.indexOf("zoneinfo/");
  return i < 0 ? undefined : r.value.slice(i + "zoneinfo/".length);
}
