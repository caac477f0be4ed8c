/**
 * The IPv4 FIB as `ip route` sees it: the main and local tables in
 * `KernelState.routes`. Routes the kernel derives from addresses (proto
 * kernel: local, broadcast, connected) are recomputed from the address list
 * and link state by `syncKernelRoutes` after every change, as fib_add_ifaddr /
 * fib_del_ifaddr / fib_disable_ip would leave them. User routes (proto boot /
 * static) are removed when their device goes down or loses its last address.
 */
import type { Inet4Addr, KernelState, RouteState } from "../state.js";
import { broadcastOf, formatIp4, maskOf, networkOf, parseIp4 } from "./inet4.js";

/** split "a.b.c.d/len" or "default" into numbers */
export function routeKey(dst: string): { net: number; len: number } {
  if (dst === "default") return { net: 0, len: 0 };
  const [a, l] = dst.split("/");
  return { net: parseIp4(a)!, len: l === undefined ? 32 : Number(l) };
}

/** the order a FIB trie dump gives: by network address, then shorter prefix first, then metric */
export function compareRoutes(a: RouteState, b: RouteState): number {
  const ka = routeKey(a.dst);
  const kb = routeKey(b.dst);
  if (ka.net !== kb.net) return ka.net - kb.net;
  if (ka.len !== kb.len) return ka.len - kb.len;
  return (a.metric ?? 0) - (b.metric ?? 0);
}

export function dstText(net: number, len: number): string {
  return len === 0 ? "default" : len === 32 ? formatIp4(net) : `${formatIp4(net)}/${len}`;
}

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

export function syncKernelRoutes(state: KernelState): void {
  const keep = state.routes.filter((r) => r.protocol !== "kernel");
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
  state.routes = [...keep, ...derived].sort(compareRoutes);
}

/** drop user routes through a device (link down, last address gone) */
export function flushDeviceRoutes(state: KernelState, ifindex: number): void {
  state.routes = state.routes.filter((r) => r.protocol === "kernel" || r.ifindex !== ifindex);
}

/** longest-prefix match in main after local, as `ip route get` does */
export function lookupRoute(state: KernelState, dst: number): RouteState | undefined {
  const match = (table: "main" | "local") => {
    let best: RouteState | undefined;
    let bestLen = -1;
    for (const r of state.routes) {
      if (r.table !== table) continue;
      const k = routeKey(r.dst);
      if (networkOf(dst, k.len) !== k.net) continue;
      if (k.len > bestLen || (k.len === bestLen && best && (r.metric ?? 0) < (best.metric ?? 0))) {
        best = r;
        bestLen = k.len;
      }
    }
    return best;
  };
  const local = match("local");
  if (local && local.type === "local") return local;
  return match("main");
}

export { broadcastOf, maskOf };
