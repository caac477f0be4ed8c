import { describe, expect, it } from "vitest";
import { type AttemptSubmission, enqueue, flush, OUTBOX_KEY, OUTBOX_LIMIT, pending, type SendOutcome } from "./outbox.js";
import { sendAttempt } from "./send-attempt.js";
import { memoryStore } from "./store.js";

const sub = (n: number): AttemptSubmission => ({ clientId: `id-${n}`, exerciseId: "ex", seed: 1, entries: [{ host: "h", line: `echo ${n}` }] });
const saved = (id: string): SendOutcome => ({ kind: "saved", attempt: { id, score: 1, results: [] } });

describe("outbox", () => {
  it("keeps submissions in order, once per clientId, at most OUTBOX_LIMIT", () => {
    const store = memoryStore();
    enqueue(store, sub(1));
    enqueue(store, sub(2));
    enqueue(store, sub(1));
    expect(pending(store).map((s) => s.clientId)).toEqual(["id-2", "id-1"]);
    for (let i = 3; i < OUTBOX_LIMIT + 10; i++) enqueue(store, sub(i));
    expect(pending(store)).toHaveLength(OUTBOX_LIMIT);
    expect(pending(store).at(-1)!.clientId).toBe(`id-${OUTBOX_LIMIT + 9}`);
  });

  it("sends oldest first and removes what the server saved or rejected", async () => {
    const store = memoryStore();
    [1, 2, 3].forEach((n) => enqueue(store, sub(n)));
    const sent: string[] = [];
    const r = await flush(store, async (s) => {
      sent.push(s.clientId);
      return s.clientId === "id-2" ? { kind: "rejected", status: 400, reason: "bad" } : saved(`srv-${s.clientId}`);
    });
    expect(sent).toEqual(["id-1", "id-2", "id-3"]);
    expect(r.saved.map((s) => s.attempt.id)).toEqual(["srv-id-1", "srv-id-3"]);
    expect(r.rejected.map((s) => s.status)).toEqual([400]);
    expect(r.kept).toBe(0);
    expect(store.getItem(OUTBOX_KEY)).toBeNull();
  });

  it("stops at the first failure that may pass and keeps the rest", async () => {
    const store = memoryStore();
    [1, 2, 3].forEach((n) => enqueue(store, sub(n)));
    let calls = 0;
    const r = await flush(store, async (s) => (++calls, s.clientId === "id-2" ? { kind: "retry", reason: "offline" } : saved("x")));
    expect(calls).toBe(2);
    expect(r.kept).toBe(2);
    expect(pending(store).map((s) => s.clientId)).toEqual(["id-2", "id-3"]);
  });

  it("drops corrupt queue items", () => {
    const store = memoryStore({ [OUTBOX_KEY]: JSON.stringify([sub(1), { clientId: 5 }, null]) });
    expect(pending(store).map((s) => s.clientId)).toEqual(["id-1"]);
  });
});

describe("sendAttempt", () => {
  const answer = (status: number, body: unknown) => async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status });

  it("POSTs JSON to /api/attempts and reads the recorded attempt", async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const out = await sendAttempt(async (url, init) => {
      seen = { url, init };
      return new Response(JSON.stringify({ attempt: { id: "a1", score: 1, results: [] } }), { status: 201 });
    }, sub(1));
    expect(out).toEqual({ kind: "saved", attempt: { id: "a1", score: 1, results: [] } });
    expect(seen!.url).toBe("/api/attempts");
    expect(seen!.init.method).toBe("POST");
    expect(JSON.parse(seen!.init.body as string)).toEqual(sub(1));
  });

  it("sends an attempt made anonymously without the session cookie, and without its marker", async () => {
    const inits: RequestInit[] = [];
    const ok = async (_: string, init: RequestInit) => {
      inits.push(init);
      return new Response(JSON.stringify({ attempt: { id: "a1", score: 1, results: [] } }), { status: 201 });
    };
    await sendAttempt(ok, { ...sub(1), variant: 42, anonymous: true });
    await sendAttempt(ok, { ...sub(2), variant: 7 });
    expect(inits[0].credentials).toBe("omit");
    expect(JSON.parse(inits[0].body as string)).toEqual({ ...sub(1), variant: 42 });
    expect(inits[1].credentials).toBeUndefined();
  });

  it("retries on network errors, timeouts and 5xx; gives up on other 4xx", async () => {
    expect((await sendAttempt(async () => Promise.reject(new TypeError("Failed to fetch")), sub(1))).kind).toBe("retry");
    expect((await sendAttempt(answer(503, "down"), sub(1))).kind).toBe("retry");
    expect((await sendAttempt(answer(429, "slow down"), sub(1))).kind).toBe("retry");
    expect(await sendAttempt(answer(400, "entries: expected array"), sub(1))).toEqual({ kind: "rejected", status: 400, reason: "entries: expected array" });
    expect((await sendAttempt(answer(200, "<html>"), sub(1))).kind).toBe("retry");
  });
});
