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
  /**
   * Netfilter at this host (issue 4; filled by the hooks, absent when no
   * table or conntrack saw the packet): each table/chain it crossed in
   * kernel order, the NAT applied, the conntrack entry made or matched.
   */
  netfilter?: NfTraversal[];
  nat?: NatRewrite;
  conntrack?: CtHit;
}

/** one table's chain at one hook, and what it decided */
export interface NfTraversal {
  hook: "PREROUTING" | "INPUT" | "FORWARD" | "OUTPUT" | "POSTROUTING";
  table: "raw" | "mangle" | "nat" | "filter";
  /** the built-in chain, or the user chain a jump reached ("INPUT", "fw-in") */
  chain: string;
  /** the rule that decided, as `iptables -S` prints it ("-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT"); absent: the chain's policy or no match */
  rule?: string;
  /** 1-based position of that rule in its chain (iptables -L --line-numbers) */
  ruleNum?: number;
  /** what happened: "ACCEPT", "DROP", "REJECT", "DNAT", "SNAT", "MASQUERADE", "LOG", "RETURN", "policy ACCEPT", "policy DROP" */
  verdict: string;
}

/** NAT at this hook: the packet as it came and as it left, tcpdump-like ("10.0.0.5.1234 > 203.0.113.1.80") */
export interface NatRewrite {
  hook: "PREROUTING" | "OUTPUT" | "POSTROUTING" | "INPUT";
  kind: "SNAT" | "DNAT" | "MASQUERADE" | "REDIRECT";
  before: string;
  after: string;
}

/** the conntrack entry the packet belongs to at this host */
export interface CtHit {
  /** the entry's id (`conntrack -L -o id`) */
  id: number;
  /** the packet's ctstate, as -m state / -m conntrack match it */
  ctstate: "NEW" | "ESTABLISHED" | "RELATED" | "INVALID" | "UNTRACKED";
  /** this packet made the entry */
  created: boolean;
  /** TCP state after this packet (SYN_SENT, ESTABLISHED, TIME_WAIT, ...) */
  tcpState?: string;
}

/**
 * What the packet path stores: references and a reason that may be built
 * later. Strings are made only when someone reads the trace, so a packet
 * costs one small object (packets are immutable, so holding them is safe).
 */
interface RawDecision {
  seq: number;
  at: number;
  in: string | undefined;
  out: string | undefined;
  pkt: Ipv4Packet;
  route: RouteState | undefined;
  verdict: PacketVerdict;
  /** the reason, or how to word it given the route as `ip route` prints it */
  reason: string | ((route: string | undefined) => string);
}

/** a ring of TRACE_MAX entries; `next` counts every entry ever written */
interface Ring {
  buf: RawDecision[];
  next: number;
}

const rings = new WeakMap<KernelState, Ring>();
let nextSeq = 1;

/** the sequence number the next decision will get: a mark to read decisions after */
export function traceMark(): number {
  return nextSeq;
}

export function recordDecision(
  k: KernelState,
  at: number,
  verdict: PacketVerdict,
  pkt: Ipv4Packet,
  reason: RawDecision["reason"],
  inDev?: string,
  outDev?: string,
  route?: RouteState,
): void {
  let ring = rings.get(k);
  if (!ring) {
    ring = { buf: [], next: 0 };
    rings.set(k, ring);
  }
  ring.buf[ring.next % TRACE_MAX] = { seq: nextSeq++, at, in: inDev, out: outDev, pkt, route, verdict, reason };
  ring.next++;
}

/** this host's recent decisions, oldest first, optionally only those numbered `mark` or later */
export function packetDecisions(k: KernelState, mark = 0): PacketDecision[] {
  const ring = rings.get(k);
  if (!ring) return [];
  const out: PacketDecision[] = [];
  const first = Math.max(0, ring.next - TRACE_MAX);
  for (let i = first; i < ring.next; i++) {
    const r = ring.buf[i % TRACE_MAX];
    if (r.seq < mark) continue;
    const dev = r.route?.type === "local" ? "lo" : r.out;
    const route = r.route ? routeText(r.route, r.route.ifindex === undefined ? undefined : dev) : undefined;
    const d: PacketDecision = { seq: r.seq, at: r.at, host: k.hostname, packet: packetSummary(r.pkt), verdict: r.verdict, reason: typeof r.reason === "string" ? r.reason : r.reason(route) };
    if (r.in !== undefined) d.in = r.in;
    if (r.out !== undefined) d.out = r.out;
    if (route !== undefined) d.route = route;
    out.push(d);
  }
  return out;
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
