import { describe, expect, it } from "vitest";
import { LabSession } from "./lab-session.js";

/** the gateway lab: machine_B 192.168.1.10 -- machine_A 192.168.1.1 / 10.0.0.1 -- inet 10.0.0.2 (nginx on 80) */
function gateway(lines: string[] = []) {
  const s = LabSession.create("gateway");
  for (const l of lines) {
    const [, host, line] = /^@(\S+) (.*)$/.exec(l)!;
    expect(s.run(host, line).exit).toBe(0);
  }
  return s;
}

const ROUTED = ["@machine_A sysctl -w net.ipv4.ip_forward=1", "@inet ip route add 192.168.1.0/24 via 10.0.0.1"];

describe("probe", () => {
  it("a TCP connection to a listening server is reached, and the server saw the sender's address and port", () => {
    const s = gateway();
    const r = s.probe({ from: "machine_A", proto: "tcp", to: "10.0.0.2", port: 80, listen: { host: "inet", port: 80 } });
    expect(r.outcome).toBe("reached");
    expect(r.local?.addr).toBe("10.0.0.1");
    expect(r.seen).toEqual({ src: { addr: "10.0.0.1", port: r.local!.port }, dst: { addr: "10.0.0.2", port: 80 } });
  });

  it("a closed port is refused at once by the far side's reset", () => {
    const r = gateway().probe({ from: "machine_A", proto: "tcp", to: "10.0.0.2", port: 81 });
    expect(r).toMatchObject({ outcome: "refused", errno: "ECONNREFUSED" });
    expect(r.ms).toBeLessThan(5);
  });

  it("a router that does not forward loses the SYN: the probe times out", () => {
    const r = gateway().probe({ from: "machine_B", proto: "tcp", to: "10.0.0.2", port: 80, timeoutMs: 2000 });
    expect(r).toMatchObject({ outcome: "timeout", ms: 2000 });
  });

  it("through a forwarding router with a route back, machine_B reaches inet and inet sees 192.168.1.10", () => {
    const r = gateway(ROUTED).probe({ from: "machine_B", proto: "tcp", to: "10.0.0.2", port: 80, listen: { host: "inet", port: 80 } });
    expect(r.outcome).toBe("reached");
    expect(r.seen?.src.addr).toBe("192.168.1.10");
  });

  it("no route at all fails at once as unreachable, with the sender's errno", () => {
    const r = gateway().probe({ from: "inet", proto: "tcp", to: "192.168.1.10", port: 22 });
    expect(r).toEqual({ outcome: "unreachable", errno: "ENETUNREACH", ms: 0 });
  });

  it("opens a listener where none exists, as nc -l in the background, and binds the source port asked for", () => {
    const s = gateway();
    const r = s.probe({ from: "inet", proto: "tcp", to: "10.0.0.1", port: 2222, sport: 40000, listen: { host: "machine_A", port: 2222 } });
    expect(r.outcome).toBe("reached");
    expect(r.seen?.src).toEqual({ addr: "10.0.0.2", port: 40000 });
    // the connection waits in the listener's accept queue
    expect(s.run("machine_A", "ss -tln").stdout).toMatch(/LISTEN\s+1\s+1\s+0\.0\.0\.0:2222/);
  });

  it("close: true ends the connection, leaving the sender's socket in TIME-WAIT", () => {
    const s = gateway();
    const r = s.probe({ from: "machine_A", proto: "tcp", to: "10.0.0.2", port: 80, sport: 41000, close: true });
    expect(r.outcome).toBe("reached");
    expect(s.run("machine_A", "ss -tan").stdout).toMatch(/TIME-WAIT\s+0\s+0\s+10\.0\.0\.1:41000\s+10\.0\.0\.2:80/);
  });

  it("UDP: delivered to the far socket, or refused by ICMP port unreachable", () => {
    const s = gateway();
    const got = s.probe({ from: "machine_A", proto: "udp", to: "10.0.0.2", port: 5000, sport: 5001, listen: { host: "inet", port: 5000 } });
    expect(got).toMatchObject({ outcome: "reached", seen: { src: { addr: "10.0.0.1", port: 5001 }, dst: { addr: "0.0.0.0", port: 5000 } } });
    const refused = gateway().probe({ from: "machine_A", proto: "udp", to: "10.0.0.2", port: 5000 });
    expect(refused).toMatchObject({ outcome: "refused", errno: "ECONNREFUSED" });
  });

  it("ICMP: a ping answered, or lost", () => {
    expect(gateway().probe({ from: "machine_A", proto: "icmp", to: "10.0.0.2" }).outcome).toBe("reached");
    expect(gateway().probe({ from: "machine_B", proto: "icmp", to: "10.0.0.2", timeoutMs: 1000 })).toMatchObject({ outcome: "timeout", ms: 1000 });
    expect(gateway(ROUTED).probe({ from: "machine_B", proto: "icmp", to: "10.0.0.2" }).outcome).toBe("reached");
  });

  it("is deterministic: the same lab and probe give the same result and the same world", () => {
    const a = gateway(ROUTED);
    const b = gateway(ROUTED);
    const req = { from: "machine_B", proto: "tcp", to: "10.0.0.2", port: 80, listen: { host: "inet", port: 80 } } as const;
    expect(a.probe(req)).toEqual(b.probe(req));
    expect(JSON.stringify(a.world.snapshot())).toBe(JSON.stringify(b.world.snapshot()));
  });
});
