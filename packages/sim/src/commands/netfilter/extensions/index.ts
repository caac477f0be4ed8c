/**
 * The extensions the simulated iptables has, by the name -m / -j take and
 * by the kind of kernel record they fill, and the names of the real
 * Debian 12 extensions it does not simulate (so that `-m recent` says so
 * instead of pretending the extension does not exist).
 */
import type { NfMatch, NfTarget } from "../../../kernel/net/netfilter/types.js";
import { comment } from "./comment.js";
import { conntrack, state } from "./conntrack.js";
import { icmp } from "./icmp.js";
import { limit } from "./limit.js";
import { log } from "./log.js";
import { mac } from "./mac.js";
import { multiport } from "./multiport.js";
import { dnat, masquerade, redirect, snat } from "./nat.js";
import { reject } from "./reject.js";
import { tcp } from "./tcp.js";
import type { Extension } from "./types.js";
import { udp } from "./udp.js";

export type AnyMatchExt = Extension<NfMatch> & { kind: NfMatch["kind"] };
export type AnyTargetExt = Extension<NfTarget> & { kind: NfTarget["kind"] };

const erase = <T>(e: T) => e as unknown;

export const MATCHES = [tcp, udp, icmp, state, conntrack, multiport, comment, limit, mac].map(erase) as AnyMatchExt[];
export const TARGETS = [reject, log, snat, dnat, masquerade, redirect].map(erase) as AnyTargetExt[];

export function matchExt(name: string): AnyMatchExt | undefined {
  return MATCHES.find((m) => m.name === name);
}

export function matchExtOf(m: NfMatch): AnyMatchExt {
  return MATCHES.find((e) => e.kind === m.kind)!;
}

export function targetExt(name: string): AnyTargetExt | undefined {
  return TARGETS.find((t) => t.name === name);
}

export function targetExtOf(t: NfTarget): AnyTargetExt | undefined {
  return TARGETS.find((e) => e.kind === t.kind);
}

/** libxt_*.so / libipt_*.so on Debian 12 that the simulation lacks */
export const UNSIMULATED_MATCHES = new Set(
  "ah realm ttl addrtype bpf cgroup cluster connbytes connlabel connlimit connmark cpu dccp devgroup dscp ecn esp hashlimit helper ipcomp iprange ipvs length mark nfacct osf owner physdev pkttype policy quota rateest recent rpfilter sctp set socket statistic string tcpmss time tos u32".split(" "),
);
export const UNSIMULATED_TARGETS = new Set(
  "CLUSTERIP ECN NETMAP TTL ULOG AUDIT CHECKSUM CLASSIFY CONNMARK CONNSECMARK CT DSCP HMARK IDLETIMER LED MARK NFLOG NFQUEUE NOTRACK RATEEST SECMARK SET SYNPROXY TCPMSS TCPOPTSTRIP TEE TOS TPROXY TRACE QUEUE".split(" "),
);
