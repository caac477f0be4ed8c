/**
 * /proc/net/nf_conntrack: the kernel's own listing of the connection
 * tracking table (nf_conntrack_standalone.c, ct_seq_show), one line per
 * entry:
 *
 *   ipv4     2 tcp      6 117 TIME_WAIT src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80
 *     src=10.0.0.2 dst=10.0.0.1 sport=80 dport=40000 [ASSURED] mark=0 zone=0 use=2
 *
 * (one line; wrapped here). `use=2`: the reader holds a reference while
 * printing. Counters (`packets= bytes=`) follow each tuple when
 * net.netfilter.nf_conntrack_acct is 1, `delta-time=` (seconds since the
 * entry was made) when net.netfilter.nf_conntrack_timestamp is 1. The file
 * exists once the nf_conntrack module is loaded, i.e. once a rule needed
 * connection tracking. Expired entries the kernel has not reaped yet are
 * not shown (Kernel.netfilter's list reaps them first).
 *
 * `ctTupleText` is also what conntrack(8) prints for a tuple
 * (libnetfilter_conntrack's __snprintf_address + __snprintf_proto): the two
 * layouts agree on it.
 */
import type { Kernel } from "../kernel/kernel.js";
import { ctSecondsLeft } from "../kernel/net/netfilter/netfilter.js";
import type { CtEntry, CtTuple, NfCounters } from "../kernel/net/netfilter/types.js";
import { IPPROTO_NUM } from "../kernel/net/packet/types.js";

/** "src=10.0.0.1 dst=10.0.0.2 sport=40000 dport=80 " (tcp, udp) or "... type=8 code=0 id=4242 " (icmp), with its trailing blank */
export function ctTupleText(proto: CtEntry["proto"], t: CtTuple): string {
  const addr = `src=${t.src} dst=${t.dst} `;
  if (proto === "icmp") return `${addr}type=${t.type ?? 0} code=${t.code ?? 0} id=${t.id ?? 0} `;
  return `${addr}sport=${t.sport ?? 0} dport=${t.dport ?? 0} `;
}

export function ctCountersText(c: NfCounters): string {
  return `packets=${c.packets} bytes=${c.bytes} `;
}

/** "tcp      6 " as both the kernel and conntrack(8) pad it (%-8s %u) */
export function ctProtoText(proto: CtEntry["proto"]): string {
  return `${proto.padEnd(8, " ")} ${IPPROTO_NUM[proto]} `;
}

/** the sysctls that add fields to every listing */
export function ctExtensions(k: Kernel): { acct: boolean; timestamp: boolean } {
  return {
    acct: k.state.sysctl["net.netfilter.nf_conntrack_acct"] === "1",
    timestamp: k.state.sysctl["net.netfilter.nf_conntrack_timestamp"] === "1",
  };
}

/** one line of /proc/net/nf_conntrack */
export function procConntrackLine(e: CtEntry, now: number, ext: { acct: boolean; timestamp: boolean }): string {
  let s = `ipv4     2 ${ctProtoText(e.proto)}${ctSecondsLeft(e, now)} `;
  if (e.tcpState) s += `${e.tcpState} `;
  s += ctTupleText(e.proto, e.orig);
  if (ext.acct) s += ctCountersText(e.origCounters);
  if (!e.status.seenReply) s += "[UNREPLIED] ";
  s += ctTupleText(e.proto, e.reply);
  if (ext.acct) s += ctCountersText(e.replyCounters);
  if (e.status.assured) s += "[ASSURED] ";
  s += `mark=${e.mark} zone=0 `;
  if (ext.timestamp) s += `delta-time=${Math.max(0, Math.floor((now - e.startedAt) / 1000))} `;
  return `${s}use=2\n`;
}

/** the file's text, or undefined when the module is not loaded (no file) */
export function procNfConntrack(k: Kernel): string | undefined {
  if (!k.netfilter.conntrackLoaded) return undefined;
  const now = k.clock.now;
  const ext = ctExtensions(k);
  return k.netfilter
    .conntrackList()
    .map((e) => procConntrackLine(e, now, ext))
    .join("");
}
