/**
 * What the topology picture shows, read from a lab's world: hosts, their
 * interfaces with IPv4 addresses and state, the segments (switches and
 * cables) joining them, ip_forward and the default route per host. Plain
 * data, read-only over `WorldState` (the sim's public snapshot type), so the
 * picture, its text alternative and the tests share one source of facts.
 *
 * Must not import React or the DOM; imports from @rootlab/sim are types only
 * (the Workbench bundle must not pull the simulation in).
 */
import type { WorldState } from "@rootlab/sim";

type HostState = WorldState["hosts"][number];

export interface AddressFacts {
  /** "192.168.1.10/24" */
  cidr: string;
  /** the address's label when it is not the interface's name ("eth0:0"), as `ip addr` shows it */
  label?: string;
}

export interface InterfaceFacts {
  /** the kernel's current name ("eth0", or what `ip link set ... name` made it) */
  name: string;
  /** IFF_UP: the administrative state `ip link set X up|down` sets */
  up: boolean;
  /** a cable is plugged in and the other end is there */
  carrier: boolean;
  addresses: AddressFacts[];
}

export interface DefaultRouteFacts {
  /** the gateway; absent for a device route (`default dev eth0`) */
  via?: string;
  /** the interface it leaves by, by its current name */
  dev?: string;
}

export interface HostFacts {
  name: string;
  /** net.ipv4.ip_forward is 1 */
  ipForward: boolean;
  /** the main table's default route with the lowest metric; absent when there is none */
  defaultRoute?: DefaultRouteFacts;
  /** NICs in hardware order; loopback is left out */
  interfaces: InterfaceFacts[];
}

export interface SegmentEndFacts {
  host: string;
  /** the interface's current name on that host */
  iface: string;
}

export interface SegmentFacts {
  name: string;
  /** two ends: a cable; otherwise a switch (one end: a switch with nothing else on it) */
  kind: "cable" | "switch";
  ends: SegmentEndFacts[];
}

export interface TopologyFacts {
  lab: string;
  hosts: HostFacts[];
  segments: SegmentFacts[];
}

/** The picture's facts for the world as it is now. */
export function topologyFacts(world: Readonly<WorldState>): TopologyFacts {
  return {
    lab: world.labId,
    hosts: world.hosts.map(hostFacts),
    segments: world.segments.map((s) => ({
      name: s.name,
      kind: s.ends.length === 2 ? "cable" : "switch",
      ends: s.ends.map((e) => ({ host: e.host, iface: ifaceNameOfNic(world, e.host, e.nic) })),
    })),
  };
}

function hostFacts(h: HostState): HostFacts {
  const k = h.kernel;
  const linkName = (ifindex: number | undefined) => k.links.find((l) => l.ifindex === ifindex)?.name;
  const defaults = k.routes
    .filter((r) => r.table === "main" && r.dst === "default" && r.type === "unicast")
    .sort((a, b) => (a.metric ?? 0) - (b.metric ?? 0));
  const d = defaults[0];
  return {
    name: h.name,
    ipForward: k.sysctl["net.ipv4.ip_forward"] === "1",
    defaultRoute: d ? { via: d.gateway, dev: linkName(d.ifindex) } : undefined,
    interfaces: k.links
      .filter((l) => l.kind !== "loopback")
      .map((l) => ({
        name: l.name,
        up: l.up,
        carrier: l.carrier,
        addresses: k.addrs4
          .filter((a) => a.ifindex === l.ifindex)
          .map((a) => ({ cidr: `${a.local}/${a.prefixlen}`, ...(a.label !== l.name ? { label: a.label } : {}) })),
      })),
  };
}

/**
 * A segment names a NIC by its hardware name, which a rename inside the host
 * does not change; the kernel link of the n-th NIC has ifindex n + 2 (after
 * lo), as the sim's wire (world/network.ts) finds it.
 */
function ifaceNameOfNic(world: Readonly<WorldState>, host: string, nic: string): string {
  const h = world.hosts.find((x) => x.name === host);
  if (!h) return nic;
  const i = h.hardware.nics.findIndex((n) => n.name === nic);
  if (i < 0) return nic;
  return h.kernel.links.find((l) => l.ifindex === i + 2)?.name ?? nic;
}

/** The same facts as sentences, for the picture's text alternative (screen readers) and tests. */
export function describeTopology(t: TopologyFacts): string[] {
  const lines: string[] = [];
  for (const h of t.hosts) {
    const route = h.defaultRoute
      ? `default route via ${h.defaultRoute.via ?? "no gateway"}${h.defaultRoute.dev ? ` dev ${h.defaultRoute.dev}` : ""}`
      : "no default route";
    lines.push(`Host ${h.name}: IP forwarding ${h.ipForward ? "on" : "off"}; ${route}.`);
    for (const i of h.interfaces) {
      const addrs = i.addresses.length
        ? i.addresses.map((a) => (a.label ? `${a.cidr} (label ${a.label})` : a.cidr)).join(", ")
        : "no IPv4 address";
      lines.push(`${h.name} ${i.name}: ${linkStateText(i)}; ${addrs}.`);
    }
  }
  for (const s of t.segments) {
    const ends = s.ends.map((e) => `${e.host} ${e.iface}`).join(", ");
    lines.push(`${s.kind === "cable" ? "Cable" : "Switch"} ${s.name} joins ${ends}${s.ends.length === 1 ? " and nothing else" : ""}.`);
  }
  return lines;
}

/** As `ip link` puts it: DOWN (administratively), NO-CARRIER (up, no cable or peer), UP. */
export function linkStateText(i: Pick<InterfaceFacts, "up" | "carrier">): "UP" | "DOWN" | "NO-CARRIER" {
  if (!i.up) return "DOWN";
  return i.carrier ? "UP" : "NO-CARRIER";
}
