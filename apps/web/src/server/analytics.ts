/**
 * Per-exercise analytics of a cohort: where learners get stuck. Pass rate
 * among those who started, median attempts and time to the first pass, the
 * checks failed most often, and the failing command lines and error messages
 * seen most often before success (recorded by the server's replay, see
 * attempts.ts `errors`). Server-only; the viewer must manage the cohort.
 */
import type { CheckResult } from "@rootlab/grader";
import type { ReplayError } from "./attempts.js";
import { managedCohort } from "./cohorts.js";
import { getDb } from "./db.js";
import { cohortExercises } from "./progress-matrix.js";
import type { Viewer } from "./viewer.js";

export interface Counted {
  key: string;
  count: number;
}

export interface ExerciseAnalytics {
  exerciseId: string;
  title: string;
  started: number;
  passed: number;
  /** passed / started, 0..1; null when nobody started */
  passRate: number | null;
  /** attempts up to and including the first pass, median over learners who passed */
  medianAttempts: number | null;
  /** ms: reported time spent on the first passing attempt, median; null when none reported */
  medianTimeMs: number | null;
  failedChecks: (Counted & { title: string })[];
  /** command names (first word) of failing lines before success */
  commands: Counted[];
  /** first stderr lines of failing lines before success */
  errors: Counted[];
}

/** items in each top list */
export const TOP = 5;

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function top(counts: Map<string, number>): Counted[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP)
    .map(([key, count]) => ({ key, count }));
}

function bump(m: Map<string, number>, k: string): void {
  if (k) m.set(k, (m.get(k) ?? 0) + 1);
}

export async function cohortAnalytics(viewer: Viewer | null, cohortId: string): Promise<ExerciseAnalytics[]> {
  await managedCohort(viewer, cohortId);
  const db = await getDb();
  const exercises = await cohortExercises(cohortId);
  const members = await db.cohortMember.findMany({ where: { cohortId }, select: { userId: true } });
  const rows = await db.attempt.findMany({
    where: { userId: { in: members.map((m) => m.userId) }, exerciseId: { in: exercises.map((e) => e.id) } },
    select: { userId: true, exerciseId: true, passed: true, results: true, errors: true, durationMs: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return exercises.map((ex) => {
    const byUser = new Map<string, typeof rows>();
    for (const r of rows) {
      if (r.exerciseId !== ex.id) continue;
      const list = byUser.get(r.userId!) ?? [];
      list.push(r);
      byUser.set(r.userId!, list);
    }
    const attemptsToPass: number[] = [];
    const times: number[] = [];
    const failed = new Map<string, number>();
    const titles = new Map<string, string>();
    const commands = new Map<string, number>();
    const errors = new Map<string, number>();
    for (const list of byUser.values()) {
      const firstPass = list.findIndex((a) => a.passed);
      if (firstPass >= 0) {
        attemptsToPass.push(firstPass + 1);
        const t = list[firstPass].durationMs;
        if (t !== null) times.push(t);
      }
      const before = firstPass >= 0 ? list.slice(0, firstPass) : list;
      for (const a of before) {
        for (const r of safeJson<CheckResult[]>(a.results, [])) {
          if (!r.passed) {
            bump(failed, r.id);
            titles.set(r.id, r.title);
          }
        }
        for (const e of safeJson<ReplayError[]>(a.errors, [])) {
          bump(commands, e.cmd.split(/\s+/)[0] ?? "");
          bump(errors, e.error);
        }
      }
    }
    const started = byUser.size;
    const passed = attemptsToPass.length;
    return {
      exerciseId: ex.id,
      title: ex.title,
      started,
      passed,
      passRate: started ? passed / started : null,
      medianAttempts: median(attemptsToPass),
      medianTimeMs: median(times),
      failedChecks: top(failed).map((c) => ({ ...c, title: titles.get(c.key) ?? c.key })),
      commands: top(commands),
      errors: top(errors),
    };
  });
}

function safeJson<T>(s: string, fallback: T): T {
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}
