/**
 * How iproute2 6.1 prints routes (iproute.c print_route): type, prefix,
 * via, dev, table, proto, scope, src, metric, nexthop flags; an attribute the
 * listing was filtered on exactly is left out, as iproute2 does. Without
 * -details the defaults are left out too (type unicast, proto boot, scope
 * global, i.e. RT_SCOPE_UNIVERSE, which every IPv6 route carries, and
 * table main in listings of all tables and in `route get`); with it they
 * are printed.
 *
 * A route is first turned into its printed attributes (`Field`s, in print
 * order), then rendered: as the text line (each field's words) or as the
 * `ip -j` record (each field's key and value: "gateway" for via, "prefsrc"
 * for src, "flags" always present as an array, numbers as numbers).
 */
import type { Kernel } from "../../../kernel/kernel.js";
import type { RouteState, RouteTable } from "../../../kernel/state.js";
import type { RouteDecision } from "../../../kernel/net/route-output.js";
import type { JsonObject, JsonValue } from "./json-writer.js";
import { tableText } from "./rt-names.js";

/** what the listing filtered on exactly, so not repeated on each line */
export interface RouteOmit {
  dev?: boolean;
  proto?: boolean;
  scope?: boolean;
  metric?: boolean;
  /** print "table X" for tables other than main (listings of all tables) */
  showTable?: boolean;
  /** -details: print the default type, protocol and scope too */
  details?: boolean;
}

/** one printed attribute: its JSON key and value, and its words in the text line ("" for none) */
export interface Field {
  key: string;
  value: JsonValue;
  text: string;
}

const field = (key: string, value: JsonValue, text: string): Field => ({ key, value, text });

export function fieldsJson(fields: Field[]): JsonObject {
  const j: JsonObject = {};
  for (const f of fields) j[f.key] = f.value;
  return j;
}

function fieldsText(fields: Field[]): string {
  return fields
    .map((f) => f.text)
    .filter((t) => t !== "")
    .join(" ");
}

function typeAndDst(type: string, dst: string, details = false): Field[] {
  return [...(type === "unicast" && !details ? [] : [field("type", type, type)]), field("dst", dst, dst)];
}

function flagsField(flags: string[]): Field {
  return field("flags", flags, flags.join(" "));
}

export function routeFields(k: Kernel, r: RouteState, omit: RouteOmit = {}): Field[] {
  const f = typeAndDst(r.type, r.dst, omit.details);
  if (r.gateway) f.push(field("gateway", r.gateway, `via ${r.gateway}`));
  const dev = r.ifindex !== undefined ? k.linkByIndex(r.ifindex) : undefined;
  if (dev && !omit.dev) f.push(field("dev", dev.name, `dev ${dev.name}`));
  if (omit.showTable && (r.table !== "main" || omit.details)) f.push(field("table", tableText(r.table), `table ${tableText(r.table)}`));
  if ((r.protocol !== "boot" || omit.details) && !omit.proto) f.push(field("protocol", r.protocol, `proto ${r.protocol}`));
  if ((r.scope !== "global" || omit.details) && !omit.scope) f.push(field("scope", r.scope, `scope ${r.scope}`));
  if (r.prefsrc) f.push(field("prefsrc", r.prefsrc, `src ${r.prefsrc}`));
  if (r.metric && !omit.metric) f.push(field("metric", r.metric, `metric ${r.metric}`));
  const flags: string[] = [];
  if (r.onlink) flags.push("onlink");
  // RTNH_F_LINKDOWN: the device is up without carrier; host-scope nexthops are not marked
  if (dev && dev.up && !dev.carrier && r.scope !== "host") flags.push("linkdown");
  f.push(flagsField(flags));
  return f;
}

export function formatRoute(k: Kernel, r: RouteState, omit: RouteOmit = {}): string {
  return `${fieldsText(routeFields(k, r, omit))} \n`;
}

/** an IPv6 route the kernel derives from the IPv6 addresses (the first lessons only show them, never change them) */
interface Route6 {
  type: "unicast" | "local" | "multicast";
  dst: string;
  ifindex: number;
  table: RouteTable;
  metric: number;
}

function routes6(k: Kernel, table: "main" | "local"): Route6[] {
  const out: Route6[] = [];
  if (table === "main") {
    for (const a of k.addrs6()) {
      // ::1 has only its local route (recorded on 6.x: `ip -6 route` does not list it)
      if (a.scope === "host") continue;
      out.push({ type: "unicast", dst: "fe80::/64", ifindex: a.ifindex, table, metric: 256 });
    }
  } else {
    for (const a of k.addrs6()) out.push({ type: "local", dst: a.address, ifindex: a.ifindex, table, metric: 0 });
    for (const l of k.links()) {
      if (l.up && l.kind !== "loopback" && k.addrs6(l.ifindex).length > 0) out.push({ type: "multicast", dst: "ff00::/8", ifindex: l.ifindex, table, metric: 256 });
    }
  }
  return out;
}

function route6Fields(k: Kernel, r: Route6, showTable: boolean, details: boolean): Field[] {
  const dev = k.linkByIndex(r.ifindex)!.name;
  const f = typeAndDst(r.type, r.dst, details);
  f.push(field("dev", dev, `dev ${dev}`));
  if (showTable && (r.table === "local" || details)) f.push(field("table", r.table, `table ${r.table}`));
  f.push(field("protocol", "kernel", "proto kernel"));
  if (details) f.push(field("scope", "global", "scope global"));
  f.push(field("metric", r.metric, `metric ${r.metric}`), flagsField([]), field("pref", "medium", "pref medium"));
  return f;
}

export function formatRoutes6(k: Kernel, table: "main" | "local", showTable = false, details = false): string {
  return routes6(k, table)
    .map((r) => `${fieldsText(route6Fields(k, r, showTable, details))}\n`)
    .join("");
}

export function routes6Json(k: Kernel, table: "main" | "local", showTable = false, details = false): JsonObject[] {
  return routes6(k, table).map((r) => fieldsJson(route6Fields(k, r, showTable, details)));
}

/** `ip route get`'s answer: the cloned route, its uid, then its cache flags */
export function routeGetFields(k: Kernel, dst: string, d: RouteDecision, from: string | undefined, details = false): Field[] {
  const f = typeAndDst(d.type, dst, details);
  if (from !== undefined) f.push(field("from", from, `from ${from}`));
  if (d.gateway) f.push(field("gateway", d.gateway, `via ${d.gateway}`));
  const dev = k.linkByIndex(d.ifindex)!.name;
  f.push(field("dev", dev, `dev ${dev}`));
  // the answer names the table of the route that decided (main when oif forced an on-link guess)
  if (details) {
    const table = tableText(d.route?.table ?? "main");
    f.push(field("table", table, `table ${table}`));
  }
  if (from === undefined) f.push(field("prefsrc", d.src, `src ${d.src}`));
  f.push(flagsField([]), field("uid", 0, "uid 0"));
  // the text puts the cache flags on a line of their own (see formatRouteGet)
  f.push(field("cache", [...d.flags], ""));
  return f;
}

export function formatRouteGet(k: Kernel, dst: string, d: RouteDecision, from: string | undefined, details = false): string {
  const flags = d.flags.length ? `<${d.flags.join(",")}> ` : "";
  return `${fieldsText(routeGetFields(k, dst, d, from, details))} \n    cache ${flags}\n`;
}
