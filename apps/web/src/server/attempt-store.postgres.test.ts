// @vitest-environment node
/**
 * The attempts' PostgreSQL statements are named prepared statements
 * (attempt-store.ts): made once per connection, sent again unnamed when the
 * server session lost them (a pooler moved the connection), and never named
 * when the URL says `pgbouncer=true`.
 */
import { randomUUID } from "node:crypto";
import { entriesFromLines, getExercise } from "@rootlab/content";
import { getSolutions } from "@rootlab/content/solutions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitAttempt } from "./attempts.js";
import { closeDb, getDb, pgPoolOf } from "./db.js";
import { createPostgresDatabase, ensureClients, type TestDatabase } from "./test-databases.js";

process.env.BETTER_AUTH_SECRET ||= "test-secret-for-the-postgres-suite-0123456789";
const EXERCISE = "two-addresses-add";

function attempt() {
  const ex = getExercise(EXERCISE)!;
  return { clientId: randomUUID(), exerciseId: EXERCISE, seed: ex.seed, entries: entriesFromLines(ex, getSolutions(EXERCISE)!.reference) };
}

/** the prepared statements of every connection the pool holds now (each checked out at once, so each is a different one) */
async function preparedOnEachConnection(): Promise<string[][]> {
  const pool = pgPoolOf(await getDb())!;
  const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
  try {
    return await Promise.all(clients.map(async (c) => (await c.query("SELECT name FROM pg_prepared_statements ORDER BY name")).rows.map((r) => r.name as string)));
  } finally {
    for (const c of clients) c.release();
  }
}

describe("attempt statements on PostgreSQL", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    ensureClients();
    database = await createPostgresDatabase();
  }, 120_000);

  afterAll(async () => {
    await closeDb();
    await database?.drop();
  }, 60_000);

  it("are prepared once per connection, and sent again unnamed when the server forgot them", async () => {
    process.env.DATABASE_URL = database.url;
    const first = await submitAttempt(attempt(), { addressKey: "test-address-1" });
    expect(first.created).toBe(true);
    const prepared = (await preparedOnEachConnection()).flat();
    expect(prepared.filter((n) => n.startsWith("rootlab_attempt_")).length).toBeGreaterThanOrEqual(2);

    // what a transaction pooler does: the next statement runs on a server session that never saw the Parse
    const pool = pgPoolOf(await getDb())!;
    const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
    await Promise.all(clients.map((c) => c.query("DEALLOCATE ALL")));
    for (const c of clients) c.release();
    expect((await preparedOnEachConnection()).flat()).toEqual([]);

    const again = await submitAttempt(attempt(), { addressKey: "test-address-1" });
    expect(again.created).toBe(true);
    expect(again.attempt.score).toBe(first.attempt.score);
    expect(await (await getDb()).attempt.count()).toBe(2);
    await closeDb();
  });

  it("are never named when the URL says pgbouncer=true", async () => {
    process.env.DATABASE_URL = `${database.url}?pgbouncer=true`;
    const r = await submitAttempt(attempt(), { addressKey: "test-address-2" });
    expect(r.created).toBe(true);
    expect((await preparedOnEachConnection()).flat()).toEqual([]);
    expect(await (await getDb()).attempt.count()).toBe(3);
    await closeDb();
  });
});
