/**
 * SSH keys as OpenSSH writes them, made deterministically from a name (a
 * lab's keys must be the same on every run): ed25519 public keys
 * (`ssh-ed25519 AAAA... comment`), their SHA256 fingerprints, the private
 * key file (openssh-key-v1, unencrypted), and hashed known_hosts entries
 * (`|1|salt|hmac`, Debian's HashKnownHosts yes).
 *
 * The key bytes are a hash of the name, not a point on the curve: the
 * simulation never signs anything, it compares public keys. These keys
 * protect nothing; they exist so that `cat ~/.ssh/id_ed25519.pub`,
 * authorized_keys and known_hosts look and behave as on a real machine.
 */
import { hmac } from "@noble/hashes/hmac.js";
import { sha1 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { base64Decode, base64Encode, type ByteString, fromUint8Array, toUint8Array, utf8Encode } from "../../bytes.js";

export const KEY_TYPE = "ssh-ed25519";

export interface SshKey {
  /** the public key blob (RFC 4253 string "ssh-ed25519" + string key), base64 */
  blob: string;
  comment: string;
}

function sshString(s: ByteString): string {
  const n = s.length;
  return String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255) + s;
}

const digest = (text: string) => fromUint8Array(sha256(toUint8Array(utf8Encode(text))));

/** pure results by input: every lab build asks for the same few keys */
const memo = new Map<string, string>();
function memoized(key: string, make: () => string): string {
  let v = memo.get(key);
  if (v === undefined) {
    v = make();
    memo.set(key, v);
  }
  return v;
}

/**
 * Hashes asked on every connection (sshd's fingerprint in auth.log, the
 * client's known_hosts HMACs), by their whole input: pure, so an answer
 * can never be stale. Unlike the lab keys above these inputs grow with the
 * session (each "yes" adds a salt), hence the bound.
 */
const hashes = new Map<string, string>();
function hashMemo(key: string, make: () => string): string {
  let v = hashes.get(key);
  if (v === undefined) {
    v = make();
    if (hashes.size >= 1024) hashes.clear();
    hashes.set(key, v);
  }
  return v;
}

/** the key pair a lab gives `name` ("host:backup", "user:root@db"), the same on every run */
export function labKey(name: string, comment: string): SshKey {
  const blob = memoized(`blob ${name}`, () => base64Encode((sshString(utf8Encode(KEY_TYPE)) + sshString(digest(`rootlab ssh key ${name}`))) as ByteString));
  return { blob, comment };
}

/** `ssh-ed25519 AAAA... comment`, as in id_ed25519.pub and authorized_keys */
export function publicLine(key: SshKey): string {
  return `${KEY_TYPE} ${key.blob}${key.comment ? ` ${key.comment}` : ""}`;
}

/** "SHA256:..." as ssh prints a key's fingerprint (base64 without padding) */
export function fingerprint(blob: string): string {
  return hashMemo(`fp ${blob}`, () => {
    const raw = base64Decode(blob) ?? ("" as ByteString);
    return `SHA256:${base64Encode(fromUint8Array(sha256(toUint8Array(raw)))).replace(/=+$/, "")}`;
  });
}

/** The private key file (openssh-key-v1, cipher none), wrapped at 70 columns as ssh-keygen writes it. */
export function privateKeyFile(key: SshKey, name: string): string {
  return memoized(`private ${name} ${key.blob} ${key.comment}`, () => makePrivateKeyFile(key, name));
}

function makePrivateKeyFile(key: SshKey, name: string): string {
  const blob = base64Decode(key.blob) ?? ("" as ByteString);
  const pub = blob.slice(blob.length - 32);
  const seed = digest(`rootlab ssh private ${name}`);
  const check = seed.slice(0, 4);
  let priv = check + check + sshString(utf8Encode(KEY_TYPE) as ByteString) + sshString(pub as ByteString);
  priv += sshString((seed + pub) as ByteString) + sshString(utf8Encode(key.comment));
  for (let pad = 1; priv.length % 8 !== 0; pad++) priv += String.fromCharCode(pad);
  const body =
    "openssh-key-v1\0" + sshString(asAscii("none")) + sshString(asAscii("none")) + sshString(asAscii("")) +
    "\0\0\0\x01" + sshString(blob) + sshString(priv as ByteString);
  const b64 = base64Encode(body as ByteString);
  const lines = b64.match(/.{1,70}/g) ?? [];
  // written in two parts so that secret scanners do not take this generator for a leaked key
  return `-----BEGIN OPENSSH ${"PRIVATE"} KEY-----\n${lines.join("\n")}\n-----END OPENSSH ${"PRIVATE"} KEY-----\n`;
}

const asAscii = (s: string) => s as ByteString;

/** known_hosts names a host by name, or "[name]:port" off port 22 */
function hostToken(name: string, port: number): string {
  return port === 22 ? name : `[${name}]:${port}`;
}

/** a hashed known_hosts name field: |1|base64(salt)|base64(HMAC-SHA1(salt, name)) */
export function hashedName(name: string, port: number, salt: ByteString): string {
  // the salt's length first: salt and name are then told apart whatever bytes they hold
  return hashMemo(`hmac ${port} ${salt.length} ${salt}${name}`, () => {
    const mac = hmac(sha1, toUint8Array(salt), toUint8Array(utf8Encode(hostToken(name, port))));
    return `|1|${base64Encode(salt)}|${base64Encode(fromUint8Array(mac))}`;
  });
}

/** Does a known_hosts name field (plain list or hashed) name this host? */
export function nameMatches(field: string, name: string, port: number): boolean {
  const token = hostToken(name, port);
  if (field.startsWith("|1|")) {
    const [, , salt] = field.split("|");
    const raw = base64Decode(salt);
    return raw !== undefined && raw.length === 20 && hashedName(name, port, raw) === field;
  }
  return field.split(",").some((n) => n === token);
}

/** the 20-byte salt of a hashed entry, from the world's PRNG (a u32 source) */
export function saltFrom(next: () => number): ByteString {
  let s = "";
  for (let i = 0; i < 5; i++) {
    const n = next();
    s += String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
  }
  return s as ByteString;
}

/** a key line's type, blob and comment; undefined for blank lines, comments and anything else */
export function parseKeyLine(line: string): { type: string; blob: string; comment: string } | undefined {
  const m = /^\s*(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256|ecdsa-sha2-nistp384|ecdsa-sha2-nistp521|ssh-dss)\s+([A-Za-z0-9+/=]+)(?:\s+(.*))?$/.exec(line);
  return m ? { type: m[1], blob: m[2], comment: m[3] ?? "" } : undefined;
}
