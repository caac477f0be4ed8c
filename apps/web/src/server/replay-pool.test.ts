// @vitest-environment node
/**
 * The replay workers answer what the request thread would: the same grade
 * for the course's exercises (sent by id and variant) and for an exercise
 * sent whole (the studio's), `tooCostly` past the step limit, and a worker
 * that dies fails only its own jobs and is replaced.
 */
import { entriesFromLines, getExercise, variantSeedFor } from "@rootlab/content";
import { solutionsFor } from "@rootlab/content/solutions";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { replayAndGrade } from "./replay-grade.js";
import { replayInPool, setWorkerScriptForTests, stopReplayWorkers, workerCount } from "./replay-pool.js";

const saved = process.env.REPLAY_WORKERS;
afterEach(() => {
  if (saved === undefined) delete process.env.REPLAY_WORKERS;
  else process.env.REPLAY_WORKERS = saved;
});
afterAll(() => stopReplayWorkers());

function job(id: string, learner: string) {
  const variant = variantSeedFor(learner);
  const ex = getExercise(id, variant)!;
  return { ex, variant, entries: entriesFromLines(ex, solutionsFor(ex)!.reference) };
}

describe("replay pool", () => {
  it("REPLAY_WORKERS says how many workers; 0 replays on the request thread", () => {
    process.env.REPLAY_WORKERS = "3";
    expect(workerCount()).toBe(3);
    process.env.REPLAY_WORKERS = "0";
    expect(workerCount()).toBe(0);
    process.env.REPLAY_WORKERS = "two";
    expect(() => workerCount()).toThrow(/REPLAY_WORKERS/);
  });

  it("grades on workers exactly as on the request thread, for course and studio exercises", async () => {
    process.env.REPLAY_WORKERS = "2";
    const jobs = ["two-addresses-add", "router-forwarding", "md5-verify-copies"].flatMap((id) => [job(id, "learner-a"), job(id, "learner-b")]);
    const onWorkers = await Promise.all(jobs.map((j) => replayInPool(j.ex, j.entries, { variant: j.variant })));
    const whole = await Promise.all(jobs.map((j) => replayInPool(j.ex, j.entries, undefined)));
    jobs.forEach((j, i) => {
      const inline = replayAndGrade(j.ex, j.entries);
      expect(inline.ok && inline.report.score).toBe(1);
      expect(onWorkers[i]).toEqual(inline);
      expect(whole[i]).toEqual(inline);
    });
  }, 120_000);

  it("a transcript past the step limit is tooCostly, on a worker too", async () => {
    process.env.REPLAY_WORKERS = "1";
    const { ex, variant } = job("two-addresses-add", "learner-a");
    const loop = { host: "host", line: "while true; do echo x >> /tmp/f; done" };
    const graded = await replayInPool(ex, Array.from({ length: 200 }, () => loop), { variant });
    expect(graded).toEqual({ ok: false, tooCostly: true });
  }, 120_000);

  it("a job the worker cannot do is refused, the worker goes on", async () => {
    process.env.REPLAY_WORKERS = "1";
    const { ex, variant, entries } = job("two-addresses-add", "learner-a");
    // an exercise this build does not have, an exercise on a lab that does not exist
    await expect(replayInPool({ ...ex, id: "no-such-exercise" }, entries, { variant })).rejects.toThrow(/no exercise no-such-exercise/);
    await expect(replayInPool({ ...ex, lab: "no-such-lab" }, entries, undefined)).rejects.toThrow(/replay worker: .*no-such-lab/);
    expect((await replayInPool(ex, entries, { variant })).ok).toBe(true);
  }, 120_000);

  it("a worker that dies fails the jobs it held, and the next job gets a new worker", async () => {
    process.env.REPLAY_WORKERS = "1";
    const { ex, variant, entries } = job("two-addresses-add", "learner-a");
    const loop = { host: "host", line: "while true; do echo x >> /tmp/f; done" };
    const held = replayInPool(ex, Array.from({ length: 200 }, () => loop), { variant }).then(
      () => "graded",
      (e: Error) => e.message,
    );
    await new Promise((r) => setTimeout(r, 200));
    await stopReplayWorkers();
    expect(await held).toMatch(/replay worker exited/);
    expect((await replayInPool(ex, entries, { variant })).ok).toBe(true);
  }, 120_000);

  it("when workers cannot start at all, replays run on the request thread, the first jobs too", async () => {
    process.env.REPLAY_WORKERS = "2";
    await stopReplayWorkers();
    setWorkerScriptForTests(new URL("./no-such-worker.ts", import.meta.url).href);
    const { error } = console;
    const logged: unknown[] = [];
    console.error = (...a: unknown[]) => void logged.push(a.join(" "));
    try {
      const jobs = [job("two-addresses-add", "learner-a"), job("two-addresses-add", "learner-b")];
      const graded = await Promise.all(jobs.map((j) => replayInPool(j.ex, j.entries, { variant: j.variant })));
      jobs.forEach((j, i) => expect(graded[i]).toEqual(replayAndGrade(j.ex, j.entries)));
      expect((await replayInPool(jobs[0].ex, jobs[0].entries, { variant: jobs[0].variant })).ok).toBe(true);
      expect(logged).toHaveLength(1);
      expect(String(logged[0])).toMatch(/replay workers unavailable/);
    } finally {
      console.error = error;
      setWorkerScriptForTests(undefined);
      await stopReplayWorkers();
    }
  }, 120_000);
});
