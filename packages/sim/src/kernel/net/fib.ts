/**
 * The IPv4 FIB as `ip route` sees it: the routing tables in
 * `KernelState.routes`, kept in the order a fib_trie dump gives. Routes the
 * kernel derives from addresses (proto kernel: local, broadcast, connected)
 * are recomputed from the address list and link state by `syncKernelRoutes`
 * after every change, as fib_add_ifaddr / fib_del_ifaddr / fib_disable_ip
 * would leave them; one the user deleted stays deleted (`fibSuppressed`) until
 * its device gets an address or comes up again, as on Linux. User routes
 * (proto boot / static ...) are removed when their device goes down or loses
 * its last address.
 *
 * Lookups follow fib_table_lookup: local table, then main (Linux's default
 * rules); in a table the longest prefix wins, and among the routes of one
 * prefix the first in order whose scope and device fit.
 */
import { type Result, fail, ok } from "../errno.js";
import type { Inet4Addr, KernelState, RouteState, RouteTable } from "../state.js";
import { broadcastOf, formatIp4, maskOf, networkOf, parseIp4 } from "./inet4.js";
import { memoized } from "../../memo.js";

/** split "a.b.c.d/len", "a.b.c.d" (a /32) or "default" into numbers (remembered: sorting a table asks for the same few keys again and again) */
export const routeKey = memoized(
  (dst: string): Readonly<{ net: number; len: number }> => {
    const [a, l] = dst.split("/");
    return Object.freeze(dst === "default" ? { net: 0, len: 0 } : { net: parseIp4(a)!, len: l === undefined ? 32 : Number(l) });
  },
  4096,
);

/** rtm_table numbers: main 254, local 255, default 253 */
export function tableId(t: RouteTable): number {
  return t === "main" ? 254 : t === "local" ? 255 : t;
}

/** a table number as iproute2 names it */
export function tableFromId(id: number): RouteTable {
  return id === 254 ? "main" : id === 255 ? "local" : id;
}

/**
 * The order a FIB dump gives within a table: by network address, then the
 * longer prefix first (a trie leaf keeps its aliases by suffix length), then
 * by metric; equal routes keep their insertion order (sort is stable).
 */
export function compareRoutes(a: RouteState, b: RouteState): number {
  const ka = routeKey(a.dst);
  const kb = routeKey(b.dst);
  if (ka.net !== kb.net) return ka.net - kb.net;
  if (ka.len !== kb.len) return kb.len - ka.len;
  return (a.metric ?? 0) - (b.metric ?? 0);
}

export function dstText(net: number, len: number): string {
  return len === 0 ? "default" : len === 32 ? formatIp4(net) : `${formatIp4(net)}/${len}`;
}

export const SCOPE_NUM: Record<RouteState["scope"], number> = { global: 0, link: 253, host: 254 };

/** the primary address an address's routes take as source: itself, or the primary of its subnet */
export function primaryFor(state: KernelState, a: Inet4Addr): Inet4Addr {
  if (!a.secondary) return a;
  const p = state.addrs4.find(
    (x) =>
      x.ifindex === a.ifindex &&
      !x.secondary &&
      x.prefixlen === a.prefixlen &&
      networkOf(parseIp4(x.local)!, x.prefixlen) === networkOf(parseIp4(a.local)!, a.prefixlen),
  );
  return p ?? a;
}

/** identity of a derived route, for suppression after a user deleted it */
export function derivedKey(r: RouteState): string {
  return `${String(r.table)}|${r.type}|${r.dst}|${r.ifindex ?? ""}`;
}

/** the routes the kernel derives from the addresses and link states */
function derivedRoutes(state: KernelState): RouteState[] {
  const derived: RouteState[] = [];
  const add = (r: RouteState) => {
    if (!derived.some((d) => d.table === r.table && d.dst === r.dst && d.type === r.type && d.ifindex === r.ifindex)) derived.push(r);
  };
  for (const a of state.addrs4) {
    const link = state.links.find((l) => l.ifindex === a.ifindex);
    if (!link) continue;
    const prim = primaryFor(state, a);
    const local = parseIp4(a.local)!;
    add({ table: "local", type: "local", dst: formatIp4(local), ifindex: a.ifindex, protocol: "kernel", scope: "host", prefsrc: prim.local });
    if (!link.up) continue;
    if (a.broadcast && a.broadcast !== "255.255.255.255" && a.broadcast !== "0.0.0.0")
      add({ table: "local", type: "broadcast", dst: a.broadcast, ifindex: a.ifindex, protocol: "kernel", scope: "link", prefsrc: prim.local });
    const net = networkOf(local, a.prefixlen);
    // a primary also gets the all-ones broadcast of its subnet, whatever its own brd is
    if (!a.secondary && net !== 0 && a.prefixlen < 31)
      add({ table: "local", type: "broadcast", dst: formatIp4(broadcastOf(local, a.prefixlen)), ifindex: a.ifindex, protocol: "kernel", scope: "link", prefsrc: prim.local });
    if (!a.secondary && net !== 0 && (net !== local || a.prefixlen < 32)) {
      if (link.kind === "loopback")
        add({ table: "local", type: "local", dst: dstText(net, a.prefixlen), ifindex: a.ifindex, protocol: "kernel", scope: "host", prefsrc: a.local });
      else
        add({ table: "main", type: "unicast", dst: dstText(net, a.prefixlen), ifindex: a.ifindex, protocol: "kernel", scope: "link", prefsrc: a.local });
    }
  }
  return derived;
}

