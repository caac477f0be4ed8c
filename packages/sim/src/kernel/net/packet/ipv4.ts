/**
 * IPv4 in Linux's order (net/ipv4/ip_input.c, ip_forward.c, ip_output.c):
 *
 *   ip_rcv: PREROUTING -> route input: local -> INPUT -> transport
 *                                      else  -> ip_forward (if the input device forwards)
 *   ip_forward: TTL <= 1 -> ICMP time exceeded; no route -> ICMP net unreachable;
 *               FORWARD -> TTL - 1 -> POSTROUTING -> neighbour
 *   ip_local_out: OUTPUT -> POSTROUTING -> neighbour (or lo for our own addresses)
 *
 * With forwarding off a packet for someone else is dropped without an ICMP
 * error, as ip_error does (only counters move): that is what a learner sees
 * when they forget net.ipv4.ip_forward.
 */
import { type Result, fail, ok } from "../../errno.js";
import { icmpRcv, icmpSend } from "./icmp.js";
import { neighOutput } from "./neigh.js";
import { type NfHookContext, nfHook } from "./netfilter.js";
import { classifyDst, forwardingOn, routeForward, routeOutput } from "./route-input.js";
import type { NetStack } from "./stack.js";
import { socketForEcho } from "./socket.js";
import { tcpRcv } from "./tcp.js";
import { type NfTraceStep, type PacketVerdict, recordDecision } from "./trace.js";
import { type EthFrame, ICMP_EXC_TTL, ICMP_HOST_UNREACH, ICMP_NET_UNREACH, type Ipv4Packet } from "./types.js";
import { udpRcv } from "./udp.js";

/** ICMP_PKT_FILTERED: a prohibit route (RFC 1812 code 13) */
const ICMP_PKT_FILTERED = 13;

function devName(s: NetStack, ifindex: number): string | undefined {
  return s.link(ifindex)?.name;
}

/** a packet arrived on link `ifindex` in `frame` (its MAC header, for -m mac and LOG) */
export function ipRcv(s: NetStack, ifindex: number, arrived: Ipv4Packet, frame?: EthFrame): void {
  const inDev = devName(s, ifindex);
  const skb: NfHookContext = { in: inDev, ...(frame ? { mac: { src: frame.src, dst: frame.dst } } : {}) };
  const pre = nfHook(s, "PREROUTING", arrived, skb);
  if (pre.verdict !== "ACCEPT") {
    recordDecision(s.k, s.now, "dropped", arrived, pre.reason, inDev, undefined, undefined, skb.trace);
    return;
  }
  const pkt = pre.packet;
  const cls = classifyDst(s, pkt.dst);
  if (cls === "local" || cls === "broadcast") {
    ipLocalDeliver(s, skb, pkt, cls === "broadcast");
    return;
  }
  ipForward(s, ifindex, pkt, skb);
}

function ipLocalDeliver(s: NetStack, skb: NfHookContext, pkt0: Ipv4Packet, broadcast: boolean): void {
  const inDev = skb.in;
  const input = nfHook(s, "INPUT", pkt0, skb);
  if (input.verdict !== "ACCEPT") {
    recordDecision(s.k, s.now, "dropped", pkt0, input.reason, inDev, undefined, undefined, skb.trace);
    return;
  }
  const pkt = input.packet;
  traceLocal(s, inDev, pkt, broadcast, skb.trace);
  switch (pkt.proto) {
    case "icmp":
      icmpRcv(s, pkt, broadcast);
      return;
    case "udp":
      udpRcv(s, pkt, broadcast);
      return;
    case "tcp":
      if (!broadcast) tcpRcv(s, pkt);
      return;
  }
}

