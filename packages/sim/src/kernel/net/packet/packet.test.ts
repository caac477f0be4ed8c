import { describe, expect, it } from "vitest";
import { LabSession } from "../../../lab/lab-session.js";
import { pair } from "./test-support.js";
import { RETRANS_MS, REACHABLE_MS } from "./neigh.js";
import { TIMEWAIT_MS } from "./tcp.js";

const k = (s: LabSession, h: string) => s.world.host(h)!.kernel;

function pingSock(s: LabSession, h: string) {
  const r = k(s, h).net.pingSocket();
  if (!r.ok) throw new Error(r.errno);
  return r.value;
}

describe("neighbours (ARP)", () => {
  it("resolves on first use and answers the asker, who is left STALE on the other side", () => {
    const s = pair();
    const a = k(s, "a").net;
    const sock = pingSock(s, "a");
    expect(a.sendEcho(sock, "10.0.0.2", 1, 56).ok).toBe(true);
    expect(a.neighbours().map((n) => `${n.ip} ${n.state}`)).toEqual(["10.0.0.2 INCOMPLETE"]);
    s.world.advance(1);
    expect(a.neighbours().map((n) => `${n.ip} ${n.state} ${n.mac}`)).toEqual(["10.0.0.2 REACHABLE 52:54:00:00:00:0b"]);
    // b learned a from the request (STALE), then used it for the reply (DELAY)
    expect(k(s, "b").net.neighbours().map((n) => `${n.ip} ${n.state}`)).toEqual(["10.0.0.1 DELAY"]);
    expect(sock.messages.map((m) => [m.from, m.seq])).toEqual([["10.0.0.2", 1]]);
    s.world.advance(REACHABLE_MS);
    expect(a.neighbours()[0].state).toBe("STALE");
  });

  it("fails after three probes a second apart and reports host unreachable to the sender", () => {
    const s = pair();
    const a = k(s, "a").net;
    const sock = pingSock(s, "a");
    a.sendEcho(sock, "10.0.0.99", 1, 56);
    s.world.advance(RETRANS_MS * 3 - 1);
    expect(a.neighbours()[0].state).toBe("INCOMPLETE");
    expect(sock.messages).toEqual([]);
    s.world.advance(2);
    expect(a.neighbours()[0].state).toBe("FAILED");
    expect(sock.messages.map((m) => [m.from, m.icmpType, m.icmpCode, m.origSeq])).toEqual([["10.0.0.1", "dest-unreach", 1, 1]]);
    // three broadcast requests went out
    expect(k(s, "a").linkByName("eth0")!.stats.txPackets).toBe(3);
  });

  it("a NIC without a cable has no carrier and reaches nobody", () => {
    const s = LabSession.create({
      id: "x",
      title: "x",
      description: "x",
      hosts: [{ name: "a", interfaces: [{ name: "eth0", address: "10.0.0.1/24" }, { name: "eth1" }] }],
      segments: [{ name: "s", ends: ["a:eth1"] }],
    });
    expect(s.run("a", "ip link show eth0").stdout).toContain("NO-CARRIER");
    expect(s.run("a", "ping -c 1 -W 1 10.0.0.2").exit).toBe(1);
  });

  it("rejects a segment end that names no NIC", () => {
    expect(() =>
      LabSession.create({ id: "x", title: "x", description: "x", hosts: [{ name: "a", interfaces: [{ name: "eth0" }] }], segments: [{ name: "s", ends: ["a:eth9"] }] }),
    ).toThrow(/no NIC "a:eth9"/);
  });

  it("a lab that says nothing of cabling gives each NIC a switch of its own: carrier, but no peers", () => {
    const s = LabSession.create({ id: "x", title: "x", description: "x", hosts: [{ name: "a", interfaces: [{ name: "eth0", address: "10.0.0.1/24" }] }] });
    expect(s.run("a", "ip link show eth0").stdout).not.toContain("NO-CARRIER");
    expect(s.run("a", "ping -c 1 -W 1 10.0.0.2").exit).toBe(1);
  });
});

