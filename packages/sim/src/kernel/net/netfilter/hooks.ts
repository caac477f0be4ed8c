/**
 * What runs at each netfilter hook, in the kernel's priority order, for
 * both x_tables worlds (the nft one Debian's `iptables` edits, then
 * iptables-legacy's when it exists):
 *
 *   PREROUTING   raw, conntrack, mangle, nat (DNAT)
 *   INPUT        mangle, filter, nat (SNAT), conntrack confirm
 *   FORWARD      mangle, filter
 *   OUTPUT       raw, conntrack, mangle, nat (DNAT), filter
 *   POSTROUTING  mangle, nat (SNAT), conntrack confirm
 *
 * Connection tracking runs only while some rule needs it (a state or
 * conntrack match, a NAT target), as on Linux 6.x where those rules take
 * the per-namespace conntrack hooks (nf_ct_netns_get) and give them back
 * when deleted: a pristine box tracks nothing, and an empty nat table does
 * not start tracking. The answer is cached per ruleset state and dropped
 * whenever userland takes a ruleset to edit (Netfilter.ruleset()).
 */
import type { NfHookContext, NfResult } from "../packet/netfilter.js";
import type { NetStack } from "../packet/stack.js";
import type { NfTraceStep } from "../packet/trace.js";
import type { Ipv4Packet } from "../packet/types.js";
import { type SkbCt, conntrackConfirm, conntrackIn } from "./conntrack/core.js";
import { HOOK_MANIP, natInitialized, natPacket, natSetup } from "./nat.js";
import type { NetfilterState, NfHookName, NfRuleset, NfTableName } from "./types.js";
import { walkTable } from "./walk.js";

type Stage = NfTableName | "conntrack" | "confirm";

const STAGES: Record<NfHookName, readonly Stage[]> = {
  PREROUTING: ["raw", "conntrack", "mangle", "nat"],
  INPUT: ["mangle", "filter", "nat", "confirm"],
  FORWARD: ["mangle", "filter"],
  OUTPUT: ["raw", "conntrack", "mangle", "nat", "filter"],
  POSTROUTING: ["mangle", "nat", "confirm"],
};

const needCache = new WeakMap<NetfilterState, boolean>();

/** userland is about to edit a ruleset: whether conntrack is needed must be worked out again */
export function rulesetsChanged(nf: NetfilterState): void {
  needCache.delete(nf);
}

function rulesets(nf: NetfilterState): [("nft" | "legacy"), NfRuleset][] {
  return nf.legacy ? [["nft", nf.nft], ["legacy", nf.legacy]] : [["nft", nf.nft]];
}

/** does any rule need connection tracking? */
export function conntrackNeeded(nf: NetfilterState): boolean {
  let need = needCache.get(nf);
  if (need !== undefined) return need;
  need = false;
  for (const [, rs] of rulesets(nf))
    for (const t of Object.values(rs.tables))
      for (const c of t?.chains ?? [])
        for (const r of c.rules) {
          const k = r.target.kind;
          if (k === "MASQUERADE" || k === "SNAT" || k === "DNAT" || k === "REDIRECT" || r.matches.some((m) => m.kind === "state" || m.kind === "conntrack")) need = true;
        }
  needCache.set(nf, need);
  return need;
}

function hasTables(nf: NetfilterState): boolean {
  for (const [, rs] of rulesets(nf)) for (const _ in rs.tables) return true;
  return false;
}

function trace(skb: NfHookContext, step: NfTraceStep): void {
  (skb.trace ??= []).push(step);
}

function ctStatus(ct: SkbCt): ("UNREPLIED" | "ASSURED")[] {
  const st = ct.entry.status;
  return [...(st.seenReply ? [] : ["UNREPLIED" as const]), ...(st.assured ? ["ASSURED" as const] : [])];
}

/** the drop reason the packet trace shows, in iptables' words */
function dropReason(ruleset: "nft" | "legacy", step: NfTraceStep): string {
  const who = ruleset === "nft" ? "iptables" : "iptables-legacy";
  const last = step.matched?.[step.matched.length - 1];
  const where = `${step.table} ${step.hook}`;
  if (step.verdict.startsWith("policy")) return `dropped by ${who}: ${where} ${step.verdict}`;
  const rule = last ? `${last.chain === step.hook ? "" : `${last.chain} `}rule ${last.rule} (${step.verdict})` : step.verdict;
  return `${step.verdict === "REJECT" ? "rejected" : "dropped"} by ${who}: ${where} ${rule}`;
}

