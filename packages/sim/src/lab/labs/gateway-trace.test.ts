/**
 * The lesson page's hop-by-hop view on the gateway lab: what each host
 * decided about the last ping, in Linux's words (kernel/net/packet/trace.ts).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab-session.js";

const FWD_ON = "echo 1 > /proc/sys/net/ipv4/ip_forward";
const hops = (s: LabSession) => s.lastPacketTrace().map((d) => `${d.host} ${d.in ?? "-"}>${d.out ?? "-"} ${d.verdict}: ${d.reason}`);

describe("packet trace on the gateway lab", () => {
  it("forwarding off: the request is dropped at machine_A because net.ipv4.ip_forward is 0", () => {
    const s = LabSession.create("gateway");
    expect(s.lastPacketTrace()).toEqual([]);
    s.run("machine_B", "ping -c 1 -W 1 10.0.0.2");
    const t = s.lastPacketTrace();
    expect(t[0]).toMatchObject({ host: "machine_B", out: "eth0", verdict: "sent", route: "default via 192.168.1.1 dev eth0", packet: "192.168.1.10 > 10.0.0.2: ICMP echo request" });
    const last = t[t.length - 1];
    expect(last).toMatchObject({ host: "machine_A", in: "eth0", verdict: "dropped", reason: "dropped: net.ipv4.ip_forward is 0" });
    expect(t.some((d) => d.host === "inet")).toBe(false);
    // plain JSON, and the world's snapshot does not carry it
    expect(JSON.parse(JSON.stringify(t))).toEqual(JSON.parse(JSON.stringify(t)));
    expect(JSON.stringify(s.world.state)).not.toContain("net.ipv4.ip_forward is 0");
  });

  it("forwarding on, no route back: delivered and answered at inet, the reply has no route", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", FWD_ON);
    s.run("machine_B", "ping -c 1 -W 1 10.0.0.2");
    expect(hops(s).filter((h) => !h.includes("queued"))).toEqual([
      "machine_B ->eth0 sent: sent via eth0 (default via 192.168.1.1 dev eth0)",
      "machine_A eth0>eth1 forwarded: forwarded via eth1 (10.0.0.0/24 dev eth1)",
      "inet eth0>- replied: reply: ICMP echo reply",
      "inet ->- dropped: no route to 192.168.1.10: Network is unreachable",
    ]);
  });

  it("everything right: echo request and reply hop by hop; a line without traffic keeps the last trace", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", FWD_ON);
    s.run("inet", "ip route add default via 10.0.0.1");
    s.run("machine_B", "ping -c 1 -W 1 10.0.0.2"); // warms the ARP caches
    s.run("machine_B", "ping -c 1 -W 1 10.0.0.2");
    expect(hops(s)).toEqual([
      "machine_B ->eth0 sent: sent via eth0 (default via 192.168.1.1 dev eth0)",
      "machine_A eth0>eth1 forwarded: forwarded via eth1 (10.0.0.0/24 dev eth1)",
      "inet eth0>- replied: reply: ICMP echo reply",
      "inet ->eth0 sent: sent via eth0 (default via 10.0.0.1 dev eth0)",
      "machine_A eth1>eth0 forwarded: forwarded via eth0 (192.168.1.0/24 dev eth0)",
      "machine_B eth0>- delivered: delivered to ping (ICMP echo reply)",
    ]);
    const before = s.lastPacketTrace();
    s.run("machine_B", "echo hi");
    expect(s.lastPacketTrace()).toBe(before);
  });

  it("no route at the router: ICMP net unreachable sent; HTTP is delivered to nginx on port 80", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", FWD_ON);
    s.run("machine_B", "ping -c 1 -W 1 172.16.0.1");
    expect(hops(s)).toContain("machine_A eth0>- dropped: no route to 172.16.0.1: ICMP net unreachable sent");
    s.run("inet", "ip route add default via 10.0.0.1");
    s.run("machine_B", "curl -s -o /dev/null http://10.0.0.2/");
    expect(hops(s)).toContain("inet eth0>- delivered: delivered to nginx on port 80");
  });
});
