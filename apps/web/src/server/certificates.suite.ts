/**
 * Certificates against a real database: run by certificates.sqlite.test.ts
 * and certificates.postgres.test.ts. Attempts are stored directly (their
 * grading has its own tests in attempts.suite.ts): what is tested here is
 * when a certificate is issued, that it is issued once, and who can see it.
 */
import { randomUUID } from "node:crypto";
import { courseTitle } from "@rootlab/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COURSE_ID, findCertificate, myCertificate } from "./certificates.js";
import { courseLessons } from "./course-index.js";
import { closeDb, getDb } from "./db.js";
import { ensureClients, type TestDatabase } from "./test-databases.js";
import type { Viewer } from "./viewer.js";

const EXERCISES = courseLessons().flatMap((l) => l.exercises.map((e) => e.id));

async function learner(name: string): Promise<Viewer> {
  const db = await getDb();
  const email = `${randomUUID()}@example.test`;
  const u = await db.user.create({ data: { email, name } });
  return { id: u.id, email, name, role: "learner" };
}

async function attempt(v: Viewer, exerciseId: string, passed: boolean): Promise<void> {
  const db = await getDb();
  await db.attempt.create({
    data: {
      clientId: randomUUID(),
      userId: v.id,
      exerciseId,
      labId: "single",
      seed: 1,
      transcript: "{}",
      score: passed ? 1 : 0.5,
      passed,
      results: "[]",
    },
  });
}

export function certificatesSuite(provider: "sqlite" | "postgresql", create: () => Promise<TestDatabase>): void {
  describe(`certificates on ${provider}`, () => {
    let database: TestDatabase;

    beforeAll(async () => {
      ensureClients();
      database = await create();
      process.env.DATABASE_URL = database.url;
    }, 120_000);

    afterAll(async () => {
      await closeDb();
      await database?.drop();
    }, 60_000);

    it("the course has exercises to pass", () => {
      expect(EXERCISES.length).toBeGreaterThan(1);
    });

    it("asks for a signed-in learner", async () => {
      await expect(myCertificate(null)).rejects.toMatchObject({ status: 401 });
    });

    it("is not issued until every exercise has a passed attempt", async () => {
      const v = await learner("Ada");
      expect(await myCertificate(v)).toEqual({ status: "incomplete", passed: 0, total: EXERCISES.length });
      // every exercise attempted, the last one only failed: still incomplete
      for (const id of EXERCISES.slice(0, -1)) await attempt(v, id, true);
      await attempt(v, EXERCISES.at(-1)!, false);
      // a passed attempt of an exercise twice counts once
      await attempt(v, EXERCISES[0], true);
      expect(await myCertificate(v)).toEqual({ status: "incomplete", passed: EXERCISES.length - 1, total: EXERCISES.length });
      // another learner's pass does not count for Ada
      const other = await learner("Grace");
      await attempt(other, EXERCISES.at(-1)!, true);
      expect((await myCertificate(v)).status).toBe("incomplete");
      expect(await (await getDb()).certificate.count({ where: { userId: v.id } })).toBe(0);
    });

    it("is issued once all are passed, once, with an unguessable id, and is then found by anyone", async () => {
      const name = `<script>alert("x")</script> O'Brien & Søn`;
      const v = await learner(name);
      for (const id of EXERCISES) await attempt(v, id, true);
      const first = await myCertificate(v);
      expect(first.status).toBe("issued");
      if (first.status !== "issued") return;
      const c = first.certificate;
      expect(c).toMatchObject({ learnerName: name, courseTitle });
      expect(c.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Math.abs(Date.parse(c.issuedAt) - Date.now())).toBeLessThan(60_000);

      // asked again, and concurrently: the same certificate, one row
      const again = await Promise.all([myCertificate(v), myCertificate(v), myCertificate(v)]);
      for (const a of again) expect(a).toEqual(first);
      expect(await (await getDb()).certificate.count({ where: { userId: v.id, courseId: COURSE_ID } })).toBe(1);

      // renaming the account later does not change an issued certificate
      await (await getDb()).user.update({ where: { id: v.id }, data: { name: "Someone Else" } });
      expect(await findCertificate(c.id)).toEqual(c);
    });

    it("concurrent first requests race to one certificate", async () => {
      const v = await learner("Racer");
      for (const id of EXERCISES) await attempt(v, id, true);
      const all = await Promise.all(Array.from({ length: 8 }, () => myCertificate(v)));
      const ids = new Set(all.map((a) => (a.status === "issued" ? a.certificate.id : "none")));
      expect([...ids]).toHaveLength(1);
      expect(ids.has("none")).toBe(false);
      expect(await (await getDb()).certificate.count({ where: { userId: v.id } })).toBe(1);
    });

    it("an unknown or malformed id finds nothing", async () => {
      expect(await findCertificate("AAAAAAAAAAAAAAAAAAAAAA")).toBeNull();
      expect(await findCertificate("")).toBeNull();
      expect(await findCertificate("../../etc/passwd")).toBeNull();
      expect(await findCertificate("x".repeat(5000))).toBeNull();
    });
  });
}
