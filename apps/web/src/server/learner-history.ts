/**
 * One learner's attempts, newest first, with what is needed to replay each
 * transcript read-only. Visible to the learner themself, to the instructor of
 * a cohort they are in, and to admins; "not found" for anyone else.
 */
import type { CheckResult } from "@rootlab/grader";
import type { TranscriptEntry } from "@rootlab/sim";
import { ApiError } from "./api-error.js";
import { getDb } from "./db.js";
import { requireViewer, type Viewer } from "./viewer.js";

export interface HistoryAttempt {
  id: string;
  exerciseId: string;
  score: number;
  passed: boolean;
  results: CheckResult[];
  entries: TranscriptEntry[];
  /** the variant seed the server replayed it in (null: the default variant) */
  variant: number | null;
  durationMs: number | null;
  createdAt: string;
}

/** attempts shown at most */
export const HISTORY_LIMIT = 200;

export async function mayViewLearner(viewer: Viewer | null, learnerId: string): Promise<boolean> {
  const v = requireViewer(viewer);
  if (v.role === "admin" || v.id === learnerId) return true;
  if (v.role !== "instructor") return false;
  const db = await getDb();
  const shared = await db.cohortMember.count({ where: { userId: learnerId, cohort: { instructorId: v.id } } });
  return shared > 0;
}

export async function learnerHistory(
  viewer: Viewer | null,
  learnerId: string,
  exerciseId?: string,
): Promise<{ learner: { id: string; name: string }; attempts: HistoryAttempt[] }> {
  if (typeof learnerId !== "string" || learnerId.length > 64 || !(await mayViewLearner(viewer, learnerId))) {
    throw new ApiError(404, "learner_not_found", "no such learner");
  }
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: learnerId }, select: { id: true, name: true } });
  if (!user) throw new ApiError(404, "learner_not_found", "no such learner");
  const rows = await db.attempt.findMany({
    where: { userId: learnerId, ...(exerciseId ? { exerciseId } : {}) },
    orderBy: { createdAt: "desc" },
    take: HISTORY_LIMIT,
  });
  return {
    learner: user,
    attempts: rows.map((r) => {
      const t = JSON.parse(r.transcript) as { entries: TranscriptEntry[]; variant?: number | null };
      return {
        id: r.id,
        exerciseId: r.exerciseId,
        score: r.score,
        passed: r.passed,
        results: JSON.parse(r.results) as CheckResult[],
        entries: t.entries,
        variant: t.variant ?? null,
        durationMs: r.durationMs,
        createdAt: r.createdAt.toISOString(),
      };
    }),
  };
}
