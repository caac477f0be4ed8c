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

function recordedLab(): LabSession {
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

describe("--help starts with the real tools' usage lines (LANG=C.UTF-8 PROG --help | grep -E 'Usage|  or')", () => {
  const usage: Record<string, string> = {
    truncate: "Usage: truncate OPTION... FILE...\n",
    fold: "Usage: fold [OPTION]... [FILE]...\n",
    expand: "Usage: expand [OPTION]... [FILE]...\n",
    unexpand: "Usage: unexpand [OPTION]... [FILE]...\n",
    nl: "Usage: nl [OPTION]... [FILE]...\n",
    split: "Usage: split [OPTION]... [FILE [PREFIX]]\n",
    join: "Usage: join [OPTION]... FILE1 FILE2\n",
    install:
      "Usage: install [OPTION]... [-T] SOURCE DEST\n  or:  install [OPTION]... SOURCE... DIRECTORY\n" +
      "  or:  install [OPTION]... -t DIRECTORY SOURCE...\n  or:  install [OPTION]... -d DIRECTORY...\n",
    timeout: "Usage: timeout [OPTION] DURATION COMMAND [ARG]...\n  or:  timeout [OPTION]\n",
  };
  const lab = LabSession.create("single");
  for (const [prog, text] of Object.entries(usage)) {
    it(prog, () => {
      const r = lab.run("host", `${prog} --help`);
      expect(r.exit).toBe(0);
      expect(r.stdout.split("\n").filter((l) => /^Usage|^ {2}or/.test(l)).map((l) => `${l}\n`).join("")).toBe(text);
      expect(lab.run("host", `${prog} --version`).stdout).toBe(`${prog} (GNU coreutils) 9.1\n`);
    });
  }
});
