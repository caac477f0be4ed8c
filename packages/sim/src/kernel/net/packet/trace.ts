/**
 * The packet path's decisions, for the lesson page's "what happened to my
 * packet" view: per host, the last TRACE_MAX decisions (a packet received,
 * routed, forwarded, delivered, answered or dropped, and why, in Linux's
 * terms). Derived and ephemeral: kept beside the kernel state in a WeakMap,
 * never in a snapshot, lost on restore like a console log would be.
 *
 * Cheap by design: one small object per decision, the summary strings built
 * once, the ring bounded (shift on a 64-entry array).
 */
import type { KernelState, RouteState } from "../../state.js";
import type { Ipv4Packet } from "./types.js";

/** decisions kept per host */
export const TRACE_MAX = 64;

export type PacketVerdict = "sent" | "forwarded" | "delivered" | "replied" | "queued" | "dropped";

export interface PacketDecision {
  /** order across every host of the process (a counter, not time) */
  seq: number;
  /** virtual ms */
  at: number;
  host: string;
  /** input and output device names */
  in?: string;
  out?: string;
  /** tcpdump-like summary: "192.168.1.10 > 10.0.0.2: ICMP echo request" */
  packet: string;
  /** the route chosen, as `ip route` prints it: "10.0.0.0/24 dev eth1" */
  route?: string;
  verdict: PacketVerdict;
  /** why, in Linux's words: "dropped: net.ipv4.ip_forward is 0" */
  reason: string;
}

const rings = new WeakMap<KernelState, PacketDecision[]>();
let nextSeq = 1;

/** the sequence number the next decision will get: a mark to read decisions after */
export function traceMark(): number {
  return nextSeq;
}

export function recordDecision(k: KernelState, d: Omit<PacketDecision, "seq" | "host">): void {
  let ring = rings.get(k);
  if (!ring) {
    ring = [];
    rings.set(k, ring);
  }
  if (ring.length >= TRACE_MAX) ring.shift();
  ring.push({ seq: nextSeq++, host: k.hostname, ...d });
}

/** this host's recent decisions, oldest first, optionally only those from `mark` on */
export function packetDecisions(k: KernelState, mark = 0): PacketDecision[] {
  const ring = rings.get(k);
  if (!ring) return [];
  return ring.filter((d) => d.seq >= mark);
}

/** "192.168.1.10 > 10.0.0.2: ICMP echo request", as tcpdump words it */
export function packetSummary(p: Ipv4Packet): string {
  if (p.icmp) return `${p.src || "0.0.0.0"} > ${p.dst}: ICMP ${p.icmp.type.replace("-", " ").replace("dest unreach", "destination unreachable")}`;
  if (p.tcp) return `${p.src}.${p.tcp.sport} > ${p.dst}.${p.tcp.dport}: TCP`;
  if (p.udp) return `${p.src}.${p.udp.sport} > ${p.dst}.${p.udp.dport}: UDP`;
  return `${p.src} > ${p.dst}: ${p.proto}`;
}

/** a route as `ip route` prints it: "default via 10.0.0.1 dev eth0", "10.0.0.0/24 dev eth1" */
export function routeText(r: RouteState, dev: string | undefined): string {
  const type = r.type === "unicast" ? "" : `${r.type} `;
  return `${type}${r.dst}${r.gateway ? ` via ${r.gateway}` : ""}${dev ? ` dev ${dev}` : ""}`;
}