function conntrackStage(s: NetStack, hook: NfHookName, pkt: Ipv4Packet, skb: NfHookContext): NfResult | undefined {
  if (skb.ct) return undefined; // attached already (a REJECT's reset)
  const r = conntrackIn(s, pkt, hook === "PREROUTING" && skb.in === "lo");
  if (r.kind === "drop") {
    trace(skb, { hook, table: "conntrack", verdict: "DROP" });
    return { verdict: "DROP", reason: `dropped: ${r.reason}` };
  }
  if (r.kind === "invalid") {
    trace(skb, { hook, table: "conntrack", verdict: "INVALID" });
    return undefined;
  }
  skb.ct = r.ct;
  const e = r.ct.entry;
  trace(skb, { hook, table: "conntrack", verdict: r.ct.info, ct: { id: e.id, created: r.created, reply: r.ct.dir === 1, ...(e.tcpState ? { state: e.tcpState } : {}), status: ctStatus(r.ct) } });
  return undefined;
}

/** the nat table (first packet only) and the connection's rewrite */
function natStage(s: NetStack, nf: NetfilterState, hook: NfHookName, pkt: Ipv4Packet, skb: NfHookContext): NfResult {
  const m = HOOK_MANIP[hook];
  const ct = skb.ct;
  if (!m || !ct) return { verdict: "ACCEPT", packet: pkt };
  const icmpError = ct.info === "RELATED" && pkt.icmp?.orig !== undefined;
  if (ct.unconfirmed && !icmpError && !natInitialized(ct.entry, m)) {
    for (const [name, rs] of rulesets(nf)) {
      const table = rs.tables.nat;
      if (!table) continue;
      const w = walkTable(s, name, table, hook, pkt, skb);
      if (w.step) trace(skb, w.step);
      if (w.verdict === "DROP") return { verdict: "DROP", reason: dropReason(name, w.step!) };
      if (natInitialized(ct.entry, m)) break;
    }
    if (!natInitialized(ct.entry, m)) natSetup(s, ct, undefined, m);
  }
  const rw = natPacket(ct, pkt, m);
  if (!rw) return { verdict: "ACCEPT", packet: pkt };
  const kind = m === "SRC" ? "SNAT" : "DNAT";
  trace(skb, { hook, table: "nat", verdict: kind, nat: { kind, before: rw.before, after: rw.after, reply: ct.dir === 1 } });
  return { verdict: "ACCEPT", packet: rw.packet };
}

export function nfHookRun(s: NetStack, hook: NfHookName, pkt: Ipv4Packet, skb: NfHookContext): NfResult {
  const nf = s.k.netfilter!;
  const tracking = conntrackNeeded(nf);
  if (!tracking && !skb.ct && !hasTables(nf)) return { verdict: "ACCEPT", packet: pkt };
  let p = pkt;
  for (const stage of STAGES[hook]) {
    if (stage === "conntrack") {
      if (!tracking) continue;
      const r = conntrackStage(s, hook, p, skb);
      if (r) return r;
    } else if (stage === "confirm") {
      const ct = skb.ct;
      if (ct?.unconfirmed && !conntrackConfirm(s, ct)) return { verdict: "DROP", reason: "dropped: nf_conntrack: insert failed" };
      if (ct && !ct.unconfirmed) for (const st of skb.trace ?? []) if (st.ct?.created && st.ct.id === 0) st.ct.id = ct.entry.id;
    } else if (stage === "nat") {
      const r = natStage(s, nf, hook, p, skb);
      if (r.verdict === "DROP") return r;
      p = r.packet;
    } else {
      for (const [name, rs] of rulesets(nf)) {
        const table = rs.tables[stage];
        if (!table) continue;
        const w = walkTable(s, name, table, hook, p, skb);
        if (!w.step) continue;
        trace(skb, w.step);
        if (w.verdict === "DROP") return { verdict: "DROP", reason: dropReason(name, w.step) };
      }
    }
  }
  return { verdict: "ACCEPT", packet: p };
}
