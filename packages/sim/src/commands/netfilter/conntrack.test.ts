/**
 * conntrack(8) and /proc/net/nf_conntrack against the outputs recorded from
 * the real tools (fixtures/rec.sh): the host's table holds the entries the
 * real kernel held when each recording was made (written straight into the
 * table: the state machine is tested with the kernel), and what the sim
 * prints must match, masked only as `maskCt` documents.
 */
import { describe, expect, it } from "vitest";
import type { LabSession } from "../../lab/lab-session.js";
import { pair } from "../../kernel/net/packet/test-support.js";
import { registerTimerHandler } from "../../world/world.js";
import { netfilterState } from "../../kernel/net/netfilter/netfilter.js";
import type { Kernel } from "../../kernel/kernel.js";
import { CONNTRACK_EVENT_MS } from "./conntrack.js";
import { fixture, fixtureNames } from "../../test-support/conntrack-fixtures.js";
import { type EntrySpec, TABLE_1, ctEntry, maskCt, pushEvent, putEntries } from "./conntrack-test-support.js";

const kernel = (s: LabSession, h: string): Kernel => s.world.host(h)!.kernel;

function lab(entries: EntrySpec[] = [], host = "a"): LabSession {
  const s = pair();
  putEntries(kernel(s, host), entries);
  return s;
}

/** -S: the recording machine has two CPUs, a sim host one; only cpu=0's line is compared */
const oneCpu = (t: string) => t.replace(/^cpu=[1-9].*\n/gm, "");

function expectLike(s: LabSession, host: string, name: string, extraMask: (t: string) => string = (t) => t): void {
  const f = fixture(name);
  const r = s.run(host, f.command);
  const ids = /-o \S*id/.test(f.command);
  expect(maskCt(extraMask(r.stdout), ids), `${name}: stdout`).toBe(maskCt(extraMask(f.stdout), ids));
  expect(r.stderr, `${name}: stderr`).toBe(f.stderr);
  expect(r.exit, `${name}: exit status`).toBe(f.status);
}

describe("conntrack -L/-G/-C/-S on a table of one tcp, one udp and one icmp entry (1-table)", () => {
  const sequence = ["1-table.D_-p_udp", "1-table.D_-s_10.0.0.9", "1-table.D_tuple_missing", "1-table.D_tuple", "1-table.after-D", "1-table.F", "1-table.after-F"];
  for (const name of fixtureNames("1-table.").filter((n) => !sequence.includes(n))) {
    it(name, () => expectLike(lab(TABLE_1), "a", name, oneCpu));
  }

  it("-D with filters, by tuple, then -F, in the recorded order", () => {
    const s = lab(TABLE_1);
    for (const name of sequence) expectLike(s, "a", name);
  });
});

describe("conntrack's errors, usage and empty table (2-err)", () => {
  for (const name of fixtureNames("2-err.")) {
    it(name, () => {
      const f = fixture(name);
      const r = lab().run("a", f.command);
      expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exit }).toEqual({ stdout: f.stdout, stderr: f.stderr, exit: f.status });
    });
  }
});

describe("the seed note's handshake stages as the real kernel listed them (3-stage)", () => {
  const c1311 = { proto: "tcp", from: "10.0.0.1:1311", to: "10.0.0.2:80" } as const;
  const stages: Record<string, EntrySpec[]> = {
    "3-stage.syn_sent.a": [{ ...c1311, state: "SYN_SENT", timeout: 118, replied: false }],
    "3-stage.syn_sent.b": [],
    "3-stage.rst_from_kernel.a": [{ ...c1311, state: "CLOSE", timeout: 9 }],
    "3-stage.rst_from_kernel.b": [{ ...c1311, state: "CLOSE", timeout: 9 }],
    "3-stage.syn_recv.a": [{ ...c1311, state: "CLOSE", timeout: 9 }],
    "3-stage.syn_recv.b": [{ ...c1311, state: "SYN_RECV", timeout: 59 }],
    "3-stage.established.a": [{ ...c1311, state: "ESTABLISHED", timeout: 431999, assured: true }],
    "3-stage.established.b": [{ ...c1311, state: "ESTABLISHED", timeout: 431998, assured: true }],
    "3-stage.closed.b": [{ ...c1311, state: "TIME_WAIT", timeout: 119, assured: true }],
    "3-stage.rst.a": [],
    "3-stage.lone_ack.a": [],
    "3-stage.lone_ack.b": [],
  };
  for (const [name, entries] of Object.entries(stages)) {
    it(name, () => {
      const host = name.endsWith(".b") ? "b" : "a";
      expectLike(lab(entries, host), host, name);
    });
  }

  it("3-stage.lone_ack_nobody.a: a lone ACK to an absent host, ESTABLISHED and UNREPLIED for 300 s", () => {
    // use=2 in the recording: the ACK itself, queued for an ARP answer that never comes, holds a reference
    const s = lab([{ proto: "tcp", from: "10.0.0.1:1314", to: "10.0.0.5:80", state: "ESTABLISHED", timeout: 298, replied: false }]);
    expectLike(s, "a", "3-stage.lone_ack_nobody.a", (t) => t.replace("use=2", "use=1"));
  });
});

