/**
 * Which entries a conntrack(8) filter selects: the kernel's CTA_FILTER for
 * the tuple fields (exact addresses or CIDR, ports, ICMP fields), and the
 * userspace checks conntrack does after the dump (status bits, TCP state,
 * mark, NAT). All given fields must match.
 */
import type { CtEntry } from "../../kernel/net/netfilter/types.js";
import { IPPROTO_NUM } from "../../kernel/net/packet/types.js";
import { type CtAddrFilter, type CtFilter, ip4ToNumber } from "./conntrack-options.js";

function addrIs(f: CtAddrFilter | undefined, addr: string): boolean {
  return f === undefined || ((ip4ToNumber(addr) & f.mask) >>> 0) === f.addr;
}

function eq(want: number | undefined, got: number | undefined): boolean {
  return want === undefined || want === got;
}

function statusHas(e: CtEntry, word: string): boolean {
  switch (word) {
    case "ASSURED":
      return e.status.assured;
    case "SEEN_REPLY":
      return e.status.seenReply;
    case "UNREPLIED":
      return !e.status.seenReply;
    case "UNSET":
      return true;
    default:
      // EXPECTED, FIXED_TIMEOUT, OFFLOAD: bits the sim never sets
      return false;
  }
}

/** SNAT shows in the reply tuple's destination, DNAT in its source (conntrack's filter_nat) */
function natMatches(f: CtAddrFilter | true | undefined, natted: boolean, addr: string): boolean {
  if (f === undefined) return true;
  return natted && (f === true || addrIs(f, addr));
}

export function ctMatches(e: CtEntry, f: CtFilter): boolean {
  if (f.ipv6) return false;
  if (f.proto !== undefined && f.proto !== IPPROTO_NUM[e.proto]) return false;
  if (!addrIs(f.origSrc, e.orig.src) || !addrIs(f.origDst, e.orig.dst)) return false;
  if (!addrIs(f.replySrc, e.reply.src) || !addrIs(f.replyDst, e.reply.dst)) return false;
  if (!eq(f.sport, e.orig.sport) || !eq(f.dport, e.orig.dport)) return false;
  if (!eq(f.replySport, e.reply.sport) || !eq(f.replyDport, e.reply.dport)) return false;
  if (!eq(f.icmpType, e.orig.type) || !eq(f.icmpCode, e.orig.code) || !eq(f.icmpId, e.orig.id)) return false;
  if (f.state !== undefined && f.state !== e.tcpState) return false;
  if (f.status && !f.status.every((w) => statusHas(e, w))) return false;
  if (f.mark) {
    if (f.mark.value === undefined) return false;
    if (((e.mark & f.mark.mask) >>> 0) !== ((f.mark.value & f.mark.mask) >>> 0)) return false;
  }
  if (!natMatches(f.srcNat, e.status.srcNat, e.reply.dst)) return false;
  if (!natMatches(f.dstNat, e.status.dstNat, e.reply.src)) return false;
  if (f.anyNat !== undefined && !natMatches(f.anyNat, e.status.srcNat, e.reply.dst) && !natMatches(f.anyNat, e.status.dstNat, e.reply.src)) return false;
  return true;
}
