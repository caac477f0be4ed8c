/**
 * What conntrack(8) asks the kernel over ctnetlink: dump the table, get one
 * entry by tuple, delete entries, flush, count, read the event ring.
 *
 * Stand-in: `Kernel.netfilter` does not offer these calls yet (the contract,
 * kernel/net/netfilter/netfilter.ts, has only the state). Until it does,
 * this module reads and edits `KernelState.netfilter.conntrack` itself, the
 * way the kernel's ctnetlink handlers would; when the kernel grows
 * `conntrackDump/Get/Delete/Flush`, these functions become one-line calls.
 *
 * Expiry is lazy here as in the kernel: an entry whose `expiresAt` has
 * passed is never shown (ctnetlink's dump skips and reaps expired entries),
 * whether or not the kernel's timer has removed it yet.
 */
import { ctLiveEntries } from "../../fs/proc-nf-conntrack.js";
import type { Kernel } from "../../kernel/kernel.js";
import { netfilterState } from "../../kernel/net/netfilter/netfilter.js";
import type { ConntrackState, CtEntry, CtEvent } from "../../kernel/net/netfilter/types.js";

/** the events a ring may hold before the oldest is dropped (a netlink socket's buffer overflowing) */
const EVENT_RING_MAX = 1000;

/** the table, made on first write (reading a pristine host's empty table changes nothing) */
function table(k: Kernel): ConntrackState {
  return netfilterState(k.state).conntrack;
}

const EMPTY: ConntrackState = { loaded: false, nextId: 1, entries: {}, byTuple: {}, events: [], stats: {} };

function peek(k: Kernel): ConntrackState {
  return k.state.netfilter?.conntrack ?? EMPTY;
}

/** the live, confirmed entries, oldest first (fs/proc-nf-conntrack.ts `ctLiveEntries`) */
export function ctDump(k: Kernel): CtEntry[] {
  return ctLiveEntries(peek(k), k.clock.now);
}

/** entries counted by `conntrack -C` (nf_conntrack_count: live ones) */
export function ctCount(k: Kernel): number {
  return ctDump(k).length;
}

/**
 * Remove `entries` as IPCTNL_MSG_CT_DELETE does: out of the table and both
 * tuple indexes, a DESTROY event each, tagged with the netlink port id of
 * the process that asked (`[USERSPACE] portid=N`).
 */
export function ctDelete(k: Kernel, entries: CtEntry[], portid: number): void {
  if (entries.length === 0) return;
  const t = table(k);
  const ids = new Set(entries.map((e) => e.id));
  for (const [key, id] of Object.entries(t.byTuple)) if (ids.has(id)) delete t.byTuple[key];
  for (const e of entries) {
    delete t.entries[e.id];
    pushEvent(t, { at: k.clock.now, type: "DESTROY", entry: copyEntry(e), portid });
  }
}

/**
 * IPCTNL_MSG_CT_NEW from userspace (conntrack -I): a confirmed entry with
 * the reply tuple inverted from the original, and a NEW event. Not put in
 * the tuple index (its key format is the kernel's): until the kernel offers
 * this call, packets do not find entries made this way.
 */
export function ctCreate(k: Kernel, e: Omit<CtEntry, "id">): CtEntry {
  const t = table(k);
  const entry: CtEntry = { ...e, id: t.nextId++ };
  t.entries[entry.id] = entry;
  pushEvent(t, { at: k.clock.now, type: "NEW", entry: copyEntry(entry) });
  return entry;
}

/** IPCTNL_MSG_CT_GET_CTRZERO: the dump that also zeroes the acct counters (-L -z) */
export function ctZeroCounters(entries: CtEntry[]): void {
  for (const e of entries) {
    e.origCounters = { packets: 0, bytes: 0 };
    e.replyCounters = { packets: 0, bytes: 0 };
  }
}

/** IPCTNL_MSG_CT_DELETE without attributes: everything goes, one DESTROY event each */
export function ctFlush(k: Kernel, portid: number): void {
  ctDelete(k, Object.values(peek(k).entries), portid);
}

function copyEntry(e: CtEntry): CtEntry {
  return JSON.parse(JSON.stringify(e)) as CtEntry;
}

function pushEvent(t: ConntrackState, ev: CtEvent): void {
  t.events.push(ev);
  if (t.events.length > EVENT_RING_MAX) t.events.splice(0, t.events.length - EVENT_RING_MAX);
}

/** a mark in the event ring: what `ctEventsSince` reads after */
export interface EventMark {
  last: CtEvent | undefined;
  at: number;
}

export function ctEventMark(k: Kernel): EventMark {
  const ev = peek(k).events;
  return { last: ev[ev.length - 1], at: k.clock.now };
}

/** the events that happened after `mark`, oldest first */
export function ctEventsSince(k: Kernel, mark: EventMark): CtEvent[] {
  const ev = peek(k).events;
  const i = mark.last ? ev.lastIndexOf(mark.last) : -1;
  if (i >= 0 || !mark.last) return ev.slice(i + 1);
  // the marked event left the ring: everything newer than the mark's time
  return ev.filter((e) => e.at > mark.at);
}

/** `conntrack -S`: the per-CPU statistics (one CPU in the sim) */
export const CT_STAT_NAMES = [
  "found",
  "invalid",
  "insert",
  "insert_failed",
  "drop",
  "early_drop",
  "error",
  "search_restart",
  "clash_resolve",
  "chaintoolong",
] as const;

export function ctStats(k: Kernel): Record<(typeof CT_STAT_NAMES)[number], number> {
  const s = peek(k).stats;
  return Object.fromEntries(CT_STAT_NAMES.map((n) => [n, s[n] ?? 0])) as Record<(typeof CT_STAT_NAMES)[number], number>;
}
