/**
 * Throwaway databases for the integration tests, migrated with the same
 * `scripts/db-deploy.sh` that production uses. Not a test file: the
 * *.test.ts files beside it pick a database and run attempts.suite.ts on it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { repoRoot } from "./database-url.js";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const root = repoRoot();

function run(script: string, env: Record<string, string>): void {
  const r = spawnSync("bash", [join(root, "scripts", script)], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/** The generated clients are gitignored: make them when a fresh clone runs the tests first. */
export function ensureClients(): void {
  const gen = join(root, "apps", "web", "src", "generated");
  if (!existsSync(join(gen, "prisma-sqlite", "client.ts")) || !existsSync(join(gen, "prisma-postgres", "client.ts"))) {
    run("db-generate.sh", {});
  }
}

export async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "rootlab-test-"));
  const url = `file:${join(dir, "test.db")}`;
  run("db-deploy.sh", { DATABASE_URL: url });
  return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A uniquely named database on the server TEST_POSTGRES_URL names (default:
 * the local PostgreSQL, trust auth), created per run and dropped afterwards.
 */
export async function createPostgresDatabase(): Promise<TestDatabase> {
  const admin = process.env.TEST_POSTGRES_URL || "postgresql://root@127.0.0.1:5432/postgres";
  const name = `rootlab_test_${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withClient(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const url = u.toString();
  try {
    run("db-deploy.sh", { DATABASE_URL: url });
  } catch (e) {
    await withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    throw e;
  }
  return { url, drop: () => withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}) };
}

async function withClient<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}
