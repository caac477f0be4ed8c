/**
 * Does a rule match a packet? ip_packet_match (struct ipt_ip: protocol,
 * addresses with their masks, interfaces with the + wildcard, fragments, each
 * invertible with !), then the rule's extension matches in order, as the
 * xt_* modules test them: tcp/udp ports and flags, icmp type/code,
 * state/conntrack, multiport, comment, limit (a token bucket on the virtual
 * clock), mac.
 *
 * Hot path: a 200-rule chain runs this 200 times a packet. Addresses are
 * compared as numbers: each rule's networks parsed once (CompiledRule).
 */
import type { NfHookContext } from "../packet/netfilter.js";
import type { Ipv4Packet } from "../packet/types.js";
import { ICMP_TYPE_NUM, IPPROTO_NUM } from "../packet/types.js";
import type { NfAddrMatch, NfCtState, NfIfaceMatch, NfMatch, NfPortRange, NfRule, NfTcpFlag } from "./types.js";

/** "10.1.2.3" -> uint32; NaN when not a dotted quad */
export function ip4(text: string): number {
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || part > 255) return Number.NaN;
      n = n * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      digits++;
    } else return Number.NaN;
  }
  if (dots !== 3 || digits === 0 || part > 255) return Number.NaN;
  return n * 256 + part;
}

/**
 * A rule with its address matches as numbers, made once and kept beside the
 * chain (walk.ts): valid while the rule and its -s/-d records are the same
 * objects (rules are replaced or their fields reassigned, never edited in
 * place beyond counters and the limit match's bucket).
 */
export interface CompiledRule {
  rule: NfRule;
  src: NfAddrMatch | undefined;
  dst: NfAddrMatch | undefined;
  srcNet: number;
  srcMask: number;
  dstNet: number;
  dstMask: number;
}

function net(m: NfAddrMatch | undefined): [number, number] {
  if (!m) return [0, 0];
  const mask = m.prefixlen === 0 ? 0 : (0xffffffff << (32 - m.prefixlen)) >>> 0;
  return [(ip4(m.addr) & mask) >>> 0, mask];
}

export function compileRule(rule: NfRule): CompiledRule {
  const [srcNet, srcMask] = net(rule.src);
  const [dstNet, dstMask] = net(rule.dst);
  return { rule, src: rule.src, dst: rule.dst, srcNet, srcMask, dstNet, dstMask };
}

/** still valid for `rule`? */
export function compiledFor(c: CompiledRule | undefined, rule: NfRule): c is CompiledRule {
  return c !== undefined && c.rule === rule && c.src === rule.src && c.dst === rule.dst;
}

/** ipt's iface match: a trailing + matches any name with that prefix; no device is the empty name */
function ifaceMatch(m: NfIfaceMatch, dev: string | undefined): boolean {
  const name = dev ?? "";
  const hit = m.name.endsWith("+") ? name.startsWith(m.name.slice(0, -1)) : name === m.name;
  return hit !== m.invert;
}

function inRange(r: (NfPortRange & { invert: boolean }) | undefined, port: number): boolean {
  return r === undefined || (port >= r.min && port <= r.max) !== r.invert;
}

const FLAG_BITS: Record<NfTcpFlag, number> = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20 };

function flagMask(names: NfTcpFlag[]): number {
  let m = 0;
  for (const n of names) m |= FLAG_BITS[n];
  return m;
}

export function tcpFlagByte(pkt: Ipv4Packet): number {
  const f = pkt.tcp!.flags;
  return (f.fin ? 1 : 0) | (f.syn ? 2 : 0) | (f.rst ? 4 : 0) | (f.psh ? 8 : 0) | (f.ack ? 0x10 : 0);
}

/** what the extensions need besides the packet */
export interface MatchEnv {
  skb: NfHookContext;
  /** virtual ms, for -m limit */
  now: number;
}

function ctStateMatch(skb: NfHookContext, wanted: NfCtState[], invert: boolean, withNat: boolean): boolean {
  const ct = skb.ct;
  let hit: boolean;
  if (!ct) hit = wanted.includes("INVALID");
  else
    hit =
      wanted.includes(ct.info) || (withNat && ((ct.entry.status.srcNat && wanted.includes("SNAT")) || (ct.entry.status.dstNat && wanted.includes("DNAT"))));
  return hit !== invert;
}

