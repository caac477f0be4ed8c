/**
 * tcpdump 4.99's one-line decode (no -v) of the frames the simulation
 * carries. TCP sequence numbers are relative after the first ACK-bearing
 * segment of a conversation, as tcpdump's tcp_seq_hash does: that segment
 * (usually the SYN-ACK) shows absolute numbers, a SYN shows its absolute ISN.
 */
import { type EthFrame, type Ipv4Packet, ipPayloadLength, type TcpSegment } from "../../../kernel/net/packet/types.js";

/** per-conversation ISNs tcpdump has seen: key "a.p>b.q" -> [isn of a, isn of b] */
export type SeqTable = Map<string, { seq: number; ack: number }>;

function tcpFlags(t: TcpSegment): string {
  let s = "";
  if (t.flags.fin) s += "F";
  if (t.flags.syn) s += "S";
  if (t.flags.rst) s += "R";
  if (t.flags.psh) s += "P";
  if (t.flags.ack) s += ".";
  return s || "none";
}

const HTTP_PORTS = new Set([80, 8080, 3128]);

function httpFirstLine(t: TcpSegment): string | undefined {
  if (!HTTP_PORTS.has(t.sport) && !HTTP_PORTS.has(t.dport)) return undefined;
  const end = t.data.indexOf("\r\n");
  if (end < 0) return undefined;
  const line = t.data.slice(0, end);
  return /^(GET|HEAD|POST|PUT|DELETE|OPTIONS|TRACE|CONNECT|PATCH) \S+ HTTP\/\d\.\d$|^HTTP\/\d\.\d \d{3}/.test(line) ? line : undefined;
}

function printTcp(ip: Ipv4Packet, seqs: SeqTable): string {
  const t = ip.tcp!;
  let seq = t.seq;
  let ack = t.ack;
  const fwd = `${ip.src}.${t.sport}>${ip.dst}.${t.dport}`;
  const rev = `${ip.dst}.${t.dport}>${ip.src}.${t.sport}`;
  if (t.flags.ack) {
    const mine = seqs.get(fwd);
    const theirs = seqs.get(rev);
    if (mine) {
      seq = (seq - mine.seq) >>> 0;
      ack = (ack - mine.ack) >>> 0;
    } else if (theirs) {
      seq = (seq - theirs.ack) >>> 0;
      ack = (ack - theirs.seq) >>> 0;
    } else seqs.set(fwd, { seq: t.seq, ack: (t.ack - 1) >>> 0 });
  }
  const len = t.data.length;
  let s = `IP ${ip.src}.${t.sport} > ${ip.dst}.${t.dport}: Flags [${tcpFlags(t)}]`;
  if (len > 0 || t.flags.syn || t.flags.fin || t.flags.rst) s += len > 0 ? `, seq ${seq}:${(seq + len) >>> 0}` : `, seq ${seq}`;
  if (t.flags.ack) s += `, ack ${ack}`;
  s += `, win ${t.win}`;
  if (t.flags.syn) {
    const o: string[] = [];
    if (t.mss !== undefined) o.push(`mss ${t.mss}`);
    if (t.tsval !== undefined) o.push("sackOK", `TS val ${t.tsval} ecr ${t.tsecr ?? 0}`);
    if (t.wscale !== undefined) o.push("nop", `wscale ${t.wscale}`);
    if (o.length > 0) s += `, options [${o.join(",")}]`;
  }
  else if (t.tsval !== undefined && !t.flags.rst) s += `, options [nop,nop,TS val ${t.tsval} ecr ${t.tsecr ?? 0}]`;
  s += `, length ${len}`;
  const http = len > 0 ? httpFirstLine(t) : undefined;
  if (http) s += `: HTTP: ${http}`;
  return s;
}

function printIcmp(ip: Ipv4Packet): string {
  const m = ip.icmp!;
  const len = ipPayloadLength(ip);
  const head = `IP ${ip.src} > ${ip.dst}: ICMP `;
  switch (m.type) {
    case "echo-request":
    case "echo-reply":
      return `${head}echo ${m.type === "echo-request" ? "request" : "reply"}, id ${m.id}, seq ${m.seq}, length ${len}`;
    case "time-exceeded":
      return `${head}time exceeded in-transit, length ${len}`;
    case "dest-unreach": {
      const o = m.orig;
      switch (m.code) {
        case 0:
          return `${head}net ${o?.dst} unreachable, length ${len}`;
        case 1:
          return `${head}host ${o?.dst} unreachable, length ${len}`;
        case 2:
          return `${head}${o?.dst} protocol ${o ? { icmp: 1, tcp: 6, udp: 17 }[o.proto] : 0} unreachable, length ${len}`;
        case 3: {
          const p = o?.udp ?? o?.tcp;
          return `${head}${o?.dst} ${o?.proto} port ${p?.dport} unreachable, length ${len}`;
        }
        case 13:
          return `${head}host ${o?.dst} unreachable - admin prohibited filter, length ${len}`;
        default:
          return `${head}${o?.dst} unreachable, length ${len}`;
      }
    }
  }
}

/** one frame as tcpdump -n prints it, without the timestamp */
export function printFrame(f: EthFrame, seqs: SeqTable): string {
  if (f.type === "arp") {
    const a = f.arp!;
    return a.op === "request"
      ? `ARP, Request who-has ${a.tpa} tell ${a.spa}, length 28`
      : `ARP, Reply ${a.spa} is-at ${a.sha}, length 28`;
  }
  const ip = f.ip!;
  switch (ip.proto) {
    case "tcp":
      return printTcp(ip, seqs);
    case "udp":
      return `IP ${ip.src}.${ip.udp!.sport} > ${ip.dst}.${ip.udp!.dport}: UDP, length ${ip.udp!.data.length}`;
    case "icmp":
      return printIcmp(ip);
  }
}

/** "09:54:08.799570" from Unix ms (UTC, microseconds) */
export function timestamp(unixMs: number): string {
  const us = Math.round(unixMs * 1000);
  const dayUs = ((us % 86_400_000_000) + 86_400_000_000) % 86_400_000_000;
  const p2 = (n: number) => String(n).padStart(2, "0");
  const h = Math.floor(dayUs / 3_600_000_000);
  const m = Math.floor(dayUs / 60_000_000) % 60;
  const s = Math.floor(dayUs / 1_000_000) % 60;
  return `${p2(h)}:${p2(m)}:${p2(s)}.${String(dayUs % 1_000_000).padStart(6, "0")}`;
}
