/**
 * Derives prisma/postgres/schema.prisma from prisma/schema.prisma (SQLite, the
 * source). Prisma can't take the provider from an env var, and a client
 * generated for one provider refuses the other's adapter, so PostgreSQL gets
 * its own schema file, migrations and client; this keeps its datamodel
 * identical to SQLite's.
 *
 *   npx tsx scripts/db-derive-postgres.ts          write the derived schema
 *   npx tsx scripts/db-derive-postgres.ts --check  exit 1 if it is stale
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "prisma/schema.prisma");
const target = join(root, "prisma/postgres/schema.prisma");

export function derivePostgres(sqlite: string): string {
  const swaps: [RegExp, string][] = [
    [/^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"'],
    // one folder deeper, and the PostgreSQL client's own folder
    [/^(\s*output\s*=\s*)"\.\.\/apps\/web\/src\/generated\/prisma-sqlite"/m, '$1"../../apps/web/src/generated/prisma-postgres"'],
  ];
  let out = sqlite;
  for (const [re, to] of swaps) {
    if (!re.test(out)) throw new Error(`prisma/schema.prisma: expected to find ${re}`);
    out = out.replace(re, to);
  }
  const header =
    "// GENERATED from prisma/schema.prisma by scripts/db-derive-postgres.ts: do not edit.\n" +
    "// Edit prisma/schema.prisma, then `npx tsx scripts/db-new-migration.ts NAME` (it rewrites this file).\n\n";
  return header + out;
}

// Run as a script (not when imported by db-new-migration.ts).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const want = derivePostgres(readFileSync(source, "utf8"));
  if (process.argv.includes("--check")) {
    const have = existsSync(target) ? readFileSync(target, "utf8") : "";
    if (have !== want) {
      console.error("prisma/postgres/schema.prisma is stale: run `npx tsx scripts/db-derive-postgres.ts`");
      process.exit(1);
    }
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, want);
  }
}
