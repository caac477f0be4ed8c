/**
 * Exercises instructors write in the studio: stored, proved, assigned,
 * solved. Server-only data access, in the manner of cohorts.ts: every
 * function takes the Viewer, decides what it may do, and returns plain
 * objects; what is not the viewer's is "not found".
 *
 * A stored exercise is a JSON document in the content format, `{ lesson,
 * exercise, solutions }` (content/src/validate/authored.ts), checked by the
 * same rules as `content:check` before every save: stored content is data,
 * never code, and its lesson text is plain Markdown rendered without HTML.
 * Its id in attempts and URLs is `studio-<row id>`; the ids inside the
 * document are rewritten to that whenever it is read.
 *
 * Who may see one: its author and admins (to edit, assign, try it); a learner
 * when it is assigned to a cohort they belong to.
 */
import {
  type ExerciseTemplate,
  instantiateExercise,
  type ParsedExercise,
  parseExerciseTemplate,
  type Solutions,
  type VariantPlan,
  variantPlan,
} from "@rootlab/content";
import { AUTHORED_ID_PREFIX, type AuthoredExercise, type AuthoredIssue, validateAuthored } from "@rootlab/content/validate";
import { z } from "zod";
import { ApiError } from "./api-error.js";
import { managedCohort } from "./cohorts.js";
import { courseLessons } from "./course-index.js";
import { type Db, getDb } from "./db.js";
import { requireInstructor, requireViewer, type Viewer } from "./viewer.js";

/** bytes of a request carrying a document: the lesson text's limit and room for the rest */
export const DOCUMENT_BODY = 128 * 1024;

/** What the studio's form sends: the document (ids inside it are ignored). */
export const documentInput = z.object({
  lesson: z.string().max(100_000),
  exercise: z.record(z.string(), z.unknown()),
  solutions: z.record(z.string(), z.unknown()),
});

export interface AuthoredSummary {
  /** the row id */
  id: string;
  /** what attempts and URLs call it: studio-<id> */
  exerciseId: string;
  title: string;
  author: { id: string; name: string };
  /** ISO 8601 */
  updatedAt: string;
  /** cohorts it is assigned to (the viewer's own, or all for an admin) */
  cohorts: { id: string; title: string; dueAt: string | null }[];
}

export interface AuthoredView extends AuthoredSummary {
  document: AuthoredExercise;
}

/** An authored exercise as a learner gets it: the lesson text and the exercise, parsed; no solutions. */
export interface AuthoredForLearner {
  exerciseId: string;
  title: string;
  lesson: string;
  /** the exercise for the Workbench (no parameters: every learner's variant is the same) */
  plan: VariantPlan;
}

export const exerciseIdOf = (rowId: string) => `${AUTHORED_ID_PREFIX}${rowId}`;

function rowIdOf(exerciseId: string): string | undefined {
  if (typeof exerciseId !== "string" || !exerciseId.startsWith(AUTHORED_ID_PREFIX)) return undefined;
  const id = exerciseId.slice(AUTHORED_ID_PREFIX.length);
  return /^[a-z0-9]{1,64}$/.test(id) ? id : undefined;
}

/** The document with its ids set to `exerciseId`: the form's and the database's ids never matter. */
function withIds(doc: AuthoredExercise, exerciseId: string): AuthoredExercise {
  return {
    lesson: doc.lesson,
    exercise: { ...(doc.exercise as object), id: exerciseId },
    solutions: { ...(doc.solutions as object), exercise: exerciseId },
  };
}

function parseDocument(input: unknown): AuthoredExercise {
  const r = documentInput.safeParse(input);
  if (r.success) return r.data;
  const i = r.error.issues[0];
  throw new ApiError(400, "invalid_input", `${i?.path.join(".") || "input"}: ${i?.message}`);
}

const courseSlugs = () => new Set(courseLessons().map((l) => l.slug));

/** Every issue of a draft, by the rules of content:check; [] when it may be saved. Instructors only. */
export function validateDraft(viewer: Viewer | null, input: unknown): { issues: AuthoredIssue[] } {
  requireInstructor(viewer);
  const doc = withIds(parseDocument(input), `${AUTHORED_ID_PREFIX}draft`);
  return { issues: validateAuthored(doc, { lessons: courseSlugs() }) };
}

function proved(doc: AuthoredExercise, exerciseId: string): AuthoredExercise {
  const d = withIds(doc, exerciseId);
  const issues = validateAuthored(d, { lessons: courseSlugs() });
  if (issues.length) throw new ApiError(422, "invalid_exercise", `the exercise does not hold yet: ${issues[0].message}`, { issues });
  return d;
}

function titleOf(doc: AuthoredExercise): string {
  return String((doc.exercise as { title?: unknown }).title ?? "").slice(0, 200);
}

