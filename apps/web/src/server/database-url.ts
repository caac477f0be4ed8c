/**
 * Which database DATABASE_URL names, resolved the same way by the Prisma CLI
 * (prisma.config.ts, run from the repo root) and by the app (`next start`,
 * run from apps/web). No server-only import: prisma.config.ts loads it too.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";

export type DbProvider = "sqlite" | "postgresql";

export type DatabaseTarget =
  | { provider: "sqlite"; /** absolute path of the database file */ file: string; url: string }
  | { provider: "postgresql"; url: string };

/**
 * The repository root: the nearest folder at or above `from` whose
 * package.json declares workspaces. Falls back to `from` (a deployed bundle
 * may carry no package.json up the tree).
 */
export function repoRoot(from: string = process.cwd()): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if ("workspaces" in JSON.parse(readFileSync(pkg, "utf8"))) return dir;
      } catch {
        // an unreadable package.json is not the root; keep walking
      }
    }
    if (dirname(dir) === dir) return resolve(from);
  }
}

/** file:<repo root>/.data/rootlab.db: one file, nothing to install. */
export function defaultDatabaseUrl(root: string = repoRoot()): string {
  return `file:${join(root, ".data", "rootlab.db")}`;
}

/**
 * Parses DATABASE_URL (the default when unset or empty). A relative SQLite
 * path is taken from the repo root, not the current directory, so the CLI and
 * the app open the same file. Throws for any other scheme: a typo must not
 * silently fall back to a local file.
 */
export function resolveDatabase(url: string | undefined = process.env.DATABASE_URL, root?: string): DatabaseTarget {
  const raw = url?.trim() || defaultDatabaseUrl(root);
  if (raw.startsWith("file:")) {
    const path = raw.slice("file:".length).replace(/\?.*$/, "");
    if (path === "") throw new Error("DATABASE_URL file: needs a path");
    const file = isAbsolute(path) ? path : resolve(root ?? repoRoot(), path);
    return { provider: "sqlite", file, url: `file:${file}` };
  }
  if (/^postgres(ql)?:\/\//.test(raw)) return { provider: "postgresql", url: raw };
  throw new Error("DATABASE_URL must start with file:, postgres:// or postgresql://");
}
