/**
 * A signed-in learner's own progress through the course, from the attempts
 * the server graded: per lesson and exercise, and where to resume (the lesson
 * of their latest attempt if it is not finished, else the first unfinished).
 */
import { courseLessons } from "./course-index.js";
import { getDb } from "./db.js";
import { cellOf, type MatrixCell } from "./progress-matrix.js";
import { requireViewer, type Viewer } from "./viewer.js";

export interface LessonProgressView {
  slug: string;
  title: string;
  exercises: { id: string; title: string; cell: MatrixCell }[];
  done: number;
}

export interface MyProgress {
  lessons: LessonProgressView[];
  exercisesDone: number;
  exercisesTotal: number;
  /** a lesson slug to continue with; null when the course is done */
  resume: string | null;
}

export async function myProgress(viewer: Viewer | null, now = new Date()): Promise<MyProgress> {
  const v = requireViewer(viewer);
  const db = await getDb();
  const rows = await db.attempt.findMany({
    where: { userId: v.id },
    select: { exerciseId: true, score: true, passed: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const byExercise = new Map<string, typeof rows>();
  for (const r of rows) byExercise.set(r.exerciseId, [...(byExercise.get(r.exerciseId) ?? []), r]);
  const lessons = courseLessons().map((l) => {
    const exercises = l.exercises.map((e) => ({ id: e.id, title: e.title, cell: cellOf(byExercise.get(e.id) ?? [], null, now) }));
    return { slug: l.slug, title: l.title, exercises, done: exercises.filter((e) => e.cell.state === "passed").length };
  });
  const unfinished = (slug: string) => lessons.some((l) => l.slug === slug && l.done < l.exercises.length);
  const lastSlug = rows.length ? courseLessons().find((l) => l.exercises.some((e) => e.id === rows[rows.length - 1].exerciseId))?.slug : undefined;
  const resume = lastSlug && unfinished(lastSlug) ? lastSlug : (lessons.find((l) => l.done < l.exercises.length)?.slug ?? null);
  return {
    lessons,
    exercisesDone: lessons.reduce((n, l) => n + l.done, 0),
    exercisesTotal: lessons.reduce((n, l) => n + l.exercises.length, 0),
    resume,
  };
}
