/**
 * The netfilter hooks, where Linux calls iptables' tables and conntrack.
 * The packet path calls `nfHook` at each of the five points below, in kernel
 * order; today every hook accepts. Issue 4 (iptables, NAT, conntrack) plugs
 * in here and nowhere else:
 *
 *            frame in
 *               |
 *         [PREROUTING]  raw -> conntrack(in) -> mangle -> nat(DNAT)
 *               |
 *         route lookup -------------------------.
 *               | local                         | not local (ip_forward)
 *           [INPUT]  mangle -> filter      [FORWARD]  mangle -> filter
 *               |  -> conntrack confirm         |
 *          socket / ICMP                        |
 *               |                               |
 *        locally generated                      |
 *           [OUTPUT]  raw -> conntrack(out)     |
 *               |     -> mangle -> nat -> filter|
 *         route lookup                          |
 *               |                               |
 *         [POSTROUTING] mangle -> nat(SNAT, MASQUERADE) -> conntrack confirm
 *               |
 *         neighbour output (ARP) -> frame out
 *
 * A hook may return a changed packet (NAT rewrites addresses and ports); the
 * caller continues with what it gets back. Packets must be treated as
 * immutable: a hook that rewrites returns a copy.
 */
import type { KernelState } from "../../state.js";
import type { Ipv4Packet } from "./types.js";

export type NfHook = "PREROUTING" | "INPUT" | "FORWARD" | "OUTPUT" | "POSTROUTING";

export interface NfHookContext {
  /** input device name (PREROUTING, INPUT, FORWARD) */
  in?: string;
  /** output device name (FORWARD, OUTPUT after routing, POSTROUTING) */
  out?: string;
}

export type NfResult = { verdict: "ACCEPT"; packet: Ipv4Packet } | { verdict: "DROP"; reason: string };

/**
 * Run the tables registered at `hook`. Until netfilter is modelled this is
 * the policy of an empty ruleset: ACCEPT, packet unchanged, no conntrack
 * entry (a real box has none either until a rule needs conntrack).
 */
export function nfHook(_state: KernelState, _hook: NfHook, packet: Ipv4Packet, _ctx: NfHookContext): NfResult {
  return { verdict: "ACCEPT", packet };
}
