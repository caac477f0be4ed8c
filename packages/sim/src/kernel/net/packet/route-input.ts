/**
 * The routing decisions of the packet path, on top of the FIB (../fib.ts,
 * `lookupRoute`, the same lookup `ip route get` makes): is an address ours,
 * which route and source address a packet leaves by, whether this host
 * forwards what arrives on a link.
 */
import type { Errno } from "../../errno.js";
import type { RouteState, RouteTable } from "../../state.js";
import { lookupRoute, primaryFor } from "../fib.js";
import { networkOf, parseIp4 } from "../inet4.js";
import type { NetStack } from "./stack.js";

/**
 * Memoised FIB lookups. `lookupRoute` parses every route's prefix on each
 * call; the packet path asks the same few questions per packet, so answers
 * are kept per destination until the route list changes. Change is detected
 * without trusting who changed it: the fields a lookup depends on are
 * compared, route by route, with what they were (a few dozen comparisons,
 * no parsing). An answer is a position in the list, so it holds for any
 * list equal field for field: a fork's kernel (its routes are copies of its
 * parent's) finds its parent's answers among the recent caches instead of
 * asking the FIB again. The caches are derived data, never in a snapshot.
 */
interface RouteShape {
  table: RouteTable;
  type: string;
  dst: string;
  scope: string;
  gateway?: string;
  ifindex?: number;
  metric?: number;
  prefsrc?: string;
}

interface FibCache {
  shapes: RouteShape[];
  /** destination -> index of its route in the list, -1 for none */
  answers: Map<string, number>;
}

/** the cache each kernel used last */
const fibCaches = new WeakMap<object, FibCache>();
/** the caches made last, for the kernels of forked worlds */
const recentCaches: FibCache[] = [];
const RECENT_CACHES = 8;

function sameRoutes(shapes: RouteShape[], routes: RouteState[]): boolean {
  if (shapes.length !== routes.length) return false;
  for (let i = 0; i < routes.length; i++) {
    const r = routes[i];
    const c = shapes[i];
    if (c.dst !== r.dst || c.table !== r.table || c.type !== r.type || c.scope !== r.scope || c.gateway !== r.gateway || c.ifindex !== r.ifindex || c.metric !== r.metric || c.prefsrc !== r.prefsrc)
      return false;
  }
  return true;
}

function fibCacheFor(s: NetStack): FibCache {
  const routes = s.k.routes;
  let cache = fibCaches.get(s.k);
  if (cache && sameRoutes(cache.shapes, routes)) return cache;
  cache = recentCaches.find((c) => sameRoutes(c.shapes, routes));
  if (!cache) {
    cache = {
      shapes: routes.map((r) => ({ table: r.table, type: r.type, dst: r.dst, scope: r.scope, gateway: r.gateway, ifindex: r.ifindex, metric: r.metric, prefsrc: r.prefsrc })),
      answers: new Map(),
    };
    if (recentCaches.length >= RECENT_CACHES) recentCaches.shift();
    recentCaches.push(cache);
  }
  fibCaches.set(s.k, cache);
  return cache;
}

function fibLookup(s: NetStack, dst: string): RouteState | undefined {
  const answers = fibCacheFor(s).answers;
  let i = answers.get(dst);
  if (i === undefined) {
    const n = parseIp4(dst);
    const r = n === undefined ? undefined : lookupRoute(s.k, n);
    i = r === undefined ? -1 : s.k.routes.indexOf(r);
    if (answers.size > 4096) answers.clear();
    answers.set(dst, i);
  }
  return i < 0 ? undefined : s.k.routes[i];
}

/** an address of this host (any interface: Linux's weak host model) */
export function isLocalAddress(s: NetStack, ip: string): boolean {
  return s.k.addrs4.some((a) => a.local === ip) && s.k.routes.some((r) => r.table === "local" && r.type === "local" && r.dst === ip);
}

export type DstClass = "local" | "broadcast" | "unicast";

