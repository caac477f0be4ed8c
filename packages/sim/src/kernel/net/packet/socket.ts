/**
 * The socket table: creation, bind (with the port rules of inet_csk_get_port,
 * SO_REUSEADDR assumed so TIME_WAIT never blocks a bind), ephemeral ports
 * drawn from net.ipv4.ip_local_port_range with the world's PRNG, and the
 * delivery of ICMP errors to the socket they concern.
 */
import { type Errno, type Result, fail, ok } from "../../errno.js";
import { isLocalAddress } from "./route-input.js";
import type { SocketEvent } from "./env.js";
import type { NetStack } from "./stack.js";
import type { SocketOwner, SocketState } from "./state.js";
import type { Ipv4Packet } from "./types.js";
import { memoized } from "../../../memo.js";

export function sockCreate(s: NetStack, proto: SocketState["proto"], owner?: SocketOwner): SocketState {
  const sock: SocketState = {
    id: s.net.nextSocketId++,
    proto,
    local: "0.0.0.0",
    lport: 0,
    state: "CLOSE",
    owners: owner ? [owner] : [],
    rx: "",
    messages: [],
  };
  s.net.sockets.push(sock);
  return sock;
}

export function sockGet(s: NetStack, id: number): SocketState | undefined {
  return s.net.sockets.find((x) => x.id === id);
}

/** forget a socket; its queued timers fire later and find no socket (ids are never reused) */
export function sockRemove(s: NetStack, sock: SocketState): void {
  const i = s.net.sockets.indexOf(sock);
  if (i >= 0) s.net.sockets.splice(i, 1);
}

export function sockNotify(s: NetStack, sock: SocketState, event: SocketEvent): void {
  if (sock.app) s.env.notify(sock.app, sock.id, event);
}

function portRange(s: NetStack): readonly [number, number] {
  return portRanges(s.sysctl("net.ipv4.ip_local_port_range") ?? "32768\t60999");
}

/** ip_local_port_range read, by the sysctl's value (every connect asks) */
const portRanges = memoized((text: string): readonly [number, number] => {
  const [lo, hi] = text.split(/\s+/).map(Number);
  return [lo || 32768, hi || 60999];
}, 16);

function portInUse(s: NetStack, proto: SocketState["proto"], port: number, addr: string, except?: SocketState): boolean {
  return s.net.sockets.some(
    (x) =>
      x !== except &&
      x.proto === proto &&
      x.lport === port &&
      x.state !== "TIME_WAIT" &&
      x.parent === undefined &&
      (x.local === "0.0.0.0" || addr === "0.0.0.0" || x.local === addr),
  );
}

/** a free local port for `proto`, drawn at random from the ephemeral range (bounded search) */
export function ephemeralPort(s: NetStack, proto: SocketState["proto"]): Result<number> {
  const [lo, hi] = portRange(s);
  const span = hi - lo + 1;
  let p = lo + (s.env.random() % span);
  for (let i = 0; i < span; i++) {
    if (!s.net.sockets.some((x) => x.proto === proto && x.lport === p)) return ok(p);
    p = p === hi ? lo : p + 1;
  }
  return fail("EADDRNOTAVAIL");
}

/** bind(2): `addr` "0.0.0.0" or one of ours; port 0 picks an ephemeral one */
export function sockBind(s: NetStack, sock: SocketState, addr: string, port: number): Result {
  if (addr !== "0.0.0.0" && !isLocalAddress(s, addr)) return fail("EADDRNOTAVAIL");
  if (sock.lport !== 0) return fail("EINVAL");
  if (port === 0) {
    const p = ephemeralPort(s, sock.proto);
    if (!p.ok) return p;
    port = p.value;
  } else if (portInUse(s, sock.proto, port, addr, sock)) return fail("EADDRINUSE");
  sock.local = addr;
  sock.lport = port;
  return ok();
}

export function sockListen(s: NetStack, sock: SocketState, backlog: number): Result {
  if (sock.proto !== "tcp") return fail("EOPNOTSUPP");
  if (sock.lport === 0) {
    const r = sockBind(s, sock, "0.0.0.0", 0);
    if (!r.ok) return r;
  }
  sock.state = "LISTEN";
  // somaxconn (4096) caps the backlog
  sock.backlog = Math.min(Math.max(backlog, 0), 4096);
  sock.acceptQueue = [];
  return ok();
}

/** accept(2): the next established child, or undefined (EAGAIN) */
export function sockAccept(s: NetStack, listener: SocketState, owner?: SocketOwner): SocketState | undefined {
  const id = listener.acceptQueue?.shift();
  if (id === undefined) return undefined;
  const child = sockGet(s, id);
  if (!child) return undefined;
  delete child.parent;
  child.owners = owner ? [owner] : [...listener.owners];
  return child;
}

/** the ping socket with echo identifier `id` */
export function socketForEcho(s: NetStack, id: number): SocketState | undefined {
  return s.net.sockets.find((x) => x.proto === "icmp" && x.lport === id);
}

/** icmp_err_convert: the errno an ICMP error gives a socket */
export function icmpErrno(type: string, code: number): Errno {
  if (type === "time-exceeded") return "EHOSTUNREACH";
  switch (code) {
    case 0:
      return "ENETUNREACH";
    case 3:
      return "ECONNREFUSED";
    default:
      return "EHOSTUNREACH";
  }
}

/** an ICMP error about `orig` (a packet we sent) arrived from `from` */
export function icmpErrorToSocket(s: NetStack, from: string, type: string, code: number, orig: Ipv4Packet): void {
  const msg = { at: s.now, from, icmpType: type, icmpCode: code };
  if (orig.proto === "icmp" && orig.icmp?.type === "echo-request") {
    const sock = socketForEcho(s, orig.icmp.id ?? -1);
    sock?.messages.push({ ...msg, origSeq: orig.icmp.seq });
    return;
  }
  if (orig.proto === "udp") {
    const u = orig.udp!;
    const sock = s.net.sockets.find((x) => x.proto === "udp" && x.lport === u.sport);
    if (!sock) return;
    sock.messages.push({ ...msg, origDport: u.dport });
    if (sock.remote !== undefined) sock.error = icmpErrno(type, code);
    return;
  }
  if (orig.proto === "tcp") {
    const t = orig.tcp!;
    const sock = s.net.sockets.find(
      (x) => x.proto === "tcp" && x.lport === t.sport && x.rport === t.dport && x.remote === orig.dst && x.state !== "LISTEN",
    );
    if (!sock) return;
    // tcp_v4_err: during the handshake any unreachable aborts the connection
    if (sock.state === "SYN_SENT" || sock.state === "SYN_RECV") {
      sock.error = icmpErrno(type, code);
      if (sock.state === "SYN_SENT") sock.settledAt = s.now;
      sock.state = "CLOSE";
      if (sock.tcp) delete sock.tcp.timerDue;
      sockNotify(s, sock, "reset");
    }
  }
}
