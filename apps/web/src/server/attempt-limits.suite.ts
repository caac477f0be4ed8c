/**
 * Who submits an attempt and how often they may: the session cookie read as
 * Better Auth reads it, and the rate limits (a signed-in learner's, an
 * anonymous address's), counted in the database and answered with 429 and
 * Retry-After. Run by attempt-limits.sqlite.test.ts and
 * attempt-limits.postgres.test.ts through the real route handler.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../app/api/attempts/route.js";
import { preflight } from "./attempt-store.js";
import { ANONYMOUS_RATE_LIMIT_PER_MINUTE, RATE_LIMIT_PER_MINUTE, RATE_WINDOW_MS, REFUSED_REPLAYS_PER_MINUTE } from "./attempts.js";
import { resetAuth } from "./auth.js";
import { addressKeyOf } from "./client-address.js";
import { closeDb, getDb } from "./db.js";
import { ORIGIN, type Person, signUp } from "./platform.fixtures.js";
import { sessionTokenOf } from "./session-token.js";
import { ensureClients, type TestDatabase } from "./test-databases.js";
import { viewerFromHeaders } from "./viewer.js";

const EXERCISE = "two-addresses-add";

/** a transcript doing more work than an attempt may: the server stops replaying it (422 transcript_too_costly) */
const TOO_COSTLY = Array.from({ length: 200 }, () => ({ host: "host", line: "while true; do echo x >> /tmp/f; done" }));

/** POST /api/attempts of an empty transcript (graded 0, stored like any other) from `address`, with `cookie` if given */
async function submit(address: string, opts: { cookie?: string; clientId?: string; entries?: unknown[] } = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": address };
  if (opts.cookie) headers.cookie = opts.cookie;
  const res = await POST(
    new Request(`${ORIGIN}/api/attempts`, {
      method: "POST",
      headers,
      body: JSON.stringify({ clientId: opts.clientId ?? randomUUID(), exerciseId: EXERCISE, entries: opts.entries ?? [] }),
    }),
  );
  return { status: res.status, retryAfter: res.headers.get("retry-after"), json: (await res.json()) as any };
}

/** `n` attempts stored `agoMs` ago by a learner or from an address key, as if submitted then */
async function fill(n: number, agoMs: number, by: { userId: string } | { addressKey: string }): Promise<string[]> {
  const createdAt = new Date(Date.now() - agoMs);
  const clientIds = Array.from({ length: n }, () => randomUUID());
  await (await getDb()).attempt.createMany({
    data: clientIds.map((clientId) => ({
      clientId,
      exerciseId: EXERCISE,
      labId: "single",
      seed: 1,
      transcript: "{}",
      score: 0,
      passed: false,
      results: "[]",
      createdAt,
      ...by,
    })),
  });
  return clientIds;
}

const keyOf = (address: string) => addressKeyOf(new Headers({ "x-forwarded-for": address }));

