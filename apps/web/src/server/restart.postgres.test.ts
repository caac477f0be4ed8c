// @vitest-environment node
import pg from "pg";
import { restartSuite } from "./restart.suite.js";
import { createPostgresDatabase } from "./test-databases.js";

process.env.BETTER_AUTH_SECRET ||= "test-secret-for-the-postgres-suite-0123456789";

/**
 * What a restart does to the app: every server connection to the database
 * ends at once (pg_terminate_backend on each). Only this run's database is
 * touched, so other test runs on the same server go on undisturbed.
 */
async function terminateConnections(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
  } finally {
    await c.end();
  }
}

restartSuite("postgresql", createPostgresDatabase, terminateConnections, true);
