/**
 * Cohorts: an instructor's class, joined with a code, with lessons assigned.
 *
 * Server-only data access. Every function takes the Viewer, decides what that
 * viewer may do, and returns plain objects (no Prisma rows, no Dates: ISO
 * strings). An instructor reaches only their own cohorts, an admin all; for
 * anyone else a cohort is "not found" (404), so that ids leak nothing.
 * Inputs are validated here with zod, whoever calls (server action, route).
 */
import { randomInt } from "node:crypto";
import { z } from "zod";
import { ApiError } from "./api-error.js";
import { exerciseIdOf } from "./authored-exercises.js";
import { findLesson } from "./course-index.js";
import { type Db, getDb } from "./db.js";
import { requireInstructor, requireViewer, type Viewer } from "./viewer.js";

/** No 0/O, 1/I/L: read aloud and typed from a projector. */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

export function newJoinCode(): string {
  let s = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** What people type: spaces, dashes and lower case forgiven. */
export function normaliseJoinCode(raw: string): string {
  return raw.replace(/[\s-]/g, "").toUpperCase();
}

export const cohortTitle = z
  .string()
  .trim()
  .min(1, "give the cohort a title")
  .max(120, "at most 120 characters")
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "no control characters");

export const createCohortInput = z.object({ title: cohortTitle });
export const assignInput = z.object({
  cohortId: z.string().min(1).max(64),
  lessonSlug: z.string().min(1).max(200),
  /** YYYY-MM-DD (end of that day, UTC) or an ISO date-time; empty for none */
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
export const joinInput = z.object({ code: z.string().max(40).transform(normaliseJoinCode).pipe(z.string().length(JOIN_CODE_LENGTH, "a join code has 8 characters")) });

export interface CohortSummary {
  id: string;
  title: string;
  joinCode: string;
  instructor: { id: string; name: string };
  learners: number;
  createdAt: string;
}

export interface AssignmentView {
  lessonSlug: string;
  lessonTitle: string;
  /** ISO 8601, or null for no due date */
  dueAt: string | null;
}

/** An exercise written in the studio, assigned to a cohort. */
export interface ExerciseAssignmentView {
  /** studio-<id>: its page is /exercises/<exerciseId> */
  exerciseId: string;
  title: string;
  /** ISO 8601, or null for no due date */
  dueAt: string | null;
}

export interface CohortDetail extends CohortSummary {
  assignments: AssignmentView[];
  exercises: ExerciseAssignmentView[];
  members: { id: string; name: string; email: string; joinedAt: string }[];
}

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const i = r.error.issues[0];
  throw new ApiError(400, "invalid_input", `${i?.path.join(".") || "input"}: ${i?.message}`);
}

export async function createCohort(viewer: Viewer | null, input: unknown, db?: Db): Promise<CohortSummary> {
  const v = requireInstructor(viewer);
  const { title } = parse(createCohortInput, input);
  const d = db ?? (await getDb());
  // a clash among 31^8 codes is rare; a few tries make it vanishing
  for (let tries = 0; tries < 5; tries++) {
    try {
      const c = await d.cohort.create({
        data: { title, joinCode: newJoinCode(), instructorId: v.id },
        include: { instructor: { select: { id: true, name: true } }, _count: { select: { members: true } } },
      });
      return summary(c);
    } catch (e) {
      if ((e as { code?: string }).code !== "P2002") throw e;
    }
  }
  throw new ApiError(503, "join_code_exhausted", "could not pick a free join code; try again");
}

/** The cohorts an instructor runs; every cohort for an admin. */
export async function listTaughtCohorts(viewer: Viewer | null): Promise<CohortSummary[]> {
  const v = requireInstructor(viewer);
  const db = await getDb();
  const rows = await db.cohort.findMany({
    where: v.role === "admin" ? {} : { instructorId: v.id },
    orderBy: { createdAt: "desc" },
    include: { instructor: { select: { id: true, name: true } }, _count: { select: { members: true } } },
  });
  return rows.map(summary);
}

/** The cohort row, if this viewer may manage it; else 404. */
export async function managedCohort(viewer: Viewer | null, cohortId: string, db?: Db) {
  const v = requireInstructor(viewer);
  const d = db ?? (await getDb());
  const c = typeof cohortId === "string" && cohortId.length <= 64 ? await d.cohort.findUnique({ where: { id: cohortId } }) : null;
  if (!c || (v.role !== "admin" && c.instructorId !== v.id)) throw new ApiError(404, "cohort_not_found", "no such cohort");
  return c;
}

export async function getCohort(viewer: Viewer | null, cohortId: string): Promise<CohortDetail> {
  await managedCohort(viewer, cohortId);
  const db = await getDb();
  const c = await db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    include: {
      instructor: { select: { id: true, name: true } },
      _count: { select: { members: true } },
      assignments: { orderBy: { createdAt: "asc" } },
      exerciseAssignments: exerciseAssignmentsInclude,
      members: { orderBy: { joinedAt: "asc" }, include: { user: { select: { id: true, name: true, email: true } } } },
    },
  });
  return {
    ...summary(c),
    assignments: c.assignments.map(assignmentView),
    exercises: c.exerciseAssignments.map(exerciseAssignmentView),
    members: c.members.map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt.toISOString() })),
  };
}