describe("timeouts count down on the virtual clock", () => {
  it("shows whole seconds left, truncated, and hides an entry once it has expired", () => {
    const s = pair();
    const k = kernel(s, "a");
    const [e] = putEntries(k, [{ proto: "tcp", from: "10.0.0.1:1311", to: "10.0.0.2:80", state: "TIME_WAIT", timeout: 0, assured: true }]);
    e.expiresAt = k.clock.now + 120_000;
    expect(s.run("a", "conntrack -L").stdout).toMatch(/^tcp {6}6 120 TIME_WAIT /);
    s.advance(1);
    expect(s.run("a", "conntrack -L").stdout).toMatch(/^tcp {6}6 119 TIME_WAIT /);
    s.advance(119_998);
    expect(s.run("a", "conntrack -L").stdout).toMatch(/^tcp {6}6 0 TIME_WAIT /);
    expect(s.run("a", "cat /proc/net/nf_conntrack").stdout).toMatch(/^ipv4 {5}2 tcp {6}6 0 TIME_WAIT .* use=2\n$/);
    s.advance(1);
    const r = s.run("a", "conntrack -L; conntrack -C; cat /proc/net/nf_conntrack");
    expect(r.stdout).toBe("0\n");
    expect(r.stderr).toBe("conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n");
  });

  it("/proc/net/nf_conntrack exists once the module is loaded", () => {
    const s = pair();
    expect(s.run("a", "cat /proc/net/nf_conntrack").stderr).toBe("cat: /proc/net/nf_conntrack: No such file or directory\n");
    putEntries(kernel(s, "a"), []);
    const r = s.run("a", "cat /proc/net/nf_conntrack; ls -l /proc/net/nf_conntrack");
    expect(r.exit).toBe(0);
    expect(r.stdout).toMatch(/^-r--r----- /);
  });

  it("counters and delta-time appear with nf_conntrack_acct and nf_conntrack_timestamp (4-events.acct)", () => {
    const s = pair();
    const k = kernel(s, "a");
    k.state.sysctl["net.netfilter.nf_conntrack_acct"] = "1";
    k.state.sysctl["net.netfilter.nf_conntrack_timestamp"] = "1";
    const [e] = putEntries(k, [{ proto: "icmp", from: "10.0.0.1", to: "10.0.0.2", timeout: 1, icmpId: 4244 }]);
    e.origCounters = { packets: 1, bytes: 84 };
    e.replyCounters = { packets: 1, bytes: 84 };
    expectLike(s, "a", "4-events.acct.L");
    // the /proc recording was read within the entry's first second
    expectLike(s, "a", "4-events.acct.proc");
  });
});

// Events come from the kernel while `conntrack -E` waits; here a test timer plays the kernel's part.
type Step = (k: Kernel) => void;
const steps = new Map<number, Step>();
let nextStep = 1;
registerTimerHandler("test.conntrack-event", (world, timer) => {
  const { host, step } = timer.data as { host: string; step: number };
  steps.get(step)!(world.host(host)!.kernel);
});
function during(s: LabSession, host: string, afterMs: number, step: Step): void {
  const id = nextStep++;
  steps.set(id, step);
  s.world.clock.schedule(afterMs, "test.conntrack-event", { host, step: id });
}

