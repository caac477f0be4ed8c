/**
 * A connection tracking entry on a host: that one exists (or none does) with
 * the given tuple, TCP state and flags, as `conntrack -L` would list it.
 * Reads KernelState.netfilter.conntrack (the contract in
 * packages/sim/src/kernel/net/netfilter/types.ts); an entry whose timeout
 * has run out is gone, whether or not its timer has fired yet.
 *
 * Alone it reads the learner's table (the stage a handshake they made with
 * hping3 reached); inside a `sequence` after a `reach` probe it reads the
 * state the probe's connection reached.
 */
import type { CtEntry, CtTcpState, CtTuple, LabSession } from "@rootlab/sim";
import { z } from "zod";
import { ipv4Field, portField } from "./fields.js";
import { hostOf } from "./host-of.js";
import type { Outcome } from "./types.js";

const TCP_STATES = ["NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE", "SYN_SENT2"] as const satisfies readonly CtTcpState[];

const tupleFilter = z
  .object({
    src: ipv4Field("source address").optional(),
    dst: ipv4Field("destination address").optional(),
    sport: portField("source port").optional(),
    dport: portField("destination port").optional(),
  })
  .strict();

export const conntrackSpec = z.object({
  kind: z.literal("conntrack"),
  host: z.string().describe("the host whose connection tracking table is read"),
  proto: z.enum(["tcp", "udp", "icmp"]).optional().describe("the protocol of the entry"),
  orig: tupleFilter.optional().describe("the original direction, as the first packet came (conntrack's first src= dst= sport= dport=)"),
  reply: tupleFilter.optional().describe("the reply direction (conntrack's second src= dst=...): shows NAT, e.g. dst= the gateway's public address"),
  state: z.enum(TCP_STATES).optional().describe("the TCP state conntrack shows: SYN_SENT, SYN_RECV, ESTABLISHED, TIME_WAIT, CLOSE..."),
  assured: z.boolean().optional().describe("true: marked [ASSURED]; false: not"),
  unreplied: z.boolean().optional().describe("true: marked [UNREPLIED] (no packet seen in the reply direction); false: not"),
  present: z.boolean().default(true).describe("false: no entry may match"),
});
export type ConntrackSpec = z.infer<typeof conntrackSpec>;

type TupleFilter = z.infer<typeof tupleFilter>;

function tupleMatches(t: CtTuple, f: TupleFilter | undefined): boolean {
  if (!f) return true;
  return (
    (f.src === undefined || t.src === f.src) &&
    (f.dst === undefined || t.dst === f.dst) &&
    (f.sport === undefined || t.sport === f.sport) &&
    (f.dport === undefined || t.dport === f.dport)
  );
}

/** the tuple filter's part of the entry, as conntrack -L words it */
function describeWanted(spec: ConntrackSpec): string {
  const parts: string[] = [];
  if (spec.proto) parts.push(spec.proto);
  const words = (f: TupleFilter | undefined): string[] =>
    f
      ? (["src", "dst", "sport", "dport"] as const).flatMap((k) => (f[k] === undefined ? [] : [`${k}=${f[k]}`]))
      : [];
  parts.push(...words(spec.orig));
  if (spec.reply) parts.push("reply", ...words(spec.reply));
  return parts.length ? parts.join(" ") : "any";
}

/** one entry, shortly: "tcp ESTABLISHED src=10.0.1.10 dst=10.0.2.10 sport=1311 dport=80 [ASSURED]" */
function describeEntry(e: CtEntry): string {
  const t = e.orig;
  const ports = t.sport !== undefined ? ` sport=${t.sport} dport=${t.dport}` : "";
  const flags = `${e.status.seenReply ? "" : " [UNREPLIED]"}${e.status.assured ? " [ASSURED]" : ""}`;
  return `${e.proto}${e.tcpState ? ` ${e.tcpState}` : ""} src=${t.src} dst=${t.dst}${ports}${flags}`;
}

/** the host's live entries: those whose timeout has not run out on the virtual clock */
export function liveEntries(session: LabSession, host: string): CtEntry[] {
  const h = hostOf(session, host);
  const ct = h.kernel.state.netfilter?.conntrack;
  if (!ct) return [];
  const now = session.world.clock.now;
  return Object.values(ct.entries).filter((e) => e.expiresAt > now);
}

export function evaluateConntrack(session: LabSession, spec: ConntrackSpec): Outcome {
  const entries = liveEntries(session, spec.host);
  const tuples = entries.filter(
    (e) => (spec.proto === undefined || e.proto === spec.proto) && tupleMatches(e.orig, spec.orig) && tupleMatches(e.reply, spec.reply),
  );
  const full = tuples.filter(
    (e) =>
      (spec.state === undefined || e.tcpState === spec.state) &&
      (spec.assured === undefined || e.status.assured === spec.assured) &&
      (spec.unreplied === undefined || !e.status.seenReply === spec.unreplied),
  );
  const wanted = describeWanted(spec);
  const shown = (es: CtEntry[]) => es.slice(0, 3).map(describeEntry).join("; ") + (es.length > 3 ? `; and ${es.length - 3} more` : "");
  if (!spec.present) {
    return full.length === 0
      ? { passed: true, detail: `${spec.host} tracks no such connection (${wanted}).` }
      : { passed: false, detail: `${spec.host} tracks ${shown(full)}.` };
  }
  if (full.length > 0) return { passed: true, detail: `${spec.host} tracks ${describeEntry(full[0])}.` };
  if (tuples.length > 0) return { passed: false, detail: `${spec.host} tracks ${shown(tuples)}.` };
  return {
    passed: false,
    detail: entries.length === 0 ? `${spec.host}'s connection tracking table is empty.` : `${spec.host} tracks no connection like that (${wanted}).`,
  };
}
