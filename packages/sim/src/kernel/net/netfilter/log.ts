/**
 * The LOG target's line, as nf_log_syslog.c (nf_log_ipv4) writes it:
 *
 *   PREFIX IN=eth0 OUT= MAC=<dst>:<src>:08:00 SRC=10.0.0.2 DST=10.0.0.1 LEN=60
 *   TOS=0x00 PREC=0x00 TTL=64 ID=54321 DF PROTO=TCP SPT=40000 DPT=22
 *   WINDOW=64240 RES=0x00 SYN URGP=0
 *
 * on one line, each field followed by a space (so the line ends in one).
 * MAC= only for a packet that came in on a device; an ICMP error's quoted
 * packet is dumped in brackets. DF is what Linux sets: on TCP, UDP and ping's
 * echo requests (path MTU discovery), not on the kernel's own ICMP replies
 * and errors, unless the packet says otherwise (crafted ones).
 */
import type { NfHookContext } from "../packet/netfilter.js";
import type { Ipv4Packet, TcpSegment } from "../packet/types.js";
import { ICMP_TYPE_NUM, ipTotalLength } from "../packet/types.js";
import type { NfTarget } from "./types.js";

type LogOptions = Extract<NfTarget, { kind: "LOG" }>;

export function dontFragment(p: Ipv4Packet): boolean {
  if (p.df !== undefined) return p.df;
  if (p.proto !== "icmp") return true;
  return p.icmp!.type === "echo-request";
}

const hex2 = (n: number) => (n & 0xff).toString(16).toUpperCase().padStart(2, "0");
const be32 = (n: number) => [n >>> 24, n >>> 16, n >>> 8, n].map(hex2).join("");

/** the TCP options bytes Linux puts on its segments, as --log-tcp-options prints them */
function tcpOptionsHex(t: TcpSegment): string {
  if (t.flags.syn) {
    let o = "";
    if (t.mss !== undefined) o += `0204${hex2(t.mss >> 8)}${hex2(t.mss)}0402`;
    if (t.tsval !== undefined) o += `080A${be32(t.tsval)}${be32(t.tsecr ?? 0)}`;
    if (t.wscale !== undefined) o += `010303${hex2(t.wscale)}`;
    return o;
  }
  return t.tsval !== undefined ? `0101080A${be32(t.tsval)}${be32(t.tsecr ?? 0)}` : "";
}

function tcpPart(t: TcpSegment, o: LogOptions): string {
  let s = `PROTO=TCP SPT=${t.sport} DPT=${t.dport} `;
  if (o.tcpSequence) s += `SEQ=${t.seq >>> 0} ACK=${t.flags.ack ? t.ack >>> 0 : 0} `;
  s += `WINDOW=${t.win} RES=0x00 `;
  const f = t.flags;
  if (f.ack) s += "ACK ";
  if (f.psh) s += "PSH ";
  if (f.rst) s += "RST ";
  if (f.syn) s += "SYN ";
  if (f.fin) s += "FIN ";
  s += "URGP=0 ";
  const opts = o.tcpOptions ? tcpOptionsHex(t) : "";
  if (opts) s += `OPT (${opts}) `;
  return s;
}

/** dump_ipv4_packet; `inner` for the packet an ICMP error quotes (no recursion beyond it) */
function ipv4Part(p: Ipv4Packet, o: LogOptions, inner: boolean): string {
  let s = `SRC=${p.src} DST=${p.dst} LEN=${ipTotalLength(p)} TOS=0x00 PREC=0x00 TTL=${p.ttl} ID=${p.id} `;
  if (dontFragment(p)) s += "DF ";
  switch (p.proto) {
    case "tcp":
      return s + tcpPart(p.tcp!, o);
    case "udp":
      return s + `PROTO=UDP SPT=${p.udp!.sport} DPT=${p.udp!.dport} LEN=${8 + p.udp!.data.length} `;
    case "icmp": {
      const m = p.icmp!;
      s += `PROTO=ICMP TYPE=${ICMP_TYPE_NUM[m.type]} CODE=${m.code} `;
      if (m.type === "echo-request" || m.type === "echo-reply") s += `ID=${m.id ?? 0} SEQ=${m.seq ?? 0} `;
      else if (m.orig && !inner) s += `[${ipv4Part(m.orig, o, true)}] `;
      return s;
    }
  }
}

/** the text LOG hands to printk (without the kernel's timestamp) */
export function logLine(o: LogOptions, skb: NfHookContext, p: Ipv4Packet): string {
  let s = `${o.prefix ?? ""}IN=${skb.in ?? ""} OUT=${skb.out ?? ""} `;
  if (skb.in !== undefined) s += skb.mac ? `MAC=${skb.mac.dst}:${skb.mac.src}:08:00 ` : "MAC= ";
  return s + ipv4Part(p, o, false);
}
