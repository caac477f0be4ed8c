/**
 * How iproute2 6.1 prints routes (iproute.c print_route): type, prefix,
 * via, dev, table, proto, scope, src, metric, nexthop flags; an attribute the
 * listing was filtered on exactly is left out, as iproute2 does.
 */
import type { Kernel } from "../../../kernel/kernel.js";
import type { RouteState } from "../../../kernel/state.js";
import type { RouteDecision } from "../../../kernel/net/route-output.js";
import { tableText } from "./rt-names.js";

/** what the listing filtered on exactly, so not repeated on each line */
export interface RouteOmit {
  dev?: boolean;
  proto?: boolean;
  scope?: boolean;
  metric?: boolean;
  /** print "table X" for tables other than main (listings of all tables) */
  showTable?: boolean;
}

export function formatRoute(k: Kernel, r: RouteState, omit: RouteOmit = {}): string {
  let s = r.type === "unicast" ? r.dst : `${r.type} ${r.dst}`;
  if (r.gateway) s += ` via ${r.gateway}`;
  const dev = r.ifindex !== undefined ? k.linkByIndex(r.ifindex) : undefined;
  if (dev && !omit.dev) s += ` dev ${dev.name}`;
  if (omit.showTable && r.table !== "main") s += ` table ${tableText(r.table)}`;
  if (r.protocol !== "boot" && !omit.proto) s += ` proto ${r.protocol}`;
  if (r.scope !== "global" && !omit.scope) s += ` scope ${r.scope}`;
  if (r.prefsrc) s += ` src ${r.prefsrc}`;
  if (r.metric && !omit.metric) s += ` metric ${r.metric}`;
  if (r.onlink) s += " onlink";
  // RTNH_F_LINKDOWN: the device is up without carrier; host-scope nexthops are not marked
  if (dev && dev.up && !dev.carrier && r.scope !== "host") s += " linkdown";
  return `${s} \n`;
}

/** IPv6 routes derived from the IPv6 addresses (the first lessons only show them, never change them) */
export function formatRoutes6(k: Kernel, table: "main" | "local", showTable = false): string {
  let out = "";
  const name = (i: number) => k.linkByIndex(i)!.name;
  const tbl = showTable && table === "local" ? " table local" : "";
  if (table === "main") {
    for (const a of k.addrs6()) {
      // ::1 has only its local route (recorded on 6.x: `ip -6 route` does not list it)
      if (a.scope === "host") continue;
      out += `fe80::/64 dev ${name(a.ifindex)} proto kernel metric 256 pref medium\n`;
    }
  } else {
    for (const a of k.addrs6()) out += `local ${a.address} dev ${name(a.ifindex)}${tbl} proto kernel metric 0 pref medium\n`;
    for (const l of k.links()) {
      if (l.up && l.kind !== "loopback" && k.addrs6(l.ifindex).length > 0)
        out += `multicast ff00::/8 dev ${l.name}${tbl} proto kernel metric 256 pref medium\n`;
    }
  }
  return out;
}

/** `ip route get`'s answer: the cloned route, then its cache flags */
export function formatRouteGet(k: Kernel, dst: string, d: RouteDecision, from: string | undefined): string {
  let s = d.type === "unicast" ? dst : `${d.type} ${dst}`;
  if (from !== undefined) s += ` from ${from}`;
  if (d.gateway) s += ` via ${d.gateway}`;
  s += ` dev ${k.linkByIndex(d.ifindex)!.name}`;
  if (from === undefined) s += ` src ${d.src}`;
  const flags = d.flags.length ? `<${d.flags.join(",")}> ` : "";
  return `${s} uid 0 \n    cache ${flags}\n`;
}
