/**
 * User routes (ip route add/del, route add, ifupdown's gateway): validation
 * as fib_create_info / fib_check_nh do it for IPv4.
 */
import { type Result, fail, ok } from "../errno.js";
import type { KernelState, RouteState } from "../state.js";
import { compareRoutes, dstText, lookupRoute, routeKey } from "./fib.js";
import { networkOf, parseIp4 } from "./inet4.js";

export interface RouteSpec {
  table?: "main" | "local";
  type?: RouteState["type"];
  /** "default" or "a.b.c.d/len"; host bits must be zero (callers normalise) */
  dst: string;
  gateway?: string;
  ifindex?: number;
  protocol?: RouteState["protocol"];
  scope?: RouteState["scope"];
  prefsrc?: string;
  metric?: number;
  onlink?: boolean;
}

export function addRoute(state: KernelState, spec: RouteSpec): Result {
  const k = routeKey(spec.dst);
  const dst = dstText(networkOf(k.net, k.len), k.len);
  let ifindex = spec.ifindex;
  const type = spec.type ?? "unicast";
  if (spec.gateway !== undefined) {
    const gw = parseIp4(spec.gateway)!;
    if (spec.onlink) {
      if (ifindex === undefined) return fail("EINVAL", "Nexthop device required for onlink");
      const link = state.links.find((l) => l.ifindex === ifindex)!;
      if (!link.up) return fail("ENETDOWN", "Nexthop device is not up");
    } else {
      // the gateway must be reachable through a connected (scope link) route, on the given device if any
      const via = state.routes.find((r) => {
        if (r.table !== "main" || r.type !== "unicast" || r.gateway !== undefined) return false;
        const rk = routeKey(r.dst);
        return networkOf(gw, rk.len) === rk.net && (ifindex === undefined || r.ifindex === ifindex);
      });
      const local = lookupRoute(state, gw);
      if (!via && !(local && local.type === "local" && local.table === "local" && (ifindex === undefined || true)))
        return fail("EINVAL", "Nexthop has invalid gateway.");
      ifindex ??= via ? via.ifindex : local!.ifindex;
    }
  } else if (ifindex === undefined && type === "unicast") {
    return fail("ENODEV", "Nexthop device required");
  }
  const route: RouteState = {
    table: spec.table ?? "main",
    type,
    dst,
    protocol: spec.protocol ?? "boot",
    scope: spec.scope ?? (spec.gateway === undefined && type === "unicast" ? "link" : "global"),
  };
  if (spec.gateway !== undefined) route.gateway = spec.gateway;
  if (ifindex !== undefined) route.ifindex = ifindex;
  if (spec.prefsrc !== undefined) route.prefsrc = spec.prefsrc;
  if (spec.metric) route.metric = spec.metric;
  if (spec.onlink) route.onlink = true;
  if (state.routes.some((r) => r.table === route.table && r.dst === dst && (r.metric ?? 0) === (route.metric ?? 0)))
    return fail("EEXIST");
  state.routes.push(route);
  state.routes.sort(compareRoutes);
  return ok();
}

export interface RouteMatch {
  table?: "main" | "local";
  dst: string;
  gateway?: string;
  ifindex?: number;
  metric?: number;
}

export function delRoute(state: KernelState, m: RouteMatch): Result {
  const k = routeKey(m.dst);
  const dst = dstText(networkOf(k.net, k.len), k.len);
  const i = state.routes.findIndex(
    (r) =>
      r.table === (m.table ?? "main") &&
      r.dst === dst &&
      (m.gateway === undefined || r.gateway === m.gateway) &&
      (m.ifindex === undefined || r.ifindex === m.ifindex) &&
      (m.metric === undefined || (r.metric ?? 0) === m.metric),
  );
  if (i < 0) return fail("ESRCH");
  state.routes.splice(i, 1);
  return ok();
}
