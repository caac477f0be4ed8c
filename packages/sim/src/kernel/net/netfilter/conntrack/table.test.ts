/**
 * The conntrack table over time and from userland: the module loads when a
 * rule needs it (its sysctls appear then), entries expire on the virtual
 * clock with the timeouts the sysctls hold, events for `conntrack -E`,
 * nf_conntrack_max, and the Kernel.netfilter calls conntrack(8) makes.
 */
import { describe, expect, it } from "vitest";
import { appendRule, hping, kernelOf, routerLab } from "../test-support.js";
import type { LabSession } from "../../../../lab/lab-session.js";
import { World } from "../../../../world/world.js";

const tcp = { num: 6, invert: false };

/** r tracks (a state rule), a and b stay silent to crafted TCP */
function tracked(): LabSession {
  const s = routerLab();
  for (const h of ["a", "b"]) appendRule(kernelOf(s, h), "filter", "INPUT", { proto: tcp, target: { kind: "DROP" } });
  appendRule(kernelOf(s, "r"), "filter", "FORWARD", { matches: [{ kind: "state", states: ["INVALID"], invert: false }], target: { kind: "DROP" } });
  return s;
}

/** the seed's handshake and FIN teardown between a:1311 and b:80 */
function handshake(s: LabSession): void {
  hping(s, "a", "-S -s 1311 -p 80 -M 1000 10.0.2.1");
  hping(s, "b", "-S -A -s 80 -p 1311 -M 5000 -L 1001 10.0.1.1");
  hping(s, "a", "-A -s 1311 -p 80 -M 1001 -L 5001 10.0.2.1");
}

describe("loading", () => {
  it("nothing is tracked and no nf_conntrack sysctl exists until a rule needs conntrack", () => {
    const s = routerLab();
    const r = kernelOf(s, "r");
    appendRule(r, "filter", "FORWARD", { proto: tcp, target: { kind: "ACCEPT" } });
    hping(s, "a", "-S -s 100 -p 80 10.0.2.1");
    expect(r.netfilter.conntrackLoaded).toBe(false);
    expect(s.run("r", "sysctl net.netfilter.nf_conntrack_max").stderr).toBe("sysctl: cannot stat /proc/sys/net/netfilter/nf_conntrack_max: No such file or directory\n");
    // adding the rule loads the module (its sysctls are there before any packet)
    const st = appendRule(r, "filter", "FORWARD", { matches: [{ kind: "state", states: ["INVALID"], invert: false }] });
    expect(r.netfilter.conntrackLoaded).toBe(true);
    hping(s, "a", "-S -s 101 -p 80 10.0.2.1");
    expect(s.run("r", "sysctl net.netfilter.nf_conntrack_max net.netfilter.nf_conntrack_tcp_timeout_time_wait").stdout).toBe(
      "net.netfilter.nf_conntrack_max = 262144\nnet.netfilter.nf_conntrack_tcp_timeout_time_wait = 120\n",
    );
    // b answered the SYN with an RST: the unreplied entry went at once
    expect(r.netfilter.conntrackCount()).toBe(0);
    // the rule goes: tracking stops (the module and its sysctls stay)
    const rules = r.netfilter.ruleset().tables.filter!.chains.find((c) => c.name === "FORWARD")!.rules;
    rules.splice(rules.indexOf(st), 1);
    appendRule(kernelOf(s, "b"), "filter", "INPUT", { proto: tcp, target: { kind: "DROP" } });
    hping(s, "a", "-S -s 102 -p 80 10.0.2.1");
    expect(r.netfilter.conntrackCount()).toBe(0);
    expect(r.sysctlGet("net.netfilter.nf_conntrack_count")).toEqual({ ok: true, value: "0" });
  });

  it("nf_conntrack_count shows the live count and is read-only; the timeouts are writable and used at once", () => {
    const s = tracked();
    const r = kernelOf(s, "r");
    handshake(s);
    expect(s.run("r", "cat /proc/sys/net/netfilter/nf_conntrack_count").stdout).toBe("1\n");
    expect(r.sysctlSet("net.netfilter.nf_conntrack_count", "5")).toEqual({ ok: false, errno: "EACCES" });
    expect(s.run("r", "ls -l /proc/sys/net/netfilter/nf_conntrack_count").stdout).toMatch(/^-r--r--r-- /);
    s.run("r", "sysctl -w net.netfilter.nf_conntrack_tcp_timeout_established=600");
    hping(s, "a", "-A -s 1311 -p 80 -M 1001 -L 5001 10.0.2.1");
    expect(r.netfilter.conntrackSecondsLeft(r.netfilter.conntrackList()[0])).toBe(599);
  });
});

