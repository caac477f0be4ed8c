/**
 * Every exercise is proved by replaying its solutions headless, as Learn Git
 * Branching does for its levels: the reference reaches a full score, each
 * wrong attempt fails exactly the checks it names.
 */
import { grade } from "@rootlab/grader";
import { describe, expect, it } from "vitest";
import { entriesFromLines, replayAttempt } from "./attempt.js";
import { listExercises } from "./exercises.js";
import { getSolutions } from "./solutions.js";

describe.each(listExercises().map((e) => [e.id, e] as const))("exercise %s", (_id, ex) => {
  const sol = getSolutions(ex.id);

  it("has solutions", () => {
    expect(sol, `no solutions for ${ex.id}`).toBeDefined();
  });

  it("is solved by its reference solution", () => {
    const session = replayAttempt(ex, entriesFromLines(ex, sol!.reference));
    const report = grade(session, ex.checks);
    expect(report.results.filter((r) => !r.passed)).toEqual([]);
    expect(report.score).toBe(1);
  });

  for (const wrong of sol?.wrong ?? []) {
    it(`wrong attempt "${wrong.name}" fails exactly ${wrong.fails.join(", ")}`, () => {
      const session = replayAttempt(ex, entriesFromLines(ex, wrong.lines));
      const report = grade(session, ex.checks);
      const failed = report.results.filter((r) => !r.passed).map((r) => r.id);
      expect(failed.sort()).toEqual([...wrong.fails].sort());
      expect(report.score).toBeLessThan(1);
    });
  }
});
