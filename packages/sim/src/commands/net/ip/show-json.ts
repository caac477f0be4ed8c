/**
 * The `ip -j` rendering of links and addresses (ipaddress.c's print_linkinfo,
 * print_addrinfo and print_stats64 in JSON context): the same kernel
 * records and the same choices as show.ts's text, as JSON records in
 * iproute2's key order, numbers as numbers. A lifetime of "forever" is
 * INFINITY_LIFE_TIME, 4294967295; "label" exists for IPv4 only (IPv6
 * addresses carry none); the brief layouts keep only name, state and
 * addresses or MAC and flags.
 */
import type { LinkInfo } from "../../../kernel/net/link-info.js";
import type { Inet4Addr, Inet6Addr, LinkState } from "../../../kernel/state.js";
import type { JsonObject } from "./json-writer.js";
import { detailsJson } from "./link-details.js";
import { type ShowOptions, addrText, linkFlags, operState } from "./show.js";
import { statsJson } from "./stats64.js";

const INFINITY_LIFE_TIME = 4294967295;

/** one link as `ip -j link` / `ip -j addr` print it, before any addr_info */
export function linkJson(l: LinkState, opts: ShowOptions, info: LinkInfo): JsonObject {
  const j: JsonObject = { ifindex: l.ifindex, ifname: l.name, flags: linkFlags(l).split(","), mtu: l.mtu };
  if (!opts.short) j.qdisc = l.qdisc;
  j.operstate = operState(l);
  if (opts.linkMode) j.linkmode = "DEFAULT";
  if (!opts.short) j.group = "default";
  j.txqlen = l.txqlen;
  if (opts.family === undefined || opts.details) {
    j.link_type = l.kind === "loopback" ? "loopback" : "ether";
    j.address = l.mac;
    // a short record (the IPv6 link dump) has no broadcast address and none of the -details attributes
    if (!opts.short) j.broadcast = l.kind === "loopback" ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff";
  }
  if (opts.details && !opts.short) Object.assign(j, detailsJson(info, opts.linkMode === true));
  // `ip link -s` prints the counters inside the link record, before the altnames
  if (opts.linkMode && opts.stats) j.stats64 = statsJson(l, opts.stats, info);
  if (!opts.short && l.altnames.length > 0) j.altnames = [...l.altnames];
  return j;
}

export function briefLinkJson(l: LinkState): JsonObject {
  return { ifname: l.name, operstate: operState(l), address: l.mac, flags: linkFlags(l).split(",") };
}

export function briefAddrLinkJson(l: LinkState): JsonObject {
  return { ifname: l.name, operstate: operState(l) };
}

/** one addr_info entry; with -o each names its link first ("index", "dev") */
export function addrJson(l: LinkState, a: Inet4Addr | Inet6Addr, opts: { brief?: boolean; oneline?: boolean }): JsonObject {
  if (opts.brief) return { local: addrText(a), prefixlen: a.prefixlen };
  const j: JsonObject = {};
  if (opts.oneline) {
    j.index = l.ifindex;
    j.dev = l.name;
  }
  const v4 = "local" in a;
  j.family = v4 ? "inet" : "inet6";
  j.local = addrText(a);
  j.prefixlen = a.prefixlen;
  if (v4 && a.broadcast) j.broadcast = a.broadcast;
  j.scope = a.scope;
  if (v4 && a.secondary) j.secondary = true;
  if (v4) j.label = a.label;
  j.valid_life_time = INFINITY_LIFE_TIME;
  j.preferred_life_time = INFINITY_LIFE_TIME;
  return j;
}
