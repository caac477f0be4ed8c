/**
 * A replay worker (replay-pool.ts): a worker thread that grades attempts
 * with replay-grade.ts, one message at a time, and keeps nothing of one job
 * for the next but memos of pure computations (booted-labs.ts,
 * exercise-variants.ts).
 *
 * Out first: { ready } once loaded. In: a ReplayJob { id, exercise, entries }.
 * Out: { id, graded } or { id, error }.
 */
import { parentPort } from "node:worker_threads";
import { exerciseFor } from "./exercise-variants.js";
import { replayAndGrade } from "./replay-grade.js";
import type { ReplayJob, ReplayReply } from "./replay-pool.js";

const port = parentPort;
if (!port) throw new Error("replay-worker.ts runs as a worker thread (replay-pool.ts starts it)");
port.on("message", (job: ReplayJob) => {
  let reply: ReplayReply;
  try {
    const which = job.exercise;
    const exercise = "authored" in which ? which.authored : exerciseFor(which.id, which.variant);
    if (!exercise) throw new Error(`no exercise ${"id" in which ? which.id : "?"} in this build`);
    reply = { id: job.id, graded: replayAndGrade(exercise, job.entries) };
  } catch (e) {
    reply = { id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies ReplayReply);
