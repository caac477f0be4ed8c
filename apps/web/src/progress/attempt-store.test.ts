import { describe, expect, it } from "vitest";
import { attemptKey, clearAttempt, commandCount, loadAttempt, saveAttempt } from "./attempt-store.js";
import { memoryStore } from "./store.js";

describe("attempt store", () => {
  const entries = [
    { host: "alpha", line: "ip addr" },
    { advance: 5000 },
    { host: "alpha", line: "ip addr add 192.168.1.20/24 dev eth0" },
  ];

  it("round-trips the entries of one exercise and seed", () => {
    const store = memoryStore();
    saveAttempt(store, "ex-one", 7, entries, 1_700_000_000_000);
    expect(loadAttempt(store, "ex-one", 7)).toEqual(entries);
    expect(loadAttempt(store, "ex-two", 7)).toEqual([]);
    expect(commandCount(store, "ex-one", 7)).toBe(2);
  });

  it("does not replay entries saved for another seed (the exercise changed)", () => {
    const store = memoryStore();
    saveAttempt(store, "ex-one", 7, entries, 0);
    expect(loadAttempt(store, "ex-one", 8)).toEqual([]);
  });

  it("replays entries in the variant they were saved in only (a record from before variants is the default one)", () => {
    const store = memoryStore();
    saveAttempt(store, "ex-one", 7, entries, 0, 12345);
    expect(loadAttempt(store, "ex-one", 7, 12345)).toEqual(entries);
    expect(loadAttempt(store, "ex-one", 7, 999)).toEqual([]);
    expect(loadAttempt(store, "ex-one", 7)).toEqual([]);
    store.setItem(attemptKey("old"), JSON.stringify({ v: 1, exerciseId: "old", seed: 7, entries, savedAt: 0 }));
    expect(loadAttempt(store, "old", 7, null)).toEqual(entries);
    expect(loadAttempt(store, "old", 7, 12345)).toEqual([]);
  });

  it("ignores corrupt or hand-edited records", () => {
    const store = memoryStore({ [attemptKey("a")]: "{not json", [attemptKey("b")]: JSON.stringify({ v: 1, exerciseId: "b", seed: 1, entries: [{ host: 3 }] }) });
    expect(loadAttempt(store, "a", 1)).toEqual([]);
    expect(loadAttempt(store, "b", 1)).toEqual([]);
  });

  it("clears", () => {
    const store = memoryStore();
    saveAttempt(store, "ex-one", 1, entries, 0);
    clearAttempt(store, "ex-one");
    expect(store.getItem(attemptKey("ex-one"))).toBeNull();
  });
});
