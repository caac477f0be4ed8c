/**
 * The conntrack masks hide only what they document: the kernel's random
 * draws and order, and real timeouts up to 12 s behind the simulation's (or
 * 1 s ahead) — a larger gap, another state or another address still shows.
 */
import { describe, expect, it } from "vitest";
import { conntrackPair } from "./masks.js";

const SUMMARY = "conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.\n";
const TCP = (t: number, state = "TIME_WAIT", sport = 41234) =>
  `tcp      6 ${t} ${state} src=10.0.1.1 dst=10.0.2.1 sport=${sport} dport=80 src=10.0.2.1 dst=10.0.2.254 sport=80 dport=${sport} [ASSURED] mark=0 use=1`;
const ICMP = (t: number, id: number) => `icmp     1 ${t} src=10.0.1.1 dst=10.0.2.1 type=8 code=0 id=${id} src=10.0.2.1 dst=10.0.2.254 type=0 code=0 id=${id} mark=0 use=1`;

describe("conntrackPair", () => {
  it("equates random ids, ephemeral ports, order and real timeouts up to 12 s behind", () => {
    const [sim, real] = conntrackPair(`${TCP(119)}\n${ICMP(29, 7)}\n`, `${ICMP(21, 4242)}\n${TCP(107, "TIME_WAIT", 52001)}\n`);
    expect(real).toBe(sim);
    expect(sim).toContain("sport=EPHEMERAL");
    expect(sim).toContain("id=ID");
  });

  it("keeps a timeout more than 12 s behind or 1 s ahead, another state, a fixed port", () => {
    expect(conntrackPair(`${TCP(119)}\n`, `${TCP(106)}\n`)[1]).toContain(" 106 TIME_WAIT");
    expect(conntrackPair(`${TCP(30)}\n`, `${TCP(32)}\n`)[1]).toContain(" 32 TIME_WAIT");
    // an ICMP timeout set to 10 is told apart from the default 30
    expect(conntrackPair(`${ICMP(30, 1)}\n`, `${ICMP(10, 1)}\n`)[1]).toContain(" 10 src=");
    const [sim, real] = conntrackPair(`${TCP(119, "TIME_WAIT", 1311)}\n`, `${TCP(119, "CLOSE", 1311)}\n`);
    expect(real).not.toBe(sim);
    const [s2, r2] = conntrackPair(`${TCP(119, "TIME_WAIT", 1311)}\n`, `${TCP(119, "TIME_WAIT", 1312)}\n`);
    expect(r2).not.toBe(s2);
  });

  it("leaves the summary line where it is", () => {
    const [sim, real] = conntrackPair(`${TCP(10)}\n${ICMP(5, 1)}\n${SUMMARY}`, `${ICMP(5, 2)}\n${TCP(10)}\n${SUMMARY}`);
    expect(real).toBe(sim);
    expect(sim.endsWith(`\n${SUMMARY}`)).toBe(true);
  });
});
