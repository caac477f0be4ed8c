/**
 * Course completion certificates. A signed-in learner who has a passed
 * attempt (graded by the server's own replay) for every exercise of the course
 * gets one certificate, issued on first request and the same one afterwards.
 * Its id is 128 random bits: the verification page /certificates/<id> is
 * public, so the id must not be guessable or enumerable.
 */
import { randomBytes } from "node:crypto";
import { courseTitle } from "@rootlab/content";
import { courseLessons } from "./course-index.js";
import { getDb } from "./db.js";
import { requireViewer, type Viewer } from "./viewer.js";

/** The course a certificate is for: today content/course.yaml holds exactly one. */
export const COURSE_ID = "course";

export interface CertificateView {
  id: string;
  learnerName: string;
  courseTitle: string;
  /** ISO 8601 */
  issuedAt: string;
}

export type MyCertificate =
  | { status: "issued"; certificate: CertificateView }
  | { status: "incomplete"; passed: number; total: number };

/** base64url of 16 random bytes: 22 characters. */
export function newCertificateId(): string {
  return randomBytes(16).toString("base64url");
}

const ID_SHAPE = /^[A-Za-z0-9_-]{22}$/;

function view(row: { id: string; learnerName: string; courseTitle: string; issuedAt: Date }): CertificateView {
  return { id: row.id, learnerName: row.learnerName, courseTitle: row.courseTitle, issuedAt: row.issuedAt.toISOString() };
}

/**
 * The viewer's certificate for the course: the stored one, or a new one when
 * every exercise is now passed, or how far they are. Idempotent and safe under
 * concurrent calls: the (userId, courseId) unique key lets only one insert win.
 */
export async function myCertificate(viewer: Viewer | null): Promise<MyCertificate> {
  const v = requireViewer(viewer);
  const db = await getDb();
  const existing = await db.certificate.findUnique({ where: { userId_courseId: { userId: v.id, courseId: COURSE_ID } } });
  if (existing) return { status: "issued", certificate: view(existing) };

  const exerciseIds = courseLessons().flatMap((l) => l.exercises.map((e) => e.id));
  const passedRows = await db.attempt.findMany({
    where: { userId: v.id, passed: true, exerciseId: { in: exerciseIds } },
    distinct: ["exerciseId"],
    select: { exerciseId: true },
  });
  const passed = new Set(passedRows.map((r) => r.exerciseId)).size;
  if (exerciseIds.length === 0 || passed < exerciseIds.length) return { status: "incomplete", passed, total: exerciseIds.length };

  // The name as the account holds it now (the Viewer comes from the session, which may be older).
  const user = await db.user.findUniqueOrThrow({ where: { id: v.id }, select: { name: true } });
  try {
    const row = await db.certificate.create({
      data: { id: newCertificateId(), userId: v.id, courseId: COURSE_ID, courseTitle, learnerName: user.name },
    });
    return { status: "issued", certificate: view(row) };
  } catch (e) {
    // P2002: a concurrent request issued it first; answer with that one.
    if ((e as { code?: string }).code !== "P2002") throw e;
    const row = await db.certificate.findUniqueOrThrow({ where: { userId_courseId: { userId: v.id, courseId: COURSE_ID } } });
    return { status: "issued", certificate: view(row) };
  }
}

/** A certificate by its public id, for anyone; null when there is none (or the id is malformed). */
export async function findCertificate(id: string): Promise<CertificateView | null> {
  if (!ID_SHAPE.test(id)) return null;
  const db = await getDb();
  const row = await db.certificate.findUnique({ where: { id } });
  return row ? view(row) : null;
}
