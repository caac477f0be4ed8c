/**
 * The output route decision (ip_route_output_key): which route a packet from
 * this host to `dst` takes, through which device, from which source address.
 * `ip route get` prints it; sockets and ping use it to pick their source.
 * Follows __ip_route_output_key_hash_rcu and inet_select_addr of Linux 6.1.
 */
import { type Result, fail, ok } from "../errno.js";
import type { Inet4Addr, KernelState, RouteState } from "../state.js";
import { addrType, fibLookup } from "./fib.js";
import { formatIp4, networkOf, parseIp4 } from "./inet4.js";

export interface RouteDecision {
  /** "local": delivered to this host; "broadcast": to a subnet broadcast */
  type: "unicast" | "local" | "broadcast";
  /** the device the packet leaves by (lo for local delivery) */
  ifindex: number;
  gateway?: string;
  /** the source address chosen, or the one asked for */
  src: string;
  /** the route that decided, absent when `oif` forced an on-link guess */
  route?: RouteState;
  /** rt_flags as `ip route get` prints them after "cache": "local", "brd" */
  flags: ("local" | "brd")[];
}

export interface OutputQuery {
  /** a source address the caller binds to (`ip route get ... from`) */
  src?: string;
  /** an output device the caller insists on (SO_BINDTODEVICE, `oif`) */
  oif?: number;
}

const ADDR_SCOPE: Record<Inet4Addr["scope"], number> = { global: 0, link: 253, host: 254 };

/** inet_select_addr: a primary address of `ifindex` no narrower than `scope`, preferring one on dst's subnet; else any device's */
export function selectSource(state: KernelState, ifindex: number, dst: number, scope: Inet4Addr["scope"]): string | undefined {
  const max = ADDR_SCOPE[scope];
  let addr: string | undefined;
  for (const a of state.addrs4) {
    if (a.ifindex !== ifindex || a.secondary || ADDR_SCOPE[a.scope] > max) continue;
    if (dst === 0 || networkOf(dst, a.prefixlen) === networkOf(parseIp4(a.local)!, a.prefixlen)) return a.local;
    addr ??= a.local;
  }
  if (addr) return addr;
  // lo comes first in the device list, so its non-host addresses win
  for (const l of state.links) {
    const a = state.addrs4.find((x) => x.ifindex === l.ifindex && !x.secondary && x.scope !== "link" && ADDR_SCOPE[x.scope] <= max);
    if (a) return a.local;
  }
  return undefined;
}

export function routeOutput(state: KernelState, dstText: string, q: OutputQuery = {}): Result<RouteDecision> {
  const dst = parseIp4(dstText);
  if (dst === undefined) return fail("EINVAL");
  const lo = state.links.find((l) => l.kind === "loopback")!;
  let src = q.src;
  if (src !== undefined) {
    const s = parseIp4(src);
    if (s === undefined || s === 0xffffffff || s >>> 28 === 14) return fail("EINVAL");
    if (addrType(state, s) !== "local") return fail("ENETUNREACH");
  }
  let oifLink = undefined as (typeof state.links)[number] | undefined;
  if (q.oif !== undefined) {
    oifLink = state.links.find((l) => l.ifindex === q.oif);
    if (!oifLink) return fail("ENODEV");
    if (!oifLink.up) return fail("ENETUNREACH");
    if (dst === 0xffffffff) {
      src ??= selectSource(state, oifLink.ifindex, 0, "link");
      return ok({ type: "broadcast", ifindex: oifLink.ifindex, src: src ?? "0.0.0.0", flags: ["local", "brd"] });
    }
    if (dst === 0) src ??= selectSource(state, oifLink.ifindex, 0, "host");
  }
  if (dst === 0) {
    const d = src ?? "127.0.0.1";
    return ok({ type: "local", ifindex: lo.ifindex, src: d, flags: ["local"] });
  }
  const r = fibLookup(state, dst, { oif: q.oif });
  if (!r.ok) {
    if (oifLink && r.errno === "ENETUNREACH") {
      // "routing tables are wrong": with a device given, assume the destination is on its link
      src ??= selectSource(state, oifLink.ifindex, 0, "link");
      return ok({ type: "unicast", ifindex: oifLink.ifindex, src: src ?? "0.0.0.0", flags: oifLink.kind === "loopback" ? ["local"] : [] });
    }
    return r;
  }
  const route = r.value;
  if (route.type === "local") {
    src ??= route.prefsrc ?? formatIp4(dst);
    return ok({ type: "local", ifindex: lo.ifindex, src, route, flags: ["local"] });
  }
  const dev = state.links.find((l) => l.ifindex === route.ifindex)!;
  if (route.type === "broadcast") {
    src ??= route.prefsrc ?? selectSource(state, dev.ifindex, 0, "link");
    return ok({ type: "broadcast", ifindex: dev.ifindex, src: src ?? "0.0.0.0", route, flags: ["local", "brd"] });
  }
  if (src === undefined) {
    if (route.prefsrc) src = route.prefsrc;
    else {
      // the nexthop's scope: link for a gateway, host for a device route
      const gw = route.gateway ? parseIp4(route.gateway)! : 0;
      src = selectSource(state, dev.ifindex, gw, route.gateway ? "link" : "host");
    }
  }
  const out: RouteDecision = { type: "unicast", ifindex: dev.ifindex, src: src ?? "0.0.0.0", route, flags: dev.kind === "loopback" ? ["local"] : [] };
  if (route.gateway) out.gateway = route.gateway;
  return ok(out);
}
