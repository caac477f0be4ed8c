/**
 * truncate, fold, expand/unexpand, nl, split, join, install and timeout
 * against Debian 12's (coreutils 9.1), recorded by
 * fixtures/record-coreutils.sh from fixtures/NAME-cases: each case is a
 * whole command line run by the simulated shell in /tmp/rl/w, holding the
 * recorder's files (f, d/g, long.txt, nul.txt ...); the cases of one file run
 * in order on one host, as they were recorded.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { parseFixture } from "./fixture-cases.js";
import { shellWord } from "./find/exec-line.js";

/** the part of record-coreutils.sh's directory these programs read */
const SETUP = [
  "rm -rf /tmp/rl/w && mkdir -p /tmp/rl/w && cd /tmp/rl/w",
  "printf 'hello\\n' > f; mkdir d bin; printf 'x\\n' > d/g",
  "printf 'The quick brown fox jumps over the lazy dog, then sleeps under the old oak tree.\\n' > long.txt",
  "printf 'a b\\0c d\\0' > nul.txt",
];

export function recordedLab(): LabSession {
  const lab = LabSession.create("single");
  for (const line of SETUP) expect(lab.run("host", line).exit).toBe(0);
  return lab;
}

for (const name of ["truncate", "fold", "expand", "nl", "split", "join", "install", "timeout"]) {
  const path = `${name}.txt`;
  const cases = parseFixture(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), "utf8"));
  describe(`${name} matches the recorded Debian 12 tool (fixtures/${path})`, () => {
    const lab = recordedLab();
    it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(20));
    for (const c of cases) {
      it(c.command, () => {
        // as the recorder ran it: sh -c "$cmd" > out 2>&1 (no terminal: ls prints one name a line)
        const r = lab.run("host", `sh -c ${shellWord(c.command)} > /tmp/rl/out 2>&1`);
        expect(lab.run("host", "cat /tmp/rl/out").stdout).toBe(c.output);
        expect(r.exit).toBe(c.exit);
      });
    }
  });
}
