import { LabSession } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { topologyFacts } from "./facts";
import { HOST_W, layoutTopology, MAX_ADDRS, type TopologyLayout } from "./layout";

const layoutOf = (lab: string, lines: [string, string][] = []) => {
  const s = LabSession.create(lab);
  for (const [h, l] of lines) s.run(h, l);
  return layoutTopology(topologyFacts(s.world.state));
};

/** Invariants every layout keeps: everything inside the canvas, boxes apart, drops from a port to its bar. */
function expectSane(l: TopologyLayout) {
  for (const h of l.hosts) {
    expect(h.x).toBeGreaterThanOrEqual(0);
    expect(h.x + h.w).toBeLessThanOrEqual(l.width);
    for (const t of h.lines) {
      expect(t.y).toBeLessThan(h.y + h.h);
      expect(t.x).toBeGreaterThan(h.x);
      expect(t.x).toBeLessThan(h.x + h.w);
    }
  }
  for (const [a, b] of l.hosts.slice(1).map((h, i) => [l.hosts[i], h])) expect(a.x + a.w).toBeLessThan(b.x);
  for (const s of l.segments) {
    expect(s.x1).toBeGreaterThanOrEqual(0);
    expect(s.x2).toBeLessThanOrEqual(l.width);
    expect(s.y).toBeLessThan(l.height);
  }
  for (const e of l.edges) {
    const p = l.ports.find((p) => p.host === e.host && p.iface === e.iface)!;
    const s = l.segments.find((s) => s.name === e.segment)!;
    expect(e.x).toBe(p.x);
    expect(e.y2).toBe(s.y);
    expect(e.x).toBeGreaterThanOrEqual(s.x1);
    expect(e.x).toBeLessThanOrEqual(s.x2);
  }
  // a readable size at 1366x768: the lab column is about 690 px wide
  expect(l.width).toBeLessThanOrEqual(720);
  expect(l.height).toBeLessThanOrEqual(260);
}

describe("layoutTopology", () => {
  it("single: one box with eth0 and its address, a one-port switch under it", () => {
    const l = layoutOf("single");
    expectSane(l);
    expect(l.hosts).toHaveLength(1);
    expect(l.hosts[0].lines.map((t) => t.text)).toEqual(["host", "default via 192.168.1.1", "eth0 UP", "192.168.1.10/24", "ip_forward 0"]);
    expect(l.ports).toEqual([{ host: "host", iface: "eth0", x: 8 + HOST_W / 2, y: expect.any(Number), state: "UP" }]);
    expect(l.segments).toEqual([expect.objectContaining({ name: "lan", kind: "switch", lane: 0 })]);
    // a one-port stub is labelled on its own line, after the bar
    expect(l.segments[0].label).toEqual({ x: l.segments[0].x2 + 6, y: l.segments[0].y + 4, text: "lan · switch" });
    expect(l.edges).toEqual([expect.objectContaining({ segment: "lan", host: "host", iface: "eth0", live: true })]);
  });

  it("single: a link set down shows as DOWN and its drop is not live", () => {
    const l = layoutOf("single", [["host", "ip link set eth0 down"]]);
    expect(l.hosts[0].lines.find((t) => t.text.startsWith("eth0"))).toMatchObject({ text: "eth0 DOWN", kind: "iface-down" });
    expect(l.edges[0].live).toBe(false);
    expect(l.ports[0].state).toBe("DOWN");
  });

  it("gateway: three boxes in a row, machine_A's two ports, the two cables on one lane without overlapping", () => {
    const l = layoutOf("gateway", [["machine_A", "sysctl -w net.ipv4.ip_forward=1"]]);
    expectSane(l);
    expect(l.hosts.map((h) => h.name)).toEqual(["machine_B", "machine_A", "inet"]);
    expect(l.hosts[1].lines.map((t) => t.text)).toEqual([
      "machine_A", "no default route", "eth0 UP", "192.168.1.1/24", "eth1 UP", "10.0.0.1/24", "ip_forward 1",
    ]);
    // ip_forward on the name's line, right-aligned inside the box
    const [name, fwd] = [l.hosts[1].lines[0], l.hosts[1].lines.at(-1)!];
    expect(fwd).toMatchObject({ y: name.y, anchor: "end", x: l.hosts[1].x + HOST_W - 9 });
    const [lan, wan] = l.segments;
    expect(lan.x2).toBeLessThan(wan.x1);
    expect([lan.lane, wan.lane]).toEqual([0, 0]);
    const a = l.ports.filter((p) => p.host === "machine_A");
    expect(a.map((p) => p.iface)).toEqual(["eth0", "eth1"]);
    expect(a[0].x).toBeLessThan(a[1].x);
    expect(l.edges).toHaveLength(4);
  });

  it("one-nic-router: one switch joining all three, the router's alias address labelled", () => {
    const l = layoutOf("one-nic-router");
    expectSane(l);
    expect(l.segments).toHaveLength(1);
    expect(l.edges.map((e) => e.host)).toEqual(["router", "pc1", "pc2"]);
    expect(l.hosts[0].lines.map((t) => t.text)).toContain("10.0.2.1/24 eth0:0");
  });

  it("bounds the box: more addresses than MAX_ADDRS collapse into '+N more'", () => {
    const adds: [string, string][] = [1, 2, 3, 4, 5].map((n) => ["host", `ip addr add 192.168.1.${20 + n}/24 dev eth0`]);
    const l = layoutOf("single", adds);
    const texts = l.hosts[0].lines.map((t) => t.text);
    expect(texts.filter((t) => t.startsWith("192.168.1."))).toHaveLength(MAX_ADDRS);
    expect(texts.at(-2)).toBe(`+${6 - MAX_ADDRS} more`);
    expectSane(l);
  });

  it("a long host name puts ip_forward on a line of its own", () => {
    const l = layoutTopology({
      lab: "x",
      hosts: [{ name: "a-rather-long-hostname", ipForward: true, interfaces: [] }],
      segments: [],
    });
    expect(l.hosts[0].lines.map((t) => [t.text, t.anchor])).toEqual([
      ["a-rather-long-hostname", undefined],
      ["ip_forward 1", undefined],
      ["no default route", undefined],
    ]);
  });

  it("overlapping segments go to separate lanes", () => {
    const l = layoutTopology({
      lab: "x",
      hosts: ["a", "b", "c"].map((name) => ({
        name,
        ipForward: false,
        interfaces: [
          { name: "eth0", up: true, carrier: true, addresses: [] },
          { name: "eth1", up: true, carrier: true, addresses: [] },
        ],
      })),
      segments: [
        { name: "s1", kind: "cable", ends: [{ host: "a", iface: "eth1" }, { host: "c", iface: "eth0" }] },
        { name: "s2", kind: "cable", ends: [{ host: "b", iface: "eth0" }, { host: "b", iface: "eth1" }] },
      ],
    });
    expect(l.segments.map((s) => s.lane)).toEqual([0, 1]);
    expect(l.segments[1].y).toBeGreaterThan(l.segments[0].y);
  });
});
