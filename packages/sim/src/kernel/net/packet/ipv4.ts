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
import { nfHook } from "./netfilter.js";
import { classifyDst, forwardingOn, routeForward, routeOutput } from "./route-input.js";
import type { NetStack } from "./stack.js";
import { tcpRcv } from "./tcp.js";
import { ICMP_EXC_TTL, ICMP_HOST_UNREACH, ICMP_NET_UNREACH, type Ipv4Packet } from "./types.js";
import { udpRcv } from "./udp.js";

/** ICMP_PKT_FILTERED: a prohibit route (RFC 1812 code 13) */
const ICMP_PKT_FILTERED = 13;

function devName(s: NetStack, ifindex: number): string | undefined {
  return s.link(ifindex)?.name;
}

/** a packet arrived on link `ifindex` */
export function ipRcv(s: NetStack, ifindex: number, arrived: Ipv4Packet): void {
  const inDev = devName(s, ifindex);
  const pre = nfHook(s.k, "PREROUTING", arrived, { in: inDev });
  if (pre.verdict !== "ACCEPT") return;
  const pkt = pre.packet;
  const cls = classifyDst(s, pkt.dst);
  if (cls === "local" || cls === "broadcast") {
    ipLocalDeliver(s, ifindex, pkt, cls === "broadcast");
    return;
  }
  ipForward(s, ifindex, pkt);
}

function ipLocalDeliver(s: NetStack, ifindex: number, pkt0: Ipv4Packet, broadcast: boolean): void {
  const input = nfHook(s.k, "INPUT", pkt0, { in: devName(s, ifindex) });
  if (input.verdict !== "ACCEPT") return;
  const pkt = input.packet;
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

function ipForward(s: NetStack, inIfindex: number, pkt: Ipv4Packet): void {
  if (!forwardingOn(s, inIfindex)) return; // ip_error with forwarding off: dropped, no ICMP
  const route = routeForward(s, pkt.dst);
  if (!route || route.ifindex === undefined) {
    icmpSend(s, pkt, "dest-unreach", ICMP_NET_UNREACH);
    return;
  }
  if (route.type === "unreachable") {
    icmpSend(s, pkt, "dest-unreach", ICMP_HOST_UNREACH);
    return;
  }
  if (route.type === "prohibit") {
    icmpSend(s, pkt, "dest-unreach", ICMP_PKT_FILTERED);
    return;
  }
  if (route.type !== "unicast") return; // blackhole
  if (pkt.ttl <= 1) {
    icmpSend(s, pkt, "time-exceeded", ICMP_EXC_TTL);
    return;
  }
  const outDev = devName(s, route.ifindex);
  const fwd = nfHook(s.k, "FORWARD", pkt, { in: devName(s, inIfindex), out: outDev });
  if (fwd.verdict !== "ACCEPT") return;
  const lowered: Ipv4Packet = { ...fwd.packet, ttl: fwd.packet.ttl - 1 };
  const post = nfHook(s.k, "POSTROUTING", lowered, { out: outDev });
  if (post.verdict !== "ACCEPT") return;
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
}

/**
 * ip_local_out for a packet this host makes. `pkt.src` may be "" to let the
 * route choose. Fails like the socket call: ENETUNREACH without a route.
 */
export function ipOutput(s: NetStack, pkt0: Ipv4Packet, opts: OutputOptions = {}): Result<void> {
  const r = routeOutput(s, pkt0.dst, opts.oif);
  if (!r.ok) return fail(r.errno);
  const rt = r.value;
  const pkt: Ipv4Packet = pkt0.src ? pkt0 : { ...pkt0, src: rt.src };
  const outDev = devName(s, rt.ifindex);
  const out = nfHook(s.k, "OUTPUT", pkt, { out: outDev });
  if (out.verdict !== "ACCEPT") return fail("EPERM");
  const post = nfHook(s.k, "POSTROUTING", out.packet, { out: outDev });
  if (post.verdict !== "ACCEPT") return fail("EPERM");
  neighOutput(s, rt.ifindex, rt.nexthop, post.packet);
  return ok();
}

/** net.ipv4.ip_default_ttl */
export function defaultTtl(s: NetStack): number {
  return Number(s.sysctl("net.ipv4.ip_default_ttl") ?? "64") || 64;
}
