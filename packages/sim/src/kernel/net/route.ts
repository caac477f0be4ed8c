/**
 * User routes: RTM_NEWROUTE / RTM_DELROUTE and the SIOCADDRT / SIOCDELRT
 * ioctls (`route`), with the checks of fib_create_info / fib_check_nh and the
 * insertion rules of fib_table_insert for IPv4. Errors carry the extended-ack
 * text the kernel sets (without iproute2's trailing dot) where Linux 6.1 sets
 * one; the ioctl path has no extended ack, only the errno.
 */
import { type Errno, type Result, fail, ok } from "../errno.js";
import type { KernelState, RouteState, RouteTable } from "../state.js";
import { SCOPE_NUM, addrType, compareRoutes, dstText, fibLookup, noteDeleted, routeKey } from "./fib.js";
import { networkOf, parseIp4 } from "./inet4.js";

export interface RouteSpec {
  table?: RouteTable;
  type?: RouteState["type"];
  /** "default", "a.b.c.d" or "a.b.c.d/len"; host bits must be zero */
  dst: string;
  gateway?: string;
  ifindex?: number;
  protocol?: RouteState["protocol"];
  scope?: RouteState["scope"];
  prefsrc?: string;
  metric?: number;
  onlink?: boolean;
}

/**
 * How a new route meets the routes already there (netlink flags of
 * RTM_NEWROUTE): `ip route add` = create+excl, `replace` = create+replace,
 * `change` = replace, `append` = create+append, `prepend` and the
 * SIOCADDRT ioctl = create.
 */
export type RouteOp = "add" | "replace" | "change" | "append" | "prepend";

const FLAGS: Record<RouteOp, { create: boolean; excl: boolean; replace: boolean; append: boolean }> = {
  add: { create: true, excl: true, replace: false, append: false },
  replace: { create: true, excl: false, replace: true, append: false },
  change: { create: false, excl: false, replace: true, append: false },
  append: { create: true, excl: false, replace: false, append: true },
  prepend: { create: true, excl: false, replace: false, append: false },
};

/** the scope fib_props gives each type at least */
const TYPE_SCOPE: Record<RouteState["type"], RouteState["scope"]> = {
  unicast: "global",
  local: "host",
  broadcast: "link",
  unreachable: "global",
  blackhole: "global",
  prohibit: "global",
};

const ERROR_TYPES: RouteState["type"][] = ["unreachable", "blackhole", "prohibit"];

function err(errno: Errno, detail?: string): { ok: false; errno: Errno; detail?: string } {
  return fail(errno, detail);
}

/** fib_check_nh for a gateway: on-link (onlink flag) or reachable through a link- or host-scope route */
function checkGateway(state: KernelState, spec: RouteSpec, scope: RouteState["scope"]): Result<{ ifindex: number }> {
  const gw = parseIp4(spec.gateway!)!;
  if (spec.onlink) {
    if (SCOPE_NUM[scope] >= SCOPE_NUM.link) return err("EINVAL", "Nexthop has invalid scope");
    const link = state.links.find((l) => l.ifindex === spec.ifindex);
    if (!link) return err("ENODEV", "Nexthop device required for onlink");
    if (!link.up) return err("ENETDOWN", "Nexthop device is not up");
    if (addrType(state, gw, link.ifindex) !== "unicast") return err("EINVAL", "Nexthop has invalid gateway");
    return ok({ ifindex: link.ifindex });
  }
  // the gateway must be reachable by a route one scope narrower than the new route's, at least link
  const want = scope === "global" ? "link" : "host";
  const table = spec.table ?? "main";
  let r = table !== "main" ? fibLookup(state, gw, { oif: spec.ifindex, scope: want, tables: [table] }) : undefined;
  if (!r || !r.ok) r = fibLookup(state, gw, { oif: spec.ifindex, scope: want });
  if (!r.ok) return err(r.errno === "ENETUNREACH" ? "ENETUNREACH" : r.errno, "Nexthop has invalid gateway");
  if (r.value.type !== "unicast" && r.value.type !== "local") return err("EINVAL", "Nexthop has invalid gateway");
  const link = state.links.find((l) => l.ifindex === r.value.ifindex);
  if (!link) return err("ENODEV");
  if (!link.up) return err("ENETDOWN");
  return ok({ ifindex: link.ifindex });
}

/** fib_create_info: the route as the kernel would store it, or why not */
function createInfo(state: KernelState, spec: RouteSpec): Result<RouteState> {
  const type = spec.type ?? "unicast";
  const scope = spec.scope ?? "global";
  if (SCOPE_NUM[TYPE_SCOPE[type]] > SCOPE_NUM[scope]) return err("EINVAL", "Invalid scope");
  const route: RouteState = { table: spec.table ?? "main", type, dst: spec.dst, protocol: spec.protocol ?? "boot", scope };
  if (ERROR_TYPES.includes(type)) {
    if (spec.gateway !== undefined || spec.ifindex !== undefined)
      return err("EINVAL", "Gateway, device and multipath can not be specified for this route type");
  } else if (scope === "host") {
    if (spec.gateway !== undefined) return err("EINVAL", "Route with host scope can not have a gateway");
    if (spec.ifindex === undefined || !state.links.some((l) => l.ifindex === spec.ifindex)) return err("ENODEV");
    route.ifindex = spec.ifindex;
  } else if (spec.gateway !== undefined) {
    const nh = checkGateway(state, spec, scope);
    if (!nh.ok) return nh;
    route.gateway = spec.gateway;
    route.ifindex = nh.value.ifindex;
    if (spec.onlink) route.onlink = true;
  } else {
    if (spec.onlink) return err("EINVAL", "Invalid flags for nexthop - PERVASIVE and ONLINK can not be set");
    const link = state.links.find((l) => l.ifindex === spec.ifindex);
    if (!link) return err("ENODEV");
    if (!link.up) return err("ENETDOWN", "Device for nexthop is not up");
    route.ifindex = link.ifindex;
  }
  if (spec.prefsrc !== undefined) {
    const isDstItself = type === "local" && spec.prefsrc === spec.dst;
    const src = parseIp4(spec.prefsrc);
    if (!isDstItself && (src === undefined || addrType(state, src) !== "local")) return err("EINVAL", "Invalid prefsrc address");
    route.prefsrc = spec.prefsrc;
  }
  if (spec.metric) route.metric = spec.metric;
  if (route.protocol === "kernel") route.userAdded = true;
  return ok(route);
}

