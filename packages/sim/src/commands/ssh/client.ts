/**
 * The ssh side of scp: resolve the name, connect to port 22 over the
 * simulated network, check the server's host key against known_hosts
 * (asking on the terminal for an unknown one, as StrictHostKeyChecking=ask
 * does), offer the user's keys, then carry requests (services/sshd/protocol.ts).
 * Failures come back as the lines real ssh prints, for the caller to add its
 * own ("scp: Connection closed").
 */
import { utf8Decode } from "../../bytes.js";
import type { SocketState } from "../../kernel/net/packet/state.js";
import type { Process } from "../../process/process.js";
import { readTtyLine } from "../../process/tty-line.js";
import { fingerprint, parseKeyLine } from "../../services/sshd/keys.js";
import { type Hello, parseMessage, type Reply, type Request, SSH_IDENT, SSH_PORT, takeLine } from "../../services/sshd/protocol.js";
import { resolve4 } from "../net/traffic/resolve.js";
import { closeAndSettle, readUntil, tcpConnectWait } from "../net/traffic/tcp-client.js";
import { waitUntil } from "../net/traffic/wait.js";
import { addKnownHost, checkHostKey } from "./known-hosts.js";

/** ms of virtual time the key exchange and user authentication take on a LAN (a real one measures 50-150) */
export const KEX_MS = 60;
/** how long ssh waits for the server's answers, in ms of virtual time */
const REPLY_WAIT_MS = 30_000;
/** the pid ss shows for the client */
const SSH_PID = 4321;

/** the identities ssh tries when none is given, in its order (ssh_config(5) IdentityFile) */
const DEFAULT_IDENTITIES = ["id_rsa", "id_ecdsa", "id_ecdsa_sk", "id_ed25519", "id_ed25519_sk", "id_dsa"];

export interface SshTarget {
  user: string;
  host: string;
  port: number;
}

export interface SshOptions {
  /** -i FILE */
  identities: string[];
  /** -o StrictHostKeyChecking=...; "ask" by default */
  strictHostKeyChecking: "yes" | "no" | "ask" | "accept-new";
}

const CONNECT_ERRORS: Record<string, string> = {
  ECONNREFUSED: "Connection refused",
  EHOSTUNREACH: "No route to host",
  ENETUNREACH: "Network is unreachable",
  ETIMEDOUT: "Connection timed out",
  timeout: "Connection timed out",
};

export class SshSession {
  constructor(
    private readonly proc: Process,
    private readonly sock: SocketState,
    readonly user: string,
    readonly key: string | null,
    /** what arrived after the last answer was read */
    private buffer = "",
  ) {}

  /** Send a request (and the bytes it announces), wait for the answer (and the bytes it announces). */
  request(req: Request, data = ""): { reply: Reply; data: string } | undefined {
    const net = this.proc.host.kernel.net;
    if (!net.send(this.sock, `${JSON.stringify(req)}\n${data}`).ok) return undefined;
    let reply: Reply | undefined;
    let need = -1;
    const r = readUntil(
      this.proc,
      this.sock,
      (got) => {
        const buf = this.buffer + got;
        const line = takeLine(buf);
        if (!line) return false;
        reply ??= parseMessage<Reply>(line.line);
        if (!reply) return true;
        need = "ok" in reply && reply.size !== undefined ? reply.size : 0;
        return line.rest.length >= need;
      },
      REPLY_WAIT_MS,
    );
    const buf = this.buffer + r.data;
    const line = takeLine(buf);
    if (!line || !reply || line.rest.length < need) return undefined;
    this.buffer = line.rest.slice(need);
    return { reply, data: line.rest.slice(0, need) };
  }

  /** input already read past the last answer (handed to the next session on this connection) */
  get pending(): string {
    return this.buffer;
  }

  close(): void {
    closeAndSettle(this.proc, this.sock);
  }
}

/** the public key blobs of the identities that exist (a private key file with its .pub beside it) */
function identities(proc: Process, opts: SshOptions): { blobs: string[]; warnings: string[] } {
  const home = proc.env.HOME || "/root";
  const fs = proc.host.fs;
  const warnings: string[] = [];
  const files: string[] = [];
  for (const f of opts.identities) {
    const path = proc.resolve(f.replace(/^~(?=\/)/, home));
    if (!fs.stat(path).ok) warnings.push(`Warning: Identity file ${f} not accessible: No such file or directory.`);
    files.push(path);
  }
  // one listing of ~/.ssh rather than a stat per default name: a name not listed cannot stat
  // (a listed one is still stat'ed below: it may be a dangling link); no listing, every name tried
  const listing = fs.readdir(`${home}/.ssh`);
  for (const n of DEFAULT_IDENTITIES) if (!listing.ok || listing.value.includes(n)) files.push(`${home}/.ssh/${n}`);
  const blobs: string[] = [];
  for (const f of files) {
    if (!fs.stat(f).ok) continue;
    const pub = fs.readFile(`${f}.pub`);
    const k = pub.ok ? parseKeyLine(utf8Decode(pub.value).split("\n")[0]) : undefined;
    if (k && !blobs.includes(k.blob)) blobs.push(k.blob);
  }
  return { blobs, warnings };
}