describe("conntrack -E", () => {
  it("prints the events of a connection's life as the recording shows them (4-events.E)", () => {
    const s = pair();
    const k = kernel(s, "a");
    putEntries(k, []);
    const tcp = (state: EntrySpec["state"], timeout: number, replied = true, assured = false) =>
      ctEntry(1, { proto: "tcp", from: "10.0.0.1:40002", to: "10.0.0.2:80", state, timeout: 0, replied, assured }, 0);
    const at = (e: ReturnType<typeof tcp>, k2: Kernel, timeout: number) => ({ ...e, expiresAt: k2.clock.now + timeout * 1000 });
    const icmp = (replied: boolean) => ctEntry(2, { proto: "icmp", from: "10.0.0.1", to: "10.0.0.2", timeout: 0, replied, icmpId: 4243 }, 0);
    during(s, "a", 100, (kk) => {
      pushEvent(kk, "NEW", at(tcp("SYN_SENT", 0, false), kk, 120));
      pushEvent(kk, "UPDATE", at(tcp("SYN_RECV", 0), kk, 60));
      pushEvent(kk, "UPDATE", at(tcp("ESTABLISHED", 0, true, true), kk, 432000));
      pushEvent(kk, "UPDATE", at(tcp("FIN_WAIT", 0, true, true), kk, 120));
      pushEvent(kk, "UPDATE", at(tcp("LAST_ACK", 0, true, true), kk, 30));
      pushEvent(kk, "UPDATE", at(tcp("TIME_WAIT", 0, true, true), kk, 120));
      pushEvent(kk, "NEW", at(icmp(false), kk, 30));
      pushEvent(kk, "UPDATE", at(icmp(true), kk, 30));
      pushEvent(kk, "DESTROY", at(tcp("TIME_WAIT", 0, true, true), kk, 118.5), 3354164047);
    });
    const f = fixture("4-events.E");
    const r = s.run("a", "conntrack -E");
    // the real run was stopped by `timeout` (exit 124, no ^C); the sim stops as if Ctrl-C was pressed
    expect(maskCt(r.stdout.replace(/\^C$/, ""))).toBe(maskCt(f.stdout));
    expect(r.stdout.endsWith("^C")).toBe(true);
    expect(r.stderr).toBe(f.stderr);
    expect(r.exit).toBe(0);
  });

  it("an expired entry's DESTROY has no timeout; counters and delta-time with acct and timestamps; -o timestamp,id (4-events.expiry*)", () => {
    const s = pair();
    const k = kernel(s, "a");
    k.state.sysctl["net.netfilter.nf_conntrack_acct"] = "1";
    k.state.sysctl["net.netfilter.nf_conntrack_timestamp"] = "1";
    putEntries(k, []);
    const e = ctEntry(7, { proto: "icmp", from: "10.0.0.1", to: "10.0.0.2", timeout: 0, replied: false, icmpId: 4244 }, 0);
    during(s, "a", 300, (kk) => {
      e.startedAt = kk.clock.now;
      e.expiresAt = kk.clock.now + 2000;
      pushEvent(kk, "NEW", e);
      e.status.seenReply = true;
      e.origCounters = { packets: 1, bytes: 84 };
      e.replyCounters = { packets: 1, bytes: 84 };
      pushEvent(kk, "UPDATE", e);
    });
    during(s, "a", 2600, (kk) => pushEvent(kk, "DESTROY", e));
    const f = fixture("4-events.expiry-timestamp");
    const r = s.run("a", "conntrack -E -o timestamp,id");
    const lines = r.stdout.replace(/\^C$/, "").split("\n").filter(Boolean);
    const want = f.stdout.split("\n").filter(Boolean);
    expect(lines.map((l) => l.replace(/^\[\d+\.\d{6}\]\t/, "[T]\t").replace(/ id=7/, " id=N"))).toEqual(
      want.map((l) => l.replace(/^\[\d+\.\d{6}\]\t/, "[T]\t").replace(/ id=\d+$/, " id=N")),
    );
    // the stamps are the lab's wall clock: 2026-11-30 09:00:00 UTC + 0.3 s, then + 2.6 s
    expect(lines[0].startsWith("[1796029200.300000]\t")).toBe(true);
    expect(lines[2].startsWith("[1796029202.600000]\t")).toBe(true);
    expect(r.stderr).toBe(f.stderr);
  });

  it("shows only what happens while it listens, filtered by -p and -e, then stops after CONNTRACK_EVENT_MS", () => {
    const s = pair();
    const k = kernel(s, "a");
    const [old] = putEntries(k, [{ proto: "udp", from: "10.0.0.1:40001", to: "10.0.0.2:53", timeout: 29, replied: false }]);
    pushEvent(k, "NEW", old); // before the command: not shown
    during(s, "a", 500, (kk) => pushEvent(kk, "DESTROY", { ...old, expiresAt: kk.clock.now }));
    during(s, "a", CONNTRACK_EVENT_MS + 1, (kk) => pushEvent(kk, "DESTROY", old)); // after it stopped
    const start = s.world.clock.now;
    const r = s.run("a", "conntrack -E -p udp -e DESTROY");
    expect(s.world.clock.now - start).toBe(CONNTRACK_EVENT_MS);
    expect(r.stdout).toBe("[DESTROY] udp      17 src=10.0.0.1 dst=10.0.0.2 sport=40001 dport=53 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=53 dport=40001\n^C");
    expect(r.stderr).toBe("conntrack v1.4.7 (conntrack-tools): 1 flow events have been shown.\n");
    expect(s.run("a", "conntrack -E -p tcp").stderr).toBe("conntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.\n");
  });
});

