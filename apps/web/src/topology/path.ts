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

function netfilterSteps(d: PacketDecision): string[] {
  const steps: string[] = [];
  for (const t of d.netfilter ?? []) {
    const rule = t.rule ? `rule ${t.ruleNum ?? ""}${t.ruleNum ? " " : ""}\`${t.rule}\`` : "no rule matched";
    steps.push(`${t.hook}, ${t.table} table, chain ${t.chain}: ${rule} → ${t.verdict}`);
  }
  if (d.nat) steps.push(`${d.nat.kind} at ${d.nat.hook}: ${d.nat.before} became ${d.nat.after}`);
  if (d.conntrack) {
    const c = d.conntrack;
    const state = c.tcpState ? `, TCP state ${c.tcpState}` : "";
    steps.push(`conntrack: ${c.created ? "new entry" : "entry"} #${c.id}, packet is ${c.ctstate}${state}`);
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
