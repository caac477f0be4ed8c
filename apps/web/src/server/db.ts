/**
 * The database client, chosen at run time from DATABASE_URL:
 *   file:<path>              SQLite through better-sqlite3 (the default:
 *                            file:<repo root>/.data/rootlab.db)
 *   postgres(ql)://...       PostgreSQL through pg
 * Each provider has its own generated client (prisma generate makes both; a
 * client generated for SQLite refuses the pg adapter). Both come from the same
 * datamodel (prisma/postgres/schema.prisma is derived from the SQLite one), so
 * callers see one type, `Db`: the SQLite client's, the lowest common
 * denominator (no PostgreSQL-only query options).
 *
 * Server only. The client is cached per process and per URL: a serverless
 * function may reuse it between requests; nothing else survives a request.
 */
import type pg from "pg";
import type { PrismaClient } from "../generated/prisma-sqlite/client.js";
import { type DbProvider, resolveDatabase } from "./database-url.js";

export type Db = PrismaClient;
export type { DbProvider };

// On globalThis so that `next dev`'s module reloads don't open a new pool per edit.
const cacheKey = Symbol.for("rootlab.db.clients");
type Cache = Map<string, Promise<Db>>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[cacheKey] as Cache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[cacheKey] = cache;

/** the pg Pool under each PostgreSQL client, for the few statements run on it directly (attempt-store.ts) */
const pools = new WeakMap<Db, pg.Pool>();

/**
 * The pg Pool a PostgreSQL client runs on (undefined for SQLite): the same
 * connections Prisma uses, for a hot path that sends its own SQL without
 * Prisma's per-query planning.
 */
export function pgPoolOf(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

/** Which database DATABASE_URL names (throws for an unsupported scheme). */
export function dbProvider(): DbProvider {
  return resolveDatabase().provider;
}

/** The client for the current DATABASE_URL, made on first use. */
export function getDb(): Promise<Db> {
  const target = resolveDatabase();
  let db = cache.get(target.url);
  if (!db) {
    db = target.provider === "sqlite" ? openSqlite(target.url) : openPostgres(target.url);
    // a failed open (missing generated client, bad URL) must not stick
    db.catch(() => cache.delete(target.url));
    cache.set(target.url, db);
  }
  return db;
}

/** Disconnects every cached client (tests; a long-lived process shutting down). */
export async function closeDb(): Promise<void> {
  const all = [...cache.values()];
  cache.clear();
  await Promise.allSettled(all.map(async (db) => (await db).$disconnect()));
}

// Imported on demand: a PostgreSQL deployment never loads better-sqlite3's
// native module, and a SQLite one never loads pg.
async function openSqlite(url: string): Promise<Db> {
  const [{ PrismaClient }, { PrismaBetterSQLite3 }] = await Promise.all([
    import("../generated/prisma-sqlite/client.js"),
    import("@prisma/adapter-better-sqlite3"),
  ]);
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

async function openPostgres(url: string): Promise<Db> {
  const [{ PrismaClient }, { PrismaPg }, { createPgPool }] = await Promise.all([
    import("../generated/prisma-postgres/client.js"),
    import("@prisma/adapter-pg"),
    import("./pg-pool.js"),
  ]);
  // Small pools: serverless scale-out multiplies them by the instance count.
  const max = Number(process.env.DATABASE_POOL_MAX) || 5;
  const pool = createPgPool(url, { max });
  // Same datamodel, different generated class: see the header.
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) as unknown as Db;
  pools.set(db, pool);
  return db;
}
