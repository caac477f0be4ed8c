/**
 * Whose variant of the exercises this browser shows. A signed-in learner's
 * variant seed is `variantSeedFor(user id)`: the one the server grades them
 * in, on every device. Before the session is known (lesson pages are static,
 * and the first prompt must not wait for a request) the page uses the user
 * this browser last saw signed in, `rootlab:learner`, and corrects itself
 * when the session answers. An anonymous learner gets a random key, kept in
 * `rootlab:variant-key`, so a reload shows the same addresses.
 */
import { variantSeedFor } from "@rootlab/content/variant";
import { type KeyValueStore, readJson } from "./store.js";
import { newClientId } from "./uuid.js";

export const LEARNER_KEY = "rootlab:learner";
export const VARIANT_KEY = "rootlab:variant-key";

export interface Learner {
  /** the signed-in user, or null for an anonymous learner */
  userId: string | null;
  /** the variant seed the exercises are instantiated with (a uint32) */
  seed: number;
}

/** The learner as this browser knows them now (synchronous: no request). */
export function currentLearner(store: KeyValueStore): Learner {
  const rec = readJson(store, LEARNER_KEY) as { v?: unknown; userId?: unknown } | undefined;
  if (rec && rec.v === 1 && typeof rec.userId === "string" && rec.userId) return { userId: rec.userId, seed: variantSeedFor(rec.userId) };
  let key = store.getItem(VARIANT_KEY);
  if (!key) store.setItem(VARIANT_KEY, (key = newClientId()));
  return { userId: null, seed: variantSeedFor(key) };
}

/** What the session said: a user id, or null when nobody is signed in. Returns whether the learner changed. */
export function rememberSession(store: KeyValueStore, userId: string | null): boolean {
  const before = currentLearner(store).userId;
  if (userId) store.setItem(LEARNER_KEY, JSON.stringify({ v: 1, userId }));
  else store.removeItem(LEARNER_KEY);
  return before !== userId;
}
