/**
 * POST one attempt to /api/attempts and sort the answer into what the outbox
 * must do next. `fetch` is a parameter so that tests drive every branch.
 */
import type { AttemptSubmission, RecordedAttempt, SendOutcome } from "./outbox.js";

export const ATTEMPTS_URL = "/api/attempts";
/** ms to wait for the server before treating it as unreachable */
export const SEND_TIMEOUT_MS = 10_000;

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function sendAttempt(fetchFn: Fetch, sub: AttemptSubmission, timeoutMs = SEND_TIMEOUT_MS): Promise<SendOutcome> {
  let res: Response;
  const { anonymous, ...body } = sub;
  try {
    res = await fetchFn(ATTEMPTS_URL, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      // an attempt made anonymously stays anonymous (its variant is this browser's), and is claimed on sign-in
      ...(anonymous ? { credentials: "omit" as const } : {}),
    });
  } catch (e) {
    return { kind: "retry", reason: (e as Error).message || "network error" };
  }
  if (res.ok) {
    const body = (await res.json().catch(() => undefined)) as { attempt?: RecordedAttempt } | undefined;
    if (body?.attempt && typeof body.attempt.id === "string") return { kind: "saved", attempt: body.attempt };
    return { kind: "retry", reason: `unexpected answer from the server (HTTP ${res.status})` };
  }
  const reason = await res.text().catch(() => "");
  // 408 timeout, 429 too many requests, 5xx server trouble: may pass. Other 4xx: this submission is refused.
  if (res.status === 408 || res.status === 429 || res.status >= 500) return { kind: "retry", reason: `HTTP ${res.status}` };
  return { kind: "rejected", status: res.status, reason: reason.slice(0, 500) };
}
