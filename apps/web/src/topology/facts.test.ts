import { LabSession } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { describeTopology, topologyFacts } from "./facts";

describe("topologyFacts", () => {
  it("single: one host, eth0 with its address, up, on a switch of its own, default via 192.168.1.1", () => {
    const s = LabSession.create("single");
    const t = topologyFacts(s.world.state);
    expect(t).toEqual({
      lab: "single",
      hosts: [
        {
          name: "host",
          ipForward: false,
          defaultRoute: { via: "192.168.1.1", dev: "eth0" },
          interfaces: [{ name: "eth0", up: true, carrier: true, addresses: [{ cidr: "192.168.1.10/24" }] }],
        },
      ],
      segments: [{ name: "lan", kind: "switch", ends: [{ host: "host", iface: "eth0" }] }],
    });
  });

  it("follows the world after each command: addresses, link down, forwarding, default route, renames", () => {
    const s = LabSession.create("single");
    s.run("host", "ip addr add 192.168.1.11/24 dev eth0 label eth0:1");
    s.run("host", "sysctl -w net.ipv4.ip_forward=1");
    s.run("host", "ip route del default");
    s.run("host", "ip link set eth0 down");
    s.run("host", "ip link set eth0 name lan0");
    const t = topologyFacts(s.world.state);
    const h = t.hosts[0];
    expect(h.ipForward).toBe(true);
    expect(h.defaultRoute).toBeUndefined();
    expect(h.interfaces).toEqual([
      { name: "lan0", up: false, carrier: true, addresses: [{ cidr: "192.168.1.10/24" }, { cidr: "192.168.1.11/24", label: "lan0:1" }] },
    ]);
    // as Linux, a rename relabels the alias too; the cable stays in the same socket, so the segment follows
    expect(t.segments[0].ends).toEqual([{ host: "host", iface: "lan0" }]);
  });

  it("gateway: three hosts, two cables, machine_A with two NICs and forwarding off", () => {
    const t = topologyFacts(LabSession.create("gateway").world.state);
    expect(t.hosts.map((h) => h.name)).toEqual(["machine_B", "machine_A", "inet"]);
    const a = t.hosts[1];
    expect(a.ipForward).toBe(false);
    expect(a.defaultRoute).toBeUndefined();
    expect(a.interfaces.map((i) => [i.name, i.addresses.map((x) => x.cidr)])).toEqual([
      ["eth0", ["192.168.1.1/24"]],
      ["eth1", ["10.0.0.1/24"]],
    ]);
    expect(t.hosts[0].defaultRoute).toEqual({ via: "192.168.1.1", dev: "eth0" });
    expect(t.segments).toEqual([
      { name: "lan", kind: "cable", ends: [{ host: "machine_B", iface: "eth0" }, { host: "machine_A", iface: "eth0" }] },
      { name: "wan", kind: "cable", ends: [{ host: "machine_A", iface: "eth1" }, { host: "inet", iface: "eth0" }] },
    ]);
  });

  it("one-nic-router: the router's eth0 holds both subnets, the second labelled eth0:0", () => {
    const t = topologyFacts(LabSession.create("one-nic-router").world.state);
    expect(t.hosts[0].interfaces[0].addresses).toEqual([{ cidr: "10.0.1.1/24" }, { cidr: "10.0.2.1/24", label: "eth0:0" }]);
    expect(t.segments).toEqual([
      { name: "lan", kind: "switch", ends: ["router", "pc1", "pc2"].map((host) => ({ host, iface: "eth0" })) },
    ]);
  });
});

describe("describeTopology", () => {
  it("states every fact the picture shows, in sentences", () => {
    const s = LabSession.create("gateway");
    s.run("machine_A", "echo 1 > /proc/sys/net/ipv4/ip_forward");
    s.run("inet", "ip link set eth0 down");
    expect(describeTopology(topologyFacts(s.world.state))).toEqual([
      "Host machine_B: IP forwarding off; default route via 192.168.1.1 dev eth0.",
      "machine_B eth0: UP; 192.168.1.10/24.",
      "Host machine_A: IP forwarding on; no default route.",
      "machine_A eth0: UP; 192.168.1.1/24.",
      "machine_A eth1: UP; 10.0.0.1/24.",
      "Host inet: IP forwarding off; no default route.",
      "inet eth0: DOWN; 10.0.0.2/24.",
      "Cable lan joins machine_B eth0, machine_A eth0.",
      "Cable wan joins machine_A eth1, inet eth0.",
    ]);
  });
});
