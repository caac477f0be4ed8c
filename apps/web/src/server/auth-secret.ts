/**
 * The key Better Auth signs session cookies with. Production sets
 * BETTER_AUTH_SECRET (32+ random bytes, see docs/deploy.md). A local SQLite
 * install (`npm start`, tests) without it gets a random key made once and kept
 * beside the database in .data/auth-secret, so sessions survive restarts and
 * nobody has to invent a secret to try Rootlab. On PostgreSQL the variable is
 * required: a serverless instance has no disk to keep a key on.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { resolveDatabase } from "./database-url.js";

export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters");
    return fromEnv;
  }
  const target = resolveDatabase();
  if (target.provider !== "sqlite") throw new Error("set BETTER_AUTH_SECRET (at least 32 random characters) when DATABASE_URL is PostgreSQL");
  const file = join(dirname(target.file), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // wx: two processes starting at once keep the first one's key
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  return readFileSync(file, "utf8").trim();
}
