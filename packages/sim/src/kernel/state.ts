/**
 * A host kernel's state as plain JSON records. Everything here goes into a
 * snapshot as it is; the `Kernel` class (kernel.ts) is the only code that
 * writes it. Names follow Linux (rtnetlink, sysctl) so that a reader who knows
 * `ip` knows these fields.
 */

export interface LinkStats {
  rxBytes: number;
  rxPackets: number;
  rxErrors: number;
  rxDropped: number;
  rxMissed: number;
  rxMulticast: number;
  txBytes: number;
  txPackets: number;
  txErrors: number;
  txDropped: number;
  txCarrier: number;
  txCollisions: number;
}

export interface LinkState {
  ifindex: number;
  name: string;
  kind: "loopback" | "ether";
  /** "52:54:00:12:34:56" */
  mac: string;
  mtu: number;
  /** IFF_UP: set by `ip link set X up` */
  up: boolean;
  /** a cable is plugged in (a link to another host exists); loopback always has one */
  carrier: boolean;
  qdisc: string;
  txqlen: number;
  /** udev predictable names the NIC also answers to, e.g. "enp0s3" */
  altnames: string[];
  stats: LinkStats;
}

/** One IPv4 address on a link, as `ip addr` shows it. */
export interface Inet4Addr {
  ifindex: number;
  /** dotted quad */
  local: string;
  prefixlen: number;
  /** dotted quad; absent when none was given (`ip addr add` without `brd`) */
  broadcast?: string;
  /** "eth0" or "eth0:0" */
  label: string;
  scope: "global" | "link" | "host";
  /** a further address in a subnet the link already has one in */
  secondary: boolean;
}

/** One IPv6 address on a link (only what the first lessons show: ::1 and EUI-64 link-local). */
export interface Inet6Addr {
  ifindex: number;
  /** RFC 5952 text, e.g. "fe80::5054:ff:fe12:3456" */
  address: string;
  prefixlen: number;
  scope: "global" | "link" | "host";
}

/** One route; the main table holds what `ip route` shows, the local table the kernel's own. */
export interface RouteState {
  table: "main" | "local";
  type: "unicast" | "local" | "broadcast" | "unreachable" | "blackhole" | "prohibit";
  /** "default" or "a.b.c.d/len" (network address) */
  dst: string;
  gateway?: string;
  ifindex?: number;
  protocol: "kernel" | "boot" | "static" | "dhcp";
  scope: "global" | "link" | "host";
  prefsrc?: string;
  metric?: number;
  /** RTNH_F_ONLINK: the gateway is taken as on-link without a connected route (ifupdown adds the default route so) */
  onlink?: boolean;
}

import type { NetState } from "./net/packet/state.js";

export interface KernelState {
  /** the UTS hostname */
  hostname: string;
  nextIfindex: number;
  links: LinkState[];
  addrs4: Inet4Addr[];
  /** IPv6 addresses; the kernel adds and removes them as links go up and down */
  addrs6: Inet6Addr[];
  routes: RouteState[];
  /** sysctl values by dotted name ("net.ipv4.ip_forward"), as the text /proc/sys shows, without newline */
  sysctl: Record<string, string>;
  /** kernel ring buffer lines, for dmesg */
  dmesg: string[];
  /** the packet path's state: neighbours, sockets, captures (net/packet/); made on first use when absent */
  net?: NetState;
}