describe("timeouts on the virtual clock", () => {
  it("TIME_WAIT lasts 120 s, refreshed by traffic; then the entry is gone with a DESTROY event", () => {
    const s = tracked();
    const r = kernelOf(s, "r");
    handshake(s);
    hping(s, "a", "-F -A -s 1311 -p 80 -M 1001 -L 5001 10.0.2.1");
    hping(s, "b", "-F -A -s 80 -p 1311 -M 5001 -L 1002 10.0.1.1");
    hping(s, "a", "-A -s 1311 -p 80 -M 1002 -L 5002 10.0.2.1");
    const [e] = r.netfilter.conntrackList();
    expect([e.tcpState, r.netfilter.conntrackSecondsLeft(e)]).toEqual(["TIME_WAIT", 119]);
    s.world.advance(100_000);
    hping(s, "a", "-A -s 1311 -p 80 -M 1002 -L 5002 10.0.2.1"); // a retransmitted last ACK: back to 120
    s.world.advance(100_000);
    expect(r.netfilter.conntrackCount()).toBe(1);
    s.world.advance(20_000);
    expect(r.netfilter.conntrackList()).toEqual([]);
    const types = r.netfilter.conntrackEvents().map((ev) => `${ev.type} ${ev.entry.tcpState}${ev.entry.status.assured ? " ASSURED" : ""}`);
    expect(types).toEqual([
      "NEW SYN_SENT",
      "UPDATE SYN_RECV",
      "UPDATE ESTABLISHED ASSURED",
      "UPDATE FIN_WAIT ASSURED",
      "UPDATE LAST_ACK ASSURED",
      "UPDATE TIME_WAIT ASSURED",
      "DESTROY TIME_WAIT ASSURED",
    ]);
  });

  it("an RST leaves the entry in CLOSE for 10 s", () => {
    const s = tracked();
    const r = kernelOf(s, "r");
    handshake(s);
    hping(s, "b", "-R -A -s 80 -p 1311 -M 5001 -L 1001 10.0.1.1");
    const [e] = r.netfilter.conntrackList();
    expect([e.tcpState, r.netfilter.conntrackSecondsLeft(e)]).toEqual(["CLOSE", 9]);
    s.world.advance(10_000);
    expect(r.netfilter.conntrackCount()).toBe(0);
  });

  it("a real connection (the web server) goes SYN_SENT -> ESTABLISHED [ASSURED] -> TIME_WAIT through the router", () => {
    const s = routerLab();
    const r = kernelOf(s, "r");
    appendRule(r, "filter", "FORWARD", { matches: [{ kind: "state", states: ["INVALID"], invert: false }], target: { kind: "DROP" } });
    const bnet = kernelOf(s, "b").net;
    const l = bnet.socket("tcp");
    bnet.bind(l, "0.0.0.0", 7);
    bnet.listen(l);
    const anet = kernelOf(s, "a").net;
    const c = anet.socket("tcp");
    anet.connect(c, "10.0.2.1", 7);
    s.world.advance(10);
    const [e] = r.netfilter.conntrackList();
    expect([e.tcpState, e.status.assured]).toEqual(["ESTABLISHED", true]);
    expect(r.netfilter.conntrackSecondsLeft(e)).toBe(431999);
    anet.send(c, "x".repeat(100_000));
    s.world.advance(10);
    const child = bnet.accept(l)!;
    expect(bnet.read(child).length).toBe(100_000);
    anet.close(c);
    bnet.close(child);
    s.world.advance(10);
    expect(r.netfilter.conntrackList()[0].tcpState).toBe("TIME_WAIT");
    expect(r.netfilter.conntrackStats().invalid).toBe(0);
  });
});