/** Store a new exercise (after proving it). */
export async function createAuthored(viewer: Viewer | null, input: unknown): Promise<AuthoredView> {
  const v = requireInstructor(viewer);
  const doc = parseDocument(input);
  proved(doc, `${AUTHORED_ID_PREFIX}draft`);
  const db = await getDb();
  const row = await db.authoredExercise.create({ data: { authorId: v.id, title: titleOf(doc), document: JSON.stringify(doc) } });
  return getAuthored(v, row.id);
}

/** Replace an exercise's document (after proving it). Attempts stored before keep their grades. */
export async function updateAuthored(viewer: Viewer | null, id: string, input: unknown): Promise<AuthoredView> {
  const v = requireInstructor(viewer);
  await ownedRow(v, id);
  const doc = proved(parseDocument(input), exerciseIdOf(id));
  const db = await getDb();
  await db.authoredExercise.update({ where: { id }, data: { title: titleOf(doc), document: JSON.stringify(doc) } });
  return getAuthored(v, id);
}

export async function deleteAuthored(viewer: Viewer | null, id: string): Promise<void> {
  const v = requireInstructor(viewer);
  await ownedRow(v, id);
  await (await getDb()).authoredExercise.delete({ where: { id } });
}

/** The row, if the viewer wrote it or is an admin; else 404. */
async function ownedRow(v: Viewer, id: string, db?: Db) {
  const d = db ?? (await getDb());
  const row = typeof id === "string" && /^[a-z0-9]{1,64}$/.test(id) ? await d.authoredExercise.findUnique({ where: { id } }) : null;
  if (!row || (v.role !== "admin" && row.authorId !== v.id)) throw new ApiError(404, "exercise_not_found", "no such exercise");
  return row;
}

const summaryInclude = (v: Viewer) =>
  ({
    author: { select: { id: true, name: true } },
    assignments: {
      where: v.role === "admin" ? {} : { cohort: { instructorId: v.id } },
      orderBy: { createdAt: "asc" },
      include: { cohort: { select: { id: true, title: true } } },
    },
  }) as const;

type SummaryRow = {
  id: string;
  title: string;
  updatedAt: Date;
  author: { id: string; name: string };
  assignments: { dueAt: Date | null; cohort: { id: string; title: string } }[];
};

function summary(r: SummaryRow): AuthoredSummary {
  return {
    id: r.id,
    exerciseId: exerciseIdOf(r.id),
    title: r.title,
    author: r.author,
    updatedAt: r.updatedAt.toISOString(),
    cohorts: r.assignments.map((a) => ({ id: a.cohort.id, title: a.cohort.title, dueAt: a.dueAt?.toISOString() ?? null })),
  };
}

/** The exercises an instructor wrote; every one for an admin. Newest first. */
export async function listAuthored(viewer: Viewer | null): Promise<AuthoredSummary[]> {
  const v = requireInstructor(viewer);
  const rows = await (await getDb()).authoredExercise.findMany({
    where: v.role === "admin" ? {} : { authorId: v.id },
    orderBy: { updatedAt: "desc" },
    include: summaryInclude(v),
  });
  return rows.map(summary);
}

/** The viewer's exercises (all for an admin) as templates with their solutions: the studio's explorer works them. */
export async function authoredTemplates(viewer: Viewer | null): Promise<{ summary: AuthoredSummary; template: ExerciseTemplate; solutions: Solutions }[]> {
  const v = requireInstructor(viewer);
  const rows = await (await getDb()).authoredExercise.findMany({
    where: v.role === "admin" ? {} : { authorId: v.id },
    orderBy: { updatedAt: "desc" },
    include: summaryInclude(v),
  });
  return rows.map((r) => {
    const doc = withIds(JSON.parse(r.document) as AuthoredExercise, exerciseIdOf(r.id));
    return { summary: summary(r), template: storedTemplate(r.document, exerciseIdOf(r.id)), solutions: doc.solutions as Solutions };
  });
}

/** One exercise with its document, for the studio (its author or an admin). */
export async function getAuthored(viewer: Viewer | null, id: string): Promise<AuthoredView> {
  const v = requireInstructor(viewer);
  await ownedRow(v, id);
  const row = await (await getDb()).authoredExercise.findUniqueOrThrow({ where: { id }, include: summaryInclude(v) });
  return { ...summary(row), document: withIds(JSON.parse(row.document) as AuthoredExercise, exerciseIdOf(id)) };
}