function isDerived(state: KernelState, r: RouteState): boolean {
  return r.protocol === "kernel" && derivedRoutes(state).some((d) => derivedKey(d) === derivedKey(r));
}

export function syncKernelRoutes(state: KernelState): void {
  const derived = derivedRoutes(state);
  const keys = derived.map(derivedKey);
  // forget suppressions whose route no longer derives (its address went away)
  if (state.fibSuppressed) {
    const derives = new Set(keys);
    state.fibSuppressed = state.fibSuppressed.filter((k) => derives.has(k));
  }
  // every address change and link change comes here: one key per route, not one per pair of routes
  const taken = new Set(state.fibSuppressed);
  const keep: RouteState[] = [];
  for (const r of state.routes) {
    if (r.protocol === "kernel" && r.userAdded !== true) continue;
    keep.push(r);
    taken.add(derivedKey(r));
  }
  for (let i = 0; i < derived.length; i++) if (!taken.has(keys[i])) keep.push(derived[i]);
  state.routes = keep.sort(compareRoutes);
}

/** the device got an address or came up: its derived routes come back (fib_add_ifaddr, NETDEV_UP) */
export function unsuppressDevice(state: KernelState, ifindex: number): void {
  if (!state.fibSuppressed) return;
  state.fibSuppressed = state.fibSuppressed.filter((k) => !k.endsWith(`|${ifindex}`));
}

/** a user deleted a route: if the kernel derived it, keep it from coming back */
export function noteDeleted(state: KernelState, r: RouteState): void {
  if (r.protocol !== "kernel" || r.userAdded || !isDerived(state, r)) return;
  const k = derivedKey(r);
  state.fibSuppressed = [...(state.fibSuppressed ?? []).filter((x) => x !== k), k];
}

/** drop user routes through a device (link down, last address gone) */
export function flushDeviceRoutes(state: KernelState, ifindex: number): void {
  state.routes = state.routes.filter((r) => (r.protocol === "kernel" && !r.userAdded) || r.ifindex !== ifindex);
}

export interface FibQuery {
  /** only nexthops through this device (flowi4_oif) */
  oif?: number;
  /** the narrowest route scope acceptable (flowi4_scope): "link" when resolving a gateway */
  scope?: RouteState["scope"];
  /** tables to consult in order; default local, then main */
  tables?: RouteTable[];
}

/** errno a route of an error type gives a lookup (fib_props[].error) */
const TYPE_ERROR: Partial<Record<RouteState["type"], "EHOSTUNREACH" | "EINVAL" | "EACCES">> = {
  unreachable: "EHOSTUNREACH",
  blackhole: "EINVAL",
  prohibit: "EACCES",
};

/** the route of `table` a lookup for `dst` settles on (an error route too), or undefined to go on to the next table */
function matchTable(state: KernelState, table: RouteTable, dst: number, q: FibQuery): RouteState | undefined {
  const minScope = SCOPE_NUM[q.scope ?? "global"];
  // routes are kept longest-prefix-first per network address; try prefix lengths from /32 down
  const byLen = new Map<number, RouteState[]>();
  for (const r of state.routes) {
    if (r.table !== table) continue;
    const k = routeKey(r.dst);
    if (networkOf(dst, k.len) !== k.net) continue;
    const list = byLen.get(k.len) ?? [];
    list.push(r);
    byLen.set(k.len, list);
  }
  for (const len of [...byLen.keys()].sort((a, b) => b - a)) {
    for (const r of byLen.get(len)!) {
      if (SCOPE_NUM[r.scope] < minScope) continue;
      if (TYPE_ERROR[r.type]) return r;
      if (q.oif !== undefined && r.ifindex !== q.oif) continue;
      return r;
    }
  }
  return undefined;
}

/** fib_lookup: the route for `dst` (uint32), or the errno the lookup gives (ENETUNREACH when nothing matches) */
export function fibLookup(state: KernelState, dst: number, q: FibQuery = {}): Result<RouteState> {
  for (const t of q.tables ?? (["local", "main"] as RouteTable[])) {
    const r = matchTable(state, t, dst, q);
    if (!r) continue;
    const err = TYPE_ERROR[r.type];
    return err ? fail(err) : ok(r);
  }
  return fail("ENETUNREACH");
}

/**
 * Longest-prefix match in local, then main, whatever the route's type: the
 * packet path acts on an unreachable, blackhole or prohibit route itself
 * (connect fails with EHOSTUNREACH, EINVAL or EACCES; a forwarded packet
 * gets the matching ICMP error or none). Undefined when nothing matches.
 */
export function lookupRoute(state: KernelState, dst: number): RouteState | undefined {
  for (const t of ["local", "main"] as RouteTable[]) {
    const r = matchTable(state, t, dst, {});
    if (r) return r;
  }
  return undefined;
}

/** what inet_addr_type gives for an address: "local", "broadcast" or "unicast" (local table only) */
export function addrType(state: KernelState, addr: number, ifindex?: number): "local" | "broadcast" | "unicast" {
  for (const r of state.routes) {
    if (r.table !== "local" || (ifindex !== undefined && r.ifindex !== ifindex)) continue;
    const k = routeKey(r.dst);
    if (networkOf(addr, k.len) !== k.net) continue;
    if (r.type === "local" || r.type === "broadcast") return r.type;
  }
  if (addr === 0xffffffff || addr === 0) return "broadcast";
  return "unicast";
}

export { broadcastOf, maskOf };
