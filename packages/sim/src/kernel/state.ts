import type { TaskState } from "./task.js";

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
  /**
   * IFLA_CARRIER_CHANGES once the carrier changed after boot; absent: as
   * the driver's probe left it (kernel/net/link-info.ts), so snapshots from
   * before this field read the same
   */
  carrierChanges?: number;
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

/**
 * A routing table: "main" (254) and "local" (255) by name, any other by its
 * number (1..252, 253 = "default", 256..). Lookups consult local then main,
 * as Linux's default rules do; other tables exist for `ip route ... table N`.
 */
export type RouteTable = "main" | "local" | number;

/**
 * A route's protocol (rtm_protocol) by iproute2's name: "kernel", "boot",
 * "static", "dhcp", ...; a number without a name as its decimal text.
 */
export type RouteProtocol = "redirect" | "kernel" | "boot" | "static" | "dhcp" | (string & {});

/** One route; the main table holds what `ip route` shows, the local table the kernel's own. */
export interface RouteState {
  table: RouteTable;
  type: "unicast" | "local" | "broadcast" | "unreachable" | "blackhole" | "prohibit";
  /** "default" or "a.b.c.d/len" ("a.b.c.d" for /32), the network address */
  dst: string;
  gateway?: string;
  /** absent for the error types (unreachable, blackhole, prohibit) */
  ifindex?: number;
  protocol: RouteProtocol;
  /** the route's scope (rtm_scope), not its nexthop's */
  scope: "global" | "link" | "host";
  prefsrc?: string;
  /** the route's priority; absent means 0 */
  metric?: number;
  /** RTNH_F_ONLINK: the gateway is taken as on-link without a connected route (ifupdown adds the default route so) */
  onlink?: boolean;
  /** added by userland with `proto kernel`: not one the kernel derives, so never recomputed away */
  userAdded?: boolean;
}

import type { NetfilterState } from "./net/netfilter/types.js";
import type { NetState } from "./net/packet/state.js";
import type { BlockState } from "./block/state.js";

export interface KernelState {
  /** the UTS hostname */
  hostname: string;
  nextIfindex: number;
  links: LinkState[];
  addrs4: Inet4Addr[];
  /** IPv6 addresses; the kernel adds and removes them as links go up and down */
  addrs6: Inet6Addr[];
  routes: RouteState[];
  /**
   * Routes the kernel derived from addresses that userland deleted
   * (`fib.ts` derivedKey); they stay away until their device gets an address
   * or comes up again. Absent when none.
   */
  fibSuppressed?: string[];
  /** sysctl values by dotted name ("net.ipv4.ip_forward"), as the text /proc/sys shows, without newline */
  sysctl: Record<string, string>;
  /** the kernel log buffer, one record a line as syslog(2) reads it: `<PRI>[ seconds.micros] TEXT` (printk.ts) */
  dmesg: string[];
  /** index in `dmesg` of the first record after the last `dmesg -C` (SYSLOG_ACTION_CLEAR); absent: never cleared */
  dmesgClear?: number;
  /** the packet path's state: neighbours, sockets, captures (net/packet/); made on first use when absent */
  net?: NetState;
  /** iptables rulesets and connection tracking (net/netfilter/); made on first use when absent */
  netfilter?: NetfilterState;
  /** partitions registered from the disks and the mount table (block/); made at power-on, or on first use when absent */
  block?: BlockState;
  /** processes userland started that outlive their command line (background jobs, task.ts); absent when none */
  tasks?: TaskState[];
  /** the last pid given to a task or a daemon started after boot (Kernel.allocPid); absent before the first */
  lastPid?: number;
}
