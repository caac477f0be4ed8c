/**
 * The targets that do something besides deciding: REJECT (nf_reject_ipv4:
 * an ICMP destination unreachable through icmp_send, or a TCP RST built as
 * nf_send_reset does and sent with the offending packet's conntrack entry
 * attached, so NAT translates it back; the connection it resets goes to
 * CLOSE) and LOG (a line through printk).
 */
import type { NfHookContext } from "../packet/netfilter.js";
import { icmpSend } from "../packet/icmp.js";
import { defaultTtl, ipOutput } from "../packet/ipv4.js";
import type { NetStack } from "../packet/stack.js";
import type { Ipv4Packet, TcpSegment } from "../packet/types.js";
import { logLine } from "./log.js";
import { tcpTimeout } from "./conntrack/sysctl.js";
import { ctEvent, ctTable } from "./conntrack/table.js";
import type { CtEntry, NfTarget } from "./types.js";

/** --reject-with name -> ICMP destination unreachable code */
const REJECT_CODES: Record<string, number> = {
  "icmp-net-unreachable": 0,
  "icmp-host-unreachable": 1,
  "icmp-proto-unreachable": 2,
  "icmp-port-unreachable": 3,
  "icmp-net-prohibited": 9,
  "icmp-host-prohibited": 10,
  "icmp-admin-prohibited": 13,
};

/** nf_send_reset: the RST answering `p` (nothing for an RST) */
function sendReset(s: NetStack, p: Ipv4Packet, skb: NfHookContext): void {
  const t = p.tcp;
  if (!t || t.flags.rst) return;
  const seg: TcpSegment = t.flags.ack
    ? { sport: t.dport, dport: t.sport, seq: t.ack, ack: 0, flags: { rst: true }, win: 0, data: "" }
    : {
        sport: t.dport,
        dport: t.sport,
        seq: 0,
        ack: (t.seq + t.data.length + (t.flags.syn ? 1 : 0) + (t.flags.fin ? 1 : 0)) >>> 0,
        flags: { rst: true, ack: true },
        win: 0,
        data: "",
      };
  // nf_ct_attach: the reset belongs to the offending packet's connection, in the other direction
  const ct = skb.ct && { entry: skb.ct.entry, dir: (1 - skb.ct.dir) as 0 | 1, info: "RELATED" as const, unconfirmed: skb.ct.unconfirmed };
  ipOutput(s, { src: p.dst, dst: p.src, ttl: defaultTtl(s), id: 0, df: true, proto: "tcp", tcp: seg }, { nf: { ct } });
  if (skb.ct && !skb.ct.unconfirmed) tcpSetClosing(s, skb.ct.entry);
}

/** nf_conntrack_tcp_set_closing: the connection we just reset is CLOSE, with its 10 s */
function tcpSetClosing(s: NetStack, e: CtEntry): void {
  if (e.proto !== "tcp" || e.tcpState === "CLOSE") return;
  e.tcpState = "CLOSE";
  e.expiresAt = s.now + tcpTimeout(s.k, "CLOSE") * 1000;
  ctEvent(s.k, ctTable(s.k), s.now, "UPDATE", e);
}

/** REJECT: answer, then the packet is dropped */
export function reject(s: NetStack, how: string, p: Ipv4Packet, skb: NfHookContext): void {
  if (how === "tcp-reset") sendReset(s, p, skb);
  else icmpSend(s, p, "dest-unreach", REJECT_CODES[how] ?? 3);
}

export function log(s: NetStack, t: Extract<NfTarget, { kind: "LOG" }>, p: Ipv4Packet, skb: NfHookContext): void {
  // nf_log_syslog opens its line with KERN_SOH and the rule's --log-level (4 by default)
  s.printk(`\x01${t.level ?? 4}${logLine(t, skb, p)}`);
}
