import { describe, expect, it } from "vitest";
import { flush } from "./outbox.js";
import { CLAIM_URL, claimSent, rememberSent, SENT_KEY, SENT_LIMIT, sentIds } from "./sent.js";
import { memoryStore } from "./store.js";

const sub = (clientId: string) => ({ clientId, exerciseId: "x", entries: [], seed: 1 });

describe("sent attempts remembered for a later sign-in", () => {
  it("flush remembers every saved submission's clientId", async () => {
    const store = memoryStore({ "rootlab:outbox": JSON.stringify([sub("a"), sub("b")]) });
    await flush(store, async (s) => ({ kind: "saved", attempt: { id: s.clientId, score: 1, results: [] } }));
    expect(sentIds(store)).toEqual(["a", "b"]);
  });

  it("keeps only the newest SENT_LIMIT ids, without duplicates", () => {
    const store = memoryStore();
    for (let i = 0; i < SENT_LIMIT + 5; i++) rememberSent(store, `id-${i}`);
    rememberSent(store, `id-${SENT_LIMIT + 4}`);
    const ids = sentIds(store);
    expect(ids).toHaveLength(SENT_LIMIT);
    expect(ids[0]).toBe("id-5");
    expect(new Set(ids).size).toBe(SENT_LIMIT);
  });

  it("claims them once, then forgets them", async () => {
    const store = memoryStore();
    rememberSent(store, "a");
    const calls: { url: string; body: unknown }[] = [];
    const n = await claimSent(store, async (url, init) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return Response.json({ claimed: 1 });
    });
    expect(n).toBe(1);
    expect(calls).toEqual([{ url: CLAIM_URL, body: { clientIds: ["a"] } }]);
    expect(store.getItem(SENT_KEY)).toBeNull();
  });

  it("keeps them when the server is down or the viewer is not signed in", async () => {
    const store = memoryStore();
    rememberSent(store, "a");
    expect(await claimSent(store, async () => new Response("", { status: 503 }))).toBeUndefined();
    expect(await claimSent(store, async () => new Response("", { status: 401 }))).toBeUndefined();
    expect(await claimSent(store, async () => Promise.reject(new Error("offline")))).toBeUndefined();
    expect(sentIds(store)).toEqual(["a"]);
  });
});
