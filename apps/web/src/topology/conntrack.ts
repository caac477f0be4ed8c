/**
 * A host's connection tracking table as the picture beside the terminal
 * shows it: one row per live entry with its protocol, TCP state, both
 * tuples, NAT as before/after, the [UNREPLIED]/[ASSURED] flags and the
 * seconds left on the virtual clock (whole seconds, as conntrack -L counts
 * them). Entries whose time has run out are gone, as in the kernel's own
 * listing. Pure and read-only over `WorldState`; types only from @rootlab/sim.
 */
import type { WorldState } from "@rootlab/sim";

type CtEntry = NonNullable<WorldState["hosts"][number]["kernel"]["netfilter"]>["conntrack"]["entries"][number];
type CtTuple = CtEntry["orig"];

export interface ConntrackRow {
  id: number;
  /** "tcp", "udp", "icmp" */
  proto: string;
  /** TCP state (SYN_SENT, ESTABLISHED, TIME_WAIT, ...); empty for udp and icmp */
  state: string;
  /** "10.0.0.1:1311 → 10.0.0.2:80", icmp: "10.0.0.1 → 10.0.0.2 echo id 4242" */
  original: string;
  reply: string;
  /** NAT the entry records: where the connection really went or came from */
  nat?: { kind: "SNAT" | "DNAT"; before: string; after: string };
  /** "UNREPLIED", "ASSURED" */
  flags: string[];
  /** whole seconds left */
  secondsLeft: number;
}

export interface ConntrackView {
  host: string;
  /** a rule made the kernel track connections on this host */
  tracking: boolean;
  /** the table has held an entry at some time (tracking on, or an entry made by hand) */
  everUsed: boolean;
  rows: ConntrackRow[];
}

function tupleText(proto: string, t: CtTuple): string {
  if (proto === "icmp") return `${t.src} → ${t.dst} ${t.type === 0 ? "echo reply" : t.type === 8 ? "echo request" : `type ${t.type}`} id ${t.id ?? 0}`;
  return `${t.src}:${t.sport ?? 0} → ${t.dst}:${t.dport ?? 0}`;
}

const endpoint = (addr: string, port: number | undefined) => (port === undefined ? addr : `${addr}:${port}`);

function natOf(e: CtEntry): ConntrackRow["nat"] {
  if (e.status.srcNat) {
    // the source the far side sees is where its replies go: reply.dst
    return { kind: "SNAT", before: endpoint(e.orig.src, e.orig.sport), after: endpoint(e.reply.dst, e.reply.dport) };
  }
  if (e.status.dstNat) {
    // the destination the packets really reach answers as reply.src
    return { kind: "DNAT", before: endpoint(e.orig.dst, e.orig.dport), after: endpoint(e.reply.src, e.reply.sport) };
  }
  return undefined;
}

export function conntrackView(world: WorldState, host: string): ConntrackView {
  const h = world.hosts.find((x) => x.name === host);
  const ct = h?.kernel.netfilter?.conntrack;
  const now = world.clock.now;
  const rows = Object.values(ct?.entries ?? {})
    .filter((e) => e.status.confirmed && e.expiresAt > now)
    .sort((a, b) => a.id - b.id)
    .map((e): ConntrackRow => {
      const flags = [...(e.status.seenReply ? [] : ["UNREPLIED"]), ...(e.status.assured ? ["ASSURED"] : [])];
      const nat = natOf(e);
      return {
        id: e.id,
        proto: e.proto,
        state: e.tcpState ?? "",
        original: tupleText(e.proto, e.orig),
        reply: tupleText(e.proto, e.reply),
        ...(nat ? { nat } : {}),
        flags,
        secondsLeft: Math.max(0, Math.floor((e.expiresAt - now) / 1000)),
      };
    });
  return { host, tracking: ct?.loaded ?? false, everUsed: (ct?.loaded ?? false) || (ct?.nextId ?? 1) > 1, rows };
}

/** one row in a sentence, for screen readers and the table's text */
export function describeRow(r: ConntrackRow): string {
  const state = r.state ? ` ${r.state}` : "";
  const nat = r.nat ? `, ${r.nat.kind} ${r.nat.before} to ${r.nat.after}` : "";
  const flags = r.flags.length ? `, ${r.flags.join(", ")}` : "";
  return `${r.proto}${state}: ${r.original}; reply ${r.reply}${nat}${flags}; ${r.secondsLeft} s left`;
}
