/**
 * The last command line's packet path (the sim's `LabSession.lastPacketTrace()`)
 * as sentences: one per decision a host made, and a one-line verdict for the
 * whole line. Pure; the panel (components/PacketPath.tsx) draws these and
 * screen readers read the same words.
 */
import type { PacketDecision } from "@rootlab/sim";

export interface PathHop {
  host: string;
  /** "in eth0, out eth1", "out lo", "" */
  devices: string;
  packet: string;
  reason: string;
  dropped: boolean;
  /**
   * What netfilter did at this host, one sentence per step in kernel order:
   * each hook/table/chain with the rule that decided, the NAT rewrite
   * (before → after), the conntrack entry made or matched. Empty when no
   * table or conntrack saw the packet.
   */
  netfilter: string[];
}

/** one sentence per netfilter step: a table's walk, the NAT it made, the conntrack entry */
function netfilterSteps(d: PacketDecision): string[] {
  const steps: string[] = [];
  for (const t of d.netfilter ?? []) {
    if (t.table === "conntrack") {
      if (!t.ct) continue;
      const state = t.ct.state ? `, TCP state ${t.ct.state}` : "";
      const flags = t.ct.status.length ? ` [${t.ct.status.join("] [")}]` : "";
      steps.push(`${t.hook}, conntrack: ${t.ct.created ? "new entry" : "entry"} #${t.ct.id}, packet is ${t.verdict}${state}${flags}`);
      continue;
    }
    const chains = t.chains?.length ? `chain ${t.chains.join(" → ")}` : "no chain";
    const matched = t.matched?.length ? t.matched.map((m) => `rule ${m.rule} of ${m.chain} matched (-j ${m.target})`).join(", ") : "no rule matched";
    const legacy = t.ruleset === "legacy" ? " (iptables-legacy)" : "";
    steps.push(`${t.hook}, ${t.table} table${legacy}, ${chains}: ${matched} → ${t.verdict}`);
    if (t.nat) steps.push(`${t.nat.kind} at ${t.hook}${t.nat.reply ? " (reply, undoing the connection's NAT)" : ""}: ${t.nat.before} became ${t.nat.after}`);
  }
  return steps;
}

export function pathHops(trace: readonly PacketDecision[]): PathHop[] {
  return trace.map((d) => ({
    host: d.host,
    devices: [d.in ? `in ${d.in}` : "", d.out ? `out ${d.out}` : ""].filter(Boolean).join(", "),
    packet: d.packet,
    reason: d.reason,
    dropped: d.verdict === "dropped",
    netfilter: netfilterSteps(d),
  }));
}

/** the line's outcome in one sentence: where it was dropped, stuck or delivered */
export function pathSummary(trace: readonly PacketDecision[]): string {
  if (trace.length === 0) return "No packets yet.";
  const drop = trace.find((d) => d.verdict === "dropped");
  if (drop) return `Dropped at ${drop.host}: ${drop.reason}.`;
  const last = trace[trace.length - 1];
  if (last.verdict === "queued") return `No reply: at ${last.host}, ${last.reason} (ARP unanswered).`;
  if (last.verdict === "delivered") return `Delivered at ${last.host}: ${last.reason}.`;
  return `Last decision at ${last.host}: ${last.reason}.`;
}
