/**
 * CSRF guard for route handlers that act on the session cookie. The cookie is
 * SameSite=Lax (not sent on cross-site POSTs) and the handlers want
 * application/json (a cross-site form cannot send it without a CORS
 * preflight, which nothing here answers); this check is the third wall: a
 * request a browser marks as coming from another site is refused outright.
 * Next's server actions do the same check themselves.
 */
import { ApiError } from "./api-error.js";

export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw forbidden();
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden();
  }
  if (originHost !== host) throw forbidden();
}

function forbidden(): ApiError {
  return new ApiError(403, "cross_site_request", "requests from other sites are refused");
}
