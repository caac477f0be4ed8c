/**
 * Accounts: Better Auth over the Prisma client of DATABASE_URL. Email and
 * password only; passwords are hashed by Better Auth (scrypt), sessions are
 * random tokens stored in the Session table and sent as a signed, httpOnly,
 * SameSite=Lax cookie — `Secure` (with the __Secure- prefix) when
 * BETTER_AUTH_URL is https, as in production; plain on http://localhost so
 * that `npm start` works without TLS.
 *
 * Server only. The instance is cached per database URL like the client it
 * wraps; it holds no request state. Rate limits of the auth endpoints are
 * stored in the database (the RateLimit table), not in memory.
 */
import { createSecretKey, type KeyObject } from "node:crypto";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { betterAuth } from "better-auth";
import { authSecret } from "./auth-secret.js";
import { getDb } from "./db.js";
import { resolveDatabase } from "./database-url.js";

export const ROLES = ["learner", "instructor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** characters */
export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 128;

async function createAuth() {
  const target = resolveDatabase();
  const db = await getDb();
  const baseURL = process.env.BETTER_AUTH_URL?.trim() || undefined;
  return betterAuth({
    appName: "Rootlab",
    secret: authSecret(),
    // Production names its URL (BETTER_AUTH_URL). Locally the site answers on whatever loopback host and port
    // `next start` got (localhost:3000, 127.0.0.1:<test port>): the origin is taken from the request's Host,
    // but only for these hosts, so a forged Host header cannot make another origin trusted.
    baseURL: baseURL ?? { allowedHosts: ["localhost:*", "127.0.0.1:*", "[::1]:*", "localhost", "127.0.0.1"], fallback: "http://localhost:3000" },
    // the Next route that mounts Better Auth (src/app/api/auth/[...all])
    basePath: "/api/auth",
    database: prismaAdapter(db, { provider: target.provider }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD,
      maxPasswordLength: MAX_PASSWORD,
      autoSignIn: true,
    },
    user: {
      additionalFields: {
        // never taken from a sign-up form: roles are granted by an admin or the seed
        role: { type: "string", required: false, defaultValue: "learner", input: false },
      },
    },
    session: {
      // s: a week, refreshed daily while in use
      expiresIn: 7 * 24 * 3600,
      updateAge: 24 * 3600,
    },
    rateLimit: {
      enabled: process.env.NODE_ENV === "production",
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 10 },
        "/change-password": { window: 60, max: 10 },
      },
    },
    advanced: {
      useSecureCookies: baseURL?.startsWith("https://") ?? false,
      cookiePrefix: "rootlab",
      // explicit: Better Auth skips these under NODE_ENV=test, and the tests must see what production does
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    telemetry: { enabled: false },
    // BETTER_AUTH_URL unset (local use): the origin comes from each request, which Better Auth warns about
    logger: { level: baseURL ? "warn" : "error" },
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const cacheKey = Symbol.for("rootlab.auth");
type Cache = Map<string, Promise<Auth>>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[cacheKey] as Cache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[cacheKey] = cache;

export function getAuth(): Promise<Auth> {
  const key = resolveDatabase().url;
  let auth = cache.get(key);
  if (!auth) {
    auth = createAuth();
    auth.catch(() => cache.delete(key));
    cache.set(key, auth);
  }
  return auth;
}

/** Forget cached instances (tests switch databases). */
export function resetAuth(): void {
  cache.clear();
}

/**
 * What the attempts endpoint reads off the auth instance for every request
 * (session-token.ts, client-address.ts): the session cookie's name, the
 * signing secret as a prepared HMAC key, and the options `getIP` reads.
 * Fixed for the life of the instance, so they are worked out once per
 * instance (a memo of its configuration, not request state) instead of two
 * awaits of the instance and its context per request.
 */
export interface AuthRequestKeys {
  sessionCookieName: string;
  hmacKey: KeyObject;
  options: Auth["options"];
}

const requestKeys = new WeakMap<Promise<Auth>, AuthRequestKeys>();

/** The current auth instance's AuthRequestKeys: synchronously once known, else a promise of them. */
export function authRequestKeys(): AuthRequestKeys | Promise<AuthRequestKeys> {
  const auth = getAuth();
  return requestKeys.get(auth) ?? loadRequestKeys(auth);
}

async function loadRequestKeys(auth: Promise<Auth>): Promise<AuthRequestKeys> {
  const instance = await auth;
  const ctx = await instance.$context;
  // the secret as HMAC key bytes exactly as createHmac(algorithm, secretString) uses it: UTF-8
  const keys = { sessionCookieName: ctx.authCookies.sessionToken.name, hmacKey: createSecretKey(ctx.secret, "utf8"), options: instance.options };
  requestKeys.set(auth, keys);
  return keys;
}
