/**
 * What the browser does once someone is signed in: send the attempts still
 * queued (now with the session cookie, so they are theirs), then claim the
 * ones it sent anonymously before. Saved transcripts stay in the browser.
 */
import { flush } from "./outbox.js";
import { sendAttempt } from "./send-attempt.js";
import { claimSent } from "./sent.js";
import type { KeyValueStore } from "./store.js";

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function moveProgressToAccount(store: KeyValueStore, fetchFn: Fetch): Promise<{ sent: number; claimed: number | undefined }> {
  const r = await flush(store, (s) => sendAttempt(fetchFn, s));
  // flushed attempts were sent signed in and are owned already; claiming them again is a no-op
  const claimed = await claimSent(store, fetchFn);
  return { sent: r.saved.length, claimed };
}
