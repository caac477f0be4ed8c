/**
 * Whom an anonymous attempt comes from, for its rate limit: the client's
 * address as Better Auth resolves it for its own rate limits (`getIP` with
 * the same options: the `x-forwarded-for` header when it holds one address,
 * which `next start` and serverless hosts set from the connection; IPv6
 * collapsed to its /64), kept only as a keyed hash. Requests whose address
 * cannot be told share one key, so they are limited together rather than
 * not at all.
 *
 * Behind a proxy that appends to x-forwarded-for, list it in Better Auth's
 * `advanced.ipAddress.trustedProxies`; a host that passes a client's own
 * x-forwarded-for through unchanged lets that client choose its key.
 */
import { createHmac } from "node:crypto";
import { getIP } from "better-auth/api";
import { authRequestKeys } from "./auth.js";

/** characters of the stored key (base64url): 132 bits */
const KEY_LENGTH = 22;

export async function addressKeyOf(headers: Headers): Promise<string> {
  const pending = authRequestKeys();
  const keys = pending instanceof Promise ? await pending : pending;
  const ip = getIP(headers, keys.options) ?? "unknown";
  return createHmac("sha256", keys.hmacKey).update(`attempt-address:${ip}`).digest("base64url").slice(0, KEY_LENGTH);
}
