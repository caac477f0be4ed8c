/** Liveness of the database, for GET /api/health. Server only. */
import { type DbProvider, dbProvider, getDb } from "./db.js";

export type Health = { ok: true; db: DbProvider } | { ok: false; db: DbProvider | "unknown"; error: string };

export async function checkDatabase(): Promise<Health> {
  let db: DbProvider | "unknown" = "unknown";
  try {
    db = dbProvider();
    const client = await getDb();
    await client.$queryRaw`SELECT 1`;
    return { ok: true, db };
  } catch (e) {
    console.error("health: database check failed:", e);
    // no connection strings or driver messages in a public response
    return { ok: false, db, error: "database unreachable" };
  }
}
