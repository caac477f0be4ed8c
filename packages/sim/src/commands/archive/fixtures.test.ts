/**
 * The archive programs against the real gzip 1.12, GNU tar 1.34 and
 * coreutils 9.1: every case of comparison-cases.ts, recorded on Debian 12
 * into fixtures/real-tools.json, must give the same stdout bytes, stderr
 * and exit status in the simulation.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CASES } from "./comparison-cases.js";
import { archiveHost, sh } from "./test-support.js";

interface Recorded {
  line: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const fixture = JSON.parse(readFileSync(new URL("./fixtures/real-tools.json", import.meta.url), "utf8")) as {
  recorded: string[];
  cases: Recorded[];
};

describe("archive programs match the recorded real tools", () => {
  it("has a recording for every case", () => {
    expect(fixture.cases.map((c) => c.line)).toEqual(CASES);
  });
  for (const c of fixture.cases) {
    it(c.line, () => {
      const { host } = archiveHost();
      const r = sh(host, c.line, { stdinTty: false });
      expect({ stdout: r.out as string, stderr: r.err, exit: r.code }).toEqual({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
    });
  }
});
