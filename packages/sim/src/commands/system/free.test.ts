/**
 * free against procps-ng 4.0.2 on Debian 12 reading the same /proc/meminfo
 * (fixtures/record-free.sh bind-mounts the simulation's over the real one).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

const dir = join(import.meta.dirname, "fixtures");
const cases = readFileSync(join(dir, "free.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { args: string; stdout: string; stderr: string; exit: number });

describe("free", () => {
  it("reads the /proc/meminfo the fixtures were recorded with", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "cat /proc/meminfo").stdout).toBe(readFileSync(join(dir, "meminfo.txt"), "utf8"));
  });

  for (const c of cases)
    it(`prints what the real one prints: free ${c.args}`, () => {
      const s = LabSession.create("single");
      expect(s.run("host", `free ${c.args}`)).toMatchObject({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
    });

  it("lets the virtual clock pass between repeats, and never ends with -s alone", () => {
    const s = LabSession.create("single");
    const t0 = s.run("host", "cat /proc/uptime").stdout;
    s.run("host", "free -s 2 -c 3");
    expect(Number(s.run("host", "cat /proc/uptime").stdout.split(" ")[0]) - Number(t0.split(" ")[0])).toBeCloseTo(4, 0);
    expect(s.run("host", "free -s 1").stderr).toContain("command ran too long");
  });
});
