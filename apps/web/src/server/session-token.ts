/**
 * The session token of a request, read from Better Auth's session cookie
 * exactly as Better Auth reads it, without a round through its API: the
 * attempts endpoint needs only the token, to find the session's user in the
 * same statement that looks up everything else (attempt-store.ts).
 *
 * The cookie's name and the signing secret come from the auth instance's own
 * context; the value is `<token>.<signature>`, the signature being
 * base64(HMAC-SHA256(secret, token)) as better-call signs cookies. A value
 * Better Auth would refuse (unsigned, tampered, signed with another key)
 * gives null, so a token read out of the Session table is no way in without
 * the secret. Whether the session is still valid is the database's answer
 * (its row and `expiresAt`). session-token.test.ts holds this to Better
 * Auth's behaviour on cookies it issued itself.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { parseCookies } from "better-auth/cookies";
import { authRequestKeys } from "./auth.js";

/** characters of a base64 HMAC-SHA256, padding included */
const SIGNATURE_LENGTH = 44;

export async function sessionTokenOf(headers: Headers): Promise<string | null> {
  const cookie = headers.get("cookie");
  if (!cookie) return null;
  const pending = authRequestKeys();
  const keys = pending instanceof Promise ? await pending : pending;
  const value = parseCookies(cookie).get(keys.sessionCookieName);
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== SIGNATURE_LENGTH || !signature.endsWith("=")) return null;
  const expected = createHmac("sha256", keys.hmacKey).update(token).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
