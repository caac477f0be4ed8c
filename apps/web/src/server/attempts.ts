/**
 * Attempts: the server-side record of a learner's work on an exercise.
 *
 * Server only. The score is never taken from the client: the transcript is
 * replayed on a fresh start of the exercise (its own lab, seed and setup, in
 * the learner's variant) and graded here (replay-grade.ts, on a replay worker:
 * replay-pool.ts). A submission is idempotent on its `clientId`: retries, even
 * concurrent ones, resolve to the one row the unique constraint lets in.
 */
import { variantSeedFor } from "@rootlab/content";
import type { CheckResult } from "@rootlab/grader";
import { ApiError } from "./api-error.js";
import { attemptInput, statusForIssues, type AttemptInput } from "./attempt-input.js";
import { authoredExerciseFor } from "./authored-exercises.js";
import { insertAttempt, preflight, recordRefusal } from "./attempt-store.js";
import { type Db, getDb } from "./db.js";
import { exerciseFor } from "./exercise-variants.js";
import { MAX_REPLAY_STEPS } from "./replay-grade.js";
import { replayInPool } from "./replay-pool.js";

export { MAX_ERRORS, MAX_REPLAY_STEPS, type ReplayError } from "./replay-grade.js";

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
  /** the signed-in learner, when the caller knows it already; null for anonymous attempts */
  userId?: string | null;
  /** the session token of the request (session-token.ts), when `userId` is not given: its session's user submits */
  sessionToken?: string | null;
  /** whom an anonymous attempt comes from (client-address.ts), for its rate limit; absent: not limited */
  addressKey?: string | null;
  db?: Db;
  /** the time of the submission (tests); the current time by default */
  now?: Date;
}

/**
 * Validates `body`, grades it and stores it once. Throws ApiError: 400/413
 * (invalid input), 404 (unknown exercise), 422 (seed mismatch, a variant
 * that is not the signed-in learner's, or a transcript doing more work than
 * any real attempt needs), 409 (clientId already used for another exercise),
 * 429 (too many attempts in the last minute, with `retryAfterSeconds`).
 *
 * Variants: a signed-in learner's attempt is replayed in their own variant,
 * `variantSeedFor(userId)`, whatever the body says (a body naming another is
 * refused, one naming none gets theirs): a transcript copied from another
 * learner, or made on the lesson's default values, does not pass. An
 * anonymous attempt is replayed in the variant the body names (their
 * browser keeps its own key; absent: the default one).
 *
 * Two statements reach the database (attempt-store.ts): one before the
 * replay (who submits, a retry, the rates), one to store (a transcript
 * refused as too costly: two to record the refusal instead).
 */
