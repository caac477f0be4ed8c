/**
 * The firewall and NAT labs start as their lessons say: nat's machine_A
 * forwards but inet cannot answer the private LAN; conntrack's fw passes
 * client's connections and tracks nothing yet; stateful-firewall's server
 * answers on ports 80 and 22 to everyone.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab-session.js";

describe("nat lab", () => {
  it("machine_A forwards, yet machine_B gets no answer from inet, which has no route to 10.0.0.0/24", () => {
    const s = LabSession.create("nat");
    expect(s.run("machine_A", "sysctl -n net.ipv4.ip_forward").stdout).toBe("1\n");
    expect(s.probe({ from: "machine_B", proto: "tcp", to: "203.0.113.10", port: 80, timeoutMs: 2000 }).outcome).toBe("timeout");
    expect(s.run("inet", "ip route get 10.0.0.2").stderr).toBe("RTNETLINK answers: Network is unreachable\n");
    // the request did get there: inet's kernel simply cannot answer it
    expect(s.world.host("inet")!.kernel.linkByName("eth0")!.stats.rxPackets).toBeGreaterThan(0);
  });

  it("machine_A itself reaches inet's web server from its public address, and machine_B's from the LAN", () => {
    const s = LabSession.create("nat");
    const out = s.probe({ from: "machine_A", proto: "tcp", to: "203.0.113.10", port: 80, listen: { host: "inet", port: 80 } });
    expect(out).toMatchObject({ outcome: "reached", seen: { src: { addr: "203.0.113.1" } } });
    expect(s.run("machine_C", "curl -sS -m 2 http://10.0.0.2/").stdout).toContain("<title>machine_B</title>");
    expect(s.defaultHost).toBe("machine_A");
  });
});

describe("conntrack lab", () => {
  it("client reaches server's web server through fw, which has no rules and tracks nothing", () => {
    const s = LabSession.create("conntrack");
    const r = s.probe({ from: "client", proto: "tcp", to: "10.0.2.10", port: 80, listen: { host: "server", port: 80 } });
    expect(r).toMatchObject({ outcome: "reached", seen: { src: { addr: "10.0.1.10" } } });
    const ct = s.world.host("fw")!.kernel.state.netfilter?.conntrack;
    expect(Object.keys(ct?.entries ?? {})).toEqual([]);
    expect(s.defaultHost).toBe("fw");
  });
});

describe("stateful-firewall lab", () => {
  it("server answers web and ssh to everyone: sshd sends its banner", () => {
    const s = LabSession.create("stateful-firewall");
    expect(s.defaultHost).toBe("server");
    for (const from of ["admin", "visitor"])
      for (const port of [22, 80]) expect(s.probe({ from, proto: "tcp", to: "192.168.1.10", port }).outcome).toBe("reached");
    expect(s.probe({ from: "visitor", proto: "tcp", to: "192.168.1.10", port: 23 }).outcome).toBe("refused");
    const nc = s.run("admin", "nc -w 1 192.168.1.10 22");
    expect(nc.stdout).toBe("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u6\r\n");
    expect(s.run("server", "ss -tlnp").stdout).toMatch(/LISTEN 0\s+128\s+0\.0\.0\.0:22\s+0\.0\.0\.0:\*\s+users:\(\("sshd",pid=\d+,fd=3\)\)/);
  });

  it("sshd comes back after a reboot", () => {
    const s = LabSession.create("stateful-firewall");
    s.run("server", "reboot");
    expect(s.probe({ from: "admin", proto: "tcp", to: "192.168.1.10", port: 22 }).outcome).toBe("reached");
  });
});