function portsOf(pkt: Ipv4Packet): [number, number] | undefined {
  if (pkt.tcp) return [pkt.tcp.sport, pkt.tcp.dport];
  if (pkt.udp) return [pkt.udp.sport, pkt.udp.dport];
  return undefined;
}

const PER_MS = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** xt_limit: credit accrues with time up to burst packets' worth; each match spends one packet's worth */
function limitMatch(m: Extract<NfMatch, { kind: "limit" }>, now: number): boolean {
  const cost = PER_MS[m.per] / Math.max(1, m.count);
  const cap = cost * Math.max(1, m.burst);
  let credit = m.credit ?? cap;
  if (m.prevAt !== undefined) credit = Math.min(cap, credit + (now - m.prevAt));
  m.prevAt = now;
  if (credit >= cost) {
    m.credit = credit - cost;
    return true;
  }
  m.credit = credit;
  return false;
}

function extMatch(m: NfMatch, pkt: Ipv4Packet, env: MatchEnv): boolean {
  switch (m.kind) {
    case "tcp": {
      const t = pkt.tcp;
      if (!t) return false;
      if (!inRange(m.sport, t.sport) || !inRange(m.dport, t.dport)) return false;
      if (m.flags) return ((tcpFlagByte(pkt) & flagMask(m.flags.mask)) === flagMask(m.flags.comp)) !== m.flags.invert;
      return true;
    }
    case "udp": {
      const u = pkt.udp;
      return u !== undefined && inRange(m.sport, u.sport) && inRange(m.dport, u.dport);
    }
    case "icmp": {
      if (!pkt.icmp) return false;
      if (!m.type) return true;
      const type = ICMP_TYPE_NUM[pkt.icmp.type];
      const hit = m.type.type === 0xff || (type === m.type.type && pkt.icmp.code >= m.type.codeMin && pkt.icmp.code <= m.type.codeMax);
      return hit !== m.type.invert;
    }
    case "state":
      return ctStateMatch(env.skb, m.states, m.invert, false);
    case "conntrack":
      return ctStateMatch(env.skb, m.ctstate, m.invert, true);
    case "multiport": {
      const ports = portsOf(pkt);
      if (!ports) return false;
      const [sp, dp] = ports;
      const hit = m.ports.some(
        (r) =>
          (m.side !== "destination" && sp >= r.min && sp <= r.max) || (m.side !== "source" && dp >= r.min && dp <= r.max),
      );
      return hit !== m.invert;
    }
    case "comment":
      return true;
    case "limit":
      return limitMatch(m, env.now);
    case "mac": {
      const mac = env.skb.mac;
      if (!mac || env.skb.in === "lo") return false;
      return (mac.src.toLowerCase() === m.source.toLowerCase()) !== m.invert;
    }
  }
}

/**
 * ipt_do_table's test of one rule. `src`/`dst` are the packet's addresses
 * as numbers (parsed once per table walk).
 */
export function ruleMatches(c: CompiledRule, pkt: Ipv4Packet, src: number, dst: number, env: MatchEnv): boolean {
  const rule = c.rule;
  if (rule.proto && rule.proto.num !== 0 && (IPPROTO_NUM[pkt.proto] === rule.proto.num) === rule.proto.invert) return false;
  if (rule.src && (((src & c.srcMask) >>> 0) === c.srcNet) === rule.src.invert) return false;
  if (rule.dst && (((dst & c.dstMask) >>> 0) === c.dstNet) === rule.dst.invert) return false;
  if (rule.in && !ifaceMatch(rule.in, env.skb.in)) return false;
  if (rule.out && !ifaceMatch(rule.out, env.skb.out)) return false;
  // the simulation never fragments: every packet is a first (and only) fragment
  if (rule.fragment && !rule.fragment.invert) return false;
  for (const m of rule.matches) if (!extMatch(m, pkt, env)) return false;
  return true;
}
