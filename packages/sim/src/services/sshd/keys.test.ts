import { hmac } from "@noble/hashes/hmac.js";
import { sha1 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { describe, expect, it } from "vitest";
import { base64Decode, base64Encode, type ByteString, fromUint8Array, toUint8Array, utf8Encode } from "../../bytes.js";
import { fingerprint, hashedName, labKey, nameMatches, saltFrom } from "./keys.js";

const salt = (n: number) => saltFrom(() => n);

describe("memoised hashes answer for their whole input", () => {
  it("fingerprint: each blob its own digest, asked again or not", () => {
    const a = labKey("host:a", "").blob;
    const b = labKey("host:b", "").blob;
    const direct = (blob: string) => `SHA256:${base64Encode(fromUint8Array(sha256(toUint8Array(base64Decode(blob)!)))).replace(/=+$/, "")}`;
    for (let i = 0; i < 2; i++) {
      expect(fingerprint(a)).toBe(direct(a));
      expect(fingerprint(b)).toBe(direct(b));
    }
    expect(fingerprint(a)).not.toBe(fingerprint(b));
  });

  it("hashedName: a new salt, name or port gives a new HMAC", () => {
    const direct = (name: string, port: number, s: ByteString) => {
      const token = port === 22 ? name : `[${name}]:${port}`;
      return `|1|${base64Encode(s)}|${base64Encode(fromUint8Array(hmac(sha1, toUint8Array(s), toUint8Array(utf8Encode(token)))))}`;
    };
    const asked: [string, number, ByteString][] = [
      ["backup", 22, salt(1)],
      ["backup", 22, salt(2)],
      ["backup", 2222, salt(1)],
      ["backup2", 22, salt(1)],
      // salt and name split differently over the same characters
      ["b", 22, (salt(1).slice(1) + "x") as ByteString],
    ];
    for (let i = 0; i < 2; i++) for (const [n, p, s] of asked) expect(hashedName(n, p, s)).toBe(direct(n, p, s));
    expect(new Set(asked.map(([n, p, s]) => hashedName(n, p, s))).size).toBe(asked.length);
  });

  it("nameMatches: a hashed entry matches its own name only", () => {
    const field = hashedName("backup", 22, salt(7));
    expect(nameMatches(field, "backup", 22)).toBe(true);
    expect(nameMatches(field, "backup", 2222)).toBe(false);
    expect(nameMatches(field, "db", 22)).toBe(false);
    expect(nameMatches(hashedName("db", 22, salt(7)), "db", 22)).toBe(true);
  });
});
