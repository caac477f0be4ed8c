/**
 * NAT on the seed's gateway lab: machine_B (192.168.1.10) reaches inet
 * (10.0.0.2) through machine_A, which masquerades behind 10.0.0.1 (inet has
 * no route back to 192.168.1.0/24, so nothing works without it); then port
 * forwarding with DNAT, REDIRECT, DNAT of locally made packets, and ICMP
 * errors translated back through the connection.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../../lab/lab-session.js";
import { appendRule, hping, kernelOf, routerLab } from "./test-support.js";

const tcp = { num: 6, invert: false };
const udp = { num: 17, invert: false };
const port = (p: number) => ({ min: p, max: p, invert: false });

function gateway(): LabSession {
  const s = LabSession.create("gateway");
  s.run("machine_A", "echo 1 > /proc/sys/net/ipv4/ip_forward");
  return s;
}

function masquerade(s: LabSession): void {
  appendRule(kernelOf(s, "machine_A"), "nat", "POSTROUTING", { out: { name: "eth1", invert: false }, target: { kind: "MASQUERADE" } });
}

describe("MASQUERADE", () => {
  it("machine_B fetches inet's page; inet's nginx logs the client as 10.0.0.1; the entry ends in TIME_WAIT", () => {
    const s = gateway();
    expect(s.run("machine_B", "curl -s -m 2 -o /dev/null http://10.0.0.2/").exit).not.toBe(0);
    masquerade(s);
    expect(s.run("machine_B", "curl -s -o /dev/null http://10.0.0.2/").exit).toBe(0);
    expect(s.run("inet", "tail -n 1 /var/log/nginx/access.log").stdout).toMatch(/^10\.0\.0\.1 - - /);
    const [e] = kernelOf(s, "machine_A").netfilter.conntrackList().filter((x) => x.proto === "tcp" && x.orig.src === "192.168.1.10");
    expect(e).toMatchObject({ tcpState: "TIME_WAIT", orig: { src: "192.168.1.10", dst: "10.0.0.2", dport: 80 }, reply: { src: "10.0.0.2", dst: "10.0.0.1", sport: 80, dport: e.orig.sport } });
    expect(e.status).toMatchObject({ seenReply: true, assured: true, srcNat: true, dstNat: false });
  });

  it("the packet trace shows the SNAT at POSTROUTING, before and after, and the entry conntrack made", () => {
    const s = gateway();
    masquerade(s);
    s.run("machine_B", "ping -c 1 -W 1 10.0.0.2");
    s.run("machine_B", "ping -c 1 -W 1 10.0.0.2");
    const a = s.lastPacketTrace().filter((d) => d.host === "machine_A");
    const out = a[0].netfilter!;
    expect(out.map((st) => `${st.hook} ${st.table} ${st.verdict}`)).toEqual(["PREROUTING conntrack NEW", "POSTROUTING nat MASQUERADE", "POSTROUTING nat SNAT"]);
    const id = kernelOf(s, "machine_A").netfilter.conntrackList().at(-1)!.id;
    expect(out[0].ct).toEqual({ id, created: true, reply: false, status: ["UNREPLIED"] });
    expect(out[1].matched).toEqual([{ chain: "POSTROUTING", rule: 1, target: "MASQUERADE" }]);
    expect(out[2].nat).toEqual({ kind: "SNAT", before: "192.168.1.10", after: "10.0.0.1", reply: false });
    const back = a[1].netfilter!;
    expect(back.map((st) => `${st.hook} ${st.table} ${st.verdict}`)).toEqual(["PREROUTING conntrack ESTABLISHED", "PREROUTING nat DNAT"]);
    expect(back[0].ct).toEqual({ id, created: false, reply: true, status: [] });
    expect(back[1].nat).toEqual({ kind: "DNAT", before: "10.0.0.1", after: "192.168.1.10", reply: true });
  });

  it("an ICMP error about a masqueraded packet is translated back, quoted packet included", () => {
    const s = gateway();
    masquerade(s);
    s.run("inet", "ip route add default via 10.0.0.1"); // not needed by NAT; the error must still go to 10.0.0.1
    const net = kernelOf(s, "machine_B").net;
    const u = net.socket("udp");
    net.connect(u, "10.0.0.2", 9);
    net.send(u, "x");
    s.world.advance(10);
    expect(u.error).toBe("ECONNREFUSED");
  });

  it("two clients with the same source port: the second gets another port, the same one for the same seed", () => {
    const ports = [1, 1, 2].map((seed) => {
      const s = routerLab(seed);
      s.run("a", "ip addr add 10.0.1.2/24 dev eth0");
      appendRule(kernelOf(s, "b"), "filter", "INPUT", { proto: tcp, target: { kind: "DROP" } }); // no RST to end the entries
      appendRule(kernelOf(s, "r"), "nat", "POSTROUTING", { out: { name: "rb", invert: false }, target: { kind: "MASQUERADE" } });
      hping(s, "a", "-S -s 1311 -p 80 10.0.2.1");
      hping(s, "a", "-S -a 10.0.1.2 -s 1311 -p 80 10.0.2.1");
      const e = kernelOf(s, "r").netfilter.conntrackList().find((x) => x.orig.src === "10.0.1.2")!;
      return e.reply.dport!;
    });
    expect(ports[0]).not.toBe(1311);
    expect(ports[0]).toBeGreaterThanOrEqual(1024);
    expect(ports[1]).toBe(ports[0]);
    expect(ports[2]).not.toBe(ports[0]);
  });
});

describe("DNAT and REDIRECT", () => {
  it("port forwarding: inet connects to 10.0.0.1:8080 and reaches a server on machine_B:80, which sees inet's address", () => {
    const s = gateway();
    s.run("inet", "ip route add default via 10.0.0.1");
    appendRule(kernelOf(s, "machine_A"), "nat", "PREROUTING", {
      in: { name: "eth1", invert: false },
      proto: tcp,
      matches: [{ kind: "tcp", dport: port(8080) }],
      target: { kind: "DNAT", to: [{ minIp: "192.168.1.10", maxIp: "192.168.1.10", minPort: 80, maxPort: 80 }] },
    });
    const bnet = kernelOf(s, "machine_B").net;
    const l = bnet.socket("tcp");
    bnet.bind(l, "0.0.0.0", 80);
    bnet.listen(l);
    const inet = kernelOf(s, "inet").net;
    const c = inet.socket("tcp");
    inet.connect(c, "10.0.0.1", 8080);
    s.world.advance(20);
    expect(c.state).toBe("ESTABLISHED");
    const child = bnet.accept(l)!;
    expect([child.remote, child.lport]).toEqual(["10.0.0.2", 80]);
    const e = kernelOf(s, "machine_A").netfilter.conntrackList()[0];
    expect(e).toMatchObject({ orig: { src: "10.0.0.2", dst: "10.0.0.1", dport: 8080 }, reply: { src: "192.168.1.10", dst: "10.0.0.2", sport: 80 }, status: { dstNat: true, srcNat: false } });
  });

  it("REDIRECT sends machine_B's web traffic to a proxy port on machine_A itself", () => {
    const s = gateway();
    appendRule(kernelOf(s, "machine_A"), "nat", "PREROUTING", { in: { name: "eth0", invert: false }, proto: tcp, matches: [{ kind: "tcp", dport: port(80) }], target: { kind: "REDIRECT", toPorts: { min: 3128, max: 3128 } } });
    const anet = kernelOf(s, "machine_A").net;
    const l = anet.socket("tcp");
    anet.bind(l, "0.0.0.0", 3128);
    anet.listen(l);
    const bnet = kernelOf(s, "machine_B").net;
    const c = bnet.socket("tcp");
    bnet.connect(c, "10.0.0.2", 80);
    s.world.advance(20);
    expect(c.state).toBe("ESTABLISHED");
    expect(anet.accept(l)?.local).toBe("192.168.1.1");
  });

  it("DNAT in OUTPUT re-routes a locally made packet", () => {
    const s = gateway();
    masquerade(s);
    appendRule(kernelOf(s, "machine_B"), "nat", "OUTPUT", { proto: tcp, dst: { addr: "192.0.2.80", prefixlen: 32, invert: false }, target: { kind: "DNAT", to: [{ minIp: "10.0.0.2", maxIp: "10.0.0.2" }] } });
    expect(s.run("machine_B", "curl -s http://192.0.2.80/").stdout).toContain("Welcome to nginx!");
  });

  it("SNAT to a port range picks a port in it", () => {
    const s = routerLab();
    appendRule(kernelOf(s, "r"), "nat", "POSTROUTING", { proto: udp, target: { kind: "SNAT", to: [{ minIp: "10.0.2.254", maxIp: "10.0.2.254", minPort: 2000, maxPort: 2010 }] } });
    hping(s, "a", "-2 -s 1611 -p 53 10.0.2.1");
    const e = kernelOf(s, "r").netfilter.conntrackList()[0];
    expect(e.reply.dst).toBe("10.0.2.254");
    expect(e.reply.dport! >= 2000 && e.reply.dport! <= 2010).toBe(true);
  });
});
