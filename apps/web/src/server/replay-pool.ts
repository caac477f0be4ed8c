/**
 * Replaying attempts off the request thread: a few worker threads
 * (replay-worker.ts) run replay-grade.ts while the event loop goes on
 * serving requests and talking to the database.
 *
 * Why: a replay is pure CPU work (one to a few ms for a typical attempt, up
 * to about a second for a transcript at MAX_REPLAY_STEPS). On the request
 * thread it blocks every other request for that long, and a Node process
 * uses one core however many the machine has. The workers hold no request
 * state: each job carries its exercise and transcript, each answer is a
 * function of them (the boots they memoize are a cache of a pure
 * computation), so any worker of any instance grades alike.
 *
 * REPLAY_WORKERS sets how many (default: one fewer than the available
 * parallelism, at least one; 0 replays on the request thread). A worker that dies fails the jobs it held (the client
 * retries them: 5xx) and is replaced on the next job.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ParsedExercise } from "@rootlab/content";
import type { TranscriptEntry } from "@rootlab/sim";
import { type Graded, replayAndGrade } from "./replay-grade.js";

export interface ReplayJob {
  id: number;
  /**
   * a lesson's exercise by id and variant (the worker instantiates it, with
   * the same memo as the request thread: exercise-variants.ts), or an
   * exercise written in the studio as a whole (from the database)
   */
  exercise: { id: string; variant: number | null } | { authored: ParsedExercise };
  entries: TranscriptEntry[];
}
/** what a worker posts: `ready` once it has loaded, then one answer per job */
export type ReplayReply = { ready: true } | { id: number; graded: Graded } | { id: number; error: string };

/**
 * workers to start: REPLAY_WORKERS, else one fewer than the machine's
 * available parallelism (the request thread keeps a core to itself: on two
 * cores one worker graded more attempts a second, with less CPU each, than
 * two), and at least one, so that a long replay never blocks the event loop
 */
export function workerCount(): number {
  const configured = process.env.REPLAY_WORKERS?.trim();
  if (configured !== undefined && configured !== "") {
    const n = Number(configured);
    if (!Number.isInteger(n) || n < 0) throw new Error("REPLAY_WORKERS must be a whole number (0: replay on the request thread)");
    return n;
  }
  return Math.max(1, availableParallelism() - 1);
}

interface Pending {
  exercise: ParsedExercise;
  entries: TranscriptEntry[];
  resolve: (g: Graded) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** the worker loaded and said so (one that never does cannot be started in this process at all) */
  online: boolean;
  pending: Map<number, Pending>;
}

// On globalThis, like the database client: `next dev`'s module reloads must not start more workers.
const key = Symbol.for("rootlab.replay-pool");
/** `unavailable`: why workers cannot be started in this process (then every replay runs on the request thread) */
type Pool = { slots: (Slot | undefined)[]; nextId: number; unavailable?: Error; scriptForTests?: string };
const pool: Pool = ((globalThis as Record<symbol, unknown>)[key] as Pool | undefined) ?? { slots: [], nextId: 1 };
(globalThis as Record<symbol, unknown>)[key] = pool;

/**
 * Replays and grades `entries` on `exercise`, on a worker when there are
 * any. `course` says that `exercise` is the course's own exercise in that
 * variant (`exerciseFor(exercise.id, variant)`): the worker is then sent
 * its id, not the whole exercise (copying it into the message cost more
 * than the rest of the hand-over).
 */
export function replayInPool(exercise: ParsedExercise, entries: TranscriptEntry[], course: { variant: number | null } | undefined): Promise<Graded> {
  const n = workerCount();
  if (n === 0 || pool.unavailable) return Promise.resolve().then(() => replayAndGrade(exercise, entries));
  const slot = leastBusy(n);
  const id = pool.nextId++;
  const job: ReplayJob = { id, exercise: course ? { id: exercise.id, variant: course.variant } : { authored: exercise }, entries };
  return new Promise<Graded>((resolve, reject) => {
    // a worker with jobs keeps the process alive (a CLI seeding attempts); an idle one does not
    if (slot.pending.size === 0) slot.worker.ref();
    slot.pending.set(id, { exercise, entries, resolve, reject });
    slot.worker.postMessage(job);
  });
}

/** Tests: start workers from this module URL instead of replay-worker.ts (undefined: the real one again). */
export function setWorkerScriptForTests(url: string | undefined): void {
  pool.scriptForTests = url;
}

/** Stops every worker (tests; a process shutting down). */
export async function stopReplayWorkers(): Promise<void> {
  const slots = pool.slots.filter((s): s is Slot => s !== undefined);
  pool.slots = [];
  pool.unavailable = undefined;
  await Promise.all(slots.map((s) => s.worker.terminate()));
}

function leastBusy(n: number): Slot {
  let best: Slot | undefined;
  for (let i = 0; i < n; i++) {
    const slot = (pool.slots[i] ??= start(i));
    if (slot.pending.size === 0) return slot;
    if (!best || slot.pending.size < best.pending.size) best = slot;
  }
  return best!;
}

function start(index: number): Slot {
  // The built server has the worker bundled as JavaScript: webpack follows `new Worker(new URL(...))` (and sets
  // import.meta.webpack). Run from TypeScript source (tests, tsx scripts), the worker registers tsx's loader first.
  const bundled = typeof (import.meta as { webpack?: unknown }).webpack === "number";
  const source = pool.scriptForTests ?? import.meta.url.replace(/replay-pool\.ts$/, "replay-worker.ts");
  const worker = bundled && !pool.scriptForTests
    ? new Worker(new URL("./replay-worker.ts", import.meta.url))
    : new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, { eval: true });
  worker.unref();
  const slot: Slot = { worker, online: false, pending: new Map() };
  worker.on("message", (reply: ReplayReply) => {
    if ("ready" in reply) {
      slot.online = true;
      return;
    }
    const job = slot.pending.get(reply.id);
    if (!job) return;
    slot.pending.delete(reply.id);
    if (slot.pending.size === 0) slot.worker.unref();
    if ("graded" in reply) job.resolve(reply.graded);
    else job.reject(new Error(`replay worker: ${reply.error}`));
  });
  const fail = (e: Error) => {
    if (pool.slots[index] === slot) pool.slots[index] = undefined;
    const jobs = [...slot.pending.values()];
    slot.pending.clear();
    if (slot.online) {
      for (const job of jobs) job.reject(e);
      return;
    }
    // The worker never ran (its file missing from a deployment, a host without worker threads): say so
    // once, and replay here from now on, these jobs included.
    if (!pool.unavailable) console.error(`replay workers unavailable, replaying on the request thread: ${e.message}`);
    pool.unavailable = e;
    for (const job of jobs) {
      try {
        job.resolve(replayAndGrade(job.exercise, job.entries));
      } catch (err) {
        job.reject(err as Error);
      }
    }
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`replay worker exited with code ${code}`)));
  return slot;
}
