/**
 * The attempts API's two statements: what the server must know before it
 * replays an attempt, and storing the graded attempt once.
 *
 * POST /api/attempts is the one hot write path of the platform (every Check
 * of every learner), so it talks to the database in two round trips, in SQL
 * written here rather than five Prisma calls: each Prisma call, raw ones
 * included, is planned by Prisma's WebAssembly query compiler before it runs,
 * which cost more CPU than the round trip itself, and a session lookup
 * through Better Auth's API was two more queries.
 *
 * The SQL is the common subset of SQLite and PostgreSQL (quoted identifiers,
 * LEFT JOIN, scalar subqueries, INSERT ... ON CONFLICT DO NOTHING), written
 * once with Prisma's `sql` tag. On PostgreSQL it runs on the pg Pool under
 * the Prisma client (`$1` placeholders); on SQLite through `$queryRaw`,
 * which binds `?` placeholders and writes dates in the adapter's format.
 * attempts.*.test.ts run both. Server only.
 *
 * On PostgreSQL both statements are named prepared statements (pgQuery): each
 * pooled connection parses and plans them once, then only binds and runs
 * them, which took about a third of PostgreSQL's CPU per attempt off
 * (0.76 to 0.49 ms in `npm run bench:api`). A pooler that does not keep
 * named statements (PgBouncer before 1.21, or with max_prepared_statements
 * = 0) is named in the URL with `pgbouncer=true`, as for Prisma, and gets
 * unnamed ones; one that loses a statement anyway costs a retry, not an
 * error.
 */
import { createHash, randomUUID } from "node:crypto";
import type pg from "pg";
import { type Sql, sqltag as sql } from "@prisma/client/runtime/client";
import { type Db, pgPoolOf } from "./db.js";

/** Who is submitting: a session token from a cookie (the API), or a user already known (the data-access function's callers). */
export type Submitter = { sessionToken: string | null } | { userId: string | null };

export interface Preflight {
  /** the signed-in learner: the session's user while the session is valid, else null (anonymous) */
  userId: string | null;
  /** the exercise of the attempt already stored under this clientId (a retry), or null */
  earlierExerciseId: string | null;
  /** attempts stored since `since` by this learner, or, when anonymous, from this address key */
  recent: number;
  /** transcripts refused as too costly since `since`, counted the same way (RefusedReplay) */
  refused: number;
}

/**
 * One statement: the session's user, an attempt already stored under
 * `clientId`, and how many attempts the learner (anonymous: the address)
 * stored since `since`, and how many of their transcripts were refused as
 * too costly since then. An expired or unknown session is anonymous.
 */
export async function preflight(
  db: Db,
  q: { who: Submitter; clientId: string; addressKey: string | null; since: Date; now: Date },
): Promise<Preflight> {
  const who =
    "userId" in q.who
      ? sql`LEFT JOIN "User" s ON s."id" = ${q.who.userId}`
      : sql`LEFT JOIN "Session" s ON s."token" = ${q.who.sessionToken} AND s."expiresAt" > ${q.now}`;
  const user = "userId" in q.who ? sql`s."id"` : sql`s."userId"`;
  type Count = bigint | number | string;
  const rows = await query<{ userId: string | null; earlierExerciseId: string | null; recent: Count; refused: Count }>(db, sql`
    SELECT ${user} AS "userId", e."exerciseId" AS "earlierExerciseId",
      CASE WHEN ${user} IS NULL
        THEN (SELECT count(*) FROM "Attempt" r WHERE r."addressKey" = ${q.addressKey} AND r."createdAt" >= ${q.since})
        ELSE (SELECT count(*) FROM "Attempt" r WHERE r."userId" = ${user} AND r."createdAt" >= ${q.since})
      END AS "recent",
      CASE WHEN ${user} IS NULL
        THEN (SELECT count(*) FROM "RefusedReplay" f WHERE f."addressKey" = ${q.addressKey} AND f."createdAt" >= ${q.since})
        ELSE (SELECT count(*) FROM "RefusedReplay" f WHERE f."userId" = ${user} AND f."createdAt" >= ${q.since})
      END AS "refused"
    FROM (SELECT 1 AS "one") o
    ${who}
    LEFT JOIN "Attempt" e ON e."clientId" = ${q.clientId}`);
  const row = rows[0];
  if (!row) throw new Error("preflight returned no row");
  return { userId: row.userId, earlierExerciseId: row.earlierExerciseId, recent: Number(row.recent), refused: Number(row.refused) };
}

