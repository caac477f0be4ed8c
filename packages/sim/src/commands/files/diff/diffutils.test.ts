/**
 * diff, cmp (GNU diffutils 3.8) and comm (coreutils 9.1) against the real
 * tools' transcripts (fixtures/{diff,cmp,comm}.txt, made by
 * fixtures/record-diffutils.sh from the NAME-cases lists): the files of
 * fixtures/setup.sh are made through the simulated shell in one directory
 * and dated 2026-11-30 09:00 UTC (virtual time 0) as the recorder dates them,
 * then each case runs there as a whole command line with its streams merged.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../../lab/lab-session.js";
import { parseFixture } from "../fixture-cases.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const DIR = "/tmp/rl/d";

function labWithFiles(): LabSession {
  const lab = LabSession.create("single");
  expect(lab.run("host", `mkdir -p ${DIR} && cd ${DIR}`).exit).toBe(0);
  for (const line of fixture("setup.sh").split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const r = lab.run("host", line);
    expect(r.stderr, line).toBe("");
    expect(r.exit, line).toBe(0);
  }
  const fs = lab.world.host(lab.defaultHost)!.fs;
  const touch = (dir: string) => {
    const names = fs.readdir(dir);
    if (!names.ok) return;
    for (const n of names.value) {
      fs.utimes(`${dir}/${n}`, 0);
      touch(`${dir}/${n}`);
    }
  };
  touch(DIR);
  return lab;
}

for (const name of ["diff", "cmp", "comm"]) {
  const cases = parseFixture(fixture(`${name}.txt`));
  describe(`${name} matches the recorded Debian 12 tool (fixtures/${name}.txt)`, () => {
    const lab = labWithFiles();
    it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(15));
    for (const c of cases) {
      it(c.command, () => {
        const r = lab.run("host", `{ ${c.command}; } 2>&1`);
        expect(r.stdout).toBe(c.output);
        expect(r.exit).toBe(c.exit);
      });
    }
  });
}
