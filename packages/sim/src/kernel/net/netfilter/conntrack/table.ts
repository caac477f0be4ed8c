/**
 * The conntrack table of one host (ConntrackState, plain JSON): entries by
 * id, both tuples of each in `byTuple` for O(1) lookups, the event ring
 * `conntrack -E` reads and the counters of `conntrack -S`.
 *
 * Expiry is lazy, on the virtual clock: a lookup that finds an entry past
 * its time removes it first; every reader of the whole table (userland, the
 * table-full check) sweeps first; and the packet path sweeps at most once
 * per GC_INTERVAL_MS of virtual time, as the kernel's gc worker does. So a
 * DESTROY event may come a little after the entry's time, as on Linux.
 */
import type { KernelState } from "../../../state.js";
import { netfilterState } from "../netfilter.js";
import type { ConntrackState, CtEntry, CtEvent } from "../types.js";
import { ctSysctl } from "./sysctl.js";
import { tupleKey } from "./tuple.js";

/** events kept for `conntrack -E` */
export const EVENTS_MAX = 512;
/** virtual ms between sweeps made by traffic */
export const GC_INTERVAL_MS = 5000;

/** the counters `conntrack -S` shows, in its order */
export const STAT_NAMES = ["found", "invalid", "insert", "insert_failed", "drop", "early_drop", "error", "search_restart", "clash_resolve", "chaintoolong"] as const;
export type CtStat = (typeof STAT_NAMES)[number];

/** derived, never in a snapshot: entry count and last sweep per table */
const counts = new WeakMap<ConntrackState, number>();
const sweptAt = new WeakMap<ConntrackState, number>();

export function ctTable(k: KernelState): ConntrackState {
  return netfilterState(k).conntrack;
}

export function ctCount(cs: ConntrackState): number {
  let n = counts.get(cs);
  if (n === undefined) {
    n = Object.keys(cs.entries).length;
    counts.set(cs, n);
  }
  return n;
}

export function ctStat(cs: ConntrackState, name: CtStat): void {
  cs.stats[name] = (cs.stats[name] ?? 0) + 1;
}

/** an event's copy of the entry: what it looked like then (the TCP tracker's data left out) */
function eventCopy(e: CtEntry): CtEntry {
  const { tcp: _tcp, ...rest } = e;
  return { ...rest, orig: { ...e.orig }, reply: { ...e.reply }, status: { ...e.status }, origCounters: { ...e.origCounters }, replyCounters: { ...e.replyCounters } };
}

/** an event for `conntrack -E`; `portid`: the netlink port of the process whose request caused it (a DESTROY by conntrack -D/-F) */
export function ctEvent(k: KernelState, cs: ConntrackState, at: number, type: CtEvent["type"], e: CtEntry, portid?: number): void {
  if (k.sysctl["net.netfilter.nf_conntrack_events"] === "0") return;
  // numbered from the state itself, so a restored snapshot goes on where it was
  const seq = (cs.events[cs.events.length - 1]?.seq ?? 0) + 1;
  cs.events.push({ seq, at, type, entry: eventCopy(e), ...(portid !== undefined ? { portid } : {}) });
  if (cs.events.length > EVENTS_MAX) cs.events.splice(0, cs.events.length - EVENTS_MAX);
}

/** __nf_conntrack_confirm: the entry goes into the table under both tuples */
export function ctInsert(k: KernelState, cs: ConntrackState, now: number, e: CtEntry): void {
  const n = ctCount(cs);
  e.id = cs.nextId++;
  e.status.confirmed = true;
  cs.entries[e.id] = e;
  cs.byTuple[tupleKey(e.proto, e.orig)] = e.id;
  cs.byTuple[tupleKey(e.proto, e.reply)] = e.id;
  counts.set(cs, n + 1);
  ctEvent(k, cs, now, "NEW", e);
}

/** remove an entry (expired, killed by an RST, deleted by userland: `portid` is its netlink port) */
export function ctDestroy(k: KernelState, cs: ConntrackState, now: number, e: CtEntry, portid?: number): void {
  if (cs.entries[e.id] !== e) return;
  // counted before the delete: a table restored from a snapshot has no cached count yet
  const n = ctCount(cs);
  delete cs.entries[e.id];
  const ko = tupleKey(e.proto, e.orig);
  const kr = tupleKey(e.proto, e.reply);
  if (cs.byTuple[ko] === e.id) delete cs.byTuple[ko];
  if (cs.byTuple[kr] === e.id) delete cs.byTuple[kr];
  counts.set(cs, n - 1);
  ctEvent(k, cs, now, "DESTROY", e, portid);
}

export function expired(e: CtEntry, now: number): boolean {
  return e.expiresAt <= now;
}

/** the live entry a tuple key belongs to; an expired one is removed on the way */
export function ctFind(k: KernelState, cs: ConntrackState, now: number, key: string): CtEntry | undefined {
  const id = cs.byTuple[key];
  if (id === undefined) return undefined;
  const e = cs.entries[id];
  if (!e) return undefined;
  if (expired(e, now)) {
    ctDestroy(k, cs, now, e);
    return undefined;
  }
  return e;
}

/** remove every expired entry, oldest deadline first */
export function ctSweep(k: KernelState, cs: ConntrackState, now: number): void {
  sweptAt.set(cs, now);
  const dead: CtEntry[] = [];
  for (const id in cs.entries) {
    const e = cs.entries[id];
    if (expired(e, now)) dead.push(e);
  }
  dead.sort((a, b) => a.expiresAt - b.expiresAt || a.id - b.id);
  for (const e of dead) ctDestroy(k, cs, now, e);
}

/** TCP states the gc worker may evict early (tcp_can_early_drop) */
const CLOSING = new Set(["FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE"]);

/**
 * gc_worker after the table was full: while it holds more than 95% of
 * nf_conntrack_max, entries not ASSURED (or TCP ones closing) go
 */
function gcEarlyDrop(k: KernelState, cs: ConntrackState, now: number): void {
  if (!cs.fullWarn?.earlyDrop) return;
  cs.fullWarn.earlyDrop = false;
  const max95 = Math.floor(ctSysctl(k, "max") / 100) * 95;
  for (const id in cs.entries) {
    if (ctCount(cs) <= max95) return;
    const e = cs.entries[id];
    if (!e.status.assured || (e.tcpState !== undefined && CLOSING.has(e.tcpState))) ctDestroy(k, cs, now, e);
  }
}

/** the packet path's share of garbage collection (the gc worker): a sweep now and then */
export function ctMaybeSweep(k: KernelState, cs: ConntrackState, now: number): void {
  const last = sweptAt.get(cs);
  if (last === undefined) sweptAt.set(cs, now);
  else if (now - last >= GC_INTERVAL_MS) {
    ctSweep(k, cs, now);
    gcEarlyDrop(k, cs, now);
  }
}
