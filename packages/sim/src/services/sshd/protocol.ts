/**
 * What scp and sshd say to each other over the simulated TCP connection.
 * Both ends open with the real identification string (RFC 4253 §4.2); the
 * rest stands in for the encrypted SSH session: one JSON line per message,
 * a file's bytes right after the message that announces them. Nothing is
 * encrypted or signed: the simulation compares public keys and moves bytes.
 *
 *   server: SSH-2.0-...\r\n
 *   client: SSH-2.0-...\r\n
 *   server: {"hostkey": "<blob>"}\n  (once the client has identified itself)
 *   client: requests, each answered in order:
 *     {"op":"auth", user, key}                     -> {"ok":true} | {"error":"auth", methods}
 *     {"op":"put", user, key, path, name, size, mode, mtime?}\n<size bytes>
 *                                                  -> {"ok":true} | {"error":"dest open ...: ..."}
 *     {"op":"get", user, key, path}                -> {"ok":true,size,mode,mtime}\n<size bytes> | {"error":"..."}
 */
export const SSH_IDENT = "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6";

export const SSH_PORT = 22;

export interface Hello {
  /** the server's ed25519 host key blob (base64) */
  hostkey: string;
}

interface Credentials {
  user: string;
  /** the public key blob offered (base64), or null when the client has no key */
  key: string | null;
}

export type Request =
  | (Credentials & { op: "auth" })
  | (Credentials & { op: "put"; path: string; name: string; size: number; mode: number; mtime?: number })
  | (Credentials & { op: "get"; path: string });

export type Reply =
  | { ok: true; size?: number; mode?: number; mtime?: number }
  /**
   * "auth": the key was refused, `methods` the ones the server offers
   * ("publickey,password"); anything else: sftp-server's message
   * ("dest open \"/x/\": Failure")
   */
  | { error: string; methods?: string };

/** The first complete line of `buf` and what follows it, or undefined while it is incomplete. */
export function takeLine(buf: string): { line: string; rest: string } | undefined {
  const nl = buf.indexOf("\n");
  if (nl < 0) return undefined;
  return { line: buf.slice(0, nl).replace(/\r$/, ""), rest: buf.slice(nl + 1) };
}

/** A JSON message line, or undefined when the line is not one (a peer that is not the simulation's). */
export function parseMessage<T>(line: string): T | undefined {
  try {
    const v = JSON.parse(line) as unknown;
    return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as T) : undefined;
  } catch {
    return undefined;
  }
}
