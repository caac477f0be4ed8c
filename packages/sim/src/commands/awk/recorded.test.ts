/**
 * awk against Debian 12's (mawk 1.3.4 20200120 as /usr/bin/awk), recorded by
 * fixtures/record-awk.py from fixtures/awk-cases: each case is a whole command
 * line run here by the simulated bash on a lab host, in a directory made by
 * the same fixtures/setup.sh lines, and must give the recorded standard
 * output, standard error and exit status byte for byte.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

interface Recorded {
  command: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const cases: Recorded[] = JSON.parse(readFileSync(new URL("./fixtures/awk.json", import.meta.url), "utf8"));
const setup = readFileSync(new URL("./fixtures/setup.sh", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#"));

describe("awk matches the recorded mawk (fixtures/awk.json)", () => {
  const lab = LabSession.create("single");
  lab.run("host", "mkdir -p /tmp/rl/awk && cd /tmp/rl/awk");
  for (const line of setup) lab.run("host", line);
  it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(140));
  for (const c of cases) {
    it(c.command, () => {
      const r = lab.run("host", c.command);
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exit }).toEqual({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
    });
  }
});
