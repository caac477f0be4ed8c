/**
 * The local time zone of a process, found as glibc's tzset finds it
 * (recorded: fixtures/local-time.txt):
 *   - TZ unset: the file /etc/localtime (a symlink into /usr/share/zoneinfo,
 *     or a copy of a zone file); missing or not TZif: UTC, "UTC";
 *   - TZ="" : the zone file "Universal" (Etc/UTC);
 *   - TZ=NAME or TZ=:NAME : the file /usr/share/zoneinfo/NAME, or NAME itself
 *     when absolute; no such file: NAME read as a POSIX rule ("CET-1",
 *     "EST5EDT,M3.2.0,M11.1.0", "<+0330>-3:30"), as far as it parses
 *     ("Foo/Bar" is UTC named "Foo", "A1" UTC with no name); ":" alone: UTC.
 * A zone file is read through the host's filesystem, so what the learner
 * links, copies or deletes there counts; from the file only its footer, the
 * POSIX rule at its end, is used (localtime.ts).
 */
import type { Vfs } from "../fs/types.js";
import { type PosixTz, type ZoneTime, readPosixTz, ruleTime } from "./localtime.js";
import { ZONEINFO } from "./zoneinfo.js";

/** the offset and abbreviation local time has at an instant (ms since the Unix epoch) */
export type LocalZone = (unixMs: number) => ZoneTime;

const UTC_RULE: PosixTz = { std: "UTC", stdOffset: 0 };
export const UTC_ZONE: LocalZone = () => ({ utcOffset: 0, abbrev: "UTC", isDst: false });

/** the rule at the end of a TZif file's bytes, or undefined when they are not TZif */
export function tzifFooter(bytes: string): PosixTz | undefined {
  if (!bytes.startsWith("TZif") || !bytes.endsWith("\n")) return undefined;
  const start = bytes.lastIndexOf("\n", bytes.length - 2);
  const r = readPosixTz(bytes.slice(start + 1, -1));
  return r.complete ? r.rule : undefined;
}

function zoneFile(fs: Pick<Vfs, "readFile">, path: string): PosixTz | undefined {
  const r = fs.readFile(path);
  return r.ok ? tzifFooter(r.value) : undefined;
}

/** the rule local time follows for a process whose environment has `tz` as TZ (undefined: unset) */
export function localRule(fs: Pick<Vfs, "readFile">, tz: string | undefined): PosixTz {
  if (tz === undefined) return zoneFile(fs, "/etc/localtime") ?? UTC_RULE;
  let name = tz === "" ? "Universal" : tz;
  if (name.startsWith(":")) name = name.slice(1);
  if (name === "") return UTC_RULE;
  const fromFile = zoneFile(fs, name.startsWith("/") ? name : `${ZONEINFO}/${name}`);
  return fromFile ?? readPosixTz(name).rule;
}

/** local time for a process: `localZone(proc.host.fs, proc.env.TZ)` */
export function localZone(fs: Pick<Vfs, "readFile">, tz: string | undefined): LocalZone {
  const rule = localRule(fs, tz);
  return (unixMs) => ruleTime(rule, unixMs);
}
