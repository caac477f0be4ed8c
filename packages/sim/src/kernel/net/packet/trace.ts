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
import type { CtTcpState, NfHookName, NfTableName } from "../netfilter/types.js";
import type { Ipv4Packet } from "./types.js";

/** decisions kept per host */
export const TRACE_MAX = 64;

export type PacketVerdict = "sent" | "forwarded" | "delivered" | "replied" | "queued" | "dropped";

/**
 * One thing netfilter did to a packet on a host, in hook order: a table's
 * walk (the chains it went through, the rules that matched, how it ended),
 * a NAT rewrite, or conntrack's verdict.
 */
export interface NfTraceStep {
  hook: NfHookName;
  table: NfTableName | "conntrack";
  /** which x_tables world the table is in: the nft one `iptables` edits, or iptables-legacy's */
  ruleset?: "nft" | "legacy";
  /** chains walked, in order (user chains after a jump or goto) */
  chains?: string[];
  /** rules that matched, in order: chain, rule number as `--line-numbers` shows it, target ("ACCEPT", "LOG", "MASQUERADE", a chain name) */
  matched?: { chain: string; rule: number; target: string }[];
  /** how the step ended: "ACCEPT", "DROP", "REJECT", "policy ACCEPT", "policy DROP"; for conntrack the ctstate */
  verdict: string;
  /**
   * a NAT rewrite of the source (SNAT) or destination (DNAT): "10.0.0.1:1311"
   * before and after; `reply`: a reply getting the connection's own NAT undone
   * (the destination of an answer to a masqueraded connection put back)
   */
  nat?: { kind: "SNAT" | "DNAT"; before: string; after: string; reply: boolean };
  /** the conntrack entry: made for this packet (`created`, in the table once the packet got through) or found */
  ct?: { id: number; created: boolean; reply: boolean; state?: CtTcpState; status: ("UNREPLIED" | "ASSURED")[] };
}

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
  /** what netfilter did to the packet on this host before this decision (absent when no table or conntrack acted) */
  netfilter?: NfTraceStep[];
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
  /** the packet's netfilter steps (the skb's list: later hooks of the same crossing still add to it) */
  nf: NfTraceStep[] | undefined;
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
  nf?: NfTraceStep[],
): void {
  let ring = rings.get(k);
  if (!ring) {
    ring = { buf: [], next: 0 };
    rings.set(k, ring);
  }
  ring.buf[ring.next % TRACE_MAX] = { seq: nextSeq++, at, in: inDev, out: outDev, pkt, route, verdict, reason, nf };
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
    if (r.nf && r.nf.length > 0) d.netfilter = r.nf.map(copyStep);
    out.push(d);
  }
  return out;
}

/** A netfilter step as it is now (later hooks of the packet's crossing still add to the skb's list), field by field: structuredClone costs several times more, once per packet of every line */
function copyStep(s: NfTraceStep): NfTraceStep {
  const c: NfTraceStep = { ...s };
  if (s.chains) c.chains = [...s.chains];
  if (s.matched) c.matched = s.matched.map((m) => ({ ...m }));
  if (s.nat) c.nat = { ...s.nat };
  if (s.ct) c.ct = { ...s.ct, status: [...s.ct.status] };
  return c;
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
