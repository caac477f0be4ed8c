/**
 * The netfilter hooks, where Linux calls iptables' tables and conntrack.
 * The packet path calls `nfHook` at each of the five points below, in kernel
 * order; netfilter/hooks.ts runs the tables and connection tracking there:
 *
 *            frame in
 *               |
 *         [PREROUTING]  raw -> conntrack(in) -> mangle -> nat(DNAT)
 *               |
 *         route lookup -------------------------.
 *               | local                         | not local (ip_forward, TTL - 1)
 *           [INPUT]  mangle -> filter      [FORWARD]  mangle -> filter
 *               |  -> nat(SNAT) -> conntrack confirm
 *          socket / ICMP                        |
 *               |                               |
 *        locally generated                      |
 *           [OUTPUT]  raw -> conntrack(out)     |
 *               |     -> mangle -> nat(DNAT) -> filter
 *         route lookup (again if DNAT moved the destination)
 *               |                               |
 *         [POSTROUTING] mangle -> nat(SNAT, MASQUERADE) -> conntrack confirm
 *               |
 *         neighbour output (ARP) -> frame out
 *
 * A hook may return a changed packet (NAT rewrites addresses and ports); the
 * caller continues with what it gets back. Packets are immutable: a hook
 * that rewrites returns a copy. One NfHookContext (the skb's metadata: devices,
 * MAC header, conntrack entry, trace) travels with a packet through all the
 * hooks of one host.
 */
import type { SkbCt } from "../netfilter/conntrack/core.js";
import { nfHookRun } from "../netfilter/hooks.js";
import type { NetStack } from "./stack.js";
import type { NfTraceStep } from "./trace.js";
import type { Ipv4Packet } from "./types.js";

export type NfHook = "PREROUTING" | "INPUT" | "FORWARD" | "OUTPUT" | "POSTROUTING";

export interface NfHookContext {
  /** input device name (PREROUTING, INPUT, FORWARD) */
  in?: string;
  /** output device name (FORWARD, OUTPUT after routing, POSTROUTING) */
  out?: string;
  /** the next hop the route chose (MASQUERADE takes the out device's address facing it) */
  nexthop?: string;
  /** the Ethernet header a received packet came in (-m mac, LOG's MAC=) */
  mac?: { src: string; dst: string };
  /** skb->_nfct: the conntrack entry this packet belongs to, once conntrack saw it */
  ct?: SkbCt;
  /** what netfilter did to the packet on this host, for the packet trace (made on first use) */
  trace?: NfTraceStep[];
}

export type NfResult = { verdict: "ACCEPT"; packet: Ipv4Packet } | { verdict: "DROP"; reason: string };

/**
 * Run the tables and conntrack registered at `hook`. A host whose netfilter
 * was never touched (no table, no conntrack) accepts at once, unchanged.
 */
export function nfHook(s: NetStack, hook: NfHook, packet: Ipv4Packet, ctx: NfHookContext): NfResult {
  if (!s.k.netfilter) return { verdict: "ACCEPT", packet };
  return nfHookRun(s, hook, packet, ctx);
}
