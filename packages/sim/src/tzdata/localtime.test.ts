/**
 * localtime against glibc: the expected offsets and abbreviations were
 * printed on Debian 12 by `TZ=ZONE date -d @SECS '+%Z %z'` for the same instants.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatUtcOffset, zoneNames, zoneTime } from "./localtime.js";

const cases = readFileSync(join(import.meta.dirname, "fixtures", "zone-times.txt"), "utf8").trim().split("\n");

describe("zoneTime", () => {
  it("knows every zone Debian 12's timedatectl lists, in its order", () => {
    const listed = readFileSync(join(import.meta.dirname, "fixtures", "list-timezones.txt"), "utf8").trim().split("\n");
    expect(zoneNames()).toEqual(listed);
  });

  it("gives glibc's offset and abbreviation for every zone in winter and summer, and around DST changes", () => {
    const wrong: string[] = [];
    for (const line of cases) {
      const [zone, secs, abbrev, z] = line.split(" ");
      const t = zoneTime(zone, Number(secs) * 1000)!;
      const hhmm = formatUtcOffset(t);
      if (`${t.abbrev} ${hhmm}` !== `${abbrev} ${z}`) wrong.push(`${line} (got ${t.abbrev} ${hhmm})`);
    }
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(1300);
  });

  it("has no zone for a name Debian does not ship", () => {
    expect(zoneTime("Foo/Bar", 0)).toBeUndefined();
  });
});
