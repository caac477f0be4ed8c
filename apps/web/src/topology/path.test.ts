import type { PacketDecision } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { pathHops, pathSummary } from "./path";

const sent: PacketDecision = { seq: 1, at: 0, host: "machine_B", out: "eth0", packet: "192.168.1.10 > 10.0.0.2: ICMP echo request", route: "default via 192.168.1.1 dev eth0", verdict: "sent", reason: "sent via eth0 (default via 192.168.1.1 dev eth0)" };

describe("packet path sentences", () => {
  it("names the drop and its host first", () => {
    const drop: PacketDecision = { seq: 2, at: 0.05, host: "machine_A", in: "eth0", packet: sent.packet, verdict: "dropped", reason: "dropped: net.ipv4.ip_forward is 0" };
    expect(pathSummary([sent, drop])).toBe("Dropped at machine_A: dropped: net.ipv4.ip_forward is 0.");
    expect(pathHops([sent, drop]).map((h) => [h.host, h.devices, h.dropped])).toEqual([
      ["machine_B", "out eth0", false],
      ["machine_A", "in eth0", true],
    ]);
  });

  it("says when the last packet waits for ARP, and when it was delivered", () => {
    const queued: PacketDecision = { ...sent, seq: 2, verdict: "queued", reason: "waiting for an ARP reply from 192.168.1.1 on eth0" };
    expect(pathSummary([sent, queued])).toBe("No reply: at machine_B, waiting for an ARP reply from 192.168.1.1 on eth0 (ARP unanswered).");
    const got: PacketDecision = { ...sent, seq: 3, in: "lo", out: undefined, verdict: "delivered", reason: "delivered to ping (ICMP echo reply)" };
    expect(pathSummary([sent, got])).toBe("Delivered at machine_B: delivered to ping (ICMP echo reply).");
    expect(pathSummary([])).toBe("No packets yet.");
  });

  it("lists what netfilter did at a host: chains with the deciding rule, NAT before and after, the conntrack entry", () => {
    const fwd: PacketDecision = {
      ...sent,
      seq: 4,
      host: "machine_A",
      in: "eth0",
      out: "eth1",
      verdict: "forwarded",
      reason: "forwarded via eth1 (default via 10.0.0.2 dev eth1)",
      netfilter: [
        { hook: "FORWARD", table: "conntrack", verdict: "NEW", ct: { id: 3, created: true, reply: false, status: ["UNREPLIED"] } },
        { hook: "FORWARD", table: "filter", chains: ["FORWARD"], matched: [{ chain: "FORWARD", rule: 1, target: "ACCEPT" }], verdict: "ACCEPT" },
        {
          hook: "POSTROUTING",
          table: "nat",
          chains: ["POSTROUTING"],
          matched: [{ chain: "POSTROUTING", rule: 1, target: "MASQUERADE" }],
          verdict: "ACCEPT",
          nat: { kind: "SNAT", before: "192.168.1.10", after: "10.0.0.1", reply: false },
        },
      ],
    };
    expect(pathHops([sent, fwd]).map((h) => h.netfilter)).toEqual([
      [],
      [
        "FORWARD, conntrack: new entry #3, packet is NEW [UNREPLIED]",
        "FORWARD, filter table, chain FORWARD: rule 1 of FORWARD matched (-j ACCEPT) → ACCEPT",
        "POSTROUTING, nat table, chain POSTROUTING: rule 1 of POSTROUTING matched (-j MASQUERADE) → ACCEPT",
        "SNAT at POSTROUTING: 192.168.1.10 became 10.0.0.1",
      ],
    ]);
  });
});
