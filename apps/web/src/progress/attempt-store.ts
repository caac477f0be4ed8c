/**
 * The learner's work on one exercise: the transcript entries typed so far,
 * saved after every command line under `rootlab:attempt:<exerciseId>`.
 * Replaying them on a fresh start of the exercise gives back the same lab and
 * the same screen (the simulation is deterministic), so this is all we keep.
 *
 * Records are versioned (`v`) so that a later format can migrate them; a
 * record saved for another seed (the exercise changed) or another variant
 * (the learner signed in: their variant is their account's) is not replayed.
 */
import type { TranscriptEntry } from "@rootlab/sim";
import { type KeyValueStore, readJson } from "./store.js";

export interface SavedAttempt {
  v: 1;
  exerciseId: string;
  seed: number;
  /** the learner's variant seed the exercise ran in; null (or absent, before variants): the default variant */
  variant?: number | null;
  entries: TranscriptEntry[];
  /** ms since the Unix epoch (wall clock of the learner's browser) */
  savedAt: number;
}

export const attemptKey = (exerciseId: string) => `rootlab:attempt:${exerciseId}`;

export function saveAttempt(
  store: KeyValueStore,
  exerciseId: string,
  seed: number,
  entries: readonly TranscriptEntry[],
  now: number,
  variant: number | null = null,
): void {
  const record: SavedAttempt = { v: 1, exerciseId, seed, variant, entries: [...entries], savedAt: now };
  store.setItem(attemptKey(exerciseId), JSON.stringify(record));
}

/** The saved entries for this exercise, seed and variant; [] when none, corrupt, or saved for another seed or variant. */
export function loadAttempt(store: KeyValueStore, exerciseId: string, seed: number, variant: number | null = null): TranscriptEntry[] {
  const rec = readJson(store, attemptKey(exerciseId));
  if (!isRecord(rec) || rec.v !== 1 || rec.exerciseId !== exerciseId || rec.seed !== seed) return [];
  if ((rec.variant ?? null) !== variant) return [];
  if (!Array.isArray(rec.entries) || !rec.entries.every(isEntry)) return [];
  return rec.entries as TranscriptEntry[];
}

export function clearAttempt(store: KeyValueStore, exerciseId: string): void {
  store.removeItem(attemptKey(exerciseId));
}

/** How many command lines the learner has run on this exercise (0 when nothing saved). */
export function commandCount(store: KeyValueStore, exerciseId: string, seed: number, variant: number | null = null): number {
  return loadAttempt(store, exerciseId, seed, variant).filter((e) => "line" in e).length;
}

export function isEntry(e: unknown): e is TranscriptEntry {
  if (!isRecord(e)) return false;
  if ("advance" in e) return typeof e.advance === "number" && Number.isFinite(e.advance) && e.advance >= 0;
  // `tty`: what the line's interactive programs (nano, vi) read; replayed with the line
  const ttyOk = e.tty === undefined || (isRecord(e.tty) && Array.isArray(e.tty.input));
  return typeof e.host === "string" && typeof e.line === "string" && ttyOk;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