describe("nf_conntrack_max", () => {
  it("a full table drops new connections and says so in dmesg, rate-limited", () => {
    const s = tracked();
    const r = kernelOf(s, "r");
    s.run("r", "sysctl -w net.netfilter.nf_conntrack_max=2");
    // two established, assured connections fill it
    for (const p of [1311, 1312]) {
      hping(s, "a", `-S -s ${p} -p 80 -M 1000 10.0.2.1`);
      hping(s, "b", `-S -A -s 80 -p ${p} -M 5000 -L 1001 10.0.1.1`);
      hping(s, "a", `-A -s ${p} -p 80 -M 1001 -L 5001 10.0.2.1`);
    }
    for (let p = 1; p <= 15; p++) hping(s, "a", `-S -s ${2000 + p} -p 80 10.0.2.1`);
    expect(r.netfilter.conntrackList().map((e) => e.orig.sport)).toEqual([1311, 1312]);
    expect(r.netfilter.conntrackStats().drop).toBe(15);
    const full = r.state.dmesg.filter((l) => l.endsWith("] nf_conntrack: nf_conntrack: table full, dropping packet"));
    expect(full).toHaveLength(10);
    expect(r.net.decisions().at(-1)).toMatchObject({ verdict: "dropped", reason: "dropped: nf_conntrack: table full, dropping packet" });
    s.world.advance(5000);
    hping(s, "a", "-S -s 3000 -p 80 10.0.2.1");
    expect(r.state.dmesg.slice(-2).map((l) => l.split("] ")[1])).toEqual(["net_ratelimit: 5 callbacks suppressed", "nf_conntrack: nf_conntrack: table full, dropping packet"]);
    expect(s.run("r", "grep -c 'table full' /var/log/kern.log").stdout).toBe("11\n");
    // both at warning level, as net_warn_ratelimited and ___ratelimit print them
    expect(s.run("r", "dmesg -x -l warn | tail -2 | cut -c1-16").stdout).toBe("kern  :warn  : [\nkern  :warn  : [\n");
    expect(s.run("r", "dmesg -t -l warn | tail -2").stdout).toBe("net_ratelimit: 5 callbacks suppressed\nnf_conntrack: nf_conntrack: table full, dropping packet\n");
  });

  it("after a full table, the gc worker's next run evicts entries that are not ASSURED", () => {
    const s = tracked();
    const r = kernelOf(s, "r");
    s.run("r", "sysctl -w net.netfilter.nf_conntrack_max=2");
    for (const p of [1, 2, 3]) hping(s, "a", `-S -s ${1000 + p} -p 80 10.0.2.1`);
    expect(r.netfilter.conntrackCount()).toBe(2);
    s.world.advance(5000);
    hping(s, "a", "-S -s 3000 -p 80 10.0.2.1");
    expect(r.netfilter.conntrackList().map((e) => e.orig.sport)).toEqual([3000]);
  });
});