/**
 * The host-key question, asked on the terminal itself (ssh reads /dev/tty,
 * whatever its standard input is); true when the learner said yes. No
 * terminal (a cron job): no question, the key is refused.
 */
function askHostKey(proc: Process, target: SshTarget, addr: string, blob: string): boolean {
  const tty = proc.tty;
  if (!tty) return false;
  tty.write(
    `\rThe authenticity of host '${target.host} (${addr})' can't be established.\r\n` +
      `ED25519 key fingerprint is ${fingerprint(blob)}.\r\n` +
      "This key is not known by any other names.\r\n" +
      "Are you sure you want to continue connecting (yes/no/[fingerprint])? ",
  );
  for (;;) {
    const r = readTtyLine(tty, { echo: true });
    if (r.type !== "line") return false;
    const answer = r.text.trim();
    if (answer === "yes" || answer === fingerprint(blob)) return true;
    if (answer === "no") return false;
    tty.write("\rPlease type 'yes', 'no' or the fingerprint: ");
  }
}

/**
 * Password authentication after the keys failed, as ssh tries it when the
 * server offers it: three prompts on the terminal (none without one: an
 * empty password is sent), each refused. The simulated sshd accepts no
 * password: Debian's default PermitRootLogin prohibit-password refuses root's,
 * and lab users have none.
 */
function tryPasswords(proc: Process, target: SshTarget): void {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (proc.tty) {
      proc.tty.write(`\r${target.user}@${target.host}'s password: `);
      readTtyLine(proc.tty, { echo: false, echoNewline: true });
    }
    if (attempt < 2) proc.stderr.write("Permission denied, please try again.\r\n");
  }
}

/** Connect and log in; on failure, the lines ssh printed. */
export function openSession(proc: Process, target: SshTarget, opts: SshOptions): SshSession | { error: string[] } {
  const addr = resolve4(proc, target.host);
  if (addr === undefined) return { error: [`ssh: Could not resolve hostname ${target.host}: Temporary failure in name resolution`] };
  const { blobs, warnings } = identities(proc, opts);
  for (const w of warnings) proc.stderr.write(`${w}\n`);
  const c = tcpConnectWait(proc, addr, target.port, undefined, { comm: "ssh", pid: SSH_PID, fd: 3 });
  if (!c.ok) {
    const why = CONNECT_ERRORS[c.error] ?? c.error;
    return { error: [`ssh: connect to host ${target.host} port ${target.port}: ${why}`] };
  }
  const sock = c.sock;
  const net = proc.host.kernel.net;
  net.send(sock, `${SSH_IDENT}\r\n`);
  let hello: Hello | undefined;
  const r = readUntil(
    proc,
    sock,
    (got) => {
      const ident = takeLine(got);
      const msg = ident && takeLine(ident.rest);
      if (msg) hello = parseMessage<Hello>(msg.line);
      return msg !== undefined;
    },
    REPLY_WAIT_MS,
  );
  if (!hello || typeof hello.hostkey !== "string") {
    closeAndSettle(proc, sock);
    return { error: ["kex_exchange_identification: Connection closed by remote host", `Connection closed by ${addr} port ${target.port}`] };
  }
  const rest = takeLine(takeLine(r.data)!.rest)!.rest;
  waitUntil(proc, () => false, KEX_MS);
  const status = checkHostKey(proc, target.host, target.port, hello.hostkey);
  if (status !== "known") {
    const accept =
      status === "unknown" &&
      (opts.strictHostKeyChecking === "no" ||
        opts.strictHostKeyChecking === "accept-new" ||
        (opts.strictHostKeyChecking === "ask" && askHostKey(proc, target, addr, hello.hostkey)));
    if (!accept) {
      closeAndSettle(proc, sock);
      return { error: ["Host key verification failed."] };
    }
    addKnownHost(proc, target.host, target.port, hello.hostkey);
    proc.stderr.write(`Warning: Permanently added '${target.host}' (ED25519) to the list of known hosts.\r\n`);
  }
  let buffer = rest;
  let methods = "publickey";
  for (const key of [...blobs, null]) {
    const session = new SshSession(proc, sock, target.user, key, buffer);
    const answer = session.request({ op: "auth", user: target.user, key });
    if (answer && "ok" in answer.reply) return session;
    if (!answer) break;
    if ("methods" in answer.reply && answer.reply.methods) methods = answer.reply.methods;
    buffer = session.pending;
  }
  if (methods.split(",").includes("password")) tryPasswords(proc, target);
  closeAndSettle(proc, sock);
  return { error: [`${target.user}@${target.host}: Permission denied (${methods}).`] };
}
