import { describe, expect, it } from "vitest";
import * as rs from "./ruleset.js";
import type { NfRule, NfRuleset } from "./types.js";

const nft: rs.NfEdit = { flavour: "nft" };
const legacy: rs.NfEdit = { flavour: "legacy" };

function rule(target: NfRule["target"], extra: Partial<NfRule> = {}): NfRule {
  return { matches: [], target, counters: { packets: 0, bytes: 0 }, ...extra };
}

const accept = () => rule({ kind: "ACCEPT" });
const jump = (chain: string) => rule({ kind: "jump", chain });
const empty = (): NfRuleset => ({ tables: {} });

describe("tables and built-in chains come into existence as each flavour makes them", () => {
  it("nft: a rule creates the table and its own base chain only", () => {
    const r = empty();
    expect(rs.appendRule(r, "filter", "INPUT", accept(), nft)).toEqual({ ok: true, value: undefined });
    expect(r.tables.filter!.chains.map((c) => c.name)).toEqual(["INPUT"]);
    rs.appendRule(r, "filter", "OUTPUT", accept(), nft);
    rs.appendRule(r, "filter", "FORWARD", accept(), nft);
    expect(r.tables.filter!.chains.map((c) => c.name)).toEqual(["INPUT", "FORWARD", "OUTPUT"]);
  });

  it("legacy: touching a table loads all its built-in chains, counted", () => {
    const r = empty();
    rs.touchTable(r, "nat", "legacy");
    expect(r.tables.nat!.chains.map((c) => [c.name, c.policy, c.counters])).toEqual([
      ["PREROUTING", "ACCEPT", { packets: 0, bytes: 0 }],
      ["INPUT", "ACCEPT", { packets: 0, bytes: 0 }],
      ["OUTPUT", "ACCEPT", { packets: 0, bytes: 0 }],
      ["POSTROUTING", "ACCEPT", { packets: 0, bytes: 0 }],
    ]);
  });

  it("nft: a base chain made by a rule has no policy counters until -P or -Z", () => {
    const r = empty();
    rs.appendRule(r, "filter", "INPUT", accept(), nft);
    rs.appendRule(r, "filter", "OUTPUT", accept(), nft);
    expect(rs.findChain(r.tables.filter, "INPUT")!.counters).toBeUndefined();
    rs.setPolicy(r, "filter", "INPUT", "ACCEPT", nft);
    rs.zeroCounters(r, "filter", "OUTPUT");
    expect(rs.findChain(r.tables.filter, "INPUT")!.counters).toEqual({ packets: 0, bytes: 0 });
    expect(rs.findChain(r.tables.filter, "OUTPUT")!.counters).toEqual({ packets: 0, bytes: 0 });
  });
});

describe("rule edits and their errnos", () => {
  it("insert may go one past the end; further is E2BIG", () => {
    const r = empty();
    rs.appendRule(r, "filter", "INPUT", accept(), nft);
    expect(rs.insertRule(r, "filter", "INPUT", 2, rule({ kind: "DROP" }), nft).ok).toBe(true);
    const big = rs.insertRule(r, "filter", "INPUT", 4, accept(), nft);
    expect(big.ok || big.errno).toBe("E2BIG");
    expect(rs.findChain(r.tables.filter, "INPUT")!.rules.map((x) => x.target.kind)).toEqual(["ACCEPT", "DROP"]);
  });

  it("delete by number and by specification, check", () => {
    const r = empty();
    rs.appendRule(r, "filter", "INPUT", accept(), nft);
    rs.appendRule(r, "filter", "INPUT", rule({ kind: "DROP" }, { proto: { num: 6, invert: false } }), nft);
    const counted = rule({ kind: "DROP" }, { proto: { num: 6, invert: false } });
    counted.counters = { packets: 9, bytes: 900 };
    expect(rs.checkRule(r, "filter", "INPUT", counted).ok).toBe(true);
    const missing = rs.deleteRule(r, "filter", "INPUT", rule({ kind: "DROP" }));
    expect(missing.ok || missing.errno).toBe("ENOENT");
    expect(rs.deleteRule(r, "filter", "INPUT", counted).ok).toBe(true);
    const num = rs.deleteRuleNum(r, "filter", "INPUT", 2);
    expect(num.ok || num.errno).toBe("E2BIG");
    const noChain = rs.deleteRuleNum(r, "filter", "NOPE", 1);
    expect(noChain.ok || noChain.errno).toBe("ENOENT");
  });

  it("a rule to a missing user chain is ENOENT and changes nothing", () => {
    const r = empty();
    const res = rs.appendRule(r, "filter", "mine", accept(), nft);
    expect(res.ok || res.errno).toBe("ENOENT");
  });

  it("the kernel refuses misplaced extensions with EINVAL and logs why", () => {
    const r = empty();
    const log: string[] = [];
    const edit = { flavour: "nft" as const, log: (l: string) => log.push(l) };
    const masq = rs.appendRule(r, "filter", "FORWARD", rule({ kind: "MASQUERADE" }), edit);
    expect(masq.ok || masq.errno).toBe("EINVAL");
    const dnat = rs.appendRule(r, "nat", "POSTROUTING", rule({ kind: "DNAT", to: [{ minIp: "1.2.3.4", maxIp: "1.2.3.4" }] }), edit);
    expect(dnat.ok || dnat.errno).toBe("EINVAL");
    const reset = rs.appendRule(r, "filter", "INPUT", rule({ kind: "REJECT", with: "tcp-reset" }), edit);
    expect(reset.ok || reset.errno).toBe("EINVAL");
    const icmp = rs.appendRule(r, "filter", "INPUT", rule({ kind: "ACCEPT" }, { matches: [{ kind: "icmp", type: { type: 8, codeMin: 0, codeMax: 255, invert: false } }] }), edit);
    expect(icmp.ok || icmp.errno).toBe("EINVAL");
    expect(log).toEqual([
      "x_tables: ip_tables: MASQUERADE target: only valid in nat table, not filter",
      "x_tables: ip_tables: DNAT target: used from hooks POSTROUTING, but only usable from PREROUTING/OUTPUT",
      "ipt_REJECT: TCP_RESET invalid for non-tcp",
      "x_tables: ip_tables: icmp match: only valid for protocol 1",
    ]);
    expect(rs.appendRule(r, "nat", "POSTROUTING", rule({ kind: "MASQUERADE" }), edit).ok).toBe(true);
  });

  it("nft matches tcp ports natively: no protocol check for a non-empty tcp match", () => {
    const r = empty();
    const ports = rule({ kind: "ACCEPT" }, { proto: { num: 6, invert: true }, matches: [{ kind: "tcp", dport: { min: 22, max: 22, invert: false } }] });
    expect(rs.appendRule(r, "filter", "INPUT", structuredClone(ports), nft).ok).toBe(true);
    const leg = rs.appendRule(r, "filter", "INPUT", structuredClone(ports), legacy);
    expect(leg.ok || leg.errno).toBe("EINVAL");
  });

  it("a jump loop reachable from a built-in chain is ELOOP; detached chains may loop", () => {
    const r = empty();
    rs.newChain(r, "filter", "A", nft);
    rs.newChain(r, "filter", "B", nft);
    expect(rs.appendRule(r, "filter", "A", jump("B"), nft).ok).toBe(true);
    expect(rs.appendRule(r, "filter", "B", jump("A"), nft).ok).toBe(true);
    const res = rs.appendRule(r, "filter", "INPUT", jump("A"), nft);
    expect(res.ok || res.errno).toBe("ELOOP");
    expect(rs.findChain(r.tables.filter, "INPUT")!.rules).toEqual([]);
  });

  it("a jump to a built-in chain: EOPNOTSUPP (nft), EINVAL (legacy)", () => {
    const n = rs.appendRule(empty(), "filter", "INPUT", jump("OUTPUT"), nft);
    expect(n.ok || n.errno).toBe("EOPNOTSUPP");
    const l = rs.appendRule(empty(), "filter", "INPUT", jump("OUTPUT"), legacy);
    expect(l.ok || l.errno).toBe("EINVAL");
  });
});