describe("IPv4 and ICMP", () => {
  it("answers an echo on the local link with TTL 64 and an RTT of two link delays (four with ARP first)", () => {
    const s = pair();
    const r = s.run("a", "ping -c 2 10.0.0.2");
    expect(r.stdout).toContain("64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.200 ms");
    expect(r.stdout).toContain("64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=0.100 ms");
    expect(r.exit).toBe(0);
  });

  it("sends ICMP port unreachable for a UDP datagram to a closed port", () => {
    const s = pair();
    const a = k(s, "a").net;
    const sock = a.socket("udp");
    expect(a.sendto(sock, "10.0.0.2", 9999, "hi").ok).toBe(true);
    s.world.advance(1);
    expect(sock.messages.map((m) => [m.from, m.icmpType, m.icmpCode, m.origDport])).toEqual([["10.0.0.2", "dest-unreach", 3, 9999]]);
  });

  it("delivers UDP to a bound socket", () => {
    const s = pair();
    const b = k(s, "b").net;
    const srv = b.socket("udp");
    expect(b.bind(srv, "0.0.0.0", 5000).ok).toBe(true);
    const a = k(s, "a").net;
    a.sendto(a.socket("udp"), "10.0.0.2", 5000, "hello");
    s.world.advance(1);
    expect(srv.messages.map((m) => [m.from, m.data])).toEqual([["10.0.0.1", "hello"]]);
  });

  it("fails at once without a route", () => {
    const s = pair();
    const a = k(s, "a").net;
    expect(a.sendEcho(pingSock(s, "a"), "8.8.8.8", 1, 56)).toEqual({ ok: false, errno: "ENETUNREACH" });
  });

  it("ip_forward propagates to every device's forwarding, as devinet does", () => {
    const s = pair();
    const kern = k(s, "a");
    kern.sysctlSet("net.ipv4.ip_forward", "1");
    expect(kern.sysctlGet("net.ipv4.conf.eth0.forwarding")).toEqual({ ok: true, value: "1" });
    expect(kern.sysctlGet("net.ipv4.conf.all.forwarding")).toEqual({ ok: true, value: "1" });
    kern.sysctlSet("net.ipv4.conf.all.forwarding", "0");
    expect(kern.sysctlGet("net.ipv4.ip_forward")).toEqual({ ok: true, value: "0" });
  });
});