export const assignExerciseInput = z.object({
  cohortId: z.string().min(1).max(64),
  exerciseId: z.string().min(1).max(80),
  /** YYYY-MM-DD (end of that day, UTC), an ISO date-time, or empty for none */
  dueAt: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((s, ctx) => {
      if (!s) return null;
      const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T23:59:59.999Z` : s);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: "custom", message: "not a date" });
        return z.NEVER;
      }
      return d;
    }),
});

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const i = r.error.issues[0];
  throw new ApiError(400, "invalid_input", `${i?.path.join(".") || "input"}: ${i?.message}`);
}

/** Assign an exercise the viewer wrote (an admin: any) to a cohort they manage; again: change its due date. */
export async function assignAuthored(viewer: Viewer | null, input: unknown): Promise<{ cohortId: string; exerciseId: string; dueAt: string | null }> {
  const v = requireInstructor(viewer);
  const { cohortId, exerciseId, dueAt } = parse(assignExerciseInput, input);
  await managedCohort(v, cohortId);
  const rowId = rowIdOf(exerciseId) ?? exerciseId;
  await ownedRow(v, rowId);
  const a = await (await getDb()).exerciseAssignment.upsert({
    where: { cohortId_exerciseId: { cohortId, exerciseId: rowId } },
    create: { cohortId, exerciseId: rowId, dueAt },
    update: { dueAt },
  });
  return { cohortId, exerciseId: exerciseIdOf(rowId), dueAt: a.dueAt?.toISOString() ?? null };
}

export async function unassignAuthored(viewer: Viewer | null, input: unknown): Promise<void> {
  const v = requireInstructor(viewer);
  const { cohortId, exerciseId } = parse(assignExerciseInput.pick({ cohortId: true, exerciseId: true }), input);
  await managedCohort(v, cohortId);
  const rowId = rowIdOf(exerciseId) ?? exerciseId;
  await (await getDb()).exerciseAssignment.deleteMany({ where: { cohortId, exerciseId: rowId } });
}

/**
 * Whether `userId` may solve the authored exercise `rowId`: they wrote it, are
 * an admin, or belong to a cohort it is assigned to.
 */
async function maySolve(db: Db, row: { id: string; authorId: string }, userId: string): Promise<boolean> {
  if (row.authorId === userId) return true;
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (user?.role === "admin") return true;
  const n = await db.exerciseAssignment.count({ where: { exerciseId: row.id, cohort: { members: { some: { userId } } } } });
  return n > 0;
}

/**
 * The exercise `studio-<id>` in `variant`, if `userId` may solve it; undefined
 * otherwise (not found and not yours look the same). What the attempts API
 * grades with.
 */
export async function authoredExerciseFor(exerciseId: string, userId: string | null | undefined, variant: number | null, db?: Db): Promise<ParsedExercise | undefined> {
  const rowId = rowIdOf(exerciseId);
  if (!rowId || !userId) return undefined;
  const d = db ?? (await getDb());
  const row = await d.authoredExercise.findUnique({ where: { id: rowId } });
  if (!row || !(await maySolve(d, row, userId))) return undefined;
  return parseStored(row.document, exerciseId, variant);
}

function parseStored(document: string, exerciseId: string, variant: number | null): ParsedExercise {
  return instantiateExercise(storedTemplate(document, exerciseId), variant);
}

function storedTemplate(document: string, exerciseId: string): ExerciseTemplate {
  const doc = withIds(JSON.parse(document) as AuthoredExercise, exerciseId);
  const t = parseExerciseTemplate(doc.exercise);
  // stored documents were proved when saved; one that no longer parses is a broken invariant (a content format change)
  if (!t.ok) throw new Error(`stored exercise ${exerciseId} no longer parses: ${t.issues[0]?.message}`);
  return t.value;
}

/** The page of an authored exercise, for someone who may solve it (401 anonymous, 404 otherwise). */
export async function authoredForLearner(viewer: Viewer | null, exerciseId: string): Promise<AuthoredForLearner> {
  const v = requireViewer(viewer);
  const rowId = rowIdOf(exerciseId);
  const db = await getDb();
  const row = rowId ? await db.authoredExercise.findUnique({ where: { id: rowId } }) : null;
  if (!row || !(await maySolve(db, row, v.id))) throw new ApiError(404, "exercise_not_found", "no such exercise");
  const doc = JSON.parse(row.document) as AuthoredExercise;
  return { exerciseId, title: row.title, lesson: doc.lesson, plan: variantPlan(storedTemplate(row.document, exerciseId)) };
}

/** The authored exercises assigned to a cohort, with due dates: for its matrix and the learner's dashboard. */
export async function cohortAuthoredExercises(cohortId: string, db?: Db): Promise<{ exerciseId: string; title: string; dueAt: string | null }[]> {
  const d = db ?? (await getDb());
  const rows = await d.exerciseAssignment.findMany({
    where: { cohortId },
    orderBy: { createdAt: "asc" },
    include: { exercise: { select: { id: true, title: true } } },
  });
  return rows.map((a) => ({ exerciseId: exerciseIdOf(a.exercise.id), title: a.exercise.title, dueAt: a.dueAt?.toISOString() ?? null }));
}
