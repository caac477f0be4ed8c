/**
 * NAT as nf_nat_core.c does it, over conntrack. The nat table is walked only
 * for a connection's first packet (an unconfirmed entry); the binding its
 * rule sets (MASQUERADE, SNAT, DNAT, REDIRECT, or none: a null binding)
 * rewrites the entry's reply tuple, and from then on every packet of the
 * connection, both ways, is rewritten from the two tuples (nf_nat_packet):
 *
 *   hook         manip   original direction       reply direction
 *   PREROUTING   DST     if DNAT: dst <- reply.src   if SNAT: dst <- orig.src
 *   OUTPUT       DST     (same)                      (same)
 *   POSTROUTING  SRC     if SNAT: src <- reply.dst   if DNAT: src <- orig.dst
 *   INPUT        SRC     (same)                      (same)
 *
 * ICMP errors RELATED to a NATed connection get their quoted packet and
 * outer addresses translated the same way (nf_nat_icmp_reply_translation).
 *
 * Port choice (nf_nat_l4proto_unique_tuple): a source port is kept when the
 * new tuple is free; else one is searched in 1-511, 600-1023 or 1024-65535
 * (by the old port's class) or the rule's --to-ports, from a random offset
 * drawn from the world's PRNG, so the choice is deterministic per seed.
 * A destination port is never changed unless the rule names one.
 */
import { selectSource } from "../route-output.js";
import type { NfHookContext } from "../packet/netfilter.js";
import type { NetStack } from "../packet/stack.js";
import type { Ipv4Packet } from "../packet/types.js";
import type { SkbCt } from "./conntrack/core.js";
import { ctFind, ctStat, ctTable } from "./conntrack/table.js";
import { endpoint, invertTuple, sameTuple, tupleKey } from "./conntrack/tuple.js";
import { ip4 } from "./match.js";
import type { CtEntry, CtProto, CtTuple, NfHookName, NfTarget } from "./types.js";
import { KERN_INFO } from "../../printk.js";

export type Manip = "SRC" | "DST";

export const HOOK_MANIP: Partial<Record<NfHookName, Manip>> = { PREROUTING: "DST", OUTPUT: "DST", POSTROUTING: "SRC", INPUT: "SRC" };

/** struct nf_nat_range2, addresses as numbers; absent ports: keep (unless taken) */
export interface NatRange {
  minIp?: number;
  maxIp?: number;
  minPort?: number;
  maxPort?: number;
  random?: boolean;
}

const fmtIp = (n: number) => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;

type NatTarget = Extract<NfTarget, { kind: "MASQUERADE" | "SNAT" | "DNAT" | "REDIRECT" }>;

/** the range a NAT target asks for; undefined: the packet is dropped (no address to use) */
export function targetRange(s: NetStack, t: NatTarget, skb: NfHookContext, hook: NfHookName): NatRange | undefined {
  switch (t.kind) {
    case "SNAT":
    case "DNAT": {
      const r = t.to[0] ?? {};
      const min = r.minIp !== undefined ? ip4(r.minIp) : undefined;
      return { minIp: min, maxIp: r.maxIp !== undefined ? ip4(r.maxIp) : min, minPort: r.minPort, maxPort: r.maxPort ?? r.minPort };
    }
    case "MASQUERADE": {
      const link = s.k.links.find((l) => l.name === skb.out);
      const src = link && selectSource(s.k, link.ifindex, skb.nexthop ? ip4(skb.nexthop) : 0, "global");
      if (!src) {
        s.printk(`${KERN_INFO}${skb.out ?? ""} ate my IP address`);
        return undefined;
      }
      return { minIp: ip4(src), maxIp: ip4(src), minPort: t.toPorts?.min, maxPort: t.toPorts?.max, random: t.random };
    }
    case "REDIRECT": {
      let dst: string | undefined;
      if (hook === "OUTPUT") dst = "127.0.0.1";
      else {
        const link = s.k.links.find((l) => l.name === skb.in);
        dst = link && s.k.addrs4.find((a) => a.ifindex === link.ifindex)?.local;
      }
      if (!dst) return undefined;
      return { minIp: ip4(dst), maxIp: ip4(dst), minPort: t.toPorts?.min, maxPort: t.toPorts?.max };
    }
  }
}

/** the port (or ICMP id) a manip changes */
function key(proto: CtProto, t: CtTuple, m: Manip): number {
  if (proto === "icmp") return t.id ?? 0;
  return (m === "SRC" ? t.sport : t.dport) ?? 0;
}

function setKey(proto: CtProto, t: CtTuple, m: Manip, v: number): void {
  if (proto === "icmp") t.id = v;
  else if (m === "SRC") t.sport = v;
  else t.dport = v;
}

/** nf_nat_used_tuple: would this tuple's answer collide with another connection's? */
function used(s: NetStack, proto: CtProto, t: CtTuple): boolean {
  const cs = ctTable(s.k);
  const taken = ctFind(s.k, cs, s.now, tupleKey(proto, invertTuple(proto, t))) !== undefined;
  if (taken) ctStat(cs, "found");
  return taken;
}

function inRange(proto: CtProto, t: CtTuple, r: NatRange, m: Manip): boolean {
  const a = ip4(m === "SRC" ? t.src : t.dst);
  if (r.minIp !== undefined && (a < r.minIp || a > (r.maxIp ?? r.minIp))) return false;
  if (r.minPort !== undefined) {
    const p = key(proto, t, m);
    if (p < r.minPort || p > (r.maxPort ?? r.minPort)) return false;
  }
  return true;
}