export function classifyDst(s: NetStack, dst: string): DstClass {
  if (dst === "255.255.255.255") return "broadcast";
  for (const r of s.k.routes) {
    if (r.table !== "local" || r.dst !== dst) continue;
    if (r.type === "broadcast") return "broadcast";
  }
  const r = fibLookup(s, dst);
  return r && r.table === "local" && r.type === "local" ? "local" : "unicast";
}

export interface OutputRoute {
  /** "local": deliver through lo */
  kind: "local" | "unicast";
  ifindex: number;
  /** the next hop: the gateway, or the destination itself when on-link */
  nexthop: string;
  /** the source address a new packet takes */
  src: string;
  route?: RouteState;
}

/** the address a packet leaving by `ifindex` takes as source: the route's prefsrc, else the link's primary */
function sourceFor(s: NetStack, ifindex: number, route?: RouteState, dst?: string): string | undefined {
  if (route?.prefsrc) return route.prefsrc;
  const onLink = s.k.addrs4.filter((a) => a.ifindex === ifindex);
  if (dst !== undefined) {
    const d = parseIp4(dst)!;
    const same = onLink.find((a) => !a.secondary && networkOf(parseIp4(a.local)!, a.prefixlen) === networkOf(d, a.prefixlen));
    if (same) return same.local;
  }
  const prim = onLink.find((a) => !a.secondary) ?? onLink[0];
  if (prim) return primaryFor(s.k, prim).local;
  // no address on the link: Linux takes any global address of the host
  return s.k.addrs4.find((a) => a.scope === "global")?.local;
}

/**
 * ip_route_output: the route for a locally generated packet to `dst`,
 * optionally bound to link `oif` (SO_BINDTODEVICE, ping -I). Errors as the
 * socket call reports them.
 */
export function routeOutput(s: NetStack, dst: string, oif?: number): { ok: true; value: OutputRoute } | { ok: false; errno: Errno } {
  if (parseIp4(dst) === undefined) return { ok: false, errno: "EINVAL" };
  const r = fibLookup(s, dst);
  if (r && r.table === "local" && r.type === "local") {
    return { ok: true, value: { kind: "local", ifindex: 1, nexthop: dst, src: dst, route: r } };
  }
  if (oif !== undefined && (!r || r.ifindex !== oif)) {
    // bound to a device without a route through it: the destination is taken as on-link there
    const link = s.link(oif);
    if (!link || !link.up) return { ok: false, errno: "ENETUNREACH" };
    const src = sourceFor(s, oif, undefined, dst);
    if (!src) return { ok: false, errno: "EADDRNOTAVAIL" };
    return { ok: true, value: { kind: "unicast", ifindex: oif, nexthop: dst, src } };
  }
  if (!r) return { ok: false, errno: "ENETUNREACH" };
  switch (r.type) {
    case "unreachable":
      return { ok: false, errno: "EHOSTUNREACH" };
    case "blackhole":
      return { ok: false, errno: "EINVAL" };
    case "prohibit":
      return { ok: false, errno: "EACCES" };
    default:
      break;
  }
  if (r.ifindex === undefined) return { ok: false, errno: "ENETUNREACH" };
  const src = sourceFor(s, r.ifindex, r, dst);
  if (!src) return { ok: false, errno: "EADDRNOTAVAIL" };
  return { ok: true, value: { kind: "unicast", ifindex: r.ifindex, nexthop: r.gateway ?? dst, src, route: r } };
}

/** net.ipv4.conf.<dev>.forwarding of the input device (what ip_route_input checks) */
export function forwardingOn(s: NetStack, ifindex: number): boolean {
  const link = s.link(ifindex);
  if (!link) return false;
  const v = s.k.sysctl[`net.ipv4.conf.${link.name}.forwarding`];
  return v !== undefined && v !== "0";
}

/** the route a forwarded packet takes, or why there is none */
export function routeForward(s: NetStack, dst: string): RouteState | undefined {
  return fibLookup(s, dst);
}