describe("chains", () => {
  it("-N refuses existing and built-in names", () => {
    const r = empty();
    expect(rs.newChain(r, "filter", "web", nft).ok).toBe(true);
    for (const name of ["web", "INPUT"]) {
      const res = rs.newChain(r, "filter", name, nft);
      expect(res.ok || res.errno).toBe("EEXIST");
    }
  });

  it("-X: nft says EBUSY for a chain in use or not empty, legacy EMLINK / ENOTEMPTY / EINVAL", () => {
    for (const [edit, referenced, nonEmpty, builtin] of [
      [nft, "EBUSY", "EBUSY", "EBUSY"],
      [legacy, "EMLINK", "ENOTEMPTY", "EINVAL"],
    ] as const) {
      const r = empty();
      rs.newChain(r, "filter", "web", edit);
      rs.appendRule(r, "filter", "INPUT", jump("web"), edit);
      const a = rs.deleteChain(r, "filter", "web", edit);
      expect(a.ok || a.errno).toBe(referenced);
      rs.flushRules(r, "filter", "INPUT");
      rs.appendRule(r, "filter", "web", accept(), edit);
      const b = rs.deleteChain(r, "filter", "web", edit);
      expect(b.ok || b.errno).toBe(nonEmpty);
      rs.appendRule(r, "filter", "INPUT", accept(), edit);
      const c = rs.deleteChain(r, "filter", "INPUT", edit);
      expect(c.ok || c.errno).toBe(builtin);
      rs.flushRules(r, "filter", "web");
      expect(rs.deleteChain(r, "filter", "web", edit).ok).toBe(true);
    }
  });

  it("-E moves the references with the chain", () => {
    const r = empty();
    rs.newChain(r, "filter", "web", nft);
    rs.appendRule(r, "filter", "INPUT", jump("web"), nft);
    expect(rs.renameChain(r, "filter", "web", "www").ok).toBe(true);
    expect(rs.referenceCount(r.tables.filter!, "www")).toBe(1);
    expect(rs.findChain(r.tables.filter, "INPUT")!.rules[0].target).toEqual({ kind: "jump", chain: "www" });
    const taken = rs.renameChain(r, "filter", "www", "INPUT");
    expect(taken.ok || taken.errno).toBe("EEXIST");
  });

  it("-P: nft checks the policy before the chain, legacy the chain first", () => {
    const n = rs.setPolicy(empty(), "filter", "NOPE", "REJECT", nft);
    expect(n.ok || n.errno).toBe("EINVAL");
    const l = rs.setPolicy(empty(), "filter", "NOPE", "REJECT", legacy);
    expect(l.ok || l.errno).toBe("ENOENT");
  });

  it("draft and commit: a failed command leaves the ruleset as it was", () => {
    const live = empty();
    const work = rs.draft(live);
    rs.appendRule(work, "filter", "INPUT", accept(), nft);
    expect(live.tables).toEqual({});
    rs.commit(live, work);
    expect(live.tables.filter!.chains[0].rules).toHaveLength(1);
  });
});
