/**
 * CSV exports of a cohort: the progress matrix (one row per learner and
 * exercise) and every attempt. csv-stringify quotes as RFC 4180 asks and,
 * with `escape_formulas`, prefixes a cell starting with = + - @ (or tab / CR)
 * with a ' so that a spreadsheet shows a learner's name "=HYPERLINK(…)" as
 * text instead of running it.
 */
import { stringify } from "csv-stringify/sync";
import { managedCohort } from "./cohorts.js";
import { getDb } from "./db.js";
import { cohortExercises, progressMatrix } from "./progress-matrix.js";
import type { Viewer } from "./viewer.js";

/** attempts in one export at most (a cohort of 200 × 50 tries fits) */
export const MAX_EXPORT_ATTEMPTS = 50_000;

export function toCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  return stringify([header, ...rows], { escape_formulas: true, record_delimiter: "windows", cast: { boolean: (b) => (b ? "true" : "false") } });
}

export async function matrixCsv(viewer: Viewer | null, cohortId: string, now = new Date()): Promise<string> {
  const m = await progressMatrix(viewer, cohortId, now);
  const rows = m.learners.flatMap((l) =>
    m.exercises.map((e) => {
      const c = l.cells[e.id];
      return [l.name, l.email, e.lessonSlug, e.id, c.state, c.bestScore, c.attempts, c.lastActivity ?? "", e.dueAt ?? "", c.late];
    }),
  );
  return toCsv(["learner", "email", "lesson", "exercise", "state", "best_score", "attempts", "last_activity", "due", "late"], rows);
}

export async function attemptsCsv(viewer: Viewer | null, cohortId: string): Promise<string> {
  await managedCohort(viewer, cohortId);
  const db = await getDb();
  const exercises = await cohortExercises(cohortId);
  const members = await db.cohortMember.findMany({ where: { cohortId }, include: { user: { select: { id: true, name: true, email: true } } } });
  const users = new Map(members.map((m) => [m.userId, m.user]));
  const rows = await db.attempt.findMany({
    where: { userId: { in: [...users.keys()] }, exerciseId: { in: exercises.map((e) => e.id) } },
    orderBy: { createdAt: "asc" },
    take: MAX_EXPORT_ATTEMPTS,
    select: { id: true, userId: true, exerciseId: true, score: true, passed: true, durationMs: true, createdAt: true, transcript: true },
  });
  return toCsv(
    ["attempt_id", "learner", "email", "exercise", "score", "passed", "duration_ms", "created_at", "commands"],
    rows.map((r) => {
      const u = users.get(r.userId!)!;
      const entries = (JSON.parse(r.transcript) as { entries: { line?: string }[] }).entries;
      const lines = entries.filter((e) => typeof e.line === "string").length;
      return [r.id, u.name, u.email, r.exerciseId, r.score, r.passed, r.durationMs, r.createdAt.toISOString(), lines];
    }),
  );
}
