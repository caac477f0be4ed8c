import { LabSession } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { type Check, grade } from "../grade.js";

/** gateway lab: machine_B 192.168.1.10 -- machine_A 192.168.1.1 / 10.0.0.1 -- inet 10.0.0.2 (nginx on 80) */
function gateway(lines: [string, string][] = []) {
  const s = LabSession.create("gateway");
  for (const [host, line] of lines) expect(s.run(host, line).exit).toBe(0);
  return s;
}
const ROUTED: [string, string][] = [
  ["machine_A", "sysctl -w net.ipv4.ip_forward=1"],
  ["inet", "ip route add 192.168.1.0/24 via 10.0.0.1"],
];

function reach(spec: Record<string, unknown>): Check {
  return { id: "r", title: "probe", spec: { kind: "reach", ...spec } as Check["spec"], failMessage: "Not as expected." };
}

const web = { from: "machine_B", to: "10.0.0.2", port: 80, listen: { host: "inet", port: 80 } };

describe("reach", () => {
  it("passes when the connection gets through and the far side sees the expected source", () => {
    const r = grade(gateway(ROUTED), [reach({ ...web, expect: "reached", seenFrom: "192.168.1.10" })]);
    expect(r.results[0]).toMatchObject({ passed: true });
    expect(r.results[0].message).toMatch(/^A TCP connection from machine_B to 10\.0\.0\.2 port 80 got through; inet saw it come from 192\.168\.1\.10 port \d+\.$/);
  });

  it("fails, saying what the far side saw, when the source is not the expected one (no NAT)", () => {
    const r = grade(gateway(ROUTED), [reach({ ...web, expect: "reached", seenFrom: "10.0.0.1" })]);
    expect(r.results[0].passed).toBe(false);
    expect(r.results[0].message).toMatch(/^Not as expected\. .* got through; inet saw it come from 192\.168\.1\.10 port \d+, not from 10\.0\.0\.1\.$/);
    const not = grade(gateway(ROUTED), [reach({ ...web, expect: "reached", notSeenFrom: "192.168.1.10" })]);
    expect(not.results[0].message).toMatch(/inet saw it come from 192\.168\.1\.10/);
  });

  it("fails with what happened instead: no answer, or a refusal", () => {
    const lost = grade(gateway(), [reach({ ...web, expect: "reached", timeoutSeconds: 2 })]);
    expect(lost.results[0].message).toBe("Not as expected. A TCP connection from machine_B to 10.0.0.2 port 80 got no answer in 2 s.");
    const refused = grade(gateway(), [reach({ from: "machine_A", to: "10.0.0.2", port: 23, expect: "timeout" })]);
    expect(refused.results[0].message).toBe("Not as expected. A TCP connection from machine_A to 10.0.0.2 port 23 was refused.");
    expect(grade(gateway(), [reach({ from: "machine_A", to: "10.0.0.2", port: 23, expect: "refused" })]).score).toBe(1);
  });

  it("names the errno of an unreachable error; a ping and a UDP datagram too", () => {
    const r = grade(gateway(), [reach({ from: "inet", to: "192.168.1.10", proto: "icmp", expect: "reached" })]);
    expect(r.results[0].message).toBe("Not as expected. A ping from inet to 192.168.1.10 got an unreachable error (ENETUNREACH).");
    expect(grade(gateway(ROUTED), [reach({ from: "inet", to: "192.168.1.10", proto: "icmp", expect: "reached" })]).score).toBe(1);
    const udp = reach({ from: "machine_A", to: "10.0.0.2", proto: "udp", port: 53, listen: { host: "inet", port: 53 }, expect: "reached", seenFrom: "10.0.0.1" });
    expect(grade(gateway(), [udp]).score).toBe(1);
  });

  it("takes ports as digits from a content parameter, and rejects incomplete specs", () => {
    expect(grade(gateway(), [reach({ from: "machine_A", to: "10.0.0.2", port: "80", expect: "reached" })]).score).toBe(1);
    expect(() => grade(gateway(), [reach({ from: "machine_A", to: "10.0.0.2", expect: "reached" })])).toThrow(/need a port/);
    expect(() => grade(gateway(), [reach({ from: "machine_A", to: "10.0.0.2", port: 80, expect: "reached", seenFrom: "10.0.0.1" })])).toThrow(/need `listen`/);
    expect(() => grade(gateway(), [reach({ from: "machine_A", to: "10.0.0.300", port: 80, expect: "reached" })])).toThrow(/IPv4 address/);
  });

  it("probes a copy: the learner's world, clock and transcript are untouched", () => {
    const s = gateway(ROUTED);
    const before = JSON.stringify(s.world.snapshot());
    const entries = s.transcript.entries.length;
    grade(s, [reach({ ...web, expect: "reached", close: true })]);
    expect(JSON.stringify(s.world.snapshot())).toBe(before);
    expect(s.transcript.entries.length).toBe(entries);
  });

  it("in a sequence, later checks see what the probe left behind", () => {
    const seq: Check = {
      id: "seq",
      title: "probe, then look",
      spec: {
        kind: "sequence",
        checks: [
          { kind: "reach", from: "machine_A", to: "10.0.0.2", port: 80, sport: 41000, expect: "reached", close: true },
          { kind: "command", host: "machine_A", run: "ss -tan", stdoutMatches: "TIME-WAIT +0 +0 +10\\.0\\.0\\.1:41000 " },
        ],
      },
      failMessage: "No.",
    };
    expect(grade(gateway(), [seq]).results[0]).toMatchObject({ passed: true });
    const alone: Check = { ...seq, spec: { kind: "sequence", checks: [(seq.spec as unknown as { checks: never[] }).checks[1]] } };
    const r = grade(gateway(), [alone]);
    expect(r.results[0].message).toBe("No. `ss -tan` on machine_A did not print what was expected.");
  });

  it("a reach check nested in after-reboot probes the rebooted host", () => {
    const s = gateway([["machine_A", "sysctl -w net.ipv4.ip_forward=1"], ["inet", "ip route add 192.168.1.0/24 via 10.0.0.1"]]);
    const r = grade(s, [{ id: "x", title: "t", failMessage: "Lost.", spec: { kind: "after-reboot", host: "machine_A", checks: [{ kind: "reach", ...web, expect: "reached" }] } }]);
    expect(r.results[0].message).toBe("Lost. After a reboot of machine_A: A TCP connection from machine_B to 10.0.0.2 port 80 got no answer in 3 s.");
  });
});