export async function submitAttempt(body: unknown, ctx: SubmitContext = {}): Promise<SubmitResult> {
  const input = parseInput(body);
  const db = ctx.db ?? (await getDb());
  const now = ctx.now ?? new Date();
  const since = new Date(now.getTime() - RATE_WINDOW_MS);
  const who = ctx.userId !== undefined ? { userId: ctx.userId } : { sessionToken: ctx.sessionToken ?? null };
  const addressKey = ctx.addressKey ?? null;
  const pre = await preflight(db, { who, clientId: input.clientId, addressKey, since, now });
  // a caller naming a learner must name one that exists (the session path cannot: no session, no user)
  if (ctx.userId && pre.userId !== ctx.userId) throw new Error(`submitAttempt: no user ${ctx.userId}`);
  const userId = pre.userId;
  const variant = variantOf(input, userId);
  // a lesson's exercise, or one written in the studio that this learner may solve (studio-<id>)
  const course = exerciseFor(input.exerciseId, variant);
  const exercise = course ?? (await authoredExerciseFor(input.exerciseId, userId, variant, db));
  if (!exercise) throw new ApiError(404, "unknown_exercise", `no exercise with id "${input.exerciseId}"`);
  if (input.seed !== undefined && input.seed !== exercise.seed) {
    throw new ApiError(
      422,
      "seed_mismatch",
      `exercise "${exercise.id}" runs on seed ${exercise.seed}, not ${input.seed}: the transcript would replay differently`,
    );
  }
  // A retry costs a lookup, not a replay.
  if (pre.earlierExerciseId !== null) return { created: false, attempt: await stored(db, input) };
  const limit = userId ? RATE_LIMIT_PER_MINUTE : ANONYMOUS_RATE_LIMIT_PER_MINUTE;
  if (pre.recent >= limit) await refuseRate(db, userId ? { userId } : { addressKey }, limit, since, pre.recent, now);
  if (pre.refused >= REFUSED_REPLAYS_PER_MINUTE) await refuseRate(db, userId ? { userId } : { addressKey }, REFUSED_REPLAYS_PER_MINUTE, since, pre.refused, now, "refused");

  // on a replay worker when there are any (replay-pool.ts): the event loop goes on serving meanwhile
  const graded = await replayInPool(exercise, input.entries, course ? { variant } : undefined);
  if (!graded.ok) {
    // nothing is stored, but the replay cost up to a second of CPU: it counts against its own limit
    await recordRefusal(db, { userId, addressKey }, now, since);
    throw new ApiError(422, "transcript_too_costly", `the transcript does more work than an attempt may (${MAX_REPLAY_STEPS} shell steps)`);
  }
  const { report, errors } = graded;
  const passed = report.total > 0 && report.passed === report.total;
  const row = await insertAttempt(
    db,
    {
      clientId: input.clientId,
      userId,
      exerciseId: exercise.id,
      labId: exercise.lab,
      seed: exercise.seed,
      transcript: JSON.stringify({ labId: exercise.lab, seed: exercise.seed, variant, entries: input.entries }),
      score: report.score,
      passed,
      results: JSON.stringify(report.results),
      durationMs: input.durationMs ?? null,
      errors: JSON.stringify(errors),
      addressKey: userId ? null : addressKey,
    },
    now,
  );
  // Lost a race with a concurrent retry: the winner's row is the attempt.
  if (!row) return { created: false, attempt: await stored(db, input) };
  const attempt: AttemptView = {
    id: row.id,
    clientId: input.clientId,
    exerciseId: exercise.id,
    score: report.score,
    passed,
    results: report.results,
    createdAt: row.createdAt.toISOString(),
  };
  return { created: true, attempt };
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

/** The attempt stored under the input's clientId (a retry), which must be of the same exercise. */
async function stored(db: Db, input: AttemptInput): Promise<AttemptView> {
  const row = await db.attempt.findUnique({ where: { clientId: input.clientId }, select: viewColumns });
  if (!row) throw new Error(`attempt ${input.clientId} vanished`);
  if (row.exerciseId !== input.exerciseId) {
    throw new ApiError(409, "client_id_reused", `clientId ${input.clientId} was already used for another exercise`);
  }
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

/** attempts one signed-in learner may submit per minute: far above anyone pressing Check by hand */
export const RATE_LIMIT_PER_MINUTE = 60;
/**
 * attempts one client address may submit per minute without signing in:
 * higher than a learner's, because a classroom behind one NAT address
 * shares it
 */
export const ANONYMOUS_RATE_LIMIT_PER_MINUTE = 300;
/**
 * transcripts refused as too costly (each took up to a second of CPU to find
 * out) a learner, or an address without signing in, may send per minute;
 * past it no attempt of theirs is replayed until the window has room
 */
export const REFUSED_REPLAYS_PER_MINUTE = 5;
/** ms: the sliding window the limits count stored attempts (and refusals) in */
export const RATE_WINDOW_MS = 60_000;

/**
 * A limit counted in the database (no memory is shared between serverless
 * requests): over it, 429 with the seconds until the window has room again,
 * i.e. until the attempt that filled it is a minute old.
 */
async function refuseRate(
  db: Db,
  by: { userId: string } | { addressKey: string | null },
  limit: number,
  since: Date,
  recent: number,
  now: Date,
  what: "attempts" | "refused" = "attempts",
): Promise<never> {
  const where = "userId" in by ? { userId: by.userId } : { addressKey: by.addressKey };
  const query = { where: { ...where, createdAt: { gte: since } }, orderBy: { createdAt: "asc" as const }, skip: Math.max(0, recent - limit), select: { createdAt: true } };
  const filling = what === "attempts" ? await db.attempt.findFirst(query) : await db.refusedReplay.findFirst(query);
  const ms = filling ? filling.createdAt.getTime() + RATE_WINDOW_MS - now.getTime() : RATE_WINDOW_MS;
  const retryAfterSeconds = Math.min(RATE_WINDOW_MS / 1000, Math.max(1, Math.ceil(ms / 1000)));
  const who = "userId" in by ? "a learner" : "one address without signing in";
  const message =
    what === "attempts"
      ? `at most ${limit} attempts a minute from ${who}; try again in ${retryAfterSeconds} s`
      : `at most ${limit} transcripts too costly to replay a minute from ${who}; try again in ${retryAfterSeconds} s`;
  throw new ApiError(429, "rate_limited", message, { retryAfterSeconds });
}
