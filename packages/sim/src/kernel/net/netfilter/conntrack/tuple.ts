/**
 * nf_conntrack_tuple: what identifies one direction of a connection.
 * TCP/UDP: addresses and ports; ICMP echo: addresses, type, code and the
 * echo id (the reply tuple has the answering type: 8 <-> 0). A tuple's key
 * is the string `byTuple` is indexed by, so a lookup is one property read.
 */
import type { Ipv4Packet } from "../../packet/types.js";
import { ICMP_TYPE_NUM } from "../../packet/types.js";
import type { CtProto, CtTuple } from "../types.js";

/** icmp types a tracked exchange can start with, and their answer (nf_conntrack_proto_icmp.c invmap) */
const ICMP_INVERSE: Record<number, number> = { 8: 0, 0: 8, 13: 14, 14: 13, 15: 16, 16: 15, 17: 18, 18: 17 };

/** the ICMP types that may create an entry (valid_new): echo, timestamp, info and address requests */
export const ICMP_NEW_TYPES: ReadonlySet<number> = new Set([8, 13, 15, 17]);

/** the ICMP error types whose quoted packet makes them RELATED */
export const ICMP_ERROR_TYPES: ReadonlySet<number> = new Set([3, 4, 5, 11, 12]);

export function tupleKey(proto: CtProto, t: CtTuple): string {
  return proto === "icmp" ? `icmp ${t.src} ${t.dst} ${t.type} ${t.code} ${t.id}` : `${proto} ${t.src} ${t.dst} ${t.sport} ${t.dport}`;
}

/** the tuple a packet is in; undefined when it cannot be tracked (an ICMP type without an inverse) */
export function packetTuple(p: Ipv4Packet): CtTuple | undefined {
  switch (p.proto) {
    case "tcp":
      return { src: p.src, dst: p.dst, sport: p.tcp!.sport, dport: p.tcp!.dport };
    case "udp":
      return { src: p.src, dst: p.dst, sport: p.udp!.sport, dport: p.udp!.dport };
    case "icmp": {
      const m = p.icmp!;
      const type = ICMP_TYPE_NUM[m.type];
      if (ICMP_INVERSE[type] === undefined) return undefined;
      return { src: p.src, dst: p.dst, type, code: m.code, id: m.id ?? 0 };
    }
  }
}

/** nf_ct_invert_tuple: the tuple of the answer */
export function invertTuple(proto: CtProto, t: CtTuple): CtTuple {
  if (proto === "icmp") return { src: t.dst, dst: t.src, type: ICMP_INVERSE[t.type!] ?? t.type, code: t.code, id: t.id };
  return { src: t.dst, dst: t.src, sport: t.dport, dport: t.sport };
}

export function sameTuple(a: CtTuple, b: CtTuple): boolean {
  return a.src === b.src && a.dst === b.dst && a.sport === b.sport && a.dport === b.dport && a.type === b.type && a.code === b.code && a.id === b.id;
}

/** "10.0.0.1:1311", "10.0.0.1" for ICMP: how the trace shows one end */
export function endpoint(addr: string, port: number | undefined): string {
  return port === undefined ? addr : `${addr}:${port}`;
}
