/**
 * A cohort's progress: learners × exercises of its assigned lessons (every
 * lesson when none is assigned). Each cell is derived from the attempts the
 * server graded: not started / in progress / passed, best score, attempts,
 * last activity, and late (passed after the due date, or not passed and the
 * date is gone). Server-only; the viewer must manage the cohort.
 */
import { cohortAuthoredExercises } from "./authored-exercises.js";
import { courseLessons, type CourseExercise } from "./course-index.js";
import { managedCohort } from "./cohorts.js";
import { getDb } from "./db.js";
import type { Viewer } from "./viewer.js";

export type CellState = "not-started" | "in-progress" | "passed";

export interface MatrixCell {
  state: CellState;
  /** 0..1, null when not started */
  bestScore: number | null;
  attempts: number;
  /** ISO 8601 of the last attempt, null when none */
  lastActivity: string | null;
  /** ISO 8601 of the first passing attempt */
  passedAt: string | null;
  late: boolean;
}

export interface MatrixExercise extends CourseExercise {
  /** ISO 8601 or null */
  dueAt: string | null;
}

export interface ProgressMatrix {
  cohort: { id: string; title: string };
  exercises: MatrixExercise[];
  learners: { id: string; name: string; email: string; cells: Record<string, MatrixCell> }[];
  /** ISO 8601: "late" was judged at this time */
  asOf: string;
}

export interface AttemptFacts {
  userId: string;
  exerciseId: string;
  score: number;
  passed: boolean;
  createdAt: Date;
}

/**
 * The exercises a cohort works on, with due dates from its assignments: the
 * assigned lessons' exercises, then the exercises written in the studio it is
 * assigned; every lesson's when nothing at all is assigned.
 */
export async function cohortExercises(cohortId: string): Promise<MatrixExercise[]> {
  const db = await getDb();
  const assignments = await db.assignment.findMany({ where: { cohortId } });
  const authored = await cohortAuthoredExercises(cohortId, db);
  const due = new Map(assignments.map((a) => [a.lessonSlug, a.dueAt?.toISOString() ?? null]));
  const everything = assignments.length === 0 && authored.length === 0;
  const lessons = courseLessons().filter((l) => everything || due.has(l.slug));
  return [
    ...lessons.flatMap((l) => l.exercises.map((e) => ({ ...e, dueAt: due.get(l.slug) ?? null }))),
    ...authored.map((a) => ({ id: a.exerciseId, title: a.title, lessonSlug: "", lessonTitle: STUDIO_LESSON_TITLE, dueAt: a.dueAt })),
  ];
}

/** what the matrix and exports call the "lesson" of an exercise written in the studio */
export const STUDIO_LESSON_TITLE = "Written in the studio";

export async function progressMatrix(viewer: Viewer | null, cohortId: string, now = new Date()): Promise<ProgressMatrix> {
  const cohort = await managedCohort(viewer, cohortId);
  const db = await getDb();
  const exercises = await cohortExercises(cohortId);
  const members = await db.cohortMember.findMany({
    where: { cohortId },
    orderBy: { joinedAt: "asc" },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  const attempts: AttemptFacts[] = (await db.attempt.findMany({
    where: { userId: { in: members.map((m) => m.userId) }, exerciseId: { in: exercises.map((e) => e.id) } },
    select: { userId: true, exerciseId: true, score: true, passed: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  })) as AttemptFacts[];
  const byKey = new Map<string, AttemptFacts[]>();
  for (const a of attempts) {
    const k = `${a.userId}\u0000${a.exerciseId}`;
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(a);
  }
  return {
    cohort: { id: cohort.id, title: cohort.title },
    exercises,
    learners: members.map((m) => ({
      id: m.user.id,
      name: m.user.name,
      email: m.user.email,
      cells: Object.fromEntries(exercises.map((e) => [e.id, cellOf(byKey.get(`${m.userId}\u0000${e.id}`) ?? [], e.dueAt, now)])),
    })),
    asOf: now.toISOString(),
  };
}

/** One cell from a learner's attempts at one exercise, oldest first. */
export function cellOf(attempts: readonly Pick<AttemptFacts, "score" | "passed" | "createdAt">[], dueAt: string | null, now: Date): MatrixCell {
  if (attempts.length === 0) {
    return { state: "not-started", bestScore: null, attempts: 0, lastActivity: null, passedAt: null, late: dueAt !== null && now > new Date(dueAt) };
  }
  const firstPass = attempts.find((a) => a.passed);
  const due = dueAt ? new Date(dueAt) : null;
  return {
    state: firstPass ? "passed" : "in-progress",
    bestScore: Math.max(...attempts.map((a) => a.score)),
    attempts: attempts.length,
    lastActivity: attempts[attempts.length - 1].createdAt.toISOString(),
    passedAt: firstPass?.createdAt.toISOString() ?? null,
    late: due !== null && (firstPass ? firstPass.createdAt > due : now > due),
  };
}