function ipForward(s: NetStack, inIfindex: number, pkt: Ipv4Packet, skb: NfHookContext): void {
  const inDev = skb.in;
  const nf = skb.trace;
  if (!forwardingOn(s, inIfindex)) {
    // ip_error with forwarding off: dropped, no ICMP
    const all = s.sysctl("net.ipv4.ip_forward");
    const why = all === "0" || all === undefined ? "dropped: net.ipv4.ip_forward is 0" : `dropped: net.ipv4.conf.${inDev}.forwarding is 0`;
    recordDecision(s.k, s.now, "dropped", pkt, why, inDev, undefined, undefined, nf);
    return;
  }
  const route = routeForward(s, pkt.dst);
  if (!route || (route.ifindex === undefined && route.type === "unicast")) {
    recordDecision(s.k, s.now, "dropped", pkt, () => `no route to ${pkt.dst}: ICMP net unreachable sent`, inDev, undefined, undefined, nf);
    icmpSend(s, pkt, "dest-unreach", ICMP_NET_UNREACH);
    return;
  }
  if (route.type === "unreachable") {
    recordDecision(s.k, s.now, "dropped", pkt, "unreachable route: ICMP host unreachable sent", inDev, undefined, route, nf);
    icmpSend(s, pkt, "dest-unreach", ICMP_HOST_UNREACH);
    return;
  }
  if (route.type === "prohibit") {
    recordDecision(s.k, s.now, "dropped", pkt, "prohibit route: ICMP administratively prohibited sent", inDev, undefined, route, nf);
    icmpSend(s, pkt, "dest-unreach", ICMP_PKT_FILTERED);
    return;
  }
  if (route.type !== "unicast" || route.ifindex === undefined) {
    recordDecision(s.k, s.now, "dropped", pkt, "dropped: blackhole route", inDev, undefined, route, nf);
    return;
  }
  if (pkt.ttl <= 1) {
    recordDecision(s.k, s.now, "dropped", pkt, () => `dropped: TTL ${pkt.ttl} expires here: ICMP time exceeded sent`, inDev, undefined, undefined, nf);
    icmpSend(s, pkt, "time-exceeded", ICMP_EXC_TTL);
    return;
  }
  const outDev = devName(s, route.ifindex);
  // ip_forward lowers the TTL before the FORWARD hook (LOG there shows it lowered)
  const lowered: Ipv4Packet = { ...pkt, ttl: pkt.ttl - 1 };
  skb.out = outDev;
  skb.nexthop = route.gateway ?? pkt.dst;
  const fwd = nfHook(s, "FORWARD", lowered, skb);
  if (fwd.verdict !== "ACCEPT") {
    recordDecision(s.k, s.now, "dropped", pkt, fwd.reason, inDev, outDev, route, skb.trace);
    return;
  }
  recordDecision(s.k, s.now, "forwarded", pkt, (rt) => `forwarded via ${outDev} (${rt})`, inDev, outDev, route, skb.trace);
  const post = nfHook(s, "POSTROUTING", fwd.packet, skb);
  if (post.verdict !== "ACCEPT") {
    recordDecision(s.k, s.now, "dropped", fwd.packet, post.reason, inDev, outDev, route, skb.trace);
    return;
  }
  neighOutput(s, route.ifindex, route.gateway ?? post.packet.dst, post.packet);
}

/** the next IP ID for a packet this host originates */
export function nextIpId(s: NetStack): number {
  const id = s.net.ipId;
  s.net.ipId = (id + 1) & 0xffff;
  return id;
}

export interface OutputOptions {
  /** SO_BINDTODEVICE */
  oif?: number;
  /** skb metadata the packet starts with (a REJECT's reset carries the offending packet's conntrack entry) */
  nf?: NfHookContext;
}

/**
 * ip_local_out for a packet this host makes. `pkt.src` may be "" to let the
 * route choose. Fails like the socket call: ENETUNREACH without a route,
 * EPERM when netfilter drops it.
 */
