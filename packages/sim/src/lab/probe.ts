/**
 * Reachability probes: what a grader (or an author's tool) asks of a lab
 * to grade behaviour rather than configuration. "From host A, open a TCP
 * connection to B:80 (send a UDP datagram, a ping): did it get through,
 * was it refused, did an ICMP error come back, or did it vanish? And, on
 * the host that answered, which source address and port did the service
 * see?" — the last is how NAT is graded from the far side, as a web
 * server's access log would show it.
 *
 * A probe drives the kernels' own socket API and lets virtual time pass
 * (frames cross links, timers fire), so everything on the way acts on it:
 * routes, forwarding, iptables, conntrack, NAT. It changes the world it
 * runs in (sockets, conntrack entries, time), so callers run it on a copy
 * (`LabSession.fork()`).
 *
 * The far side: `listen` names the host and port where the connection or
 * datagram should arrive. If nothing listens there, the probe opens a
 * listener first, as `nc -l PORT` left running in the background would;
 * an existing server (nginx on port 80) is used as it is.
 */
import type { NetStack } from "../kernel/net/packet/stack.js";
import type { SocketState } from "../kernel/net/packet/state.js";
import type { World } from "../world/world.js";

export type ProbeProto = "tcp" | "udp" | "icmp";

export interface ProbeRequest {
  /** the host the probe starts on */
  from: string;
  proto: ProbeProto;
  /** destination IPv4 address */
  to: string;
  /** destination port (tcp, udp) */
  port?: number;
  /** source port to bind (tcp, udp); absent: an ephemeral port, as connect() picks */
  sport?: number;
  /** where it should arrive (tcp, udp): a listener is opened there when none exists */
  listen?: { host: string; port: number };
  /** ms of virtual time to wait for an answer; default 3000 */
  timeoutMs?: number;
  /** tcp: once connected, close it and let the FIN exchange finish (conntrack then shows TIME_WAIT) */
  close?: boolean;
}

/**
 * reached: handshake completed (tcp), datagram delivered to the far socket
 *   (udp, needs `listen`), echo reply received (icmp);
 * refused: a reset or ICMP port unreachable came back (nothing listens, or REJECT);
 * unreachable: an ICMP error other than port unreachable came back, or the
 *   sender had no route at all (`errno` says which);
 * timeout: nothing came back in time (a DROP, a lost route back, no server).
 */
export type ProbeOutcome = "reached" | "refused" | "unreachable" | "timeout";

export interface ProbeEndpoint {
  addr: string;
  port: number;
}

export interface ProbeResult {
  outcome: ProbeOutcome;
  /** the error the sending program got (ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, ...) */
  errno?: string;
  /** the sender's own socket: its source address and port (the echo id for icmp) */
  local?: ProbeEndpoint;
  /** at the `listen` host, as the receiving socket saw it: the peer (`src`) and itself (`dst`) */
  seen?: { src: ProbeEndpoint; dst: ProbeEndpoint };
  /** ms of virtual time until the outcome was known */
  ms: number;
}

const DEFAULT_TIMEOUT_MS = 3000;
/** steps one probe may take; each is at least 1 ms of virtual time or one timer */
const MAX_STEPS = 100_000;

