/**
 * sshd answering connections on port 22, driven by its sockets' events in
 * the kernel's packet flow (world/network.ts registerSocketApp), like the
 * web server. Each accepted connection gets the identification string and
 * the host key; each complete request (protocol.ts) is authenticated
 * against the user's ~/.ssh/authorized_keys and carried out as sftp-server
 * would: a file written or read, or sftp-server's error text. Logins go to
 * /var/log/auth.log as sshd logs them. All state is in the socket (its
 * unread input), so a snapshot taken mid-transfer resumes.
 */
import { asBytes } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import type { SocketState } from "../../kernel/net/packet/state.js";
import { registerSocketApp } from "../../world/network.js";
import { syslog } from "../syslog/syslog.js";
import { hostKeyOf } from "./install.js";
import { fingerprint, parseKeyLine } from "./keys.js";
import { type Hello, parseMessage, type Reply, type Request, SSH_IDENT, takeLine } from "./protocol.js";
import { memoized } from "../../memo.js";

export const APP = "sshd";

/** requests handled per event: bounds a flood of tiny requests in one segment */
const MAX_REQUESTS_PER_EVENT = 64;

function homeOf(user: string): string {
  return user === "root" ? "/root" : `/home/${user}`;
}

/** a line of /etc/passwd starts with `user:` (searched in place: no split per request) */
function userExists(host: Host, user: string): boolean {
  const passwd = host.fs.readFile("/etc/passwd");
  if (!passwd.ok || user.includes("\n")) return false;
  const entry = `${user}:`;
  return passwd.value.startsWith(entry) || passwd.value.includes(`\n${entry}`);
}

/** sshd_config as read now, parsed; empty when it cannot be read */
function sshdConfig(host: Host): ReadonlyMap<string, string> {
  const f = host.fs.readFile("/etc/ssh/sshd_config");
  return f.ok ? configs(f.value) : NO_CONFIG;
}

const NO_CONFIG: ReadonlyMap<string, string> = new Map();

/** the first uncommented value of `keyword` in sshd_config (sshd takes the first) */
function configValue(host: Host, keyword: string): string | undefined {
  return sshdConfig(host).get(keyword.toLowerCase());
}

/** sshd_config parsed, by its content */
const configs = memoized(parseConfig, 16);

/** keyword (lower case) -> its value (lower case); the first one given wins, as sshd reads it */
function parseConfig(text: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split("\n")) {
    const m = /^\s*(\S+)\s+(\S+)/.exec(raw);
    if (!m || m[1].startsWith("#")) continue;
    const key = m[1].toLowerCase();
    if (!out.has(key)) out.set(key, m[2].toLowerCase());
  }
  return out;
}

function authorized(host: Host, user: string, key: string | null): boolean {
  if (key === null || !userExists(host, user)) return false;
  // one read of sshd_config for both questions
  const config = sshdConfig(host);
  if (config.get("pubkeyauthentication") === "no") return false;
  if (user === "root" && config.get("permitrootlogin") === "no") return false;
  const f = host.fs.readFile(`${homeOf(user)}/.ssh/authorized_keys`);
  if (!f.ok) return false;
  return f.value.split("\n").some((l) => parseKeyLine(l)?.blob === key);
}

function send(host: Host, sock: SocketState, reply: Reply, data = ""): void {
  host.kernel.net.send(sock, `${JSON.stringify(reply)}\n${data}`);
}