export function ipOutput(s: NetStack, pkt0: Ipv4Packet, opts: OutputOptions = {}): Result<void> {
  const r = routeOutput(s, pkt0.dst, opts.oif);
  if (!r.ok) {
    const errno = r.errno;
    recordDecision(s.k, s.now, "dropped", pkt0, () => `no route to ${pkt0.dst}: ${OUTPUT_ERRORS[errno] ?? errno}`);
    return fail(r.errno);
  }
  let rt = r.value;
  const pkt: Ipv4Packet = pkt0.src ? pkt0 : { ...pkt0, src: rt.src };
  // Object.assign, not `{ ...opts.nf, out, nexthop }`: V8 builds a spread followed by new keys on a slow path (a microsecond a packet)
  const skb: NfHookContext = Object.assign({}, opts.nf);
  skb.out = devName(s, rt.ifindex);
  skb.nexthop = rt.nexthop;
  const out = nfHook(s, "OUTPUT", pkt, skb);
  if (out.verdict !== "ACCEPT") {
    recordDecision(s.k, s.now, "dropped", pkt, out.reason, undefined, skb.out, rt.route, skb.trace);
    return fail("EPERM");
  }
  if (out.packet.dst !== pkt.dst) {
    // ip_route_me_harder: DNAT in OUTPUT moved the destination
    const again = routeOutput(s, out.packet.dst, opts.oif);
    if (!again.ok) {
      recordDecision(s.k, s.now, "dropped", out.packet, () => `no route to ${out.packet.dst}: ${OUTPUT_ERRORS[again.errno] ?? again.errno}`, undefined, undefined, undefined, skb.trace);
      return fail(again.errno);
    }
    rt = again.value;
    skb.out = devName(s, rt.ifindex);
    skb.nexthop = rt.nexthop;
  }
  const outDev = skb.out;
  const nexthop = rt.nexthop;
  const kind = rt.kind;
  recordDecision(s.k, s.now, "sent", out.packet, (desc) => {
    const how = desc ?? `${nexthop} dev ${outDev}`;
    return kind === "local" ? `sent to itself via lo (${how})` : `sent via ${outDev} (${how})`;
  }, undefined, outDev, rt.route, skb.trace);
  const post = nfHook(s, "POSTROUTING", out.packet, skb);
  if (post.verdict !== "ACCEPT") {
    recordDecision(s.k, s.now, "dropped", out.packet, post.reason, undefined, outDev, rt.route, skb.trace);
    return fail("EPERM");
  }
  neighOutput(s, rt.ifindex, rt.nexthop, post.packet);
  return ok();
}

/** what a failed output route lookup tells the sender, as strerror words it */
const OUTPUT_ERRORS: Record<string, string> = {
  ENETUNREACH: "Network is unreachable",
  EHOSTUNREACH: "No route to host",
  EACCES: "Permission denied (prohibit route)",
  EINVAL: "Invalid argument (blackhole route)",
  EADDRNOTAVAIL: "no source address on the way out",
};

/** what local delivery does with `pkt`, for the trace (the protocols themselves act after) */
function traceLocal(s: NetStack, inDev: string | undefined, pkt: Ipv4Packet, broadcast: boolean, nf: NfTraceStep[] | undefined): void {
  const decide = (verdict: PacketVerdict, reason: string | (() => string)) => recordDecision(s.k, s.now, verdict, pkt, reason, inDev, undefined, undefined, nf);
  const m = pkt.icmp;
  if (m) {
    if (m.type === "echo-request") {
      if (s.sysctl("net.ipv4.icmp_echo_ignore_all") === "1") decide("dropped", "dropped: net.ipv4.icmp_echo_ignore_all is 1");
      else if (broadcast && s.sysctl("net.ipv4.icmp_echo_ignore_broadcasts") !== "0")
        decide("dropped", "dropped: net.ipv4.icmp_echo_ignore_broadcasts is 1");
      else decide("replied", "reply: ICMP echo reply");
    } else if (m.type === "echo-reply") {
      const sock = socketForEcho(s, m.id ?? -1);
      if (sock) {
        const comm = sock.owners[0]?.comm ?? "ping";
        decide("delivered", () => `delivered to ${comm} (ICMP echo reply)`);
      } else decide("dropped", "dropped: no ping socket waits for this reply");
    } else decide("delivered", () => `delivered to the sender's socket (ICMP ${m.type.replace("-", " ")}, code ${m.code})`);
    return;
  }
  const t = pkt.tcp;
  const port = t?.dport ?? pkt.udp?.dport ?? 0;
  // Only a connection's first segment (and UDP) looks the socket up: the rest belong to it, and a scan per segment would cost the packet rate.
  if (t && !(t.flags.syn && !t.flags.ack)) {
    decide("delivered", () => `delivered to the TCP connection on port ${port}`);
    return;
  }
  const sock = s.net.sockets.find((x) => x.proto === pkt.proto && x.lport === port && (x.state === "LISTEN" || x.remote === undefined || x.remote === pkt.src));
  if (sock) {
    const who = sock.owners[0]?.comm ?? sock.app ?? "a socket";
    decide("delivered", () => `delivered to ${who} on port ${port}`);
  } else {
    const why = t ? `no socket on TCP port ${port}: TCP reset sent` : `no socket on UDP port ${port}: ICMP port unreachable sent`;
    decide("dropped", why);
  }
}

/** net.ipv4.ip_default_ttl */
export function defaultTtl(s: NetStack): number {
  return Number(s.sysctl("net.ipv4.ip_default_ttl") ?? "64") || 64;
}
