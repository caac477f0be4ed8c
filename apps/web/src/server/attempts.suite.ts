/**
 * The attempts API against a real database: run by attempts.sqlite.test.ts
 * and attempts.postgres.test.ts, so both providers pass the same assertions.
 * Drives the exported route handlers with Request objects: no server needed.
 */
import { randomUUID } from "node:crypto";
import { entriesFromLines, getExercise, variantSeedFor } from "@rootlab/content";
import { getSolutions, solutionsFor } from "@rootlab/content/solutions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../app/api/attempts/route.js";
import { GET as health } from "../app/api/health/route.js";
import { MAX_BODY_BYTES, MAX_ENTRIES, MAX_LINE_LENGTH } from "./attempt-input.js";
import { submitAttempt } from "./attempts.js";
import { closeDb, getDb } from "./db.js";
import { ensureClients, type TestDatabase } from "./test-databases.js";

const EXERCISE = "two-addresses-add";

function solution(which: "reference" | string) {
  const ex = getExercise(EXERCISE)!;
  const sol = getSolutions(EXERCISE)!;
  if (which === "reference") return { entries: entriesFromLines(ex, sol.reference), fails: [] as string[] };
  const wrong = sol.wrong.find((w) => w.name === which)!;
  return { entries: entriesFromLines(ex, wrong.lines), fails: wrong.fails };
}

function request(body: string, contentType = "application/json"): Request {
  return new Request("http://localhost/api/attempts", { method: "POST", headers: { "content-type": contentType }, body });
}

async function post(body: unknown): Promise<{ status: number; json: any }> {
  const res = await POST(request(JSON.stringify(body)));
  return { status: res.status, json: await res.json() };
}

async function rows(clientId?: string): Promise<number> {
  return (await getDb()).attempt.count(clientId ? { where: { clientId } } : undefined);
}

