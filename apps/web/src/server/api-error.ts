/**
 * The one error the server's data-access layer throws on purpose: an HTTP
 * status, a stable machine-readable `code`, and a message for people. Route
 * handlers turn it into `{ error, code, ...details }`; anything else is a bug
 * and becomes a 500 without internals.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * A JSON response for any thrown value; logs what is not an ApiError. A
 * `retryAfterSeconds` detail (429) is also sent as the Retry-After header.
 */
export function errorResponse(e: unknown): Response {
  if (e instanceof ApiError) {
    const retry = e.details?.retryAfterSeconds;
    const headers: Record<string, string> = typeof retry === "number" ? { "retry-after": String(Math.ceil(retry)) } : {};
    return Response.json({ error: e.message, code: e.code, ...e.details }, { status: e.status, headers });
  }
  console.error(e);
  return Response.json({ error: "internal error", code: "internal" }, { status: 500 });
}
