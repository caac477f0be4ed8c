import { type CtEntry, LabSession } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { type Check, grade } from "../grade.js";

/**
 * The table as the kernel keeps it (KernelState.netfilter.conntrack, the
 * contract in sim's netfilter/types.ts), written by hand: these tests are
 * about reading it, whatever fills it.
 */
function entry(over: Partial<CtEntry> & Pick<CtEntry, "id">): CtEntry {
  return {
    proto: "tcp",
    orig: { src: "10.0.1.10", dst: "10.0.2.10", sport: 1311, dport: 80 },
    reply: { src: "10.0.2.10", dst: "10.0.1.10", sport: 80, dport: 1311 },
    tcpState: "SYN_SENT",
    status: { seenReply: false, assured: false, confirmed: true, srcNat: false, dstNat: false },
    expiresAt: 120_000,
    startedAt: 0,
    mark: 0,
    origCounters: { packets: 1, bytes: 60 },
    replyCounters: { packets: 0, bytes: 0 },
    ...over,
  };
}

function withTable(entries: CtEntry[]) {
  const s = LabSession.create("gateway");
  const k = s.world.host("machine_A")!.kernel.state;
  k.netfilter = {
    nft: { tables: {} },
    conntrack: { loaded: true, nextId: 10, entries: Object.fromEntries(entries.map((e) => [e.id, e])), byTuple: {}, events: [], stats: {} },
  };
  return s;
}

function ct(spec: Record<string, unknown>): Check {
  return { id: "c", title: "entry", spec: { kind: "conntrack", host: "machine_A", ...spec } as Check["spec"], failMessage: "Not tracked." };
}

describe("conntrack", () => {
  const synSent = entry({ id: 1 });
  const established = entry({
    id: 2,
    orig: { src: "10.0.1.10", dst: "10.0.2.10", sport: 1312, dport: 80 },
    reply: { src: "10.0.2.10", dst: "10.0.1.10", sport: 80, dport: 1312 },
    tcpState: "ESTABLISHED",
    status: { seenReply: true, assured: true, confirmed: true, srcNat: false, dstNat: false },
    expiresAt: 432_000_000,
  });

  it("finds an entry by tuple, state and flags", () => {
    const s = withTable([synSent, established]);
    expect(grade(s, [ct({ proto: "tcp", orig: { dport: 80 }, state: "SYN_SENT", unreplied: true })]).score).toBe(1);
    expect(grade(s, [ct({ orig: { sport: 1312 }, state: "ESTABLISHED", assured: true, unreplied: false })]).score).toBe(1);
    const r = grade(s, [ct({ orig: { sport: "1312" }, reply: { src: "10.0.2.10", dport: 1312 } })]);
    expect(r.results[0].message).toBe("machine_A tracks tcp ESTABLISHED src=10.0.1.10 dst=10.0.2.10 sport=1312 dport=80 [ASSURED].");
  });

  it("when the tuple is there in another state, says which", () => {
    const r = grade(withTable([synSent]), [ct({ orig: { sport: 1311 }, state: "SYN_RECV" })]);
    expect(r.results[0]).toMatchObject({ passed: false, message: "Not tracked. machine_A tracks tcp SYN_SENT src=10.0.1.10 dst=10.0.2.10 sport=1311 dport=80 [UNREPLIED]." });
    const flag = grade(withTable([established]), [ct({ assured: false })]);
    expect(flag.results[0].message).toMatch(/tracks tcp ESTABLISHED .* \[ASSURED\]\.$/);
  });

  it("an empty table, or none like that", () => {
    expect(grade(LabSession.create("gateway"), [ct({})]).results[0].message).toBe("Not tracked. machine_A's connection tracking table is empty.");
    expect(grade(withTable([synSent]), [ct({ proto: "udp" })]).results[0].message).toBe("Not tracked. machine_A tracks no connection like that (udp).");
    expect(grade(withTable([synSent]), [ct({ orig: { dst: "10.0.2.11", dport: 22 } })]).results[0].message).toMatch(/\(dst=10\.0\.2\.11 dport=22\)\.$/);
  });

  it("present: false passes only when nothing matches", () => {
    expect(grade(withTable([synSent]), [ct({ orig: { dport: 22 }, present: false })]).score).toBe(1);
    const r = grade(withTable([synSent]), [ct({ orig: { dport: 80 }, present: false })]);
    expect(r.results[0].message).toBe("Not tracked. machine_A tracks tcp SYN_SENT src=10.0.1.10 dst=10.0.2.10 sport=1311 dport=80 [UNREPLIED].");
  });

  it("an entry whose timeout has run out on the virtual clock is gone", () => {
    const s = withTable([synSent]);
    expect(grade(s, [ct({ state: "SYN_SENT" })]).score).toBe(1);
    s.advance(120_000);
    expect(grade(s, [ct({ state: "SYN_SENT" })]).results[0].message).toBe("Not tracked. machine_A's connection tracking table is empty.");
  });

  it("rejects unknown states and misspelt tuple fields", () => {
    expect(() => grade(withTable([]), [ct({ state: "ESTABLISHED_" })])).toThrow();
    expect(() => grade(withTable([]), [ct({ orig: { dst_port: 80 } })])).toThrow();
  });
});
