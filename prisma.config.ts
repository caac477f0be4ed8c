/**
 * Prisma CLI configuration (generate, migrate deploy, migrate diff, status).
 *
 * Offline, Prisma 6.19.3 migrates through its bundled WebAssembly schema
 * engine: `engine: "js"` with a driver adapter. DATABASE_URL picks the schema,
 * the migrations folder and the adapter:
 *   file:...                       prisma/schema.prisma, prisma/migrations
 *   postgres(ql)://...             prisma/postgres/schema.prisma, prisma/postgres/migrations
 * An explicit --schema flag still wins for generate and diff.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { resolveDatabase } from "./apps/web/src/server/database-url.js";
import { createPgPool } from "./apps/web/src/server/pg-pool.js";

const root = import.meta.dirname ?? process.cwd();

// Nothing native may be downloaded (the hosts are unreachable): point the
// engine variables at an empty file so Prisma never looks for one.
const noEngine = join(root, "prisma", "no-engine");
process.env.PRISMA_QUERY_ENGINE_LIBRARY ||= noEngine;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= noEngine;

const target = resolveDatabase(process.env.DATABASE_URL, root);
// schema.prisma reads env("DATABASE_URL"): give it the resolved, absolute URL.
process.env.DATABASE_URL = target.url;
const folder = target.provider === "sqlite" ? "prisma" : join("prisma", "postgres");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: join(folder, "schema.prisma"),
  migrations: { path: join(folder, "migrations") },
  async adapter() {
    if (target.provider === "postgresql") return new PrismaPg(createPgPool(target.url));
    // better-sqlite3 creates the file but not its folder (.data/ on a fresh clone)
    mkdirSync(dirname(target.file), { recursive: true });
    return new PrismaBetterSQLite3({ url: target.url });
  },
});