export function probe(world: World, req: ProbeRequest): ProbeResult {
  const src = world.host(req.from);
  if (!src) throw new Error(`probe: no host "${req.from}"`);
  if (req.proto !== "icmp" && req.port === undefined) throw new Error(`probe: ${req.proto} needs a port`);
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const far = req.listen && req.proto !== "icmp" ? farSide(world, req.proto, req.listen) : undefined;
  const start = world.clock.now;
  const net = src.kernel.net;
  const owner = { comm: "probe", pid: 0, fd: 3 };
  const elapsed = () => world.clock.now - start;

  if (req.proto === "icmp") {
    const s = net.pingSocket(owner);
    if (!s.ok) throw new Error(`probe: no echo identifier: ${s.errno}`);
    const sock = s.value;
    const sent = net.sendEcho(sock, req.to, 1, 56);
    if (!sent.ok) return finish(net, sock, { outcome: "unreachable", errno: sent.errno, ms: 0 });
    run(world, () => sock.messages.length > 0, timeoutMs);
    const m = sock.messages[0];
    const local = { addr: sock.local, port: sock.lport };
    if (!m) return finish(net, sock, { outcome: "timeout", local, ms: elapsed() });
    if (m.icmpType === undefined) return finish(net, sock, { outcome: "reached", local, ms: m.at - start });
    const errno = m.icmpType === "dest-unreachable" && m.icmpCode === 3 ? "ECONNREFUSED" : "EHOSTUNREACH";
    return finish(net, sock, { outcome: errno === "ECONNREFUSED" ? "refused" : "unreachable", errno, local, ms: m.at - start });
  }

  const sock = net.socket(req.proto, owner);
  if (req.sport !== undefined) {
    const b = net.bind(sock, "0.0.0.0", req.sport);
    if (!b.ok) throw new Error(`probe: cannot bind ${req.from} port ${req.sport}: ${b.errno}`);
  }
  const c = net.connect(sock, req.to, req.port!);
  if (!c.ok) return finish(net, sock, { outcome: c.errno === "ECONNREFUSED" ? "refused" : "unreachable", errno: c.errno, ms: 0 });
  const local = () => ({ addr: sock.local, port: sock.lport });

  if (req.proto === "udp") {
    net.send(sock, "rootlab probe\n");
    run(world, () => sock.error !== undefined || (far?.arrived() ?? false), timeoutMs);
    const seen = far?.seen();
    if (seen) return finish(net, sock, { outcome: "reached", local: local(), seen, ms: elapsed() });
    if (sock.error) return finish(net, sock, { outcome: sock.error === "ECONNREFUSED" ? "refused" : "unreachable", errno: sock.error, local: local(), ms: elapsed() });
    return finish(net, sock, { outcome: "timeout", local: local(), ms: elapsed() });
  }

  run(world, () => sock.state !== "SYN_SENT", timeoutMs);
  const ms = (sock.settledAt ?? world.clock.now) - start;
  if (sock.state === "SYN_SENT") return finish(net, sock, { outcome: "timeout", local: local(), ms: elapsed() });
  if (sock.state !== "ESTABLISHED") {
    const errno = sock.error ?? "ECONNREFUSED";
    return finish(net, sock, { outcome: errno === "ECONNREFUSED" ? "refused" : "unreachable", errno, local: local(), ms });
  }
  // the far side's child socket exists once our ACK has arrived there
  if (far) run(world, () => far.arrived(), timeoutMs);
  const result: ProbeResult = { outcome: "reached", local: local(), ms };
  const seen = far?.seen();
  if (seen) result.seen = seen;
  if (req.close) {
    net.close(sock);
    run(world, () => !net.sockets().includes(sock) || sock.state === "TIME_WAIT", timeoutMs);
    return result;
  }
  return result;
}

/** close the probe's socket unless it is a TCP connection left open on purpose */
function finish(net: NetStack, sock: SocketState, r: ProbeResult): ProbeResult {
  if (sock.proto !== "tcp" || sock.state !== "ESTABLISHED") net.close(sock);
  return r;
}

/** let the whole world run until `done()` or `maxMs` of virtual time have passed */
function run(world: World, done: () => boolean, maxMs: number): boolean {
  const end = world.clock.now + Math.max(0, maxMs);
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    if (done()) return true;
    const now = world.clock.now;
    if (now >= end) return false;
    const next = world.clock.state.timers[0]?.at;
    const step = next === undefined ? end - now : Math.min(end - now, Math.max(1, Math.ceil(next) - now));
    world.advance(step);
  }
  return done();
}

interface FarSide {
  arrived(): boolean;
  seen(): { src: ProbeEndpoint; dst: ProbeEndpoint } | undefined;
}

/**
 * The receiving end at `at`: a TCP listener (existing or opened now) whose
 * new child socket shows the peer, or a UDP socket whose new datagram does.
 */
function farSide(world: World, proto: "tcp" | "udp", at: { host: string; port: number }): FarSide {
  const host = world.host(at.host);
  if (!host) throw new Error(`probe: no host "${at.host}"`);
  const net = host.kernel.net;
  const before = new Set(net.sockets().map((s) => s.id));
  const bound = net.sockets().find((s) => s.proto === proto && s.lport === at.port && (proto === "udp" || s.state === "LISTEN"));
  let sock = bound;
  if (!sock) {
    sock = net.socket(proto, { comm: "nc", pid: 0, fd: 3 });
    const b = net.bind(sock, "0.0.0.0", at.port);
    if (!b.ok) throw new Error(`probe: cannot listen on ${at.host} port ${at.port}: ${b.errno}`);
    if (proto === "tcp") net.listen(sock, 1);
  }
  if (proto === "udp") {
    const udp = sock;
    const already = udp.messages.length;
    const msg = () => udp.messages.slice(already).find((m) => m.data !== undefined);
    return {
      arrived: () => msg() !== undefined,
      seen: () => {
        const m = msg();
        return m ? { src: { addr: m.from, port: m.port ?? 0 }, dst: { addr: udp.local, port: udp.lport } } : undefined;
      },
    };
  }
  const child = () =>
    net.sockets().find((s) => !before.has(s.id) && s.proto === "tcp" && s.lport === at.port && s.remote !== undefined && s.state !== "LISTEN");
  return {
    arrived: () => child() !== undefined && child()!.state !== "SYN_RECV",
    seen: () => {
      const c = child();
      return c ? { src: { addr: c.remote!, port: c.rport! }, dst: { addr: c.local, port: c.lport } } : undefined;
    },
  };
}
