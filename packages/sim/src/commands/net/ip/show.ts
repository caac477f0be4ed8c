/**
 * How iproute2 6.1 prints links, addresses and routes (ipaddress.c,
 * iproute.c), for the plain, -oneline and -brief layouts. Pure formatting
 * over kernel records; no kernel calls that change state.
 */
import type { Inet4Addr, Inet6Addr, LinkState } from "../../../kernel/state.js";

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
  stats?: boolean;
  /** `ip link` adds "mode DEFAULT" */
  linkMode?: boolean;
}

function linkLine(l: LinkState): string {
  return l.kind === "loopback"
    ? `    link/loopback ${l.mac} brd 00:00:00:00:00:00`
    : `    link/ether ${l.mac} brd ff:ff:ff:ff:ff:ff`;
}

export function statsLines(l: LinkState): string[] {
  const s = l.stats;
  const rx = [s.rxBytes, s.rxPackets, s.rxErrors, s.rxDropped, s.rxMissed, s.rxMulticast];
  const tx = [s.txBytes, s.txPackets, s.txErrors, s.txDropped, s.txCarrier, s.txCollisions];
  // column widths as iproute2 6.1 print_stats64 starts them; a wider value widens its column
  const cols = [10, 7, 6, 7, 7, 7].map((w, i) => Math.max(w, String(rx[i]).length + (i === 0 ? 4 : 0), String(tx[i]).length + (i === 0 ? 4 : 0)));
  const head = (label: string, names: string[]) =>
    `    ${label}: ${names.map((n, i) => n.padStart(i === 0 ? cols[0] - 4 : cols[i])).join(" ")} ${"".padStart(10)}`;
  const vals = (v: number[]) => `    ${v.map((x, i) => String(x).padStart(cols[i])).join(" ")} `;
  return [
    head("RX", ["bytes", "packets", "errors", "dropped", "missed", "mcast"]),
    vals(rx),
    head("TX", ["bytes", "packets", "errors", "dropped", "carrier", "collsns"]),
    vals(tx),
  ];
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
 * line only when no family was asked for, the altnames whenever the kernel
 * sent them (with -4 and -6 too)
 */
export function formatLink(l: LinkState, opts: ShowOptions): string[] {
  const lines = [formatLinkHeader(l, opts)];
  if (opts.family === undefined) lines.push(linkLine(l));
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
export function formatLinkBlock(l: LinkState, opts: ShowOptions): string {
  const lines = [formatLinkHeader(l, { ...opts, linkMode: true }), linkLine(l)];
  if (opts.stats) lines.push(...statsLines(l));
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
