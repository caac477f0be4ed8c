/**
 * Test support for conntrack's printing: entries put into a host's table
 * (by the table's own insert, so both tuple keys and the count are the
 * kernel's), as the kernel's connection tracking would leave them (the
 * state machine is not this folder's), and the masks for comparing with
 * recordings (test-support/conntrack-fixtures.ts reads them). Used only by
 * *.test.ts files.
 */
import type { Kernel } from "../../kernel/kernel.js";
import { loadConntrack } from "../../kernel/net/netfilter/netfilter.js";
import { ctEvent, ctInsert } from "../../kernel/net/netfilter/conntrack/table.js";
import type { CtEntry, CtEvent, CtProto, CtTcpState } from "../../kernel/net/netfilter/types.js";

export interface EntrySpec {
  proto: CtProto;
  /** "10.0.0.1:40000" (tcp/udp) or "10.0.0.1" (icmp) */
  from: string;
  to: string;
  state?: CtTcpState;
  /** seconds until it expires, from now */
  timeout: number;
  replied?: boolean;
  assured?: boolean;
  /** icmp echo id */
  icmpId?: number;
  mark?: number;
  /** the reply tuple's addresses when NAT rewrote them (reply.src / reply.dst) */
  replySrc?: string;
  replyDst?: string;
  snat?: boolean;
  dnat?: boolean;
}

function hostPort(text: string): [string, number | undefined] {
  const [h, p] = text.split(":");
  return [h, p === undefined ? undefined : Number(p)];
}

/** a confirmed entry as the kernel keeps it; `now` in virtual ms */
export function ctEntry(id: number, s: EntrySpec, now: number): CtEntry {
  const [src, sport] = hostPort(s.from);
  const [dst, dport] = hostPort(s.to);
  const icmp = s.proto === "icmp";
  return {
    id,
    proto: s.proto,
    orig: icmp ? { src, dst, type: 8, code: 0, id: s.icmpId ?? 1 } : { src, dst, sport, dport },
    reply: icmp
      ? { src: s.replySrc ?? dst, dst: s.replyDst ?? src, type: 0, code: 0, id: s.icmpId ?? 1 }
      : { src: s.replySrc ?? dst, dst: s.replyDst ?? src, sport: dport, dport: sport },
    ...(s.state ? { tcpState: s.state } : {}),
    status: { seenReply: s.replied ?? true, assured: s.assured ?? false, confirmed: true, srcNat: s.snat ?? false, dstNat: s.dnat ?? false },
    // half a second past the whole seconds shown, as a listing made a moment after the packet sees it
    expiresAt: now + s.timeout * 1000 + 500,
    startedAt: now,
    mark: s.mark ?? 0,
    origCounters: { packets: 0, bytes: 0 },
    replyCounters: { packets: 0, bytes: 0 },
  };
}

/** put entries in `k`'s table (the module loaded, as after a state rule), ids from 1 */
export function putEntries(k: Kernel, specs: EntrySpec[]): CtEntry[] {
  const ct = loadConntrack(k.state);
  return specs.map((s) => {
    const e = ctEntry(0, s, k.clock.now);
    ctInsert(k.state, ct, k.clock.now, e);
    return e;
  });
}

/** an event as the kernel would push it (a copy of the entry at that moment) */
export function pushEvent(k: Kernel, type: CtEvent["type"], e: CtEntry, portid?: number): void {
  ctEvent(k.state, loadConntrack(k.state), k.clock.now, type, e, portid);
}

/** the table the 1-table fixtures were recorded on (host a, after nc, ping -e 4242 and nc -u) */
export const TABLE_1: EntrySpec[] = [
  { proto: "tcp", from: "10.0.0.1:40000", to: "10.0.0.2:80", state: "TIME_WAIT", timeout: 118, assured: true },
  { proto: "udp", from: "10.0.0.1:40001", to: "10.0.0.2:53", timeout: 29, replied: false },
  { proto: "icmp", from: "10.0.0.1", to: "10.0.0.2", timeout: 29, icmpId: 4242 },
];

/**
 * What legitimately differs between a recording and the sim, and nothing else:
 *  1. the timeout column: the recordings were made seconds apart on a live
 *     clock (tests of the countdown itself are in conntrack.test.ts);
 *  2. line order: the kernel walks its hash table, the sim lists oldest first;
 *  3. `id=N` and `portid=N`: the kernel's ids are hashes of kernel pointers,
 *     a netlink port id is whatever autobind picked.
 */
export function maskCt(text: string, ids = false): string {
  return text
    .split("\n")
    .map((l) => {
      let m = l
        .replace(/^((?:ipv4 {5}2 )?(?:tcp|udp|icmp) +\d+ )\d+ /, "$1T ")
        .replace(/^( *\[(?:NEW|UPDATE|DESTROY)\] (?:ipv4 {5}2 )?(?:tcp|udp|icmp) +\d+ )\d+ /, "$1T ")
        .replace(/portid=\d+/, "portid=N");
      if (ids) m = m.replace(/ id=\d+$/, " id=N").replace(/ id=\d+ \[USERSPACE\]/, " id=N [USERSPACE]");
      return m;
    })
    .filter((l) => l !== "")
    .sort()
    .join("\n");
}
