/**
 * Packets as plain JSON records. A frame sits in the world's timer queue while
 * it crosses a link, so everything here must survive `structuredClone` and
 * `JSON.stringify` unchanged: no classes, no typed arrays, payload bytes as
 * byte strings (one char per byte). Handlers never mutate a received frame
 * (a switch may hand the same object to several ports): a forwarded packet is
 * a copy with its TTL lowered.
 *
 * Field names follow the headers' RFC names (ttl, id, seq, ack, flags) so that
 * a reader who knows tcpdump knows these records.
 */

export type EtherType = "arp" | "ipv4";

export interface EthFrame {
  /** source MAC, "52:54:00:12:34:56" */
  src: string;
  /** destination MAC; "ff:ff:ff:ff:ff:ff" for broadcast */
  dst: string;
  type: EtherType;
  arp?: ArpPacket;
  ip?: Ipv4Packet;
}

export const BROADCAST_MAC = "ff:ff:ff:ff:ff:ff";

/** RFC 826 over Ethernet/IPv4: 28 bytes on the wire */
export interface ArpPacket {
  op: "request" | "reply";
  /** sender hardware / protocol address */
  sha: string;
  spa: string;
  /** target hardware address ("00:00:00:00:00:00" in a request) / protocol address */
  tha: string;
  tpa: string;
}

export type IpProto = "icmp" | "tcp" | "udp";

export const IPPROTO_NUM: Record<IpProto, number> = { icmp: 1, tcp: 6, udp: 17 };

export interface Ipv4Packet {
  src: string;
  dst: string;
  ttl: number;
  /** the IP ID field (a per-host counter) */
  id: number;
  proto: IpProto;
  /** IP_DF as sent; absent: what Linux's own packets carry (set on TCP, UDP and ping's echo requests) */
  df?: boolean;
  icmp?: IcmpMessage;
  udp?: UdpDatagram;
  tcp?: TcpSegment;
}

/** ICMP types the simulation speaks; `code` as in RFC 792 */
export type IcmpType = "echo-reply" | "dest-unreach" | "echo-request" | "time-exceeded";

export const ICMP_TYPE_NUM: Record<IcmpType, number> = {
  "echo-reply": 0,
  "dest-unreach": 3,
  "echo-request": 8,
  "time-exceeded": 11,
};

/** ICMP_DEST_UNREACH codes */
export const ICMP_NET_UNREACH = 0;
export const ICMP_HOST_UNREACH = 1;
export const ICMP_PROT_UNREACH = 2;
export const ICMP_PORT_UNREACH = 3;
/** ICMP_TIME_EXCEEDED codes */
export const ICMP_EXC_TTL = 0;

export interface IcmpMessage {
  type: IcmpType;
  code: number;
  /** echo identifier and sequence number */
  id?: number;
  seq?: number;
  /** echo payload length in bytes (ping's 56 by default) */
  dataLen?: number;
  /** echo: virtual ms when the request was sent (ping's timestamp in the payload) */
  sentAt?: number;
  /** errors: the offending packet's header and first 8 bytes (here the whole record) */
  orig?: Ipv4Packet;
}

export interface UdpDatagram {
  sport: number;
  dport: number;
  /** payload bytes */
  data: string;
}

export interface TcpFlags {
  syn?: boolean;
  ack?: boolean;
  fin?: boolean;
  rst?: boolean;
  psh?: boolean;
}

export interface TcpSegment {
  sport: number;
  dport: number;
  /** uint32 sequence and acknowledgement numbers */
  seq: number;
  ack: number;
  flags: TcpFlags;
  /** advertised window as sent on the wire (already scaled down) */
  win: number;
  /** SYN options: mss, sackOK, timestamps, window scale */
  mss?: number;
  wscale?: number;
  /** TCP timestamps option (RFC 7323): our clock and the echo of the peer's */
  tsval?: number;
  tsecr?: number;
  /** payload bytes */
  data: string;
}

/** bytes on the wire, for tcpdump's "length" and ping's sizes */
export function ipPayloadLength(p: Ipv4Packet): number {
  switch (p.proto) {
    case "icmp":
      return icmpLength(p.icmp!);
    case "udp":
      return 8 + p.udp!.data.length;
    case "tcp":
      return tcpHeaderLength(p.tcp!) + p.tcp!.data.length;
  }
}

export function icmpLength(m: IcmpMessage): number {
  if (m.type === "echo-request" || m.type === "echo-reply") return 8 + (m.dataLen ?? 56);
  // Linux's icmp_send quotes as much of the offending datagram as fits in 576 bytes
  return 8 + (m.orig ? Math.min(ipTotalLength(m.orig), 576 - 28) : 28);
}

/** 20 bytes and the options present: mss 4, sackOK+TS (SYN) or nop nop TS 12, nop wscale 4 */
export function tcpHeaderLength(t: TcpSegment): number {
  return 20 + (t.mss !== undefined ? 4 : 0) + (t.tsval !== undefined ? 12 : 0) + (t.wscale !== undefined ? 4 : 0);
}

export function ipTotalLength(p: Ipv4Packet): number {
  return 20 + ipPayloadLength(p);
}
