/**
 * 200 signed-in learners submit at once while the database goes away under
 * them (PostgreSQL: every connection to the test database is terminated,
 * several times, as a restart does; SQLite: the client is closed mid-flight).
 * Each learner's browser retries as the real one does (send-attempt.ts:
 * network errors, 5xx and 429 are retried with the same clientId). In the end
 * every attempt is stored exactly once and belongs to its learner.
 */
import { randomUUID } from "node:crypto";
import { entriesFromLines, getExercise, variantSeedFor } from "@rootlab/content";
import { solutionsFor } from "@rootlab/content/solutions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as submitPost } from "../app/api/attempts/route.js";
import { sendAttempt } from "../progress/send-attempt.js";
import { resetAuth } from "./auth.js";
import { closeDb, getDb } from "./db.js";
import { bulkLearners, ORIGIN, type Person } from "./platform.fixtures.js";
import { ensureClients, type TestDatabase } from "./test-databases.js";

const LEARNERS = 200;
const EXERCISE = "two-addresses-add";
/** retries per learner at most; each waits 20..120 ms */
const MAX_TRIES = 60;

/** `outageBites`: the outage must have made some requests fail (PostgreSQL); SQLite's closed client reopens transparently. */
export function restartSuite(
  provider: "sqlite" | "postgresql",
  create: () => Promise<TestDatabase>,
  outage: (url: string) => Promise<void>,
  outageBites: boolean,
): void {
  describe(`${LEARNERS} learners submitting while ${provider} restarts`, () => {
    let database: TestDatabase;
    let learners: Person[];

    beforeAll(async () => {
      ensureClients();
      database = await create();
      process.env.DATABASE_URL = database.url;
      resetAuth();
      learners = await bulkLearners(LEARNERS, randomUUID().slice(0, 6));
    }, 120_000);

    afterAll(async () => {
      resetAuth();
      await closeDb();
      await database?.drop();
    }, 60_000);

    it("stores every attempt exactly once", async () => {
      // each learner types the reference solution of their own variant
      const subs = learners.map((l) => {
        const ex = getExercise(EXERCISE, variantSeedFor(l.id))!;
        const entries = entriesFromLines(ex, solutionsFor(ex)!.reference);
        return { learner: l, sub: { clientId: randomUUID(), exerciseId: EXERCISE, entries, seed: ex.seed, variant: ex.variant.seed! } };
      });
      let retries = 0;

      const submitUntilSaved = async ({ learner, sub }: (typeof subs)[number]) => {
        const fetchFn = (url: string, init: RequestInit) =>
          submitPost(new Request(`${ORIGIN}${url}`, { ...init, headers: { ...(init.headers as Record<string, string>), cookie: learner.cookie, origin: ORIGIN } }));
        for (let t = 0; t < MAX_TRIES; t++) {
          const out = await sendAttempt(fetchFn, sub);
          if (out.kind === "saved") return out.attempt;
          if (out.kind === "rejected") throw new Error(`rejected: ${out.status} ${out.reason}`);
          retries++;
          await new Promise((r) => setTimeout(r, 20 + Math.random() * 100));
        }
        throw new Error(`${sub.clientId} not saved after ${MAX_TRIES} tries`);
      };

      const outages = (async () => {
        for (let i = 0; i < 3; i++) {
          await new Promise((r) => setTimeout(r, 150));
          await outage(database.url);
        }
      })();
      const saved = await Promise.all(subs.map(submitUntilSaved));
      await outages;

      expect(saved.every((a) => a.score === 1)).toBe(true);
      if (outageBites) expect(retries).toBeGreaterThan(0);
      const db = await getDb();
      const rows = await db.attempt.findMany({ where: { clientId: { in: subs.map((s) => s.sub.clientId) } }, select: { clientId: true, userId: true } });
      expect(rows).toHaveLength(LEARNERS);
      const owner = new Map(rows.map((r) => [r.clientId, r.userId]));
      for (const { learner, sub } of subs) expect(owner.get(sub.clientId)).toBe(learner.id);
      expect(await db.attempt.count()).toBe(LEARNERS);
      console.log(`${provider}: ${LEARNERS} attempts stored once each after ${retries} retries`);
    }, 180_000);
  });
}
