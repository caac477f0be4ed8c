/**
 * nf_conntrack_in and __nf_conntrack_confirm: where a packet meets the
 * table. At PREROUTING and OUTPUT (priority -200, after raw) each packet is
 * looked up by its tuple; a packet without an entry gets a new, unconfirmed
 * one that enters the table only if the packet survives to the last hook
 * (INPUT or POSTROUTING): a packet dropped on the way leaves no entry, as a
 * lone ACK stopped by `! --syn -m state --state NEW -j DROP` does. ICMP
 * errors quoting a tracked packet are RELATED to its entry and create none.
 *
 * ctinfo (what -m state sees) follows resolve_normal_ct: the reply
 * direction is ESTABLISHED; the original direction is ESTABLISHED once a
 * reply was seen, NEW until then (a retransmitted SYN is NEW again).
 */
import type { KernelState } from "../../../state.js";
import type { NetStack } from "../../packet/stack.js";
import type { Ipv4Packet } from "../../packet/types.js";
import { ICMP_TYPE_NUM, ipTotalLength } from "../../packet/types.js";
import { loadConntrack } from "../netfilter.js";
import type { CtEntry } from "../types.js";
import { ctSysctl } from "./sysctl.js";
import { ctCount, ctDestroy, ctEvent, ctFind, ctInsert, ctMaybeSweep, ctStat, ctSweep, ctTable } from "./table.js";
import { type Dir, tcpFlagsValid, tcpNew, tcpPacket } from "./tcp.js";
import { ICMP_ERROR_TYPES, ICMP_NEW_TYPES, invertTuple, packetTuple, sameTuple, tupleKey } from "./tuple.js";
import { KERN_WARNING } from "../../../printk.js";

/** what a packet is to its connection (enum ip_conntrack_info, direction aside) */
export type CtInfo = "NEW" | "ESTABLISHED" | "RELATED";

/** skb->_nfct: the entry a packet belongs to while it crosses this host */
export interface SkbCt {
  entry: CtEntry;
  dir: Dir;
  info: CtInfo;
  /** the entry was made for this packet and is not in the table yet */
  unconfirmed: boolean;
}

/** how conntrack saw the packet, for the trace */
export type CtOutcome = { kind: "tracked"; ct: SkbCt; created: boolean } | { kind: "invalid" } | { kind: "drop"; reason: string };

function newEntry(pkt: Ipv4Packet, now: number): CtEntry | undefined {
  const orig = packetTuple(pkt);
  if (!orig) return undefined;
  return {
    id: 0,
    proto: pkt.proto,
    orig,
    reply: invertTuple(pkt.proto, orig),
    status: { seenReply: false, assured: false, confirmed: false, srcNat: false, dstNat: false },
    expiresAt: now,
    startedAt: now,
    mark: 0,
    origCounters: { packets: 0, bytes: 0 },
    replyCounters: { packets: 0, bytes: 0 },
  };
}

function ctinfo(e: CtEntry, dir: Dir): CtInfo {
  return dir === 1 || e.status.seenReply ? "ESTABLISHED" : "NEW";
}

/** icmp_error_message: the entry an ICMP error's quoted packet belongs to */
function icmpRelated(k: KernelState, now: number, pkt: Ipv4Packet): SkbCt | undefined {
  const inner = pkt.icmp?.orig;
  if (!inner) return undefined;
  const t = packetTuple(inner);
  if (!t) return undefined;
  const inv = invertTuple(inner.proto, t);
  const e = ctFind(k, ctTable(k), now, tupleKey(inner.proto, inv));
  if (!e) return undefined;
  const dir: Dir = sameTuple(e.orig, inv) ? 0 : 1;
  // the error must go where that direction's packets go
  if ((dir === 0 ? e.orig.dst : e.reply.dst) !== pkt.dst) return undefined;
  return { entry: e, dir, info: "RELATED", unconfirmed: false };
}

function isIcmpError(pkt: Ipv4Packet): boolean {
  return pkt.proto === "icmp" && ICMP_ERROR_TYPES.has(ICMP_TYPE_NUM[pkt.icmp!.type]);
}

/** net_ratelimit(): 10 messages, then one per 5 s with a count of those suppressed */
function tableFull(s: NetStack): void {
  const cs = ctTable(s.k);
  const rl = (cs.fullWarn ??= { begin: s.now, printed: 0, missed: 0 });
  rl.earlyDrop = true;
  if (s.now - rl.begin >= 5000) {
    if (rl.missed > 0) s.printk(`${KERN_WARNING}net_ratelimit: ${rl.missed} callbacks suppressed`);
    rl.begin = s.now;
    rl.printed = 0;
    rl.missed = 0;
  }
  if (rl.printed < 10) {
    rl.printed++;
    s.printk(`${KERN_WARNING}nf_conntrack: nf_conntrack: table full, dropping packet`);
  } else rl.missed++;
}

function account(k: KernelState, e: CtEntry, dir: Dir, pkt: Ipv4Packet): void {
  if (k.sysctl["net.netfilter.nf_conntrack_acct"] !== "1") return;
  const c = dir === 0 ? e.origCounters : e.replyCounters;
  c.packets++;
  c.bytes += ipTotalLength(pkt);
}

