/**
 * What the learner achieved, for the course outline: the result of the last
 * Check per exercise (`rootlab:progress:<exerciseId>`), and a lesson's state
 * derived from its exercises.
 */
import { attemptKey } from "./attempt-store.js";
import { type KeyValueStore, readJson } from "./store.js";

export interface CheckProgress {
  v: 1;
  passed: number;
  total: number;
  /** 0..1 */
  score: number;
  /** ms since the Unix epoch */
  checkedAt: number;
}

export const progressKey = (exerciseId: string) => `rootlab:progress:${exerciseId}`;

export function saveCheck(store: KeyValueStore, exerciseId: string, report: { passed: number; total: number; score: number }, now: number): void {
  const rec: CheckProgress = { v: 1, passed: report.passed, total: report.total, score: report.score, checkedAt: now };
  store.setItem(progressKey(exerciseId), JSON.stringify(rec));
}

export function loadCheck(store: KeyValueStore, exerciseId: string): CheckProgress | undefined {
  const rec = readJson(store, progressKey(exerciseId)) as Partial<CheckProgress> | undefined;
  if (!rec || rec.v !== 1 || typeof rec.passed !== "number" || typeof rec.total !== "number" || typeof rec.score !== "number") return undefined;
  return rec as CheckProgress;
}

export function clearCheck(store: KeyValueStore, exerciseId: string): void {
  store.removeItem(progressKey(exerciseId));
}

export type LessonState = "not-started" | "in-progress" | "done";

export interface LessonProgress {
  state: LessonState;
  /** exercises whose last Check passed every check */
  done: number;
  total: number;
}

/** A lesson is done when every exercise's last Check passed all checks; started when any work or Check is saved. */
export function lessonProgress(store: KeyValueStore, exerciseIds: readonly string[]): LessonProgress {
  let done = 0;
  let started = false;
  for (const id of exerciseIds) {
    const c = loadCheck(store, id);
    if (c && c.total > 0 && c.passed === c.total) done++;
    if (c || store.getItem(attemptKey(id)) !== null) started = true;
  }
  const total = exerciseIds.length;
  const state: LessonState = total > 0 && done === total ? "done" : started ? "in-progress" : "not-started";
  return { state, done, total };
}
