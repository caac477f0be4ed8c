/**
 * The server's grading of one attempt: replay the transcript on a fresh
 * start of the exercise (a copy of its memoized boot, booted-labs.ts, then
 * its setup), grade the result. Pure: no database, no request; the same
 * function runs on the request's thread or on a replay worker
 * (replay-pool.ts), and answers the same on either.
 */
import { type ParsedExercise, startExercise } from "@rootlab/content";
import { grade, type GradeReport } from "@rootlab/grader";
import { type TranscriptEntry, TranscriptTooCostly } from "@rootlab/sim";
import { bootLab } from "./booted-labs.js";

/**
 * Shell steps a whole transcript may take when the server replays it: far
 * above any real attempt (a lesson's reference solution takes a few hundred),
 * low enough that one request costs at most about a second of CPU.
 */
export const MAX_REPLAY_STEPS = 1_500_000;

/** A command line that failed during the replay, for the "where learners get stuck" analytics. */
export interface ReplayError {
  /** the command line, at most 200 characters */
  cmd: string;
  exit: number;
  /** its first line of stderr, at most 200 characters ("" when it printed none) */
  error: string;
}
/** failed lines kept per attempt */
export const MAX_ERRORS = 20;

export type Graded =
  | { ok: true; report: GradeReport; errors: ReplayError[] }
  /** the transcript does more than MAX_REPLAY_STEPS shell steps of work */
  | { ok: false; tooCostly: true };

export function replayAndGrade(exercise: ParsedExercise, entries: TranscriptEntry[]): Graded {
  let session;
  let outputs;
  try {
    session = startExercise(exercise, { boot: bootLab });
    outputs = session.playEntries(entries, MAX_REPLAY_STEPS);
  } catch (e) {
    if (e instanceof TranscriptTooCostly) return { ok: false, tooCostly: true };
    throw e;
  }
  const errors = outputs
    .filter((o) => o.exit !== 0)
    .slice(-MAX_ERRORS)
    .map((o) => ({ cmd: o.cmd.trim().slice(0, 200), exit: o.exit, error: (o.stderr.split("\n")[0] ?? "").slice(0, 200) }));
  return { ok: true, report: grade(session, exercise.checks), errors };
}
