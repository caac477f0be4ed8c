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

describe("expr's bounds", () => {
  it("finds the longest match in one bounded run, so a long subject answers as expr does (recorded)", () => {
    const lab = LabSession.create("single");
    // 10000 characters and an alternation: once a run per possible end, now one run of the machine
    expect(lab.run("host", "s=$(printf '%010000d' 0 | tr 0 1); expr \"$s\" : '\\(1\\|12\\)'")).toMatchObject({ stdout: "1\n", exit: 0 });
    expect(lab.run("host", "s=$(printf '%010000d' 0 | tr 0 1); expr \"$s\" : '1*'")).toMatchObject({ stdout: "10000\n", exit: 0 });
    expect(lab.run("host", "expr 1111 : '\\(1\\|12\\)'")).toMatchObject({ stdout: "1\n", exit: 0 });
  });
});