function resolveRemote(user: string, path: string): string {
  const abs = path === "" ? homeOf(user) : path.startsWith("/") ? path : `${homeOf(user)}/${path}`;
  const parts: string[] = [];
  for (const p of abs.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return `/${parts.join("/")}`;
}

/** sftp-server's upload: into a directory, or as the named file */
function put(host: Host, req: Request & { op: "put" }, data: string): Reply {
  const fs = host.fs;
  const asked = req.path;
  const target = resolveRemote(req.user, asked);
  const st = fs.stat(target);
  let file = target;
  if (st.ok && st.value.type === "dir") file = `${target === "/" ? "" : target}/${req.name}`;
  else if (asked.endsWith("/")) return { error: `dest open "${asked}": Failure` };
  const shown = st.ok && st.value.type === "dir" ? `${asked.replace(/\/+$/, "")}/${req.name}` : asked;
  const r = fs.writeFile(file, asBytes(data), { mode: req.mode & 0o777 });
  if (!r.ok) {
    const text = r.errno === "ENOENT" ? "No such file or directory" : r.errno === "EISDIR" ? "Failure" : r.errno === "ENOTDIR" ? "No such file or directory" : "Permission denied";
    return { error: `dest open "${shown}": ${text}` };
  }
  if (req.mtime !== undefined) fs.utimes(file, req.mtime);
  return { ok: true };
}

/** sftp-server's download */
function get(host: Host, req: Request & { op: "get" }): { reply: Reply; data: string } {
  const path = resolveRemote(req.user, req.path);
  const st = host.fs.stat(path);
  if (!st.ok) return { reply: { error: `${req.path}: No such file or directory` }, data: "" };
  if (st.value.type !== "file") return { reply: { error: `download ${req.path.replace(/\/*$/, "/")}: not a regular file` }, data: "" };
  const data = host.fs.readFile(path);
  if (!data.ok) return { reply: { error: `${req.path}: Permission denied` }, data: "" };
  return { reply: { ok: true, size: data.value.length, mode: st.value.mode, mtime: st.value.mtime }, data: data.value };
}

function logLogin(host: Host, sock: SocketState, req: Request, ok: boolean): void {
  const from = `${sock.remote ?? "?"} port ${sock.rport ?? 0}`;
  const pid = sock.owners[0]?.pid;
  if (ok) syslog(host, "sshd", pid, `Accepted publickey for ${req.user} from ${from} ssh2: ED25519 ${fingerprint(req.key ?? "")}`, "auth");
  else syslog(host, "sshd", pid, `Connection closed by authenticating user ${req.user} ${from} [preauth]`, "auth");
}

/**
 * Uploads still arriving: how long the socket's input must grow before the
 * request at its head is complete. A file comes in segment by segment, and
 * looking for the request line in the whole buffer at each one copied it
 * each time (the cost grew with the square of the file's size). Derived
 * from the input alone, so a fork of the world without it just looks again.
 */
const awaiting = new WeakMap<SocketState, number>();

/** Handle every complete request in the socket's input; false when the connection is to close. */
function serve(host: Host, sock: SocketState): boolean {
  const need = awaiting.get(sock);
  if (need !== undefined && sock.rx.length < need) return true;
  awaiting.delete(sock);
  for (let i = 0; i < MAX_REQUESTS_PER_EVENT; i++) {
    const first = takeLine(sock.rx);
    if (!first) return true;
    if (first.line.startsWith("SSH-")) {
      // the client identified itself: key exchange starts (here: the host key)
      sock.rx = first.rest;
      const hello: Hello = { hostkey: hostKeyOf(host.state.name).blob };
      host.kernel.net.send(sock, `${JSON.stringify(hello)}\n`);
      continue;
    }
    const req = parseMessage<Request>(first.line);
    if (!req || typeof req.user !== "string") return false; // not our client: sshd would say "Bad packet length" and close
    let data = "";
    if (req.op === "put") {
      if (!Number.isInteger(req.size) || req.size < 0) return false;
      if (first.rest.length < req.size) {
        // wait for the rest of the file
        awaiting.set(sock, sock.rx.length - first.rest.length + req.size);
        return true;
      }
      data = first.rest.slice(0, req.size);
      sock.rx = first.rest.slice(req.size);
    } else sock.rx = first.rest;
    const ok = authorized(host, req.user, req.key);
    if (req.op === "auth") logLogin(host, sock, req, ok);
    if (!ok) {
      // PasswordAuthentication defaults to yes: the server offers it after a refused key
      const methods = configValue(host, "PasswordAuthentication") === "no" ? "publickey" : "publickey,password";
      send(host, sock, { error: "auth", methods });
      // another key may be offered; a file request without a valid key ends the connection
      if (req.op === "auth") continue;
      return false;
    }
    if (req.op === "put") send(host, sock, put(host, req, data));
    else if (req.op === "get") {
      const r = get(host, req);
      send(host, sock, r.reply, r.data);
    } else send(host, sock, { ok: true });
  }
  return true;
}

function onEvent(host: Host, sockId: number, event: string): void {
  const net = host.kernel.net;
  const sock = net.get(sockId);
  if (!sock) return;
  if (sock.state === "LISTEN") {
    if (event !== "accept") return;
    for (let child = net.accept(sock); child; child = net.accept(sock)) {
      child.app = APP;
      // only the identification string until the client sends its own, as sshd does (nc sees just this line)
      net.send(child, `${SSH_IDENT}\r\n`);
    }
    return;
  }
  if (event === "reset") {
    net.close(sock);
    return;
  }
  if (!serve(host, sock) || event === "eof") net.close(sock);
}

registerSocketApp(APP, onEvent);

