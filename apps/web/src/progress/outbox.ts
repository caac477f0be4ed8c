/**
 * Attempts waiting to reach the server. Check grades in the browser at once,
 * then POSTs the attempt to /api/attempts; when that fails for a reason that
 * may pass (offline, server down, 5xx) the submission waits here, in
 * `rootlab:outbox`, and is sent again on the next Check and when the browser
 * comes back online. A submission the server rejects outright (4xx) is
 * dropped: sending it again would fail again.
 *
 * Each submission carries its own `clientId` (a UUID made when Check was
 * pressed), so a retry after a lost response can be recognised by the server.
 */
import type { TranscriptEntry } from "@rootlab/sim";
import { isEntry } from "./attempt-store.js";
import { rememberSent } from "./sent.js";
import { type KeyValueStore, readJson } from "./store.js";

/** The body of POST /api/attempts. */
export interface AttemptSubmission {
  clientId: string;
  exerciseId: string;
  entries: TranscriptEntry[];
  seed: number;
  /** the learner's variant seed the exercise ran in (absent: the default variant) */
  variant?: number;
  /**
   * made while nobody was signed in (in this browser's variant): sent without
   * the session cookie even if someone has signed in since, so the server
   * grades it in the variant it was made in; signing in claims it (sent.ts)
   */
  anonymous?: boolean;
}

/** What the server answers for a recorded attempt (it re-runs and grades the transcript itself). */
export interface RecordedAttempt {
  id: string;
  score: number;
  results: unknown[];
}

export type SendOutcome =
  | { kind: "saved"; attempt: RecordedAttempt }
  /** may succeed later: network error, timeout, 5xx, 429 */
  | { kind: "retry"; reason: string }
  /** the server refused this submission; sending it again would not help */
  | { kind: "rejected"; status: number; reason: string };

export const OUTBOX_KEY = "rootlab:outbox";
/** submissions kept at most; the oldest go first (a learner offline for days keeps their latest work) */
export const OUTBOX_LIMIT = 50;

export function pending(store: KeyValueStore): AttemptSubmission[] {
  const list = readJson(store, OUTBOX_KEY);
  return Array.isArray(list) ? list.filter(isSubmission) : [];
}

export function enqueue(store: KeyValueStore, sub: AttemptSubmission): void {
  const list = pending(store).filter((s) => s.clientId !== sub.clientId);
  list.push(sub);
  write(store, list.slice(-OUTBOX_LIMIT));
}

export interface FlushResult {
  saved: { submission: AttemptSubmission; attempt: RecordedAttempt }[];
  rejected: { submission: AttemptSubmission; status: number; reason: string }[];
  /** still waiting */
  kept: number;
}

/**
 * Send what waits, oldest first. Stops at the first "retry" (the server is
 * unreachable: the rest would fail too) and keeps it and everything after.
 * The store is rewritten after each answer, so a page closed mid-flush
 * loses nothing and resends at most one submission.
 */
export async function flush(store: KeyValueStore, send: (s: AttemptSubmission) => Promise<SendOutcome>): Promise<FlushResult> {
  const result: FlushResult = { saved: [], rejected: [], kept: 0 };
  for (const sub of pending(store)) {
    const outcome = await send(sub);
    if (outcome.kind === "retry") break;
    write(store, pending(store).filter((s) => s.clientId !== sub.clientId));
    if (outcome.kind === "saved") {
      // remembered so that signing in later can move it to the account (sent.ts)
      rememberSent(store, sub.clientId);
      result.saved.push({ submission: sub, attempt: outcome.attempt });
    }
    else result.rejected.push({ submission: sub, status: outcome.status, reason: outcome.reason });
  }
  result.kept = pending(store).length;
  return result;
}

function write(store: KeyValueStore, list: AttemptSubmission[]): void {
  if (list.length === 0) store.removeItem(OUTBOX_KEY);
  else store.setItem(OUTBOX_KEY, JSON.stringify(list));
}

function isSubmission(s: unknown): s is AttemptSubmission {
  if (typeof s !== "object" || s === null) return false;
  const o = s as Record<string, unknown>;
  return (
    typeof o.clientId === "string" &&
    typeof o.exerciseId === "string" &&
    typeof o.seed === "number" &&
    (o.variant === undefined || typeof o.variant === "number") &&
    (o.anonymous === undefined || typeof o.anonymous === "boolean") &&
    Array.isArray(o.entries) &&
    o.entries.every(isEntry)
  );
}
