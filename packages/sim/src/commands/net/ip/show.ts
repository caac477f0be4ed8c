/**
 * How iproute2 6.1 prints links, addresses and routes (ipaddress.c,
 * iproute.c), for the plain, -oneline and -brief layouts. Pure formatting
 * over kernel records; no kernel calls that change state.
 */
import type { Kernel } from "../../../kernel/kernel.js";
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

function statsLines(l: LinkState): string[] {
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
  if (opts.family === "inet6")
    return `${l.ifindex}: ${l.name}: <${linkFlags(l)}> mtu ${l.mtu} state ${operState(l)} qlen ${l.txqlen}`;
  const mode = opts.linkMode ? " mode DEFAULT" : "";
  return `${l.ifindex}: ${l.name}: <${linkFlags(l)}> mtu ${l.mtu} qdisc ${l.qdisc} state ${operState(l)}${mode} group default qlen ${l.txqlen}`;
}

/** the lines of one link in `ip link` / `ip addr` (without addresses) */
export function formatLink(l: LinkState, opts: ShowOptions): string[] {
  const lines = [formatLinkHeader(l, opts)];
  if (opts.family === undefined) {
    lines.push(linkLine(l));
    for (const a of l.altnames) lines.push(`    altname ${a}`);
  }
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

/** `ip addr` for one link: header, link line, then the addresses of the selected family */
export function formatAddrBlock(
  k: Kernel,
  l: LinkState,
  opts: ShowOptions,
  filter4: (a: Inet4Addr) => boolean = () => true,
  filter6: (a: Inet6Addr) => boolean = () => true,
): string {
  const v4 = opts.family === "inet6" ? [] : k.addrs4(l.ifindex).filter(filter4);
  const v6 = opts.family === "inet" ? [] : k.addrs6(l.ifindex).filter(filter6);
  if (opts.oneline) {
    const out: string[] = [];
    const head = `${l.ifindex}: ${l.name}`;
    for (const a of v4) {
      const [main, lft] = formatInet4(a);
      out.push(`${head}${main}\\${lft}\n`);
    }
    for (const a of v6) {
      const [main, lft] = formatInet6(a);
      out.push(`${head}${main}\\${lft}\n`);
    }
    return out.join("");
  }
  if (opts.family !== undefined && v4.length === 0 && v6.length === 0) return "";
  const lines = formatLink(l, opts);
  for (const a of v4) lines.push(...formatInet4(a));
  for (const a of v6) lines.push(...formatInet6(a));
  if (opts.stats) lines.push(...statsLines(l));
  return lines.map((x) => `${x}\n`).join("");
}

export function formatLinkBlock(l: LinkState, opts: ShowOptions): string {
  const lines = formatLink(l, { ...opts, family: undefined, linkMode: true });
  if (opts.stats) lines.push(...statsLines(l));
  if (opts.oneline) return `${lines.join("\\")}\n`;
  return lines.map((x) => `${x}\n`).join("");
}

export function formatBriefAddr(k: Kernel, l: LinkState, family?: "inet" | "inet6"): string {
  const addrs: string[] = [];
  if (family !== "inet6") for (const a of k.addrs4(l.ifindex)) addrs.push(`${a.local}/${a.prefixlen}`);
  if (family !== "inet") for (const a of k.addrs6(l.ifindex)) addrs.push(`${a.address}/${a.prefixlen}`);
  if (family !== undefined && addrs.length === 0) return "";
  return `${l.name.padEnd(16)} ${operState(l).padEnd(14)} ${addrs.map((a) => `${a} `).join("")}\n`;
}

export function formatBriefLink(l: LinkState): string {
  return `${l.name.padEnd(16)} ${operState(l).padEnd(14)} ${l.mac} <${linkFlags(l)}> \n`;
}
