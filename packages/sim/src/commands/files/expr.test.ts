/**
 * expr against Debian 12's (coreutils 9.1), recorded by
 * fixtures/record-coreutils.sh from fixtures/expr-cases and run here by the
 * simulated bash: arithmetic past 64 bits, the null/0 exit status, short
 * circuits, the anchored BRE match, the keywords, and every error text.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { parseFixture } from "./fixture-cases.js";

const cases = parseFixture(readFileSync(new URL("./fixtures/expr.txt", import.meta.url), "utf8"));

describe("expr matches the recorded Debian 12 tool (fixtures/expr.txt)", () => {
  const lab = LabSession.create("single");
  it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(120));
  for (const c of cases) {
    it(c.command, () => {
      const r = lab.run("host", c.command);
      expect(r.stdout + r.stderr).toBe(c.output);
      expect(r.exit).toBe(c.exit);
    });
  }
});

describe("expr in scripts", () => {
  it("counts in a loop the way old shell scripts do", () => {
    const lab = LabSession.create("single");
    const r = lab.run("host", "i=0; while [ $i -lt 5 ]; do i=$(expr $i + 1); done; echo $i");
    expect(r).toMatchObject({ stdout: "5\n", exit: 0 });
  });
});