export function attemptsSuite(provider: "sqlite" | "postgresql", create: () => Promise<TestDatabase>): void {
  describe(`attempts API on ${provider}`, () => {
    let database: TestDatabase;

    beforeAll(async () => {
      ensureClients();
      database = await create();
      process.env.DATABASE_URL = database.url;
    }, 120_000);

    afterAll(async () => {
      await closeDb();
      await database?.drop();
    }, 60_000);

    it("answers the health check on the right database", async () => {
      const res = await health();
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true, db: provider });
    });

    it("grades the reference solution on the server and stores it", async () => {
      const clientId = randomUUID();
      const { entries } = solution("reference");
      const { status, json } = await post({ clientId, exerciseId: EXERCISE, entries, seed: 1 });
      expect(status).toBe(201);
      const a = json.attempt;
      expect(a).toMatchObject({ clientId, exerciseId: EXERCISE, score: 1, passed: true });
      expect(Object.keys(a).sort()).toEqual(["clientId", "createdAt", "exerciseId", "id", "passed", "results", "score"]);
      expect(a.results.map((r: { id: string }) => r.id)).toEqual(getExercise(EXERCISE)!.checks.map((c) => c.id));
      expect(a.results.every((r: { passed: boolean }) => r.passed)).toBe(true);
      expect(Number.isNaN(Date.parse(a.createdAt))).toBe(false);

      const row = await (await getDb()).attempt.findUniqueOrThrow({ where: { clientId } });
      expect(row).toMatchObject({ id: a.id, labId: "single", seed: 1, score: 1, passed: true, userId: null, durationMs: null });
      expect(JSON.parse(row.transcript)).toEqual({ labId: "single", seed: 1, variant: null, entries });
      expect(JSON.parse(row.results)).toEqual(a.results);
    });

    it("the data-access function stores a graded attempt and reports it as created", async () => {
      const clientId = randomUUID();
      const { entries } = solution("reference");
      const r = await submitAttempt({ clientId, exerciseId: EXERCISE, entries, durationMs: 61_000 });
      expect(r.created).toBe(true);
      expect(r.attempt.score).toBe(1);
      const row = await (await getDb()).attempt.findUniqueOrThrow({ where: { clientId } });
      expect(row.durationMs).toBe(61_000);
    });

    it("stores a transcript that misses the goal with its real, lower score", async () => {
      const clientId = randomUUID();
      const { entries, fails } = solution("both added with ip, no labels");
      const { status, json } = await post({ clientId, exerciseId: EXERCISE, entries });
      expect(status).toBe(201);
      expect(json.attempt.passed).toBe(false);
      expect(json.attempt.score).toBeLessThan(1);
      const failed = json.attempt.results.filter((r: { passed: boolean }) => !r.passed).map((r: { id: string }) => r.id);
      expect(failed.sort()).toEqual([...fails].sort());
      const row = await (await getDb()).attempt.findUniqueOrThrow({ where: { clientId } });
      expect(row.score).toBe(json.attempt.score);
      expect(row.passed).toBe(false);
    });

    it("ignores a score, a pass and results forged in the body", async () => {
      const clientId = randomUUID();
      const forged = [{ id: "ip-label", title: "x", passed: true, message: "ok" }];
      const { status, json } = await post({ clientId, exerciseId: EXERCISE, entries: [], score: 1, passed: true, results: forged });
      expect(status).toBe(201);
      // nothing done: only the guard "the original address is kept" passes, and guards alone earn nothing
      expect(json.attempt.score).toBe(0);
      expect(json.attempt.passed).toBe(false);
      const row = await (await getDb()).attempt.findUniqueOrThrow({ where: { clientId } });
      expect(row.score).toBe(0);
      expect(row.passed).toBe(false);
    });

    it("a retry with the same clientId returns the stored attempt with 200, never a second row", async () => {
      const clientId = randomUUID();
      const { entries } = solution("reference");
      const first = await post({ clientId, exerciseId: EXERCISE, entries });
      // the retry even claims a different transcript: the first one stands
      const again = await post({ clientId, exerciseId: EXERCISE, entries: [] });
      expect(first.status).toBe(201);
      expect(again.status).toBe(200);
      expect(again.json).toEqual(first.json);
      expect(await rows(clientId)).toBe(1);
    });

    it("20 concurrent submissions with one clientId store one row and all answer with it", async () => {
      const clientId = randomUUID();
      const { entries } = solution("reference");
      const before = await rows();
      const all = await Promise.all(Array.from({ length: 20 }, () => post({ clientId, exerciseId: EXERCISE, entries })));
      expect(all.filter((r) => r.status === 201)).toHaveLength(1);
      expect(all.filter((r) => r.status === 200)).toHaveLength(19);
      expect(new Set(all.map((r) => r.json.attempt.id)).size).toBe(1);
      expect(await rows(clientId)).toBe(1);
      expect(await rows()).toBe(before + 1);
    }, 60_000);

    it("replays in the learner's variant: their own reference passes, another variant's does not", async () => {
      const mine = getExercise(EXERCISE, variantSeedFor("learner-a"))!;
      const theirs = getExercise(EXERCISE, variantSeedFor("learner-b"))!;
      expect(mine.variant.values.addr2).not.toBe(theirs.variant.values.addr2);
      const entries = entriesFromLines(mine, solutionsFor(mine)!.reference);
      const clientId = randomUUID();
      const ok = await post({ clientId, exerciseId: EXERCISE, entries, variant: mine.variant.seed });
      expect(ok.json.attempt.score).toBe(1);
      const row = await (await getDb()).attempt.findUniqueOrThrow({ where: { clientId } });
      expect(JSON.parse(row.transcript)).toMatchObject({ variant: mine.variant.seed });
      // a transcript copied from learner a fails in learner b's variant
      const copied = await post({ clientId: randomUUID(), exerciseId: EXERCISE, entries, variant: theirs.variant.seed });
      expect(copied.json.attempt.passed).toBe(false);
    });

    it("a signed-in learner is graded in their own variant only", async () => {
      const db = await getDb();
      // a fixed id (each run has a fresh database) whose variant is not the default one
      const user = await db.user.create({ data: { id: "variant-learner-1", email: `v-${randomUUID()}@example.org`, name: "Variant learner" } });
      const own = getExercise(EXERCISE, variantSeedFor(user.id))!;
      const entries = entriesFromLines(own, solutionsFor(own)!.reference);
      const r = await submitAttempt({ clientId: randomUUID(), exerciseId: EXERCISE, entries, variant: own.variant.seed }, { userId: user.id });
      expect(r.attempt.score).toBe(1);
      const other = variantSeedFor("someone-else");
      await expect(submitAttempt({ clientId: randomUUID(), exerciseId: EXERCISE, entries, variant: other }, { userId: user.id })).rejects.toMatchObject({
        status: 422,
        code: "variant_mismatch",
      });
      // naming no variant does not fall back to the lesson's default values: the learner's own is used
      const clientId = randomUUID();
      const mineAgain = await submitAttempt({ clientId, exerciseId: EXERCISE, entries }, { userId: user.id });
      expect(mineAgain.attempt.score).toBe(1);
      const row = await db.attempt.findUniqueOrThrow({ where: { clientId } });
      expect(JSON.parse(row.transcript).variant).toBe(own.variant.seed);
      const byDefault = await submitAttempt({ clientId: randomUUID(), exerciseId: EXERCISE, entries: solution("reference").entries }, { userId: user.id });
      expect(own.variant.values.addr2).not.toBe(getExercise(EXERCISE)!.variant.values.addr2);
      expect(byDefault.attempt.passed).toBe(false);
    });

    it("treats a clientId upper-cased by the client as the same attempt", async () => {
      const clientId = randomUUID();
      const first = await post({ clientId, exerciseId: EXERCISE, entries: [] });
      const again = await post({ clientId: clientId.toUpperCase(), exerciseId: EXERCISE, entries: [] });
      expect([first.status, again.status]).toEqual([201, 200]);
      expect(again.json.attempt.id).toBe(first.json.attempt.id);
    });

    describe("rejects bad input and writes nothing", () => {
      const valid = () => ({ clientId: randomUUID(), exerciseId: EXERCISE, entries: [] as unknown[] });

      async function rejected(req: Request, status: number, code: string): Promise<any> {
        const before = await rows();
        const res = await POST(req);
        const json = await res.json();
        expect(res.status).toBe(status);
        expect(json.code).toBe(code);
        expect(typeof json.error).toBe("string");
        expect(json.error.length).toBeGreaterThan(10);
        expect(await rows()).toBe(before);
        return json;
      }
      const body = (b: unknown) => request(JSON.stringify(b));

      it("malformed JSON: 400", () => rejected(request('{"clientId": '), 400, "malformed_json"));
      it("a body that is not JSON at all: 400", () => rejected(request("clientId=1"), 400, "malformed_json"));
      it("wrong content type: 415", () => rejected(request(JSON.stringify(valid()), "text/plain"), 415, "unsupported_media_type"));
      it("no content type: 415", async () => {
        const req = new Request("http://localhost/api/attempts", { method: "POST", body: new Uint8Array(Buffer.from(JSON.stringify(valid()))) });
        await rejected(req, 415, "unsupported_media_type");
      });
      it("a body over 256 KiB: 413", () => {
        const b = { ...valid(), entries: [{ host: "host", line: "x".repeat(MAX_LINE_LENGTH) }], pad: "y".repeat(MAX_BODY_BYTES) };
        return rejected(body(b), 413, "payload_too_large");
      });
      it("a body over the limit that claims a small Content-Length: 413", () => {
        const b = JSON.stringify({ ...valid(), pad: "y".repeat(MAX_BODY_BYTES) });
        const req = new Request("http://localhost/api/attempts", {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": "10" },
          body: b,
        });
        return rejected(req, 413, "payload_too_large");
      });
      it(`more than ${MAX_ENTRIES} entries: 413`, () =>
        rejected(body({ ...valid(), entries: Array(MAX_ENTRIES + 1).fill({ host: "host", line: "true" }) }), 413, "payload_too_large"));
      it(`a line over ${MAX_LINE_LENGTH} characters: 413`, () =>
        rejected(body({ ...valid(), entries: [{ host: "host", line: "e".repeat(MAX_LINE_LENGTH + 1) }] }), 413, "payload_too_large"));
      it("more than a day of virtual time in total: 413", () =>
        rejected(body({ ...valid(), entries: Array(25).fill({ advance: 3_600_000 }) }), 413, "payload_too_large"));
      it("an unknown exercise: 404 naming it", async () => {
        const json = await rejected(body({ ...valid(), exerciseId: "no-such-exercise" }), 404, "unknown_exercise");
        expect(json.error).toContain('"no-such-exercise"');
      });
      it("a clientId that is not a UUID: 400", () => rejected(body({ ...valid(), clientId: "attempt-1" }), 400, "invalid_attempt"));
      it("no entries field: 400", async () => {
        const { entries: _, ...rest } = valid();
        const json = await rejected(body(rest), 400, "invalid_attempt");
        expect(json.issues[0].path).toBe("entries");
      });
      it("an entry that is neither a command nor a time skip: 400", () =>
        rejected(body({ ...valid(), entries: [{ host: "host" }] }), 400, "invalid_attempt"));
      it("a negative time skip: 400", () => rejected(body({ ...valid(), entries: [{ advance: -5 }] }), 400, "invalid_attempt"));
      it("a JSON array instead of an object: 400", () => rejected(body([valid()]), 400, "invalid_attempt"));
      it("a transcript doing more work than any attempt needs: 422, quickly", async () => {
        const loop = { host: "host", line: "while true; do echo x >> /tmp/f; done" };
        const t0 = performance.now();
        await rejected(body({ ...valid(), entries: Array.from({ length: 200 }, () => loop) }), 422, "transcript_too_costly");
        expect(performance.now() - t0).toBeLessThan(20_000);
      }, 30_000); // the bound is the assertion above, not vitest's default 5 s (a shared, loaded machine takes longer)
      it("a seed that is not the exercise's: 422", () => rejected(body({ ...valid(), seed: 2 }), 422, "seed_mismatch"));
      it("a variant that is not a uint32: 400", () => rejected(body({ ...valid(), variant: 2 ** 32 }), 400, "invalid_attempt"));
      it("a clientId already used for another exercise: 409", async () => {
        const first = valid();
        expect((await post(first)).status).toBe(201);
        await rejected(body({ ...first, exerciseId: "two-addresses-remove" }), 409, "client_id_reused");
      });
    });
  });
}
