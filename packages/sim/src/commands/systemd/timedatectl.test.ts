/**
 * timedatectl against systemd 252.39 on Debian 12 (fixtures/timedatectl-debian12.txt,
 * recorded by fixtures/record-hostnamed-timedated.sh): every recorded line is
 * replayed in order. The recording's clock is the machine's: times of day in
 * `date` and `ls -l` are masked, the zone abbreviations are not. `ls -l` on
 * the real machine shows the link's time in the new local zone; the
 * simulation's ls prints UTC times, hence the mask.
 *
 * Not recordable there (no systemd manager answered timedated's questions
 * about NTP units): the status and show layouts, set-time's refusal and
 * set-ntp's "NTP not supported". Those follow systemd 252's source
 * (timedatectl.c print_status_info, timedated.c method_set_time / method_set_ntp).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { recordedSession } from "../../test-support/recorded-session.js";

const mask = (text: string) =>
  text
    .replace(/^(lrwxrwxrwx 1 root root \d+ )\w{3} [ \d]\d (?: \d{4}|\d\d:\d\d) /gm, "$1TIME ")
    .replace(/^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d (\S+) \d{4}$/gm, "DATE $1");

describe("timedatectl, replaying the Debian 12 recording", () => {
  const s = LabSession.create("single");
  const zones = readFileSync(join(import.meta.dirname, "../../tzdata/fixtures/list-timezones.txt"), "utf8");
  for (const rec of recordedSession(join(import.meta.dirname, "fixtures", "timedatectl-debian12.txt"))) {
    it(rec.line, () => {
      // the simulation has no md5sum of a pipe's bytes to compare with here: compare the list itself
      if (rec.line === "timedatectl list-timezones | md5sum") {
        expect(s.run("host", "timedatectl list-timezones")).toMatchObject({ stdout: zones, exit: 0 });
        return;
      }
      const r = s.run("host", `{ ${rec.line}; } 2>&1; echo rc=$?`);
      expect(mask(r.stdout)).toBe(mask(`${rec.output}rc=${rec.rc}\n`));
    });
  }
});

describe("timedatectl status", () => {
  it("shows the virtual clock in UTC, no NTP service (timesyncd is not installed), the RTC in UTC", () => {
    const s = LabSession.create("single");
    s.run("host", "sleep 3725");
    expect(s.run("host", "timedatectl")).toMatchObject({
      stdout:
        "               Local time: Mon 2026-11-30 10:02:05 UTC\n" +
        "           Universal time: Mon 2026-11-30 10:02:05 UTC\n" +
        "                 RTC time: Mon 2026-11-30 10:02:05\n" +
        "                Time zone: Etc/UTC (UTC, +0000)\n" +
        "System clock synchronized: no\n" +
        "              NTP service: n/a\n" +
        "          RTC in local TZ: no\n",
      exit: 0,
    });
    expect(s.run("host", "timedatectl status").stdout).toBe(s.run("host", "timedatectl").stdout);
  });

  it("shows local time in the zone set, which date and a reboot agree with", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "timedatectl set-timezone America/New_York")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    const status = s.run("host", "timedatectl").stdout;
    expect(status).toContain("               Local time: Mon 2026-11-30 04:00:00 EST\n");
    expect(status).toContain("           Universal time: Mon 2026-11-30 09:00:00 UTC\n");
    expect(status).toContain("                Time zone: America/New_York (EST, -0500)\n");
    expect(s.run("host", "date").stdout).toBe("Mon Nov 30 04:00:00 EST 2026\n");
    expect(s.run("host", "date -u").stdout).toBe("Mon Nov 30 09:00:00 UTC 2026\n");
    expect(s.run("host", "date +%z").stdout).toBe("-0500\n");
    expect(s.run("host", "readlink /etc/localtime").stdout).toBe("../usr/share/zoneinfo/America/New_York\n");
    s.run("host", "reboot");
    expect(s.run("host", "timedatectl").stdout).toContain("Time zone: America/New_York (EST, -0500)\n");
    s.run("host", "timedatectl set-timezone Asia/Kolkata");
    expect(s.run("host", "date +'%H:%M %Z %:z'").stdout).toMatch(/^14:\d\d IST \+05:30\n$/);
  });

  it("reads a date given to date -d in the local zone", () => {
    const s = LabSession.create("single");
    s.run("host", "timedatectl set-timezone Europe/Berlin");
    expect(s.run("host", "date -d '2027-07-01 12:00' +%s").stdout).toBe("1814436000\n");
    expect(s.run("host", "date -d '2027-07-01 12:00'").stdout).toBe("Thu Jul  1 12:00:00 CEST 2027\n");
  });

  it("show prints the properties", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "timedatectl show").stdout).toBe(
      "Timezone=Etc/UTC\nLocalRTC=no\nCanNTP=no\nNTP=no\nNTPSynchronized=no\n" +
        "TimeUSec=Mon 2026-11-30 09:00:00 UTC\nRTCTimeUSec=Mon 2026-11-30 09:00:00 UTC\n",
    );
  });

  it("warns about an RTC kept in local time after set-local-rtc 1", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "timedatectl set-local-rtc 1").exit).toBe(0);
    expect(s.run("host", "sed -n 3p /etc/adjtime").stdout).toBe("LOCAL\n");
    const out = s.run("host", "timedatectl").stdout;
    expect(out).toContain("          RTC in local TZ: yes\n\nWarning: The system is configured to read the RTC time in the local time zone.\n");
    s.run("host", "timedatectl set-local-rtc 0");
    expect(s.run("host", "timedatectl").stdout).toContain("RTC in local TZ: no\n");
  });
});

describe("timedatectl errors", () => {
  it("refuses to set the clock (it only moves forward), like date -s", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "timedatectl set-time '2027-01-01 00:00:00'")).toMatchObject({
      stderr: "Failed to set time: Failed to set local time: Operation not permitted\n",
      exit: 1,
    });
    expect(s.run("host", "date +%F").stdout).toBe("2026-11-30\n");
  });

  it("has no NTP service to enable", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "timedatectl set-ntp true")).toMatchObject({ stderr: "Failed to set ntp: NTP not supported\n", exit: 1 });
    expect(s.run("host", "timedatectl set-ntp false")).toMatchObject({ stderr: "", exit: 0 });
  });

  it("keeps the zone when the new one is unknown", () => {
    const s = LabSession.create("single");
    s.run("host", "timedatectl set-timezone Europe/Paris");
    expect(s.run("host", "timedatectl set-timezone Europe/Pariss").exit).toBe(1);
    expect(s.run("host", "readlink /etc/localtime").stdout).toBe("../usr/share/zoneinfo/Europe/Paris\n");
  });
});