/**
 * Remember that a transcript from this learner (anonymous: this address key)
 * was refused as too costly, and forget refusals older than `since` (they no
 * longer count against any limit).
 */
export async function recordRefusal(db: Db, by: { userId: string | null; addressKey: string | null }, now: Date, since: Date): Promise<void> {
  await db.refusedReplay.create({ data: { userId: by.userId, addressKey: by.userId ? null : by.addressKey, createdAt: now } });
  await db.refusedReplay.deleteMany({ where: { createdAt: { lt: since } } });
}

/** A graded attempt, as stored. */
export interface AttemptRow {
  clientId: string;
  userId: string | null;
  exerciseId: string;
  labId: string;
  seed: number;
  /** JSON text */
  transcript: string;
  score: number;
  passed: boolean;
  /** JSON text */
  results: string;
  durationMs: number | null;
  /** JSON text */
  errors: string;
  addressKey: string | null;
}

/**
 * Stores `row` unless an attempt with its clientId is already there (a
 * concurrent retry won): returns its id and creation time, or null then.
 */
export async function insertAttempt(db: Db, row: AttemptRow, now: Date): Promise<{ id: string; createdAt: Date } | null> {
  const id = randomUUID();
  const n = await execute(db, sql`
    INSERT INTO "Attempt" ("id", "clientId", "userId", "exerciseId", "labId", "seed", "transcript", "score", "passed", "results", "durationMs", "errors", "addressKey", "createdAt")
    VALUES (${id}, ${row.clientId}, ${row.userId}, ${row.exerciseId}, ${row.labId}, ${row.seed}, ${row.transcript}, ${row.score}, ${row.passed},
      ${row.results}, ${row.durationMs}, ${row.errors}, ${row.addressKey}, ${now})
    ON CONFLICT ("clientId") DO NOTHING`);
  return n === 1 ? { id, createdAt: now } : null;
}

/** Rows of a SELECT: on the pg Pool for PostgreSQL, through Prisma for SQLite. */
async function query<T>(db: Db, q: Sql): Promise<T[]> {
  const pool = pgPoolOf(db);
  if (pool) return (await pgQuery(pool, q)).rows as T[];
  return db.$queryRaw<T[]>(q);
}

/** Rows changed by a statement. */
async function execute(db: Db, q: Sql): Promise<number> {
  const pool = pgPoolOf(db);
  if (pool) return (await pgQuery(pool, q)).rowCount ?? 0;
  return db.$executeRaw(q);
}

/**
 * `q` on the pg Pool as a named prepared statement (see the header), unless
 * the pool's URL says `pgbouncer=true`. A statement the connection's server
 * session does not have (26000: a pooler moved us to another server
 * connection) or already has under its name (42P05: one shared through a
 * pooler) failed before it ran, so it is sent again unnamed.
 */
async function pgQuery(pool: pg.Pool, q: Sql): Promise<pg.QueryResult> {
  const values = q.values.map(pgValue);
  if (!namedStatements(pool)) return pool.query(q.text, values);
  try {
    return await pool.query({ name: statementName(q.text), text: q.text, values });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code !== "26000" && code !== "42P05") throw e;
    return pool.query(q.text, values);
  }
}

/** per pool: whether its URL allows named statements (no `pgbouncer=true`) */
const namedByPool = new WeakMap<pg.Pool, boolean>();
function namedStatements(pool: pg.Pool): boolean {
  let named = namedByPool.get(pool);
  if (named === undefined) {
    named = !/[?&]pgbouncer=true(&|$)/i.test(pool.options.connectionString ?? "");
    namedByPool.set(pool, named);
  }
  return named;
}

/**
 * A statement's name: a digest of its text, so that one name is never used for
 * two texts (pg refuses that) on any connection. Memoized: the texts are the
 * few statements of this file.
 */
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `rootlab_attempt_${createHash("sha256").update(text).digest("hex").slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * A parameter as PostgreSQL's `timestamp(3)` columns (UTC, no zone: what
 * Prisma stores) compare it: a Date as its UTC digits without an offset,
 * which pg would otherwise write in the process's local time zone.
 */
function pgValue(v: unknown): unknown {
  return v instanceof Date ? v.toISOString().slice(0, -1) : v;
}