/** same fib_info: the kernel shares one between identical routes (fib_find_info) */
function sameInfo(a: RouteState, b: RouteState): boolean {
  return (
    a.type === b.type &&
    a.protocol === b.protocol &&
    a.scope === b.scope &&
    a.prefsrc === b.prefsrc &&
    (a.metric ?? 0) === (b.metric ?? 0) &&
    a.gateway === b.gateway &&
    a.ifindex === b.ifindex &&
    !!a.onlink === !!b.onlink
  );
}

/** fib_table_insert */
export function addRoute(state: KernelState, spec: RouteSpec, op: RouteOp = "add"): Result {
  const k = routeKey(spec.dst);
  if (networkOf(k.net, k.len) !== k.net) return err("EINVAL", "Invalid prefix for given prefix length");
  const info = createInfo(state, { ...spec, dst: dstText(k.net, k.len) });
  if (!info.ok) return info;
  const route = info.value;
  const f = FLAGS[op];
  const prio = route.metric ?? 0;
  const same = state.routes.filter((r) => r.table === route.table && r.dst === route.dst && (r.metric ?? 0) === prio);
  let at: number | undefined; // index in state.routes to insert before; undefined = by sort order after equals
  if (same.length > 0) {
    if (f.excl) return err("EEXIST");
    const match = same.find((r) => sameInfo(r, route));
    if (f.replace) {
      // an identical route already there: nothing to replace (fib_table_insert returns 0)
      if (match) return ok();
      state.routes[state.routes.indexOf(same[0])] = route;
      return ok();
    }
    if (match) return err("EEXIST");
    at = f.append ? state.routes.indexOf(same[same.length - 1]) + 1 : state.routes.indexOf(same[0]);
  }
  if (!f.create) return err("ENOENT");
  if (at === undefined) {
    state.routes.push(route);
    state.routes.sort(compareRoutes);
  } else state.routes.splice(at, 0, route);
  return ok();
}

/** SIOCADDRT: route(8)'s add. The kernel picks the scope from the gateway (rtentry_to_fib_config) and inserts without NLM_F_EXCL. */
export function addRouteIoctl(state: KernelState, spec: RouteSpec & { reject?: boolean }): Result {
  const k = routeKey(spec.dst);
  if (networkOf(k.net, k.len) !== k.net) return err("EINVAL");
  let r: Result;
  if (spec.reject) r = addRoute(state, { dst: spec.dst, type: "unreachable", scope: "host", metric: spec.metric }, "prepend");
  else {
    let scope: RouteState["scope"] = "link";
    if (spec.gateway !== undefined && addrType(state, parseIp4(spec.gateway)!) === "unicast") scope = "global";
    r = addRoute(state, { ...spec, scope }, "prepend");
  }
  // the ioctl has no extended ack: only the errno reaches route(8)
  return r.ok ? r : fail(r.errno);
}

export interface RouteMatch {
  table?: RouteTable;
  dst: string;
  /** absent matches any type (ip route del); route(8) asks for unicast, or unreachable with `reject` */
  type?: RouteState["type"];
  gateway?: string;
  ifindex?: number;
  /** absent matches any metric */
  metric?: number;
  scope?: RouteState["scope"];
  protocol?: RouteState["protocol"];
  prefsrc?: string;
}

function matchRoute(r: RouteState, m: RouteMatch): boolean {
  return (
    (m.type === undefined || r.type === m.type) &&
    (m.scope === undefined || r.scope === m.scope) &&
    (m.prefsrc === undefined || r.prefsrc === m.prefsrc) &&
    (m.protocol === undefined || r.protocol === m.protocol) &&
    (m.gateway === undefined || r.gateway === m.gateway) &&
    (m.ifindex === undefined || r.ifindex === m.ifindex) &&
    (!m.metric || (r.metric ?? 0) === m.metric)
  );
}

/** fib_table_delete: the first route of that prefix that matches every given attribute */
export function delRoute(state: KernelState, m: RouteMatch): Result {
  const k = routeKey(m.dst);
  if (networkOf(k.net, k.len) !== k.net) return err("EINVAL", "Invalid prefix for given prefix length");
  const dst = dstText(k.net, k.len);
  const i = state.routes.findIndex((r) => r.table === (m.table ?? "main") && r.dst === dst && matchRoute(r, m));
  if (i < 0) return err("ESRCH");
  const [gone] = state.routes.splice(i, 1);
  noteDeleted(state, gone);
  return ok();
}

/** delete every route `keep` rejects (ip route flush); returns how many went */
export function flushRoutes(state: KernelState, victim: (r: RouteState) => boolean): number {
  const gone = state.routes.filter(victim);
  state.routes = state.routes.filter((r) => !victim(r));
  for (const r of gone) noteDeleted(state, r);
  return gone.length;
}