/** the protocol tracker's say on a packet of entry `e` */
function l4Packet(s: NetStack, e: CtEntry, dir: Dir, pkt: Ipv4Packet): "accept" | "invalid" | "kill" | "reopen" | "ignore" {
  const k = s.k;
  const now = s.now;
  let changed = false;
  switch (pkt.proto) {
    case "tcp": {
      const v = tcpPacket(k, e, dir, pkt.tcp!);
      if (v.kind !== "accept") return v.kind;
      if (v.timeout >= 0) e.expiresAt = now + v.timeout * 1000;
      changed = v.changed || v.assured;
      break;
    }
    case "udp": {
      if (!e.status.confirmed) e.streamAt = now + 2000;
      if (e.status.seenReply) {
        const stream = now > (e.streamAt ?? now);
        e.expiresAt = now + ctSysctl(k, stream ? "udp_timeout_stream" : "udp_timeout") * 1000;
        if (stream && !e.status.assured) {
          e.status.assured = true;
          changed = true;
        }
      } else e.expiresAt = now + ctSysctl(k, "udp_timeout") * 1000;
      break;
    }
    case "icmp":
      e.expiresAt = now + ctSysctl(k, "icmp_timeout") * 1000;
      break;
  }
  account(k, e, dir, pkt);
  if (dir === 1 && !e.status.seenReply) {
    e.status.seenReply = true;
    changed = true;
  }
  if (changed && e.status.confirmed) ctEvent(k, ctTable(k), now, "UPDATE", e);
  return "accept";
}

/** may this packet start an entry? (tcp_new, icmp valid_new; UDP always) */
function l4New(k: KernelState, e: CtEntry, pkt: Ipv4Packet): boolean {
  if (pkt.proto === "tcp") return tcpNew(k, e, pkt.tcp!);
  if (pkt.proto === "icmp") return ICMP_NEW_TYPES.has(ICMP_TYPE_NUM[pkt.icmp!.type]);
  return true;
}

/**
 * nf_conntrack_in. `attachOnly`: a packet looped back through `lo` still
 * carries the entry it got on the way out (skb->_nfct survives the loop),
 * so it is looked up again but not tracked twice.
 */
export function conntrackIn(s: NetStack, pkt: Ipv4Packet, attachOnly: boolean): CtOutcome {
  const k = s.k;
  const now = s.now;
  const cs = loadConntrack(k);
  ctMaybeSweep(k, cs, now);

  if (pkt.proto === "tcp" && !tcpFlagsValid(pkt.tcp!)) {
    ctStat(cs, "invalid");
    return { kind: "invalid" };
  }
  if (isIcmpError(pkt)) {
    const rel = icmpRelated(k, now, pkt);
    if (rel) return { kind: "tracked", ct: rel, created: false };
    ctStat(cs, "error");
    ctStat(cs, "invalid");
    return { kind: "invalid" };
  }
  const tuple = packetTuple(pkt);
  if (!tuple) {
    ctStat(cs, "invalid");
    return { kind: "invalid" };
  }
  for (let round = 0; round < 2; round++) {
    const e = ctFind(k, cs, now, tupleKey(pkt.proto, tuple));
    if (e) {
      const dir: Dir = sameTuple(e.orig, tuple) ? 0 : 1;
      const ct: SkbCt = { entry: e, dir, info: ctinfo(e, dir), unconfirmed: false };
      if (attachOnly) return { kind: "tracked", ct, created: false };
      const v = l4Packet(s, e, dir, pkt);
      if (v === "reopen") {
        ctDestroy(k, cs, now, e);
        continue;
      }
      if (v === "invalid") {
        ctStat(cs, "invalid");
        return { kind: "invalid" };
      }
      if (v === "kill") {
        account(k, e, dir, pkt);
        ctDestroy(k, cs, now, e);
      }
      return { kind: "tracked", ct, created: false };
    }
    return newConnection(s, pkt);
  }
  return { kind: "invalid" };
}

function newConnection(s: NetStack, pkt: Ipv4Packet): CtOutcome {
  const k = s.k;
  const cs = ctTable(k);
  const e = newEntry(pkt, s.now);
  if (!e || !l4New(k, e, pkt)) {
    ctStat(cs, "invalid");
    return { kind: "invalid" };
  }
  const max = ctSysctl(k, "max");
  if (max > 0 && ctCount(cs) >= max) {
    ctSweep(k, cs, s.now);
    if (ctCount(cs) >= max) {
      ctStat(cs, "drop");
      tableFull(s);
      return { kind: "drop", reason: "nf_conntrack: table full, dropping packet" };
    }
  }
  const v = l4Packet(s, e, 0, pkt);
  if (v !== "accept" && v !== "ignore") {
    ctStat(cs, "invalid");
    return { kind: "invalid" };
  }
  return { kind: "tracked", ct: { entry: e, dir: 0, info: "NEW", unconfirmed: true }, created: true };
}

/** __nf_conntrack_confirm at the last hook: the new entry enters the table, unless its tuples were taken meanwhile */
export function conntrackConfirm(s: NetStack, ct: SkbCt): boolean {
  // only the original direction confirms (a REJECT's reset carrying the entry does not)
  if (!ct.unconfirmed || ct.dir !== 0) return true;
  const cs = ctTable(s.k);
  const e = ct.entry;
  const taken = ctFind(s.k, cs, s.now, tupleKey(e.proto, e.orig)) ?? ctFind(s.k, cs, s.now, tupleKey(e.proto, e.reply));
  if (taken) {
    ctStat(cs, "insert_failed");
    return false;
  }
  ctInsert(s.k, cs, s.now, e);
  ct.unconfirmed = false;
  return true;
}
