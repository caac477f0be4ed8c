/**
 * The `Kernel.netfilter` API: what userland (iptables, conntrack, /proc)
 * calls. A view over `KernelState.netfilter`, made on first use. The packet
 * path does not go through here: it calls the hooks (hooks.ts) directly.
 *
 *   ruleset(flavour)   the x_tables world `iptables` (nft) or
 *                      `iptables-legacy` edits; ruleset.ts has the edits
 *   conntrack          the tracking table (conntrack/), for conntrack(8)
 *                      and /proc/net/nf_conntrack
 */
import type { Clock } from "../../../world/clock.js";
import type { KernelState } from "../../state.js";
import type { ConntrackState, NetfilterState, NfRuleset } from "./types.js";

export function newConntrackState(): ConntrackState {
  return { loaded: false, nextId: 1, entries: {}, byTuple: {}, events: [], stats: {} };
}

export function newNetfilterState(): NetfilterState {
  return { nft: { tables: {} }, conntrack: newConntrackState() };
}

/** the host's netfilter state, made on first use (a pristine box has no tables and no conntrack entries) */
export function netfilterState(k: KernelState): NetfilterState {
  k.netfilter ??= newNetfilterState();
  return k.netfilter;
}

export class Netfilter {
  constructor(
    readonly k: KernelState,
    readonly clock: Clock,
  ) {}

  get state(): NetfilterState {
    return netfilterState(this.k);
  }

  /** the rules `iptables` (nft, Debian's default) or `iptables-legacy` edits; both are evaluated at every hook */
  ruleset(flavour: "nft" | "legacy" = "nft"): NfRuleset {
    const s = this.state;
    if (flavour === "nft") return s.nft;
    s.legacy ??= { tables: {} };
    return s.legacy;
  }
}
