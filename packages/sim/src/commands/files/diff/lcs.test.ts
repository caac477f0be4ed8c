/**
 * The change lists of lcs.ts against GNU diff's own choices: 400 short random
 * files over four repeated lines, where many alignments are equally short
 * and only GNU's discarding, middle snake and boundary shifting pick the one
 * diff prints (fixtures/random-normal.json, made by record-random.py).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalFormat, type Line } from "./formats.js";
import { diffSequences } from "./lcs.js";

const cases = JSON.parse(readFileSync(new URL("./fixtures/random-normal.json", import.meta.url), "utf8")) as {
  a: string;
  b: string;
  out: string;
}[];

const lines = (t: string): Line[] => t.split("\n").slice(0, -1).map((text) => ({ text, eol: true }));

describe("diffSequences picks GNU diff's alignment", () => {
  it("for each of the 400 recorded random pairs", () => {
    expect(cases.length).toBe(400);
    const wrong = cases.filter((c) => {
      const a = lines(c.a);
      const b = lines(c.b);
      const changes = diffSequences(a.map((l) => l.text), b.map((l) => l.text));
      return normalFormat(a, b, changes) !== c.out;
    });
    expect(wrong).toEqual([]);
  });

  it("charges its search and stays within a bound on 5000 reversed lines", () => {
    const a = Array.from({ length: 5000 }, (_, i) => String(i));
    const b = [...a].reverse();
    let charged = 0;
    const changes = diffSequences(a, b, { charge: (n) => (charged += n) });
    expect(changes.length).toBeGreaterThan(0);
    expect(charged).toBeGreaterThan(0);
    // diff charges a step per 512 diagonals: this must fit a default budget (200000 steps)
    expect(charged).toBeLessThan(200_000 * 512);
  });
});
