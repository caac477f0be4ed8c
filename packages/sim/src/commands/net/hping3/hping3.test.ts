/**
 * hping3 against the real tool's recordings (commands/netfilter/fixtures/
 * 5-hping3.* and 3-stage.*.hping3, made between two namespaces a 10.0.0.1
 * and b 10.0.0.2 with a listener on b's port 80), on the sim's `pair` lab
 * with the same listener, through the kernel's real packet path.
 *
 * Masked, and nothing else: round-trip times (a veth's microseconds against
 * the sim's link delays), the IP ID of ICMP replies (random per destination
 * on Linux, a counter in the sim) and hping3's random base source port
 * where it is printed (UDP's "port=").
 */
import { describe, expect, it } from "vitest";
import type { LabSession } from "../../../lab/lab-session.js";
import { pair } from "../../../kernel/net/packet/test-support.js";
import { fixture, fixtureNames } from "../../../test-support/conntrack-fixtures.js";
import { HPING_DEFAULT_COUNT } from "./hping3.js";

function labWithListener(): LabSession {
  const s = pair();
  const net = s.world.host("b")!.kernel.net;
  const sock = net.socket("tcp", { comm: "nc", pid: 0, fd: 3 });
  net.bind(sock, "0.0.0.0", 80);
  net.listen(sock, 128);
  return s;
}

const mask = (t: string) =>
  t
    .replace(/rtt=\d+\.\d ms/g, "rtt=R ms")
    .replace(/round-trip min\/avg\/max = [\d./]+ ms/g, "round-trip min/avg/max = R ms")
    .replace(/^(len=\d+ ip=\S+ ttl=\d+ id=)\d+ (icmp_seq=)/gm, "$1I $2")
    .replace(/status=0 port=\d+ /g, "status=0 port=P ");

describe("hping3 against recordings", () => {
  const names = [...fixtureNames("5-hping3."), ...fixtureNames("3-stage.").filter((n) => n.endsWith(".hping3"))];
  for (const name of names) {
    const f = fixture(name);
    const cmd = f.command.replace(/^timeout 10 /, "");
    // the 3-stage recordings had rules in the way (iptables, not this test's business): only the lone-ACK and RST ones are plain
    if (name.startsWith("3-stage.") && !/\.(rst|lone_ack|lone_ack_nobody|rst_from_kernel)\.hping3$/.test(name)) continue;
    it(`${name}: ${cmd}`, () => {
      const s = labWithListener();
      const r = s.run("a", cmd);
      expect(mask(r.stdout), "stdout").toBe(mask(f.stdout));
      expect(mask(r.stderr), "stderr").toBe(mask(f.stderr));
      expect(r.exit, "exit status").toBe(f.status);
    });
  }
});

describe("hping3 on the virtual clock", () => {
  it("sends one packet a second and stops as soon as every packet was answered", () => {
    const s = labWithListener();
    const t0 = s.world.clock.now;
    const r = s.run("a", "hping3 -S -p 80 -c 3 10.0.0.2");
    expect(r.stdout.split("\n").filter((l) => l.startsWith("len=44 ")).length).toBe(3);
    // packets at 0, 1 s and 2 s; the last answer comes a fraction of a millisecond later
    expect(s.world.clock.now - t0).toBeGreaterThanOrEqual(2000);
    expect(s.world.clock.now - t0).toBeLessThan(2010);
  });

  it("waits a second after its last packet when no answer comes", () => {
    const s = pair();
    const t0 = s.world.clock.now;
    const r = s.run("a", "hping3 -S -p 80 -c 2 10.0.0.3");
    expect(r.exit).toBe(1);
    expect(s.world.clock.now - t0).toBe(2000);
  });

  it("without -c sends HPING_DEFAULT_COUNT packets and stops as if interrupted", () => {
    const s = labWithListener();
    const r = s.run("a", "hping3 -S -p 81 10.0.0.2");
    expect(r.stdout.split("\n").filter((l) => l.startsWith("len=40 ")).length).toBe(HPING_DEFAULT_COUNT);
    expect(r.stdout.endsWith("^C")).toBe(true);
    expect(r.stderr).toContain(`\n--- 10.0.0.2 hping statistic ---\n${HPING_DEFAULT_COUNT} packets transmitted, ${HPING_DEFAULT_COUNT} packets received, 0% packet loss\n`);
    expect(r.exit).toBe(0);
  });

  it("the sender's kernel answers the SYN-ACK of a crafted SYN with a RST: the listener keeps no half-open connection", () => {
    const s = labWithListener();
    const b = s.world.host("b")!.kernel.net;
    s.run("a", "hping3 -S -p 80 -s 1311 -k -c 1 10.0.0.2");
    expect(b.sockets().filter((x) => x.proto === "tcp").map((x) => x.state)).toEqual(["LISTEN"]);
    // with a spoofed source nobody answers the SYN-ACK: b's side of the handshake stays SYN_RECV
    s.run("a", "hping3 -S -p 80 -s 1312 -k -c 1 -a 10.0.0.7 10.0.0.2");
    expect(b.sockets().filter((x) => x.proto === "tcp").map((x) => `${x.state} ${x.remote}:${x.rport}`)).toEqual(["LISTEN undefined:undefined", "SYN_RECV 10.0.0.7:1312"]);
  });

  it("a SYN-ACK to a crafted SYN carries MSS alone (44 bytes, window 64240, IP ID 0)", () => {
    const s = labWithListener();
    expect(s.run("a", "hping3 -S -p 80 -c 1 10.0.0.2").stdout).toMatch(/^len=44 ip=10\.0\.0\.2 ttl=64 DF id=0 sport=80 flags=SA seq=0 win=64240 rtt=/m);
  });
});
