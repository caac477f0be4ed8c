/**
 * Password hashes in /etc/shadow, in the shape Debian 12's pam_unix writes
 * them (`yescrypt` in /etc/pam.d/common-password): `$y$j9T$SALT$HASH`, a
 * 22-character salt and a 43-character hash in crypt's base-64 alphabet.
 *
 * NOT real yescrypt: no maintained pure-JavaScript yescrypt package exists
 * to use here, so HASH is SHA-256 over the salt and the password, encoded
 * the same way. The salt comes from the host's seeded PRNG, so a replay
 * gives the same file. What a learner sees has the real shape and length,
 * a changed password changes the hash, and `verify` is what a login would
 * check; the text will not verify on a real system.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8Encode } from "../../bytes.js";
import type { Prng } from "../../world/prng.js";

const B64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** yescrypt's parameters as libxcrypt writes them for cost 5 (N=4096, r=32) */
const PARAMS = "j9T";

function crypt64(bytes: Uint8Array, chars: number): string {
  let out = "";
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc |= b << bits;
    bits += 8;
    while (bits >= 6 && out.length < chars) {
      out += B64[acc & 63];
      acc >>>= 6;
      bits -= 6;
    }
  }
  if (out.length < chars && bits > 0) out += B64[acc & 63];
  return out;
}

function digest(salt: string, password: string): string {
  const bytes = new Uint8Array(sha256(Uint8Array.from(utf8Encode(`${salt}$${password}`), (c) => c.charCodeAt(0))));
  return crypt64(bytes, 43);
}

export function hashPassword(password: string, prng: Prng): string {
  let salt = "";
  for (let i = 0; i < 22; i++) salt += B64[prng.nextU32() % 64];
  return `$y$${PARAMS}$${salt}$${digest(salt, password)}`;
}

/** whether `password` is the one `hash` was made from (false for "!", "*" and locked hashes) */
export function verifyPassword(password: string, hash: string): boolean {
  const m = /^\$y\$([./0-9A-Za-z]+)\$([./0-9A-Za-z]+)\$([./0-9A-Za-z]+)$/.exec(hash);
  return m !== null && digest(m[2], password) === m[3];
}
