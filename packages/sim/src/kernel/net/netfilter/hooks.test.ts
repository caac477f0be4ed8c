/**
 * The tables at the hooks: verdicts, policies, user chains, counters that
 * traffic moves, REJECT's answers as the sender sees them, LOG lines in
 * dmesg and /var/log/kern.log, and the extension matches. Rules are built
 * as records (test-support.ts); the lab is a -- r -- b.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../../lab/lab-session.js";
import type { NetStack } from "../packet/stack.js";
import type { SocketState } from "../packet/state.js";
import { appendRule, chainOf, hping, kernelOf, routerLab } from "./test-support.js";

const icmp = { num: 1, invert: false };
const tcp = { num: 6, invert: false };
const udp = { num: 17, invert: false };

function listen(s: LabSession, host: string, port: number): NetStack {
  const net = kernelOf(s, host).net;
  const l = net.socket("tcp");
  net.bind(l, "0.0.0.0", port);
  net.listen(l);
  return net;
}

function connect(s: LabSession, host: string, dst: string, port: number): SocketState {
  const net = kernelOf(s, host).net;
  const c = net.socket("tcp");
  net.connect(c, dst, port);
  s.world.advance(50);
  return c;
}

const pingOk = (s: LabSession, host: string, dst: string) => s.run(host, `ping -c 1 -W 1 ${dst}`).stdout.includes(" 0% packet loss");

describe("filter verdicts and counters", () => {
  it("a DROP rule in FORWARD stops the ping at the router; its counters count the packet and its IP length", () => {
    const s = routerLab();
    const r = kernelOf(s, "r");
    const drop = appendRule(r, "filter", "FORWARD", { proto: icmp, dst: { addr: "10.0.2.0", prefixlen: 24, invert: false }, target: { kind: "DROP" } });
    expect(pingOk(s, "a", "10.0.2.1")).toBe(false);
    expect(drop.counters).toEqual({ packets: 1, bytes: 84 });
    const last = s.lastPacketTrace().at(-1)!;
    expect(last).toMatchObject({ host: "r", verdict: "dropped", reason: "dropped by iptables: filter FORWARD rule 1 (DROP)" });
    expect(last.netfilter?.[0]).toMatchObject({ hook: "FORWARD", table: "filter", chains: ["FORWARD"], matched: [{ chain: "FORWARD", rule: 1, target: "DROP" }] });
    // another destination does not match the rule: it goes through, counted by nobody
    expect(pingOk(s, "a", "10.0.2.254")).toBe(true);
    expect(drop.counters.packets).toBe(1);
  });

  it("policy DROP with ESTABLISHED,RELATED accepted: a reaches b, b cannot start anything towards a; the policy counts", () => {
    const s = routerLab();
    const r = kernelOf(s, "r");
    const fwd = chainOf(r, "filter", "FORWARD");
    fwd.policy = "DROP";
    appendRule(r, "filter", "FORWARD", { matches: [{ kind: "state", states: ["ESTABLISHED", "RELATED"], invert: false }], target: { kind: "ACCEPT" } });
    const out = appendRule(r, "filter", "FORWARD", { in: { name: "ra", invert: false }, out: { name: "rb", invert: false }, target: { kind: "ACCEPT" } });
    expect(pingOk(s, "a", "10.0.2.1")).toBe(true);
    expect(out.counters.packets).toBe(1);
    expect(fwd.counters).toEqual({ packets: 0, bytes: 0 });
    expect(pingOk(s, "b", "10.0.1.1")).toBe(false);
    expect(fwd.counters).toEqual({ packets: 1, bytes: 84 });
    expect(s.lastPacketTrace().at(-1)).toMatchObject({ host: "r", reason: "dropped by iptables: filter FORWARD policy DROP" });
  });

  it("user chains: a jump returns after the chain (RETURN or its end), a goto does not", () => {
    const s = routerLab();
    const r = kernelOf(s, "r");
    chainOf(r, "filter", "CHECK");
    const ret = appendRule(r, "filter", "CHECK", { src: { addr: "10.0.1.1", prefixlen: 32, invert: false }, target: { kind: "RETURN" } });
    const inChain = appendRule(r, "filter", "CHECK", { target: { kind: "DROP" } });
    const jump = appendRule(r, "filter", "FORWARD", { in: { name: "ra", invert: false }, proto: icmp, target: { kind: "jump", chain: "CHECK" } });
    const after = appendRule(r, "filter", "FORWARD", { in: { name: "ra", invert: false }, proto: icmp });
    // a's request RETURNs from CHECK and goes on to the rule after the jump
    expect(pingOk(s, "a", "10.0.2.1")).toBe(true);
    expect([jump.counters.packets, ret.counters.packets, after.counters.packets, inChain.counters.packets]).toEqual([1, 1, 1, 0]);
    // another source is dropped inside CHECK
    s.run("a", "ip addr add 10.0.1.2/24 dev eth0");
    expect(s.run("a", "ping -c 1 -W 1 -I 10.0.1.2 10.0.2.1").stdout).toContain("100% packet loss");
    expect(inChain.counters.packets).toBe(1);
    const t = s.lastPacketTrace().at(-1)!;
    expect(t.reason).toBe("dropped by iptables: filter FORWARD CHECK rule 2 (DROP)");
    expect(t.netfilter?.[0].chains).toEqual(["FORWARD", "CHECK"]);
    // -g: RETURN (or the chain's end) goes back to where the built-in chain would: its policy; the rule after is not reached
    jump.target = { kind: "goto", chain: "CHECK" };
    expect(pingOk(s, "a", "10.0.2.1")).toBe(true);
    expect([ret.counters.packets, after.counters.packets]).toEqual([2, 1]);
  });
});

describe("REJECT", () => {
  it("--reject-with tcp-reset: the client's connect is refused at once", () => {
    const s = routerLab();
    listen(s, "b", 80);
    appendRule(kernelOf(s, "r"), "filter", "FORWARD", { proto: tcp, matches: [{ kind: "tcp", dport: { min: 80, max: 80, invert: false } }], target: { kind: "REJECT", with: "tcp-reset" } });
    const c = connect(s, "a", "10.0.2.1", 80);
    expect(c.state).toBe("CLOSE");
    expect(c.error).toBe("ECONNREFUSED");
  });

  it("a tcp-reset for a packet of a tracked connection sends it to CLOSE", () => {
    const s = routerLab();
    const r = kernelOf(s, "r");
    appendRule(r, "filter", "FORWARD", { matches: [{ kind: "state", states: ["INVALID"], invert: false }], target: { kind: "DROP" } });
    listen(s, "b", 80);
    const c = connect(s, "a", "10.0.2.1", 80);
    expect(r.netfilter.conntrackList()[0].tcpState).toBe("ESTABLISHED");
    appendRule(r, "filter", "FORWARD", { proto: tcp, target: { kind: "REJECT", with: "tcp-reset" } });
    kernelOf(s, "a").net.send(c, "GET /");
    s.world.advance(10);
    expect(c.error).toBe("ECONNRESET");
    const [e] = r.netfilter.conntrackList();
    expect([e.tcpState, r.netfilter.conntrackSecondsLeft(e)]).toEqual(["CLOSE", 9]);
  });

  it("the default icmp-port-unreachable comes from the router's address facing the sender; a UDP sender hears ECONNREFUSED", () => {
    const s = routerLab();
    appendRule(kernelOf(s, "r"), "filter", "FORWARD", { proto: udp, target: { kind: "REJECT", with: "icmp-port-unreachable" } });
    const net = kernelOf(s, "a").net;
    const u = net.socket("udp");
    net.connect(u, "10.0.2.1", 53);
    net.send(u, "x");
    s.world.advance(10);
    expect(u.error).toBe("ECONNREFUSED");
    const sent = kernelOf(s, "r").net.decisions().find((d) => d.verdict === "sent");
    expect(sent).toMatchObject({ packet: "10.0.1.254 > 10.0.1.1: ICMP destination unreachable", out: "ra" });
  });

  it("REJECT in OUTPUT fails the sender's own write with EPERM", () => {
    const s = routerLab();
    appendRule(kernelOf(s, "a"), "filter", "OUTPUT", { proto: icmp, target: { kind: "REJECT", with: "icmp-port-unreachable" } });
    expect(s.run("a", "ping -c 1 -W 1 10.0.2.1").stderr).toContain("Operation not permitted");
  });
});

describe("LOG", () => {
  it("writes nf_log's line to dmesg, /var/log/kern.log and /var/log/syslog", () => {
    const s = routerLab();
    listen(s, "b", 80);
    const r = kernelOf(s, "r");
    appendRule(r, "filter", "FORWARD", { proto: tcp, matches: [{ kind: "tcp", flags: { mask: ["FIN", "SYN", "RST", "ACK"], comp: ["SYN"], invert: false } }], target: { kind: "LOG", prefix: "NEW TCP: " } });
    const c = connect(s, "a", "10.0.2.1", 80);
    expect(c.state).toBe("ESTABLISHED");
    const lines = r.state.dmesg.filter((l) => l.includes("NEW TCP: "));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^<4>\[ +\d+\.\d{6}\] NEW TCP: IN=ra OUT=rb MAC=52:54:00:00:01:fe:52:54:00:00:01:01:08:00 SRC=10\.0\.1\.1 DST=10\.0\.2\.1 LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=\d+ DF PROTO=TCP SPT=\d+ DPT=80 WINDOW=64240 RES=0x00 SYN URGP=0 $/,
    );
    const kern = s.run("r", "cat /var/log/kern.log").stdout;
    expect(kern).toMatch(/^2026-11-30T09:00:\d\d\.\d{6}\+00:00 r kernel: \[ +\d+\.\d{6}\] NEW TCP: IN=ra /m);
    expect(kern.trimEnd().split("\n").at(-1)!.endsWith(lines[0].split("] ")[1].trimEnd())).toBe(true);
    expect(s.run("r", "grep -c 'NEW TCP' /var/log/syslog").stdout).toBe("1\n");
  });

  it("an ICMP error's quoted packet in brackets; no MAC= for a packet the host sends; --log-tcp-sequence", () => {
    const s = routerLab();
    const b = kernelOf(s, "b");
    appendRule(b, "filter", "OUTPUT", { proto: icmp, target: { kind: "LOG" } });
    appendRule(b, "filter", "INPUT", { proto: tcp, target: { kind: "LOG", prefix: "in ", tcpSequence: true } });
    hping(s, "a", "-2 -s 5000 -p 7 10.0.2.1");
    const err = b.state.dmesg.find((l) => l.includes("TYPE=3"))!;
    expect(err.split("] ").slice(1).join("] ")).toMatch(
      /^IN= OUT=eth0 SRC=10\.0\.2\.1 DST=10\.0\.1\.1 LEN=56 TOS=0x00 PREC=0x00 TTL=64 ID=\d+ PROTO=ICMP TYPE=3 CODE=3 \[SRC=10\.0\.1\.1 DST=10\.0\.2\.1 LEN=28 TOS=0x00 PREC=0x00 TTL=63 ID=\d+ PROTO=UDP SPT=5000 DPT=7 LEN=8 \] $/,
    );
    hping(s, "a", "-A -s 5000 -p 22 -M 7 -L 9 10.0.2.1");
    expect(b.state.dmesg.at(-1)).toContain("in IN=eth0 OUT= MAC=52:54:00:00:02:01:52:54:00:00:02:fe:08:00 SRC=10.0.1.1 DST=10.0.2.1 LEN=40 TOS=0x00 PREC=0x00 TTL=63 ID=");
    expect(b.state.dmesg.at(-1)).toContain(" PROTO=TCP SPT=5000 DPT=22 SEQ=7 ACK=9 WINDOW=64 RES=0x00 ACK URGP=0 ");
  });
});

describe("matches", () => {
  it("-m limit: a burst of 2, then one per second of virtual time", () => {
    const s = routerLab();
    const r = kernelOf(s, "r");
    const lim = appendRule(r, "filter", "FORWARD", { proto: icmp, matches: [{ kind: "limit", count: 1, per: "second", burst: 2 }], target: { kind: "ACCEPT" } });
    appendRule(r, "filter", "FORWARD", { proto: icmp, target: { kind: "DROP" } });
    const net = kernelOf(s, "a").net;
    const sock = net.pingSocket();
    if (!sock.ok) throw new Error(sock.errno);
    for (let i = 1; i <= 3; i++) net.sendEcho(sock.value, "10.0.2.1", i, 56);
    s.world.advance(10);
    // two requests and... the replies come back through the same rule: the bucket was empty by then
    expect(lim.counters.packets).toBe(2);
    s.world.advance(1000);
    net.sendEcho(sock.value, "10.0.2.1", 4, 56);
    s.world.advance(10);
    expect(lim.counters.packets).toBe(3);
  });

  it("interfaces with + and !, multiport, mac source, -f never (no fragments)", () => {
    const s = routerLab();
    const r = kernelOf(s, "r");
    const wild = appendRule(r, "filter", "FORWARD", { in: { name: "r+", invert: false }, out: { name: "ra", invert: true }, proto: icmp });
    const mp = appendRule(r, "filter", "FORWARD", { proto: tcp, matches: [{ kind: "multiport", side: "destination", ports: [{ min: 22, max: 22 }, { min: 80, max: 80 }, { min: 440, max: 450 }], invert: false }] });
    const mac = appendRule(r, "filter", "FORWARD", { matches: [{ kind: "mac", source: "52:54:00:00:01:01", invert: false }] });
    const frag = appendRule(r, "filter", "FORWARD", { fragment: { invert: false } });
    expect(pingOk(s, "a", "10.0.2.1")).toBe(true);
    expect(wild.counters.packets).toBe(1); // the request (in ra, out rb), not the reply (out ra)
    expect(mac.counters.packets).toBe(1); // the request came from a's MAC
    for (const port of [22, 443, 8080]) hping(s, "a", `-S -s 1000 -p ${port} 10.0.2.1`);
    expect(mp.counters.packets).toBe(2);
    expect(frag.counters.packets).toBe(0);
  });

  it("-m state INVALID: a SYN/ACK nobody asked for", () => {
    const s = routerLab();
    const r = kernelOf(s, "r");
    const inv = appendRule(r, "filter", "FORWARD", { matches: [{ kind: "state", states: ["INVALID"], invert: false }], target: { kind: "DROP" } });
    hping(s, "b", "-S -A -s 80 -p 1311 -M 5 -L 9 10.0.1.1");
    expect(inv.counters.packets).toBe(1);
    expect(r.netfilter.conntrackCount()).toBe(0);
  });
});

describe("a stateful firewall on one host", () => {
  it("INPUT policy DROP, ESTABLISHED,RELATED and port 80 accepted: the web server answers, through lo too, ping does not", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", "echo 1 > /proc/sys/net/ipv4/ip_forward");
    s.run("inet", "ip route add default via 10.0.0.1");
    const inet = kernelOf(s, "inet");
    chainOf(inet, "filter", "INPUT").policy = "DROP";
    appendRule(inet, "filter", "INPUT", { matches: [{ kind: "state", states: ["ESTABLISHED", "RELATED"], invert: false }], target: { kind: "ACCEPT" } });
    const web = appendRule(inet, "filter", "INPUT", { proto: tcp, matches: [{ kind: "tcp", dport: { min: 80, max: 80, invert: false } }], target: { kind: "ACCEPT" } });
    expect(s.run("machine_B", "curl -s -o /dev/null http://10.0.0.2/").exit).toBe(0);
    expect(pingOk(s, "machine_B", "10.0.0.2")).toBe(false);
    // a connection to itself crosses OUTPUT and POSTROUTING, then lo, PREROUTING and INPUT: one entry, tracked once
    expect(s.run("inet", "curl -s -o /dev/null http://127.0.0.1/").exit).toBe(0);
    expect(web.counters.packets).toBe(2);
    const local = inet.netfilter.conntrackList().find((e) => e.orig.src === "127.0.0.1")!;
    expect(local).toMatchObject({ tcpState: "TIME_WAIT", status: { assured: true }, reply: { src: "127.0.0.1", sport: 80 } });
    expect(local.tcp?.retrans).toBe(0);
    expect(inet.netfilter.conntrackStats().invalid).toBe(0);
  });
});
