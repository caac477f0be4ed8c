/**
 * fold, expand, unexpand, nl and join on random inputs (random-text-cases.ts,
 * seeded) against what the real tools printed for the same inputs on Debian 12
 * (fixtures/random-text.json, made by fixtures/record-random.mjs): output
 * (stdout and stderr to one file) and exit status, byte for byte.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asBytes } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { shellWord } from "./find/exec-line.js";
import { type RandomCase, randomCases } from "./random-text-cases.js";

interface Recorded extends RandomCase {
  output: string;
  exit: number;
}

const recorded = JSON.parse(readFileSync(new URL("./fixtures/random-text.json", import.meta.url), "utf8")) as {
  programs: Record<string, Recorded[]>;
};

describe("random inputs give what the real tools gave (fixtures/random-text.json)", () => {
  const lab = LabSession.create("single");
  const fs = lab.world.host("host")!.fs;
  lab.run("host", "mkdir -p /tmp/rl && cd /tmp/rl");
  for (const { prog, cases } of randomCases()) {
    const real = recorded.programs[prog];
    it(`${prog}: the generator still makes the recorded inputs`, () => {
      expect(cases.map((c) => [c.argv, c.in1, c.in2])).toEqual(real.map((c) => [c.argv, c.in1, c.in2]));
    });
    cases.forEach((c, i) => {
      it(`${prog} #${i}: ${c.argv.join(" ")}`, () => {
        expect(fs.writeFile("/tmp/rl/in1", asBytes(c.in1)).ok).toBe(true);
        if (c.in2 !== undefined) fs.writeFile("/tmp/rl/in2", asBytes(c.in2));
        const files = c.in2 === undefined ? "in1" : "in1 in2";
        const r = lab.run("host", `${c.argv.map(shellWord).join(" ")} ${files} > out 2>&1`);
        const out = fs.readFile("/tmp/rl/out");
        expect(out.ok && out.value).toBe(real[i].output);
        expect(r.exit).toBe(real[i].exit);
      });
    });
  }
});
