/**
 * The `Kernel.netfilter` API: what userland (iptables, conntrack, /proc)
 * calls. A view over `KernelState.netfilter`, made on first use. The packet
 * path does not go through here: it calls the hooks (hooks.ts) directly.
 *
 *   ruleset(flavour)   the x_tables world `iptables` (nft) or
 *                      `iptables-legacy` edits; ruleset.ts has the edits.
 *                      Edit rulesets only through here: taking one tells
 *                      the packet path to work out again whether rules
 *                      need connection tracking
 *   conntrack*         the tracking table (conntrack/), for conntrack(8)
 *                      (its ctnetlink requests: dump, get, new, delete,
 *                      flush, zero counters, events, stats) and
 *                      /proc/net/nf_conntrack; every reader sees the table
 *                      after expiry on the virtual clock. Userland only
 *                      reads what these return and asks for changes here
 */
import type { Clock } from "../../../world/clock.js";
import type { KernelState } from "../../state.js";
import { type CtStat, STAT_NAMES, ctCount, ctDestroy, ctFind, ctInsert, ctSweep } from "./conntrack/table.js";
import { registerConntrackSysctls } from "./conntrack/sysctl.js";
import { tcpFromUserspace } from "./conntrack/tcp.js";
import { tupleKey } from "./conntrack/tuple.js";
import { conntrackNeeded, rulesetsChanged } from "./hooks.js";
import type { ConntrackState, CtEntry, CtEvent, CtProto, CtTuple, NetfilterState, NfRuleset } from "./types.js";

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

/** modprobe nf_conntrack: the table can be read and its sysctls appear (tracking starts only when a rule needs it) */
export function loadConntrack(k: KernelState): ConntrackState {
  const cs = netfilterState(k).conntrack;
  if (!cs.loaded) {
    cs.loaded = true;
    registerConntrackSysctls(k.sysctl);
  }
  return cs;
}

/**
 * A rule that needs conntrack loads nf_conntrack when it is added (xt_state,
 * xt_conntrack and the NAT targets depend on it): whoever looks at the
 * module's traces (its sysctls, the table) settles this first.
 */
export function settleConntrack(k: KernelState): void {
  const nf = k.netfilter;
  if (nf && !nf.conntrack.loaded && conntrackNeeded(nf)) loadConntrack(k);
}

/** whole seconds an entry has left, as conntrack(8) and /proc/net/nf_conntrack show it (nf_ct_expires / HZ) */
export function ctSecondsLeft(e: CtEntry, nowMs: number): number {
  return Math.max(0, Math.floor((e.expiresAt - nowMs) / 1000));
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
    rulesetsChanged(s);
    if (flavour === "nft") return s.nft;
    s.legacy ??= { tables: {} };
    return s.legacy;
  }

  // --- connection tracking (conntrack(8) loads nf_conntrack through its netlink socket) ---

  /** nf_conntrack is loaded: /proc/net/nf_conntrack and the net.netfilter.nf_conntrack_* sysctls exist */
  get conntrackLoaded(): boolean {
    settleConntrack(this.k);
    return this.k.netfilter?.conntrack.loaded === true;
  }

  /** the table after expiry (loads the module, as conntrack(8) does) */
  private table(): ConntrackState {
    const cs = loadConntrack(this.k);
    ctSweep(this.k, cs, this.clock.now);
    return cs;
  }

  /** every entry, oldest first (the order /proc/net/nf_conntrack and conntrack -L print: the sim keeps creation order where Linux walks its hash) */
  conntrackList(): CtEntry[] {
    return Object.values(this.table().entries).sort((a, b) => a.id - b.id);
  }

  /** the entry with this tuple in either direction (conntrack -G) */
  conntrackGet(proto: CtProto, tuple: CtTuple): CtEntry | undefined {
    return ctFind(this.k, this.table(), this.clock.now, tupleKey(proto, tuple));
  }

  /**
   * IPCTNL_MSG_CT_NEW from userspace (conntrack -I): a confirmed entry
   * under both its tuples, packets find it like any other; "exists" when
   * either tuple is taken (EEXIST)
   */
  conntrackCreate(e: Omit<CtEntry, "id" | "tcp">): CtEntry | "exists" {
    const cs = this.table();
    for (const t of [e.orig, e.reply]) if (ctFind(this.k, cs, this.clock.now, tupleKey(e.proto, t))) return "exists";
    const entry: CtEntry = { ...e, id: 0, status: { ...e.status } };
    if (entry.proto === "tcp") tcpFromUserspace(entry);
    ctInsert(this.k, cs, this.clock.now, entry);
    return entry;
  }

  /**
   * delete the entries `match` picks (conntrack -D, -F); each leaves a
   * DESTROY event carrying `portid`, the netlink port of the process that
   * asked; returns how many
   */
  conntrackDelete(match: (e: CtEntry) => boolean = () => true, portid?: number): number {
    const cs = this.table();
    const gone = Object.values(cs.entries).filter(match);
    for (const e of gone) ctDestroy(this.k, cs, this.clock.now, e, portid);
    return gone.length;
  }

  /** conntrack -F: every entry goes; returns how many */
  conntrackFlush(portid?: number): number {
    return this.conntrackDelete(() => true, portid);
  }

  /** IPCTNL_MSG_CT_GET_CTRZERO's second half (conntrack -L -z): the acct counters of every entry back to 0 */
  conntrackZeroCounters(): void {
    for (const e of Object.values(this.table().entries)) {
      e.origCounters = { packets: 0, bytes: 0 };
      e.replyCounters = { packets: 0, bytes: 0 };
    }
  }

  conntrackCount(): number {
    return ctCount(this.table());
  }

  /** conntrack -S's counters (one CPU's worth: the simulation has no per-CPU split) */
  conntrackStats(): Record<CtStat, number> {
    const cs = this.table();
    return Object.fromEntries(STAT_NAMES.map((n) => [n, cs.stats[n] ?? 0])) as Record<CtStat, number>;
  }

  /** events after `afterSeq` (conntrack -E), oldest first */
  conntrackEvents(afterSeq = 0): CtEvent[] {
    return this.table().events.filter((ev) => (ev.seq ?? 0) > afterSeq);
  }

  /** the last event's number: what a listener that starts now reads after */
  conntrackEventSeq(): number {
    return this.table().events.at(-1)?.seq ?? 0;
  }

  /** seconds `e` has left now */
  conntrackSecondsLeft(e: CtEntry): number {
    return ctSecondsLeft(e, this.clock.now);
  }
}
