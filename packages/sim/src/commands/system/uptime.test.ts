/**
 * uptime against procps-ng 4.0.2 on Debian 12 for the same /proc/uptime
 * (fixtures/record-uptime.sh). The recording machine's time of day and user
 * count are masked; the simulation's come from its clock and its one login.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

const cases = readFileSync(join(import.meta.dirname, "fixtures", "uptime.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { secs: number; args: string; stdout: string; stderr: string; exit: number });

const mask = (text: string) => text.replace(/^ \d\d:\d\d:\d\d up /, " HH:MM:SS up ").replace(/, +\d+ users?, /, ", N users, ");

describe("uptime", () => {
  for (const c of cases)
    it(`prints what the real one prints after ${c.secs} s: uptime ${c.args}`, () => {
      const s = LabSession.create("single");
      // sleep takes at most a week at a time
      for (let left = c.secs; left > 0; left -= 500_000) s.run("host", `sleep ${Math.min(left, 500_000)}`);
      const r = s.run("host", `uptime ${c.args}`);
      expect({ ...r, stdout: mask(r.stdout) }).toMatchObject({ stdout: mask(c.stdout), stderr: c.stderr, exit: c.exit });
    });

  it("tells the virtual time of day, one user, and when the host booted", () => {
    const s = LabSession.create("single");
    s.run("host", "sleep 3661");
    expect(s.run("host", "uptime").stdout).toBe(" 10:01:01 up  1:01,  1 user,  load average: 0.00, 0.00, 0.00\n");
    expect(s.run("host", "uptime -s").stdout).toBe("2026-11-30 09:00:00\n");
    s.run("host", "reboot");
    expect(s.run("host", "uptime -p").stdout).toBe("up 0 minutes\n");
  });
});
