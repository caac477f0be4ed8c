/**
 * Makes a migration for both databases from the change to prisma/schema.prisma
 * since the last migration (`migrate dev` needs a shadow database and does not
 * work offline with the WebAssembly engine; `migrate diff` between two
 * datamodels does).
 *
 *   npx tsx scripts/db-new-migration.ts add_cohorts
 *
 * Each SQLite migration folder keeps the schema it was made from
 * (schema.prisma beside migration.sql; `migrate deploy` reads only the SQL):
 * the next migration is the diff from that snapshot to the current schema,
 * for SQLite and, through the same derivation, for PostgreSQL.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { derivePostgres } from "./db-derive-postgres.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npx tsx scripts/db-new-migration.ts NAME   (lower-case letters, digits, _)");
  process.exit(2);
}

const sqliteDir = join(root, "prisma/migrations");
const pgDir = join(root, "prisma/postgres/migrations");
const current = readFileSync(join(root, "prisma/schema.prisma"), "utf8");
const latest = readdirSync(sqliteDir).filter((d) => /^\d{14}_/.test(d)).sort().at(-1);
const snapshot = latest ? join(sqliteDir, latest, "schema.prisma") : undefined;
if (snapshot && !existsSync(snapshot)) throw new Error(`${snapshot} is missing: cannot tell what the last migration made`);

const tmp = mkdtempSync(join(tmpdir(), "rootlab-migration-"));
try {
  const sqlFor = (provider: "sqlite" | "postgresql"): string => {
    const shape = (s: string) => (provider === "sqlite" ? s : derivePostgres(s));
    const to = join(tmp, `${provider}-to.prisma`);
    writeFileSync(to, shape(current));
    const from = ["--from-empty"];
    if (snapshot) {
      writeFileSync(join(tmp, `${provider}-from.prisma`), shape(readFileSync(snapshot, "utf8")));
      from.splice(0, 1, "--from-schema-datamodel", join(tmp, `${provider}-from.prisma`));
    }
    // The config's adapter must match the provider even though nothing is read from it.
    const url = provider === "sqlite" ? `file:${join(tmp, "scratch.db")}` : process.env.MIGRATION_POSTGRES_URL || "postgresql://root@127.0.0.1:5432/postgres";
    return execFileSync(join(root, "node_modules/.bin/prisma"), ["migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
  };
  const sqlite = sqlFor("sqlite");
  const postgres = sqlFor("postgresql");
  const empty = (sql: string) => sql.split("\n").every((l) => l.trim() === "" || l.trim().startsWith("--"));
  if (empty(sqlite) && empty(postgres)) {
    console.log("prisma/schema.prisma has not changed since the last migration: nothing to do");
    process.exit(0);
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = `${stamp}_${name}`;
  mkdirSync(join(sqliteDir, folder), { recursive: true });
  mkdirSync(join(pgDir, folder), { recursive: true });
  writeFileSync(join(sqliteDir, folder, "migration.sql"), sqlite);
  writeFileSync(join(sqliteDir, folder, "schema.prisma"), current);
  writeFileSync(join(pgDir, folder, "migration.sql"), postgres);
  writeFileSync(join(root, "prisma/postgres/schema.prisma"), derivePostgres(current));
  console.log(`wrote prisma/migrations/${folder} and prisma/postgres/migrations/${folder}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
