/**
 * What a browser may send when it submits an attempt, and the limits that keep
 * a replay on the server cheap: the transcript is re-run command by command,
 * so its size bounds the work a request can ask for.
 */
import { z } from "zod";

/** bytes of request body */
export const MAX_BODY_BYTES = 256 * 1024;
/** transcript entries (command lines and time skips) */
export const MAX_ENTRIES = 2000;
/** UTF-16 code units in one command line */
export const MAX_LINE_LENGTH = 4096;
/** ms of virtual time one entry may let pass: an hour */
export const MAX_ADVANCE_MS = 60 * 60 * 1000;
/** ms of virtual time a whole transcript may let pass: a day (timers fire along the way) */
export const MAX_TOTAL_ADVANCE_MS = 24 * 60 * 60 * 1000;
/** ms of wall-clock time a learner may report having spent: a week */
export const MAX_DURATION_MS = 7 * 24 * 60 * 60 * 1000;

/** input chunks one line's interactive programs (nano, vi, less) may have read */
export const MAX_TTY_INPUTS = 20_000;
/** UTF-16 code units in one chunk (a paste) */
export const MAX_TTY_CHUNK = 16_384;

/** What a line's programs read from the terminal (LineTty of @rootlab/sim): its size, then chunks and resizes. */
const lineTty = z.object({
  cols: z.number().int().min(1).max(500),
  rows: z.number().int().min(1).max(200),
  input: z
    .array(
      z.union([
        z.string().max(MAX_TTY_CHUNK),
        z.object({ cols: z.number().int().min(1).max(500), rows: z.number().int().min(1).max(200) }),
      ]),
    )
    .max(MAX_TTY_INPUTS),
});

const commandEntry = z.object({
  host: z.string().min(1).max(64),
  line: z.string().max(MAX_LINE_LENGTH),
  tty: lineTty.optional(),
});
const advanceEntry = z.object({
  advance: z.number().positive().max(MAX_ADVANCE_MS),
});

/** One TranscriptEntry of @rootlab/sim. */
export const transcriptEntry = z.union([commandEntry, advanceEntry]);

/**
 * The POST /api/attempts body. Unknown keys (a `score`, a `passed`) are
 * dropped: the server grades the replayed transcript itself.
 */
export const attemptInput = z.object({
  clientId: z.uuid().transform((id) => id.toLowerCase()),
  exerciseId: z.string().min(1).max(200),
  entries: z
    .array(transcriptEntry)
    .max(MAX_ENTRIES)
    .refine(
      (entries) => entries.reduce((ms, e) => ms + ("advance" in e ? e.advance : 0), 0) <= MAX_TOTAL_ADVANCE_MS,
      { message: `the transcript lets more than ${MAX_TOTAL_ADVANCE_MS} ms of virtual time pass`, params: { tooBig: true } },
    ),
  /** the seed the browser's lab ran on; must be the exercise's */
  seed: z.number().int().nonnegative().optional(),
  /**
   * the learner's variant seed the exercise was instantiated with
   * (`variantSeedFor(learnerKey)` in @rootlab/content); absent: the default
   * variant. The replay uses the same variant, or the transcript would not fit.
   */
  variant: z.number().int().min(0).max(0xffffffff).optional(),
  durationMs: z.number().int().nonnegative().max(MAX_DURATION_MS).optional(),
});
export type AttemptInput = z.output<typeof attemptInput>;

/**
 * 413 when the input is well-formed but asks for more work than allowed (too
 * many entries, a line too long, too much virtual time); 400 otherwise.
 */
export function statusForIssues(issues: z.core.$ZodIssue[]): 400 | 413 {
  const tooMuch = issues.every(
    (i) =>
      (i.code === "too_big" && i.path[0] === "entries") ||
      (i.code === "custom" && (i.params as { tooBig?: boolean } | undefined)?.tooBig === true),
  );
  return issues.length > 0 && tooMuch ? 413 : 400;
}