describe("conntrack -D and -F edit the table through ctnetlink", () => {
  it("-D removes the entry, its tuple index and leaves a DESTROY event tagged [USERSPACE]", () => {
    const s = lab(TABLE_1);
    const ct = netfilterState(kernel(s, "a").state).conntrack;
    const keys = Object.keys(ct.byTuple);
    expect(keys).toHaveLength(6);
    expect(s.run("a", "conntrack -D -p tcp").exit).toBe(0);
    expect(Object.keys(ct.entries).map(Number)).toEqual([2, 3]);
    expect(Object.keys(ct.byTuple)).toEqual(keys.filter((key) => !key.startsWith("tcp ")));
    const ev = ct.events[ct.events.length - 1];
    expect(ev.type).toBe("DESTROY");
    expect(ev.entry.id).toBe(1);
    expect(ev.portid).toBeGreaterThan(0);
    expect(s.run("a", "conntrack -F; conntrack -C").stdout).toBe("0\n");
    expect(ct.events.filter((x) => x.type === "DESTROY").map((x) => x.entry.id)).toEqual([1, 2, 3]);
  });

  it("filters by NAT, mark, status and CIDR", () => {
    const s = lab([
      ...TABLE_1,
      { proto: "tcp", from: "192.168.1.10:5000", to: "10.0.0.2:80", replyDst: "10.0.0.1", snat: true, state: "ESTABLISHED", timeout: 431999, assured: true, mark: 7 },
    ]);
    const shown = (cmd: string) => s.run("a", cmd).stdout.split("\n").filter(Boolean).length;
    expect(shown("conntrack -L -n")).toBe(1);
    expect(shown("conntrack -L --src-nat 10.0.0.1")).toBe(1);
    expect(shown("conntrack -L -n 10.0.0.9")).toBe(0);
    expect(shown("conntrack -L -g")).toBe(0);
    expect(shown("conntrack -L -j")).toBe(1);
    expect(shown("conntrack -L -m 7")).toBe(1);
    expect(shown("conntrack -L -m 0x6/0x6")).toBe(1);
    expect(shown("conntrack -L -s 192.168.1.0/24")).toBe(1);
    expect(shown("conntrack -L -s 10.0.0.0/8")).toBe(3);
    expect(shown("conntrack -L -u ASSURED")).toBe(2);
    expect(s.run("a", "conntrack -L -n").stdout).toContain("src=192.168.1.10 dst=10.0.0.2 sport=5000 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=5000 [ASSURED] mark=7 use=1");
  });
});

describe("conntrack -I makes an entry by hand (recorded on a real box: see the report of the cttools branch)", () => {
  it("creates, refuses a duplicate, checks what it needs, and the entry expires on the virtual clock", () => {
    const s = pair();
    const r = s.run("a", "conntrack -I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1311 --dport 80 --state ESTABLISHED -t 30 -u SEEN_REPLY,ASSURED");
    expect([r.stdout, r.stderr, r.exit]).toEqual(["", "conntrack v1.4.7 (conntrack-tools): 1 flow entries have been created.\n", 0]);
    expect(s.run("a", "conntrack -L").stdout).toBe(
      "tcp      6 30 ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=1311 dport=80 src=10.0.0.2 dst=10.0.0.1 sport=80 dport=1311 [ASSURED] mark=0 use=1\n",
    );
    const dup = s.run("a", "conntrack -I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1311 --dport 80 --state ESTABLISHED -t 30");
    expect([dup.stderr, dup.exit]).toEqual(["conntrack v1.4.7 (conntrack-tools): Operation failed: Such conntrack exists, try -U to update\n", 1]);
    const TRY = "Try `conntrack -h' or 'conntrack --help' for more information.\n";
    expect(s.run("a", "conntrack -I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 1 --dport 80 --state ESTABLISHED").stderr).toBe(
      `conntrack v1.4.7 (conntrack-tools): You need to supply the \`--timeout' option for this command\n${TRY}`,
    );
    expect(s.run("a", "conntrack -I -p tcp -s 10.0.0.1 -d 10.0.0.2 --sport 2 --dport 80 -t 30").stderr).toBe(
      `conntrack v1.4.7 (conntrack-tools): You need to supply the \`--state' option for this command\n${TRY}`,
    );
    expect(s.run("a", "conntrack -I -p udp -s 10.0.0.1 -d 10.0.0.2 --sport 5 --dport 53 -t 30").exit).toBe(0);
    expect(s.run("a", "conntrack -L -p udp").stdout).toBe(
      "udp      17 30 src=10.0.0.1 dst=10.0.0.2 sport=5 dport=53 [UNREPLIED] src=10.0.0.2 dst=10.0.0.1 sport=53 dport=5 mark=0 use=1\n",
    );
    s.advance(30_000);
    expect(s.run("a", "conntrack -C").stdout).toBe("0\n");
  });
});
