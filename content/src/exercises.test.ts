/**
 * Every exercise is proved by replaying its solutions headless, as Learn Git
 * Branching does for its levels: the reference reaches a full score, each
 * wrong attempt fails exactly the checks it names, doing nothing scores 0.
 * Here for the default variant and two learners; `npm run content:check`
 * proves 50 variant seeds.
 */
import { grade } from "@rootlab/grader";
import { describe, expect, it } from "vitest";
import { entriesFromLines, replayAttempt, startExercise } from "./attempt.js";
import { getExercise, listExercises } from "./exercises.js";
import { solutionsFor } from "./solutions.js";
import { variantSeedFor } from "./variants/draw.js";

const learners = [null, variantSeedFor("learner-a@example.org"), variantSeedFor("learner-b@example.org")];

describe.each(listExercises().flatMap((e) => learners.map((seed) => [e.id, seed, getExercise(e.id, seed)!] as const)))("exercise %s, variant %s", (_id, _seed, ex) => {
  const sol = solutionsFor(ex);

  it("has solutions", () => {
    expect(sol, `no solutions for ${ex.id}`).toBeDefined();
  });

  it("is solved by its reference solution", () => {
    const report = grade(replayAttempt(ex, entriesFromLines(ex, sol!.reference)), ex.checks);
    expect(report.results.filter((r) => !r.passed)).toEqual([]);
    expect(report.score).toBe(1);
  });

  it("scores 0 when nothing is done", () => {
    expect(grade(startExercise(ex), ex.checks).score).toBe(0);
  });

  for (const wrong of sol?.wrong ?? []) {
    it(`wrong attempt "${wrong.name}" fails exactly ${wrong.fails.join(", ")}`, () => {
      const report = grade(replayAttempt(ex, entriesFromLines(ex, wrong.lines)), ex.checks);
      const failed = report.results.filter((r) => !r.passed).map((r) => r.id);
      expect(failed.sort()).toEqual([...wrong.fails].sort());
      expect(report.score).toBeLessThan(1);
    });
  }
});

describe("variants", () => {
  it("two learners side by side get different addresses, in the tasks, checks and hints alike", () => {
    const [a, b] = learners.slice(1).map((s) => getExercise("two-addresses-add", s)!);
    expect(a.variant.values.addr2).not.toBe(b.variant.values.addr2);
    for (const ex of [a, b]) {
      const { addr2 } = ex.variant.values;
      expect(ex.tasks[0]).toContain(`**${addr2}/24**`);
      expect(ex.checks[0].spec).toMatchObject({ address: `${addr2}/24` });
      expect(ex.hints.at(-1)).toContain(`ip addr add ${addr2}/24`);
    }
  });

  it("the default variant is the lesson text's own example", () => {
    expect(getExercise("two-addresses-add")!.variant.values).toEqual({ addr2: "192.168.1.11", addr3: "192.168.1.20" });
  });

  it("a learner's later exercises continue with the same addresses", () => {
    const seed = learners[1];
    const add = getExercise("two-addresses-add", seed)!;
    expect(getExercise("two-addresses-remove", seed)!.setup).toEqual([
      `ip addr add ${add.variant.values.addr2}/24 dev eth0 label eth0:1`,
      `ifconfig eth0:0 ${add.variant.values.addr3} netmask 255.255.255.0 up`,
    ]);
  });
});
