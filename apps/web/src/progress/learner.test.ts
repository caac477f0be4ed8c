import { variantSeedFor } from "@rootlab/content";
import { describe, expect, it } from "vitest";
import { currentLearner, LEARNER_KEY, rememberSession, VARIANT_KEY } from "./learner.js";
import { memoryStore } from "./store.js";

describe("the learner whose variant a browser shows", () => {
  it("an anonymous browser gets a random key, kept: the same seed on every load", () => {
    const store = memoryStore();
    const a = currentLearner(store);
    expect(a.userId).toBeNull();
    const key = store.getItem(VARIANT_KEY)!;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.seed).toBe(variantSeedFor(key));
    expect(currentLearner(store)).toEqual(a);
    // two browsers, two keys
    expect(currentLearner(memoryStore()).seed).not.toBe(a.seed);
  });

  it("a signed-in user's seed comes from their id; signing out goes back to the browser's key", () => {
    const store = memoryStore();
    const anon = currentLearner(store);
    expect(rememberSession(store, "user-1")).toBe(true);
    expect(currentLearner(store)).toEqual({ userId: "user-1", seed: variantSeedFor("user-1") });
    expect(rememberSession(store, "user-1")).toBe(false);
    expect(rememberSession(store, null)).toBe(true);
    expect(store.getItem(LEARNER_KEY)).toBeNull();
    expect(currentLearner(store)).toEqual(anon);
  });

  it("ignores a corrupt record", () => {
    const store = memoryStore({ [LEARNER_KEY]: '{"v":1,"userId":42}' });
    expect(currentLearner(store).userId).toBeNull();
  });
});
