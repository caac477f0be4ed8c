/**
 * The clientIds of attempts this browser got saved on the server, kept under
 * `rootlab:sent` until they are claimed by an account: signing up or in moves
 * the browser's anonymous progress to the account (POST /api/attempts/claim).
 * Bounded: the newest SENT_LIMIT are kept.
 */
import { type KeyValueStore, readJson } from "./store.js";

export const SENT_KEY = "rootlab:sent";
export const SENT_LIMIT = 200;
export const CLAIM_URL = "/api/attempts/claim";

export function sentIds(store: KeyValueStore): string[] {
  const list = readJson(store, SENT_KEY);
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === "string") : [];
}

export function rememberSent(store: KeyValueStore, clientId: string): void {
  const list = sentIds(store).filter((id) => id !== clientId);
  list.push(clientId);
  store.setItem(SENT_KEY, JSON.stringify(list.slice(-SENT_LIMIT)));
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Ask the server to attach the remembered attempts to the signed-in account;
 * forget them once it answered (claimed, or already someone's). Returns how
 * many were claimed, or undefined when the server could not be reached (they
 * stay remembered for the next page).
 */
export async function claimSent(store: KeyValueStore, fetchFn: Fetch): Promise<number | undefined> {
  const ids = sentIds(store);
  if (ids.length === 0) return 0;
  try {
    const res = await fetchFn(CLAIM_URL, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ clientIds: ids }),
    });
    if (res.status === 401 || res.status >= 500) return undefined;
    const body = (await res.json().catch(() => ({}))) as { claimed?: number };
    // forget exactly what was sent: another tab may have added ids meanwhile
    const sent = new Set(ids);
    const rest = sentIds(store).filter((id) => !sent.has(id));
    if (rest.length) store.setItem(SENT_KEY, JSON.stringify(rest));
    else store.removeItem(SENT_KEY);
    return body.claimed ?? 0;
  } catch {
    return undefined;
  }
}