describe("TCP", () => {
  function listening(s: LabSession) {
    const b = k(s, "b").net;
    const l = b.socket("tcp");
    b.bind(l, "0.0.0.0", 7);
    b.listen(l, 5);
    return { b, l };
  }

  it("handshakes, carries data both ways, closes with FIN, and TIME_WAIT expires after 60 s", () => {
    const s = pair();
    const { b, l } = listening(s);
    const a = k(s, "a").net;
    const c = a.socket("tcp");
    expect(a.connect(c, "10.0.0.2", 7).ok).toBe(true);
    expect(c.state).toBe("SYN_SENT");
    s.world.advance(1);
    expect(c.state).toBe("ESTABLISHED");
    const srv = b.accept(l)!;
    expect(srv.state).toBe("ESTABLISHED");
    a.send(c, "x".repeat(3000));
    s.world.advance(1);
    expect(b.read(srv)).toBe("x".repeat(3000));
    b.send(srv, "pong");
    s.world.advance(1);
    expect(a.read(c)).toBe("pong");
    a.close(c);
    s.world.advance(1);
    // b answered data, so it is interactive: the ACK of the FIN waits 40 ms for something to ride on
    expect([c.state, srv.state]).toEqual(["FIN_WAIT1", "CLOSE_WAIT"]);
    s.world.advance(40);
    expect([c.state, srv.state]).toEqual(["FIN_WAIT2", "CLOSE_WAIT"]);
    b.close(srv);
    s.world.advance(1);
    expect(c.state).toBe("TIME_WAIT");
    expect(b.sockets()).not.toContain(srv);
    s.world.advance(TIMEWAIT_MS - 10);
    expect(a.sockets()).toContain(c);
    s.world.advance(10);
    expect(a.sockets()).not.toContain(c);
  });

  it("a SYN to a closed port is answered by RST and connect() is refused", () => {
    const s = pair();
    const a = k(s, "a").net;
    const c = a.socket("tcp");
    a.connect(c, "10.0.0.2", 81);
    s.world.advance(1);
    expect([c.state, c.error]).toEqual(["CLOSE", "ECONNREFUSED"]);
  });

  it("retransmits an unanswered SYN at 1, 3, 7 ... s and gives up after 127 s", () => {
    // machine_A does not forward: it drops the SYNs without a word
    const s = LabSession.create("gateway");
    const a = k(s, "machine_B").net;
    const c = a.socket("tcp");
    a.connect(c, "10.0.0.2", 80);
    const syns = () => k(s, "machine_A").linkByName("eth0")!.stats.rxPackets;
    s.world.advance(1);
    const first = syns();
    s.world.advance(1000);
    expect(syns()).toBe(first + 1);
    s.world.advance(126_000 - 1001);
    expect(c.state).toBe("SYN_SENT");
    s.world.advance(2_000);
    expect([c.state, c.error]).toEqual(["CLOSE", "ETIMEDOUT"]);
  });

  it("retransmits lost data until it is acknowledged", () => {
    const s = pair();
    const { b, l } = listening(s);
    const a = k(s, "a").net;
    const c = a.socket("tcp");
    a.connect(c, "10.0.0.2", 7);
    s.world.advance(1);
    const srv = b.accept(l)!;
    k(s, "b").setLinkUp(2, false);
    a.send(c, "lost?");
    s.world.advance(300);
    k(s, "b").setLinkUp(2, true);
    s.world.advance(2_000);
    expect(b.read(srv)).toBe("lost?");
    expect(c.tcp!.unacked).toEqual([]);
  });

  it("draws each connection's port from ip_local_port_range as it is at that connect", () => {
    const s = pair(3);
    const a = k(s, "a");
    const port = () => {
      const c = a.net.socket("tcp");
      a.net.connect(c, "10.0.0.2", 80);
      return c.lport;
    };
    expect(port()).toBeGreaterThanOrEqual(32768);
    expect(a.sysctlSet("net.ipv4.ip_local_port_range", "2000 2000").ok).toBe(true);
    expect(port()).toBe(2000);
    expect(a.sysctlSet("net.ipv4.ip_local_port_range", "3000 3000").ok).toBe(true);
    expect(port()).toBe(3000);
  });

  it("routes a fork by its own routes: answers kept for its parent's do not follow a change in the fork, nor come back", () => {
    const s = pair(1);
    const connect = (w: LabSession) => {
      const net = k(w, "a").net;
      const r = net.connect(net.socket("tcp"), "10.0.0.2", 80);
      return r.ok ? "ok" : r.errno;
    };
    expect(connect(s)).toBe("ok");
    const f = s.fork();
    expect(connect(f)).toBe("ok");
    expect(f.run("a", "ip route add unreachable 10.0.0.2").exit).toBe(0);
    expect(connect(f)).not.toBe("ok");
    expect(connect(s)).toBe("ok");
    expect(f.run("a", "ip route del unreachable 10.0.0.2").exit).toBe(0);
    expect(connect(f)).toBe("ok");
    // a route changed in place, not replaced
    const g = s.fork();
    const r = k(g, "a").state.routes.find((x) => x.table === "main" && x.dst === "10.0.0.0/24")!;
    r.type = "unreachable";
    expect(connect(g)).not.toBe("ok");
    expect(connect(s)).toBe("ok");
  });

  it("draws ephemeral ports from the world's PRNG: the same seed gives the same ports", () => {
    const ports = (seed: number) => {
      const s = pair(seed);
      const a = k(s, "a").net;
      const c = a.socket("tcp");
      a.connect(c, "10.0.0.2", 80);
      return c.lport;
    };
    expect(ports(3)).toBe(ports(3));
    expect(ports(3)).toBeGreaterThanOrEqual(32768);
    expect(ports(3)).toBeLessThanOrEqual(60999);
  });
});
