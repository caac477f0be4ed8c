/**
 * Attempts: the server-side record of a learner's work on an exercise.
 *
 * Server only. The score is never taken from the client: the transcript is
 * replayed on a fresh start of the exercise (its own lab, seed and setup, in
 * the learner's variant) and graded here. A submission is idempotent on its `clientId`: retries, even
 * concurrent ones, resolve to the one row the unique constraint lets in.
 */
import { getExercise, type ParsedExercise, startExercise, variantSeedFor } from "@rootlab/content";
import { grade, type CheckResult } from "@rootlab/grader";
import { type LabSession, TranscriptTooCostly } from "@rootlab/sim";
import { ApiError } from "./api-error.js";
import { attemptInput, statusForIssues, type AttemptInput } from "./attempt-input.js";
import { authoredExerciseFor } from "./authored-exercises.js";
import { type Db, getDb } from "./db.js";

/** What the API returns for an attempt: plain JSON. */
export interface AttemptView {
  id: string;
  clientId: string;
  exerciseId: string;
  /** 0..1 */
  score: number;
  passed: boolean;
  results: CheckResult[];
  /** ISO 8601 */
  createdAt: string;
}

export interface SubmitResult {
  /** true when this call stored it; false when it was already there (a retry) */
  created: boolean;
  attempt: AttemptView;
}

export interface SubmitContext {
  /** the signed-in learner; null or absent for anonymous attempts */
  userId?: string | null;
  db?: Db;
}

/**
 * Validates `body`, grades it and stores it once. Throws ApiError: 400/413
 * (invalid input), 404 (unknown exercise), 422 (seed mismatch, a variant
 * that is not the signed-in learner's, or a transcript doing more work than
 * any real attempt needs), 409 (clientId already used for another exercise).
 *
 * Variants: a signed-in learner's attempt is replayed in their own variant,
 * `variantSeedFor(userId)`, whatever the body says (a body naming another is
 * refused, one naming none gets theirs): a transcript copied from another
 * learner, or made on the lesson's default values, does not pass. An
 * anonymous attempt is replayed in the variant the body names (their
 * browser keeps its own key; absent: the default one).
 */
export async function submitAttempt(body: unknown, ctx: SubmitContext = {}): Promise<SubmitResult> {
  const input = parseInput(body);
  const variant = variantOf(input, ctx.userId);
  const db = ctx.db ?? (await getDb());
  // a lesson's exercise, or one written in the studio that this learner may solve (studio-<id>)
  const exercise = getExercise(input.exerciseId, variant) ?? (await authoredExerciseFor(input.exerciseId, ctx.userId, variant, db));
  if (!exercise) throw new ApiError(404, "unknown_exercise", `no exercise with id "${input.exerciseId}"`);
  if (input.seed !== undefined && input.seed !== exercise.seed) {
    throw new ApiError(
      422,
      "seed_mismatch",
      `exercise "${exercise.id}" runs on seed ${exercise.seed}, not ${input.seed}: the transcript would replay differently`,
    );
  }
  // A retry costs a lookup, not a replay.
  const earlier = await findByClientId(db, input.clientId);
  if (earlier) return { created: false, attempt: sameExercise(earlier, input) };
  if (ctx.userId) await checkRate(db, ctx.userId);

  const { session, errors } = replay(exercise, input.entries);
  const report = grade(session, exercise.checks);
  const passed = report.total > 0 && report.passed === report.total;
  try {
    const row = await db.attempt.create({
      data: {
        clientId: input.clientId,
        userId: ctx.userId ?? null,
        exerciseId: exercise.id,
        labId: exercise.lab,
        seed: exercise.seed,
        transcript: JSON.stringify({ labId: exercise.lab, seed: exercise.seed, variant, entries: input.entries }),
        score: report.score,
        passed,
        results: JSON.stringify(report.results),
        durationMs: input.durationMs ?? null,
        errors: JSON.stringify(errors),
      },
      select: viewColumns,
    });
    return { created: true, attempt: toView(row) };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // Lost a race with a concurrent retry: the winner's row is the attempt.
    const winner = await findByClientId(db, input.clientId);
    if (!winner) throw e;
    return { created: false, attempt: sameExercise(winner, input) };
  }
}

/** The variant seed an attempt is replayed in: the signed-in learner's own, else what the anonymous body names. */
function variantOf(input: AttemptInput, userId: string | null | undefined): number | null {
  if (!userId) return input.variant ?? null;
  const own = variantSeedFor(userId);
  if (input.variant !== undefined && input.variant !== own)
    throw new ApiError(422, "variant_mismatch", `variant ${input.variant} is not this learner's: the page must use variantSeedFor(user id)`);
  return own;
}

function parseInput(body: unknown): AttemptInput {
  const parsed = attemptInput.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join("."), message: i.message }));
  const status = statusForIssues(parsed.error.issues);
  const what = status === 413 ? "the attempt is too large" : "the attempt is not valid";
  throw new ApiError(status, status === 413 ? "payload_too_large" : "invalid_attempt", `${what}: ${issues[0]?.path || "body"}: ${issues[0]?.message}`, { issues });
}

const viewColumns = { id: true, clientId: true, exerciseId: true, score: true, passed: true, results: true, createdAt: true } as const;
type ViewRow = { id: string; clientId: string; exerciseId: string; score: number; passed: boolean; results: string; createdAt: Date };

function findByClientId(db: Db, clientId: string): Promise<ViewRow | null> {
  return db.attempt.findUnique({ where: { clientId }, select: viewColumns });
}

function sameExercise(row: ViewRow, input: AttemptInput): AttemptView {
  if (row.exerciseId !== input.exerciseId) {
    throw new ApiError(409, "client_id_reused", `clientId ${input.clientId} was already used for another exercise`);
  }
  return toView(row);
}

function toView(row: ViewRow): AttemptView {
  return {
    id: row.id,
    clientId: row.clientId,
    exerciseId: row.exerciseId,
    score: row.score,
    passed: row.passed,
    results: JSON.parse(row.results) as CheckResult[],
    createdAt: row.createdAt.toISOString(),
  };
}

/** Prisma's P2002; matched by code because each generated client has its own error class. */
function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}

/** attempts one signed-in learner may submit per minute: far above anyone pressing Check by hand */
export const RATE_LIMIT_PER_MINUTE = 60;

/** A per-user limit counted in the database (no memory is shared between serverless requests). */
async function checkRate(db: Db, userId: string): Promise<void> {
  const since = new Date(Date.now() - 60_000);
  const recent = await db.attempt.count({ where: { userId, createdAt: { gte: since } } });
  if (recent >= RATE_LIMIT_PER_MINUTE) {
    throw new ApiError(429, "rate_limited", `at most ${RATE_LIMIT_PER_MINUTE} attempts a minute; try again shortly`, { retryAfterSeconds: 60 });
  }
}

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

function replay(exercise: ParsedExercise, entries: AttemptInput["entries"]): { session: LabSession; errors: ReplayError[] } {
  try {
    const session = startExercise(exercise);
    const outputs = session.playEntries(entries, MAX_REPLAY_STEPS);
    const errors = outputs
      .filter((o) => o.exit !== 0)
      .slice(-MAX_ERRORS)
      .map((o) => ({ cmd: o.cmd.trim().slice(0, 200), exit: o.exit, error: (o.stderr.split("\n")[0] ?? "").slice(0, 200) }));
    return { session, errors };
  } catch (e) {
    if (e instanceof TranscriptTooCostly)
      throw new ApiError(422, "transcript_too_costly", `the transcript does more work than an attempt may (${MAX_REPLAY_STEPS} shell steps)`);
    throw e;
  }
}
