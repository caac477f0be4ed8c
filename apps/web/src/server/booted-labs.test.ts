// @vitest-environment node
/**
 * A replay on a copy of the memoized boot is the replay on a fresh boot:
 * for every exercise of the course, its reference solution gives the same
 * output line by line and the same grade, and replaying twice from the memo
 * gives the same again (nothing a replay does reaches the template).
 */
import { entriesFromLines, listExercises, startExercise } from "@rootlab/content";
import { solutionsFor } from "@rootlab/content/solutions";
import { grade } from "@rootlab/grader";
import { beforeEach, describe, expect, it } from "vitest";
import { bootLab, forgetBootedLabs } from "./booted-labs.js";

function run(ex: ReturnType<typeof listExercises>[number], memo: boolean) {
  const session = startExercise(ex, memo ? { boot: bootLab } : {});
  const outputs = session.playEntries(entriesFromLines(ex, solutionsFor(ex)!.reference));
  return { outputs, report: grade(session, ex.checks), state: JSON.stringify(session.world.snapshot()) };
}

describe("booted labs", () => {
  beforeEach(() => forgetBootedLabs());

  it.each(listExercises().map((ex) => [ex.id, ex] as const))("%s: a replay on the memoized boot is a replay on a fresh one", (_id, ex) => {
    const fresh = run(ex, false);
    const first = run(ex, true);
    const second = run(ex, true);
    for (const memo of [first, second]) {
      expect(memo.outputs).toEqual(fresh.outputs);
      expect(memo.report).toEqual(fresh.report);
      expect(memo.state).toBe(fresh.state);
    }
    expect(fresh.report.score).toBe(1);
  }, 60_000);

  it("returns a copy, never the template: the lab a replay changed is not the next replay's", () => {
    const ex = listExercises().find((e) => e.lab === "single")!;
    const a = bootLab(startExercise(ex).lab, ex.seed);
    a.run(undefined, "ip addr add 192.0.2.99/24 dev eth0");
    const b = bootLab(a.lab, ex.seed);
    expect(b).not.toBe(a);
    expect(b.run(undefined, "ip addr show dev eth0").stdout).not.toContain("192.0.2.99");
    expect(a.run(undefined, "ip addr show dev eth0").stdout).toContain("192.0.2.99");
  });
});