describe("userland calls", () => {
  it("get by either tuple, delete by filter with DESTROY events, flush, stats", () => {
    const s = tracked();
    const r = kernelOf(s, "r");
    handshake(s);
    hping(s, "a", "-2 -s 5353 -p 53 10.0.2.1");
    const nf = r.netfilter;
    expect(nf.conntrackCount()).toBe(2);
    expect(nf.conntrackGet("tcp", { src: "10.0.2.1", dst: "10.0.1.1", sport: 80, dport: 1311 })?.tcpState).toBe("ESTABLISHED");
    expect(nf.conntrackGet("udp", { src: "10.0.1.1", dst: "10.0.2.1", sport: 5353, dport: 53 })?.status.seenReply).toBe(false);
    const mark = nf.conntrackEvents().at(-1)!.seq!;
    expect(nf.conntrackDelete((e) => e.proto === "udp")).toBe(1);
    expect(nf.conntrackEvents(mark).map((e) => `${e.type} ${e.entry.proto}`)).toEqual(["DESTROY udp"]);
    expect(nf.conntrackDelete()).toBe(1);
    expect(nf.conntrackCount()).toBe(0);
    expect(Object.keys(nf.conntrackStats())).toEqual(["found", "invalid", "insert", "insert_failed", "drop", "early_drop", "error", "search_restart", "clash_resolve", "chaintoolong"]);
  });

  it("an entry made by userspace is in the table under both tuples: packets of the connection find it", () => {
    const s = tracked();
    const r = kernelOf(s, "r");
    const nf = r.netfilter;
    const made = nf.conntrackCreate({
      proto: "tcp",
      orig: { src: "10.0.1.1", dst: "10.0.2.1", sport: 1311, dport: 80 },
      reply: { src: "10.0.2.1", dst: "10.0.1.1", sport: 80, dport: 1311 },
      tcpState: "ESTABLISHED",
      status: { seenReply: true, assured: true, confirmed: true, srcNat: false, dstNat: false },
      expiresAt: s.world.clock.now + 30_000,
      startedAt: s.world.clock.now,
      mark: 0,
      origCounters: { packets: 0, bytes: 0 },
      replyCounters: { packets: 0, bytes: 0 },
    });
    expect(made).not.toBe("exists");
    expect(nf.conntrackEvents().at(-1)?.type).toBe("NEW");
    expect(nf.conntrackGet("tcp", { src: "10.0.2.1", dst: "10.0.1.1", sport: 80, dport: 1311 })).toBe(made);
    expect(nf.conntrackCreate({ ...(made as never as Parameters<typeof nf.conntrackCreate>[0]) })).toBe("exists");
    // a's next data segment belongs to it: no second entry, the timeout is the established one now
    hping(s, "a", "-A -s 1311 -p 80 -M 1001 -L 5001 10.0.2.1");
    expect(nf.conntrackCount()).toBe(1);
    expect(nf.conntrackSecondsLeft(nf.conntrackList()[0])).toBe(431999);
  });

  it("deletes carry the asking process's netlink port; -z zeroes the counters", () => {
    const s = tracked();
    const r = kernelOf(s, "r");
    s.run("r", "sysctl -w net.netfilter.nf_conntrack_acct=1");
    handshake(s);
    const nf = r.netfilter;
    expect(nf.conntrackList()[0].origCounters.packets).toBe(2);
    nf.conntrackZeroCounters();
    expect([nf.conntrackList()[0].origCounters, nf.conntrackList()[0].replyCounters]).toEqual([
      { packets: 0, bytes: 0 },
      { packets: 0, bytes: 0 },
    ]);
    const seq = nf.conntrackEventSeq();
    expect(nf.conntrackFlush(4242)).toBe(1);
    expect(nf.conntrackEvents(seq).map((e) => [e.type, e.portid])).toEqual([["DESTROY", 4242]]);
  });

  it("the count is right after a snapshot is restored (no cached count yet)", () => {
    const s = tracked();
    handshake(s);
    hping(s, "a", "-2 -s 5353 -p 53 10.0.2.1");
    const w = World.restore(JSON.parse(JSON.stringify(s.world.snapshot())));
    const nf = w.host("r")!.kernel.netfilter;
    expect(nf.conntrackDelete((e) => e.proto === "udp")).toBe(1);
    expect(nf.conntrackCount()).toBe(1);
  });

  it("the table is plain JSON: a snapshot restores it and tracking goes on where it was", () => {
    const s = tracked();
    handshake(s);
    const json = JSON.stringify(s.world.state);
    const copy = structuredClone(s.world.state);
    expect(JSON.parse(json)).toEqual(copy);
    const r = kernelOf(s, "r");
    const before = r.netfilter.conntrackList()[0];
    expect(JSON.parse(JSON.stringify(before))).toEqual(before);
  });
});