/** a stable spread of connections over an address range (the kernel hashes the same inputs with jhash) */
function pickIp(t: CtTuple, r: NatRange): number {
  const min = r.minIp!;
  const dist = (r.maxIp ?? min) - min + 1;
  if (dist <= 1) return min;
  let h = 2166136261;
  for (const c of `${t.src} ${t.dst}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return min + (h % dist);
}

/** nf_nat_l4proto_unique_tuple */
function uniquePort(s: NetStack, proto: CtProto, t: CtTuple, r: NatRange, m: Manip): void {
  let min: number;
  let size: number;
  if (r.minPort !== undefined) {
    const lo = Math.min(r.minPort, r.maxPort ?? r.minPort);
    const hi = Math.max(r.minPort, r.maxPort ?? r.minPort);
    min = lo;
    size = hi - lo + 1;
  } else if (proto === "icmp") {
    min = 0;
    size = 65536;
  } else {
    if (m === "DST") return;
    const old = key(proto, t, m);
    if (old < 1024) [min, size] = old < 512 ? [1, 511] : [600, 424];
    else [min, size] = [1024, 64512];
  }
  let off = r.random || m === "SRC" ? s.env.random() & 0xffff : 0;
  let attempts = Math.min(size, 128);
  for (;;) {
    for (let i = 0; i < attempts; i++, off++) {
      setKey(proto, t, m, min + (off % size));
      if (!used(s, proto, t)) return;
    }
    if (attempts >= size || attempts < 16) return;
    attempts = Math.floor(attempts / 2);
    off = s.env.random() & 0xffff;
  }
}

/** get_unique_tuple */
function uniqueTuple(s: NetStack, proto: CtProto, orig: CtTuple, r: NatRange, m: Manip): CtTuple {
  if (m === "SRC" && !r.random && inRange(proto, orig, r, m) && !used(s, proto, orig)) return orig;
  const t = { ...orig };
  if (r.minIp !== undefined) {
    const ip = fmtIp(pickIp(orig, r));
    if (m === "SRC") t.src = ip;
    else t.dst = ip;
  }
  if (!r.random) {
    if (r.minPort !== undefined) {
      if (inRange(proto, t, r, m) && !used(s, proto, t)) return t;
    } else if (!used(s, proto, t)) return t;
  }
  uniquePort(s, proto, t, r, m);
  return t;
}

/** IPS_SRC_NAT_DONE / IPS_DST_NAT_DONE of entries still being set up (they matter only before confirmation) */
const natDone = new WeakMap<CtEntry, { SRC?: boolean; DST?: boolean }>();

/** nf_nat_initialized: was this manip of the (unconfirmed) connection decided already? */
export function natInitialized(e: CtEntry, m: Manip): boolean {
  return natDone.get(e)?.[m] === true;
}

/** nf_nat_setup_info: bind the connection (still unconfirmed) to `range` for this manip (none: a null binding) */
export function natSetup(s: NetStack, ct: SkbCt, range: NatRange | undefined, m: Manip): void {
  const e = ct.entry;
  const done = natDone.get(e) ?? {};
  done[m] = true;
  natDone.set(e, done);
  const curr = invertTuple(e.proto, e.reply);
  const next = range ? uniqueTuple(s, e.proto, curr, range, m) : curr;
  if (sameTuple(next, curr)) return;
  e.reply = invertTuple(e.proto, next);
  if (m === "SRC") e.status.srcNat = true;
  else e.status.dstNat = true;
}

function applies(e: CtEntry, dir: 0 | 1, m: Manip): boolean {
  // the status bit that calls for this manip; the reply direction undoes the other one
  const srcNat = (m === "SRC") === (dir === 0);
  return srcNat ? e.status.srcNat : e.status.dstNat;
}

/** the packet with its source or destination (address and port / ICMP id) set from `target` */
function manipPacket(p: Ipv4Packet, target: CtTuple, m: Manip): Ipv4Packet {
  const q: Ipv4Packet = m === "SRC" ? { ...p, src: target.src } : { ...p, dst: target.dst };
  if (p.tcp) q.tcp = m === "SRC" ? { ...p.tcp, sport: target.sport! } : { ...p.tcp, dport: target.dport! };
  else if (p.udp) q.udp = m === "SRC" ? { ...p.udp, sport: target.sport! } : { ...p.udp, dport: target.dport! };
  else if (p.icmp && (p.icmp.type === "echo-request" || p.icmp.type === "echo-reply")) q.icmp = { ...p.icmp, id: target.id };
  return q;
}

export interface NatRewrite {
  packet: Ipv4Packet;
  before: string;
  after: string;
}

function ends(p: Ipv4Packet, m: Manip): string {
  const port = p.tcp ? (m === "SRC" ? p.tcp.sport : p.tcp.dport) : p.udp ? (m === "SRC" ? p.udp.sport : p.udp.dport) : undefined;
  return endpoint(m === "SRC" ? p.src : p.dst, port);
}

/** nf_nat_packet (and the ICMP error translation); undefined when nothing changes */
export function natPacket(ct: SkbCt, p: Ipv4Packet, m: Manip): NatRewrite | undefined {
  const e = ct.entry;
  if (!applies(e, ct.dir, m)) return undefined;
  const other = ct.dir === 0 ? e.reply : e.orig;
  let q: Ipv4Packet;
  if (ct.info === "RELATED" && p.icmp?.orig) {
    // the quoted packet back to how its sender saw it, then the outer header
    const inner = manipPacket(p.icmp.orig, other, m === "SRC" ? "DST" : "SRC");
    const target = invertTuple(e.proto, other);
    q = m === "SRC" ? { ...p, src: target.src } : { ...p, dst: target.dst };
    q.icmp = { ...p.icmp, orig: inner };
  } else q = manipPacket(p, invertTuple(e.proto, other), m);
  return { packet: q, before: ends(p, m), after: ends(q, m) };
}
