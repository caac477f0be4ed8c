/**
 * tr against Debian 12's (coreutils 9.1), recorded by
 * fixtures/record-coreutils.sh from fixtures/tr-cases: each case is a whole
 * command line (printf's bytes piped in, sometimes od after), run here by the
 * simulated bash on a lab host. tr works on bytes: é is two of them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { parseFixture } from "./fixture-cases.js";

const cases = parseFixture(readFileSync(new URL("./fixtures/tr.txt", import.meta.url), "utf8"));

describe("tr matches the recorded Debian 12 tool (fixtures/tr.txt)", () => {
  const lab = LabSession.create("single");
  it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(25));
  for (const c of cases) {
    it(c.command, () => {
      const r = lab.run("host", c.command);
      // the recorder merged the streams; here only one of them has text in each case
      expect(r.stdout + r.stderr).toBe(c.output);
      expect(r.exit).toBe(c.exit);
    });
  }
});

describe("tr on much input", () => {
  it("translates 5 MiB in one line without running out of steps or time", () => {
    const lab = LabSession.create("single");
    const r = lab.run("host", "head -c 5M /dev/zero | tr '\\0' a | tr -d b | wc -c");
    expect(r).toMatchObject({ stdout: "5242880\n", stderr: "", exit: 0 });
  });
});
