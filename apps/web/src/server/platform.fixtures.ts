/**
 * People and cohorts for the platform tests, made through the real sign-up
 * endpoint (so sessions and cookies are Better Auth's own). Not a test file.
 *
 *   learner        in cohort A (taught by instructor)
 *   otherLearner   in cohort B (taught by otherInstructor)
 *   instructor     owns cohort A
 *   otherInstructor owns cohort B
 *   admin
 */
import { POST as authPost } from "../app/api/auth/[...all]/route.js";
import { getDb } from "./db.js";

export const ORIGIN = "http://localhost:3000";
export const PASSWORD = "correct horse battery staple";

export type Persona = "anonymous" | "learner" | "otherLearner" | "instructor" | "otherInstructor" | "admin";
export const PERSONAS: Persona[] = ["anonymous", "learner", "otherLearner", "instructor", "otherInstructor", "admin"];

export interface Person {
  id: string;
  email: string;
  cookie: string;
}

export async function signUp(email: string, name: string, password = PASSWORD): Promise<Person> {
  const res = await authPost(
    new Request(`${ORIGIN}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ email, password, name }),
    }),
  );
  if (res.status !== 200) throw new Error(`sign-up ${email}: ${res.status} ${await res.text()}`);
  const json = (await res.json()) as { user: { id: string } };
  return { id: json.user.id, email, cookie: sessionCookie(res) };
}

export function sessionCookie(res: Response): string {
  const c = res.headers.getSetCookie().find((s) => s.includes("session_token="));
  if (!c) throw new Error("no session cookie set");
  return c.split(";")[0];
}

export interface World {
  people: Record<Exclude<Persona, "anonymous">, Person>;
  cohortA: { id: string; joinCode: string };
  cohortB: { id: string; joinCode: string };
  /** the instructor's second cohort, empty: everyone may join it */
  cohortC: { id: string; joinCode: string };
}

export function api(path: string, persona: Person | undefined, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Request {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (persona) headers.cookie = persona.cookie;
  if (init.body !== undefined) {
    headers["content-type"] ??= "application/json";
    headers.origin ??= ORIGIN;
  }
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? (init.body !== undefined ? "POST" : "GET"),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
}

export async function makeWorld(tag: string): Promise<World> {
  const db = await getDb();
  const mk = (who: string, name: string) => signUp(`${who}-${tag}@example.test`, name);
  const [learner, otherLearner, instructor, otherInstructor, admin] = await Promise.all([
    mk("learner", "Lea Learner"),
    mk("other-learner", "Olaf Other"),
    mk("instructor", "Ines Instructor"),
    mk("other-instructor", "Otto Instructor"),
    mk("admin", "Ada Admin"),
  ]);
  await db.user.update({ where: { id: instructor.id }, data: { role: "instructor" } });
  await db.user.update({ where: { id: otherInstructor.id }, data: { role: "instructor" } });
  await db.user.update({ where: { id: admin.id }, data: { role: "admin" } });
  const cohortA = await db.cohort.create({ data: { title: `A ${tag}`, joinCode: `A${tag}`.slice(0, 8).padEnd(8, "A").toUpperCase(), instructorId: instructor.id } });
  const cohortB = await db.cohort.create({ data: { title: `B ${tag}`, joinCode: `B${tag}`.slice(0, 8).padEnd(8, "B").toUpperCase(), instructorId: otherInstructor.id } });
  const cohortC = await db.cohort.create({ data: { title: `C ${tag}`, joinCode: `C${tag}`.slice(0, 8).padEnd(8, "C").toUpperCase(), instructorId: instructor.id } });
  await db.cohortMember.create({ data: { cohortId: cohortA.id, userId: learner.id } });
  await db.cohortMember.create({ data: { cohortId: cohortB.id, userId: otherLearner.id } });
  return { people: { learner, otherLearner, instructor, otherInstructor, admin }, cohortA, cohortB, cohortC };
}

/**
 * Many signed-in learners at once, without paying a password hash each: users
 * and sessions are inserted directly and the cookie signed as Better Auth
 * signs it (HMAC-SHA256 of the token with the secret, base64, URL-encoded).
 * The sessions are real: the app looks them up as it would any other.
 */
export async function bulkLearners(n: number, tag: string): Promise<Person[]> {
  const { createHmac, randomBytes } = await import("node:crypto");
  const { authSecret } = await import("./auth-secret.js");
  const secret = authSecret();
  const db = await getDb();
  const people = Array.from({ length: n }, (_, i) => ({
    id: `bulk-${tag}-${i}`,
    email: `bulk-${i}-${tag}@example.test`,
    token: randomBytes(24).toString("base64url"),
  }));
  await db.user.createMany({ data: people.map((p, i) => ({ id: p.id, email: p.email, name: `Learner ${i}` })) });
  const expiresAt = new Date(Date.now() + 24 * 3600 * 1000);
  await db.session.createMany({ data: people.map((p) => ({ userId: p.id, token: p.token, expiresAt })) });
  return people.map((p) => {
    const sig = createHmac("sha256", secret).update(p.token).digest("base64");
    return { id: p.id, email: p.email, cookie: `rootlab.session_token=${encodeURIComponent(`${p.token}.${sig}`)}` };
  });
}
