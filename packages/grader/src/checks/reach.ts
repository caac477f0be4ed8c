/**
 * A reachability probe: from one host, a TCP connection, a UDP datagram or a
 * ping to an address, on a copy of the lab (`LabSession.probe`). It grades
 * what a firewall or NAT rule does, not how it is written: "admin still
 * reaches port 22", "port 23 is dropped, not refused", "inet sees the
 * gateway's public address, not 10.0.0.2".
 */
import type { LabSession, ProbeResult } from "@rootlab/sim";
import { z } from "zod";
import { ipv4Field, portField } from "./fields.js";
import { hostOf } from "./host-of.js";
import type { Outcome } from "./types.js";

const OUTCOMES = ["reached", "refused", "unreachable", "timeout"] as const;

export const reachSpec = z
  .object({
    kind: z.literal("reach"),
    from: z.string().describe("the host the probe starts on"),
    to: ipv4Field("the destination address, e.g. the gateway's public address"),
    proto: z.enum(["tcp", "udp", "icmp"]).default("tcp").describe('"tcp" (a connection), "udp" (a datagram) or "icmp" (a ping)'),
    port: portField("the destination port (tcp, udp)").optional(),
    sport: portField("the source port to send from (tcp, udp); absent: any, as a program's connect() picks").optional(),
    expect: z
      .enum(OUTCOMES)
      .describe(
        'what must happen: "reached" (connected; for udp delivered to `listen`; for icmp answered), "refused" (a reset or ICMP port unreachable came back: nothing listens, or REJECT), "unreachable" (another ICMP error, or no route), "timeout" (nothing came back: DROP, or no way back)',
      ),
    listen: z
      .object({
        host: z.string().describe("the host where it must arrive (after any DNAT)"),
        port: portField("the port it must arrive on there"),
      })
      .optional()
      .describe("where the connection or datagram arrives; a listener is opened there when nothing listens (as `nc -l` in the background)"),
    seenFrom: ipv4Field("the source address the `listen` host must see: NAT seen from the far side").optional(),
    notSeenFrom: ipv4Field("a source address the `listen` host must not see (e.g. a private address that should have been translated)").optional(),
    seenFromPort: portField("the source port the `listen` host must see").optional(),
    timeoutSeconds: z.number().positive().max(130).default(3).describe("seconds of virtual time to wait for an answer"),
    close: z.boolean().default(false).describe("tcp: close the connection once made (its conntrack entry then goes to TIME_WAIT)"),
  })
  .refine((s) => s.proto === "icmp" || s.port !== undefined, { message: "tcp and udp probes need a port", path: ["port"] })
  .refine((s) => (s.seenFrom === undefined && s.notSeenFrom === undefined && s.seenFromPort === undefined) || s.listen !== undefined, {
    message: "seenFrom, notSeenFrom and seenFromPort need `listen`: the host that sees the probe",
    path: ["listen"],
  })
  .refine((s) => s.proto !== "udp" || s.expect !== "reached" || s.listen !== undefined, {
    message: "a udp probe can only be seen to arrive at a `listen` host",
    path: ["listen"],
  });
export type ReachSpec = z.infer<typeof reachSpec>;

const SAID: Record<ProbeResult["outcome"], string> = {
  reached: "got through",
  refused: "was refused",
  unreachable: "got an unreachable error",
  timeout: "got no answer",
};

export function describeProbe(spec: Pick<ReachSpec, "from" | "to" | "proto" | "port">): string {
  if (spec.proto === "icmp") return `A ping from ${spec.from} to ${spec.to}`;
  return `A ${spec.proto === "tcp" ? "TCP connection" : "UDP datagram"} from ${spec.from} to ${spec.to} port ${spec.port}`;
}

export function evaluateReach(session: LabSession, spec: ReachSpec): Outcome {
  hostOf(session, spec.from);
  if (spec.listen) hostOf(session, spec.listen.host);
  const r = session.probe({
    from: spec.from,
    proto: spec.proto,
    to: spec.to,
    ...(spec.port !== undefined ? { port: spec.port } : {}),
    ...(spec.sport !== undefined ? { sport: spec.sport } : {}),
    ...(spec.listen ? { listen: spec.listen } : {}),
    timeoutMs: spec.timeoutSeconds * 1000,
    close: spec.close,
  });
  const what = describeProbe(spec);
  const got = `${SAID[r.outcome]}${r.errno && r.outcome !== "refused" ? ` (${r.errno})` : ""}${r.outcome === "timeout" ? ` in ${spec.timeoutSeconds} s` : ""}`;
  if (r.outcome !== spec.expect) return { passed: false, detail: `${what} ${got}.` };
  if (spec.expect === "reached" && spec.listen && spec.proto !== "icmp") {
    if (!r.seen) return { passed: false, detail: `${what} got through, but not to ${spec.listen.host} port ${spec.listen.port}.` };
    const seen = `${spec.listen.host} saw it come from ${r.seen.src.addr} port ${r.seen.src.port}`;
    if (spec.seenFrom !== undefined && r.seen.src.addr !== spec.seenFrom) return { passed: false, detail: `${what} got through; ${seen}, not from ${spec.seenFrom}.` };
    if (spec.notSeenFrom !== undefined && r.seen.src.addr === spec.notSeenFrom) return { passed: false, detail: `${what} got through; ${seen}.` };
    if (spec.seenFromPort !== undefined && r.seen.src.port !== spec.seenFromPort)
      return { passed: false, detail: `${what} got through; ${seen}, not port ${spec.seenFromPort}.` };
    return { passed: true, detail: `${what} got through; ${seen}.` };
  }
  return { passed: true, detail: `${what} ${got}, as it should.` };
}