export async function assignLesson(viewer: Viewer | null, input: unknown): Promise<AssignmentView> {
  const { cohortId, lessonSlug, dueAt } = parse(assignInput, input);
  await managedCohort(viewer, cohortId);
  if (!findLesson(lessonSlug)) throw new ApiError(404, "unknown_lesson", `no lesson "${lessonSlug}"`);
  const db = await getDb();
  const a = await db.assignment.upsert({
    where: { cohortId_lessonSlug: { cohortId, lessonSlug } },
    create: { cohortId, lessonSlug, dueAt },
    update: { dueAt },
  });
  return assignmentView(a);
}

export async function unassignLesson(viewer: Viewer | null, input: unknown): Promise<void> {
  const { cohortId, lessonSlug } = parse(assignInput.pick({ cohortId: true, lessonSlug: true }), input);
  await managedCohort(viewer, cohortId);
  const db = await getDb();
  await db.assignment.deleteMany({ where: { cohortId, lessonSlug } });
}

/** Any signed-in person joins with a code; joining twice is harmless. */
export async function joinCohort(viewer: Viewer | null, input: unknown): Promise<{ id: string; title: string }> {
  const v = requireViewer(viewer);
  const { code } = parse(joinInput, input);
  const db = await getDb();
  const c = await db.cohort.findUnique({ where: { joinCode: code } });
  if (!c) throw new ApiError(404, "unknown_join_code", "no cohort has this join code");
  await db.cohortMember.upsert({
    where: { cohortId_userId: { cohortId: c.id, userId: v.id } },
    create: { cohortId: c.id, userId: v.id },
    update: {},
  });
  return { id: c.id, title: c.title };
}

export interface MyCohort {
  id: string;
  title: string;
  instructorName: string;
  assignments: AssignmentView[];
  exercises: ExerciseAssignmentView[];
}

/** The cohorts the viewer belongs to, with their assignments. */
export async function myCohorts(viewer: Viewer | null): Promise<MyCohort[]> {
  const v = requireViewer(viewer);
  const db = await getDb();
  const rows = await db.cohortMember.findMany({
    where: { userId: v.id },
    orderBy: { joinedAt: "asc" },
    include: {
      cohort: {
        include: { instructor: { select: { name: true } }, assignments: { orderBy: { createdAt: "asc" } }, exerciseAssignments: exerciseAssignmentsInclude },
      },
    },
  });
  return rows.map((m) => ({
    id: m.cohort.id,
    title: m.cohort.title,
    instructorName: m.cohort.instructor.name,
    assignments: m.cohort.assignments.map(assignmentView),
    exercises: m.cohort.exerciseAssignments.map(exerciseAssignmentView),
  }));
}

function summary(c: {
  id: string;
  title: string;
  joinCode: string;
  createdAt: Date;
  instructor: { id: string; name: string };
  _count: { members: number };
}): CohortSummary {
  return { id: c.id, title: c.title, joinCode: c.joinCode, instructor: c.instructor, learners: c._count.members, createdAt: c.createdAt.toISOString() };
}

function assignmentView(a: { lessonSlug: string; dueAt: Date | null }): AssignmentView {
  return { lessonSlug: a.lessonSlug, lessonTitle: findLesson(a.lessonSlug)?.title ?? a.lessonSlug, dueAt: a.dueAt?.toISOString() ?? null };
}

const exerciseAssignmentsInclude = { orderBy: { createdAt: "asc" }, include: { exercise: { select: { id: true, title: true } } } } as const;

function exerciseAssignmentView(a: { dueAt: Date | null; exercise: { id: string; title: string } }): ExerciseAssignmentView {
  return { exerciseId: exerciseIdOf(a.exercise.id), title: a.exercise.title, dueAt: a.dueAt?.toISOString() ?? null };
}
