/**
 * How iproute2 6.1 prints links, addresses and routes (ipaddress.c,
 * iproute.c), for the plain, -oneline and -brief layouts. Pure formatting
 * over kernel records; no kernel calls that change state.
 */
import type { LinkInfo } from "../../../kernel/net/link-info.js";
import type { Inet4Addr, Inet6Addr, LinkState } from "../../../kernel/state.js";
import { detailsText } from "./link-details.js";
import { statsLines } from "./stats64.js";

export function linkFlags(l: LinkState): string {
  const f: string[] = [];
  if (l.up && !l.carrier) f.push("NO-CARRIER");
  f.push(...(l.kind === "loopback" ? ["LOOPBACK"] : ["BROADCAST", "MULTICAST"]));
  if (l.up) f.push("UP");
  if (l.up && l.carrier) f.push("LOWER_UP");
  return f.join(",");
}

/** operstate as `ip link` prints it */
export function operState(l: LinkState): string {
  if (!l.up) return "DOWN";
  if (l.kind === "loopback") return "UNKNOWN";
  return l.carrier ? "UP" : "DOWN";
}

export interface ShowOptions {
  family?: "inet" | "inet6";
  /**
   * the link as the kernel's IPv6 link dump gives it (`ip -6 addr` without a
   * device): name, flags, mtu, operstate and qlen only, no qdisc, group or altnames
   */
  short?: boolean;
  oneline?: boolean;
  /** how many times -s was given: 1 counters, 2 or more also the error causes */
  stats?: number;
  /** -details: the link line carries the device's attributes (link-details.ts) */
  details?: boolean;
  /** `ip link` adds "mode DEFAULT" (and, with -details, addrgenmode) */
  linkMode?: boolean;
}

/**
 * the link/ether (link/loopback) line; a short record has no broadcast
 * address nor any of the -details attributes
 */
function linkLine(l: LinkState, opts: ShowOptions, info: LinkInfo): string {
  const type = l.kind === "loopback" ? "loopback" : "ether";
  if (opts.short) return `    link/${type} ${l.mac}`;
  const brd = l.kind === "loopback" ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff";
  return `    link/${type} ${l.mac} brd ${brd}${opts.details ? detailsText(info, opts.linkMode === true) : ""}`;
}

export function formatLinkHeader(l: LinkState, opts: ShowOptions): string {
  if (opts.short) return `${l.ifindex}: ${l.name}: <${linkFlags(l)}> mtu ${l.mtu} state ${operState(l)} qlen ${l.txqlen}`;
  const mode = opts.linkMode ? " mode DEFAULT" : "";
  return `${l.ifindex}: ${l.name}: <${linkFlags(l)}> mtu ${l.mtu} qdisc ${l.qdisc} state ${operState(l)}${mode} group default qlen ${l.txqlen}`;
}

function altnameLines(l: LinkState, opts: ShowOptions): string[] {
  return opts.short ? [] : l.altnames.map((a) => `    altname ${a}`);
}

/**
 * the lines of one link in `ip addr` (without addresses): the link/ether
 * line only when no family was asked for or with -details, the altnames
 * whenever the kernel sent them (with -4 and -6 too)
 */
export function formatLink(l: LinkState, opts: ShowOptions, info: LinkInfo): string[] {
  const lines = [formatLinkHeader(l, opts)];
  if (opts.family === undefined || opts.details) lines.push(linkLine(l, opts, info));
  lines.push(...altnameLines(l, opts));
  return lines;
}

export function formatInet4(a: Inet4Addr): string[] {
  const brd = a.broadcast ? ` brd ${a.broadcast}` : "";
  const sec = a.secondary ? " secondary" : "";
  return [`    inet ${a.local}/${a.prefixlen}${brd} scope ${a.scope}${sec} ${a.label}`, "       valid_lft forever preferred_lft forever"];
}

export function formatInet6(a: Inet6Addr): string[] {
  return [`    inet6 ${a.address}/${a.prefixlen} scope ${a.scope} `, "       valid_lft forever preferred_lft forever"];
}

/** `ip link` for one link: with -s the counters come before the altnames, as print_linkinfo orders them */
export function formatLinkBlock(l: LinkState, opts: ShowOptions, info: LinkInfo): string {
  const o = { ...opts, linkMode: true };
  const lines = [formatLinkHeader(l, o), linkLine(l, o, info)];
  if (opts.stats) lines.push(...statsLines(l, opts.stats, info));
  lines.push(...altnameLines(l, opts));
  if (opts.oneline) return `${lines.join("\\")}\n`;
  return lines.map((x) => `${x}\n`).join("");
}

/** one -brief `ip addr` line: name, operstate, then each address shown */
export function formatBriefAddr(l: LinkState, addrs: (Inet4Addr | Inet6Addr)[]): string {
  return `${l.name.padEnd(16)} ${operState(l).padEnd(14)} ${addrs.map((a) => `${addrText(a)}/${a.prefixlen} `).join("")}\n`;
}

export function addrText(a: Inet4Addr | Inet6Addr): string {
  return "local" in a ? a.local : a.address;
}

export function formatBriefLink(l: LinkState): string {
  return `${l.name.padEnd(16)} ${operState(l).padEnd(14)} ${l.mac} <${linkFlags(l)}> \n`;
}