export function attemptLimitsSuite(provider: "sqlite" | "postgresql", create: () => Promise<TestDatabase>): void {
  describe(`who submits an attempt, and how often, on ${provider}`, () => {
    let database: TestDatabase;
    let learner: Person;

    beforeAll(async () => {
      ensureClients();
      database = await create();
      process.env.DATABASE_URL = database.url;
      resetAuth();
      // signed up through Better Auth's own endpoint: its cookie, its session row
      learner = await signUp(`limits-${randomUUID().slice(0, 8)}@example.test`, "Lim Its");
    }, 120_000);

    afterAll(async () => {
      resetAuth();
      await closeDb();
      await database?.drop();
    }, 60_000);

    describe("the session cookie", () => {
      it("is read as Better Auth reads it: its token finds the signed-in learner", async () => {
        const headers = new Headers({ cookie: learner.cookie });
        const token = await sessionTokenOf(headers);
        expect(token).not.toBeNull();
        const session = await (await getDb()).session.findUniqueOrThrow({ where: { token: token! } });
        expect(session.userId).toBe(learner.id);
        expect((await viewerFromHeaders(headers))?.id).toBe(learner.id);
        const r = await submit("192.0.2.10", { cookie: learner.cookie });
        expect(r.status).toBe(201);
        expect((await (await getDb()).attempt.findUniqueOrThrow({ where: { clientId: r.json.attempt.clientId } })).userId).toBe(learner.id);
      });

      it("a cookie Better Auth would refuse is anonymous: tampered, re-signed with another key, unsigned", async () => {
        const [name, value] = learner.cookie.split("=");
        const [token] = decodeURIComponent(value).split(".");
        const { createHmac } = await import("node:crypto");
        const otherKey = createHmac("sha256", "not-the-secret-not-the-secret-0123").update(token).digest("base64");
        const forged = [
          `${name}=${encodeURIComponent(`${token}.${"A".repeat(43)}=`)}`,
          `${name}=${encodeURIComponent(`${token}.${otherKey}`)}`,
          `${name}=${token}`,
          `rootlab.session_tokens=${value}`,
        ];
        for (const cookie of forged) {
          const headers = new Headers({ cookie });
          expect(await sessionTokenOf(headers)).toBeNull();
          expect(await viewerFromHeaders(headers)).toBeNull();
          const r = await submit("192.0.2.11", { cookie });
          expect(r.status).toBe(201);
          expect((await (await getDb()).attempt.findUniqueOrThrow({ where: { clientId: r.json.attempt.clientId } })).userId).toBeNull();
        }
      });

      it("an expired or deleted session is anonymous", async () => {
        const db = await getDb();
        const token = (await sessionTokenOf(new Headers({ cookie: learner.cookie })))!;
        const now = new Date();
        const q = { clientId: randomUUID(), addressKey: null, since: new Date(now.getTime() - RATE_WINDOW_MS), now };
        expect((await preflight(db, { ...q, who: { sessionToken: token } })).userId).toBe(learner.id);
        // the same session a second after it expires
        const expiresAt = (await db.session.findUniqueOrThrow({ where: { token } })).expiresAt;
        expect((await preflight(db, { ...q, now: new Date(expiresAt.getTime() + 1000), who: { sessionToken: token } })).userId).toBeNull();
        // a session signed out (its row deleted)
        const other = await signUp(`gone-${randomUUID().slice(0, 8)}@example.test`, "Gone Away");
        const otherToken = (await sessionTokenOf(new Headers({ cookie: other.cookie })))!;
        await db.session.delete({ where: { token: otherToken } });
        expect((await preflight(db, { ...q, who: { sessionToken: otherToken } })).userId).toBeNull();
      });
    });

    describe("rate limits", () => {
      it(`an anonymous address past ${ANONYMOUS_RATE_LIMIT_PER_MINUTE} attempts a minute gets 429 with Retry-After; other addresses do not`, async () => {
        const db = await getDb();
        const address = "198.51.100.7";
        const key = await keyOf(address);
        const stored = await fill(ANONYMOUS_RATE_LIMIT_PER_MINUTE, 50_000, { addressKey: key });

        const before = await db.attempt.count();
        const refused = await submit(address);
        expect(refused.status).toBe(429);
        expect(refused.json.code).toBe("rate_limited");
        // the window has room again when the attempts that filled it, 50 s old, are a minute old
        const seconds = Number(refused.retryAfter);
        expect(seconds).toBeGreaterThanOrEqual(1);
        expect(seconds).toBeLessThanOrEqual(10);
        expect(refused.json.retryAfterSeconds).toBe(seconds);
        expect(await db.attempt.count()).toBe(before);

        // a retry of an attempt already stored costs a lookup, not a replay: answered, not limited
        const retry = await submit(address, { clientId: stored[0] });
        expect(retry.status).toBe(200);

        // another address is counted on its own, and its key is not the address
        const other = await submit("198.51.100.8");
        expect(other.status).toBe(201);
        const row = await db.attempt.findUniqueOrThrow({ where: { clientId: other.json.attempt.clientId } });
        expect(row.addressKey).toBe(await keyOf("198.51.100.8"));
        expect(row.addressKey).not.toBe(key);
        expect(row.addressKey).not.toContain("198.51");
      });

      it("attempts older than the window no longer count", async () => {
        const address = "198.51.100.9";
        await fill(ANONYMOUS_RATE_LIMIT_PER_MINUTE, RATE_WINDOW_MS + 5_000, { addressKey: await keyOf(address) });
        expect((await submit(address)).status).toBe(201);
      });

      it(`a signed-in learner past ${RATE_LIMIT_PER_MINUTE} attempts a minute gets 429 with Retry-After, wherever they submit from`, async () => {
        const db = await getDb();
        const limited = await signUp(`limited-${randomUUID().slice(0, 8)}@example.test`, "Lim Ited");
        await fill(RATE_LIMIT_PER_MINUTE - 1, 30_000, { userId: limited.id });
        expect((await submit("203.0.113.20", { cookie: limited.cookie })).status).toBe(201);
        const before = await db.attempt.count({ where: { userId: limited.id } });
        expect(before).toBe(RATE_LIMIT_PER_MINUTE);
        for (const address of ["203.0.113.20", "203.0.113.21"]) {
          const refused = await submit(address, { cookie: limited.cookie });
          expect(refused.status).toBe(429);
          expect(refused.json.code).toBe("rate_limited");
          const seconds = Number(refused.retryAfter);
          expect(seconds).toBeGreaterThanOrEqual(1);
          expect(seconds).toBeLessThanOrEqual(30);
          expect(refused.json.retryAfterSeconds).toBe(seconds);
        }
        expect(await db.attempt.count({ where: { userId: limited.id } })).toBe(before);
        // the learner's count is theirs: the same address without the cookie is another sender
        expect((await submit("203.0.113.20")).status).toBe(201);
      });

      it(`transcripts refused as too costly count on their own: past ${REFUSED_REPLAYS_PER_MINUTE} a minute, nothing of that sender is replayed`, async () => {
        const db = await getDb();
        const address = "198.51.100.30";
        const key = await keyOf(address);
        // earlier refusals of this address, 20 s ago; and one of another address
        const earlier = new Date(Date.now() - 20_000);
        await db.refusedReplay.createMany({
          data: [
            ...Array.from({ length: REFUSED_REPLAYS_PER_MINUTE - 1 }, () => ({ addressKey: key, createdAt: earlier })),
            { addressKey: await keyOf("198.51.100.31"), createdAt: earlier },
          ],
        });
        // an old refusal goes away with the next one recorded
        await db.refusedReplay.create({ data: { addressKey: key, createdAt: new Date(Date.now() - RATE_WINDOW_MS - 10_000) } });

        const attempts = await db.attempt.count();
        const costly = await submit(address, { entries: TOO_COSTLY });
        expect(costly.status).toBe(422);
        expect(costly.json.code).toBe("transcript_too_costly");
        expect(await db.refusedReplay.count({ where: { addressKey: key } })).toBe(REFUSED_REPLAYS_PER_MINUTE);

        // the limit is reached: even a cheap attempt is refused before any replay, with the time until the window has
        // room (the earliest refusals leave it RATE_WINDOW_MS after they were made; the costly replay above may have
        // taken many seconds on a busy machine, so the bounds are from the clock, not fixed)
        const roomAt = earlier.getTime() + RATE_WINDOW_MS;
        const asked = Date.now();
        const limited = await submit(address);
        const answered = Date.now();
        expect(limited.status).toBe(429);
        expect(limited.json.code).toBe("rate_limited");
        expect(limited.json.error).toContain("too costly");
        const seconds = Number(limited.retryAfter);
        expect(seconds).toBeGreaterThanOrEqual(Math.floor((roomAt - answered) / 1000));
        expect(seconds).toBeLessThanOrEqual(Math.ceil((roomAt - asked) / 1000) + 1);
        expect(seconds).toBeGreaterThan(0);
        expect(await db.attempt.count()).toBe(attempts);

        // another address is not affected
        expect((await submit("198.51.100.31")).status).toBe(201);
      }, 60_000);

      it("a signed-in learner's refused transcripts count against them, not their address", async () => {
        const db = await getDb();
        const person = await signUp(`costly-${randomUUID().slice(0, 8)}@example.test`, "Cost Ly");
        await db.refusedReplay.createMany({ data: Array.from({ length: REFUSED_REPLAYS_PER_MINUTE }, () => ({ userId: person.id })) });
        expect((await submit("203.0.113.40", { cookie: person.cookie })).status).toBe(429);
        expect((await submit("203.0.113.40")).status).toBe(201);
      });
    });
  });
}
