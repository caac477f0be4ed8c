/**
 * Name resolution as net-tools 2.10 does it (lib/inet.c INET_resolve /
 * INET_rresolve) over the files NSS reads on Debian 12 ("hosts: files dns",
 * "networks: files"): /etc/hosts and /etc/networks. The simulated network has
 * no DNS server, so a name not in the files does not resolve.
 */
import { utf8Decode } from "../../../bytes.js";
import { formatIp4 } from "../../../kernel/net/inet4.js";
import type { Vfs } from "../../../fs/types.js";

interface Entry {
  addr: number;
  names: string[];
}

function readTable(fs: Vfs, path: string, parseAddr: (s: string) => number | undefined, nameFirst: boolean): Entry[] {
  const r = fs.readFile(path);
  if (!r.ok) return [];
  const out: Entry[] = [];
  for (const raw of utf8Decode(r.value).split("\n")) {
    const words = raw.replace(/#.*/, "").trim().split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    // /etc/hosts: ADDR NAME ALIAS...; /etc/networks: NAME NUMBER ALIAS...
    const [addrText, names] = nameFirst ? [words[1], [words[0], ...words.slice(2)]] : [words[0], words.slice(1)];
    const addr = parseAddr(addrText);
    if (addr !== undefined) out.push({ addr, names });
  }
  return out;
}

/** inet_aton(3): one to four parts, each decimal, 0x hex or 0 octal; the last part fills the remaining bytes */
export function inetAton(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length === 0 || parts.length > 4) return undefined;
  const nums: number[] = [];
  for (const p of parts) {
    let v: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) v = p.length === 2 ? 0 : Number.parseInt(p.slice(2), 16);
    else if (/^0[0-7]*$/.test(p)) v = Number.parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) v = Number(p);
    else return undefined;
    nums.push(v);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255)) return undefined;
  const rest = 4 - nums.length;
  if (last >= 2 ** (8 * rest)) return undefined;
  let n = 0;
  for (const b of nums) n = n * 256 + b;
  return n * 2 ** (8 * rest) + last;
}

/** inet_network(3) as glibc parses /etc/networks: "127", "127.0.0.0" */
function inetNetwork(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length > 4 || parts.some((p) => !/^[0-9]+$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

export function hostsByName(fs: Vfs, name: string): number | undefined {
  return readTable(fs, "/etc/hosts", inetAton, false).find((e) => e.names.includes(name))?.addr;
}

function hostByAddr(fs: Vfs, addr: number): string | undefined {
  return readTable(fs, "/etc/hosts", inetAton, false).find((e) => e.addr === addr)?.names[0];
}

function netByName(fs: Vfs, name: string): number | undefined {
  return readTable(fs, "/etc/networks", inetNetwork, true).find((e) => e.names.includes(name))?.addr;
}

function netByAddr(fs: Vfs, addr: number): string | undefined {
  return readTable(fs, "/etc/networks", inetNetwork, true).find((e) => e.addr === addr)?.names[0];
}

export type Resolved = { ok: true; addr: number; isNet: boolean } | { ok: false; herror: string };

/**
 * INET_resolve: "default" is the 0.0.0.0 network, a dotted quad a host;
 * otherwise /etc/hosts (first, when a host is expected) and /etc/networks.
 * The failure text is what herror(3) prints after the name.
 */
export function inetResolve(fs: Vfs, name: string, hostFirst: boolean): Resolved {
  if (name === "default") return { ok: true, addr: 0, isNet: true };
  const n = inetAton(name);
  if (n !== undefined) return { ok: true, addr: n, isNet: false };
  if (hostFirst) {
    const h = hostsByName(fs, name);
    if (h !== undefined) return { ok: true, addr: h, isNet: false };
  }
  const net = netByName(fs, name);
  if (net !== undefined) return { ok: true, addr: net, isNet: true };
  if (hostFirst) return { ok: false, herror: "Unknown host" };
  const h = hostsByName(fs, name);
  if (h !== undefined) return { ok: true, addr: h, isNet: false };
  // recorded with no DNS server reachable: the resolver's TRY_AGAIN
  return { ok: false, herror: "Host name lookup failure" };
}

/**
 * INET_rresolve for a routing table: 0.0.0.0 as "default" (a destination);
 * an address with host bits (assuming a /24) or a gateway looked up in
 * /etc/hosts; a network in /etc/networks first. Numeric when asked.
 */
export function inetRresolve(fs: Vfs, addr: number, opts: { numeric: boolean; isDestination: boolean }): string {
  if (opts.numeric) return formatIp4(addr);
  if (addr === 0) return opts.isDestination ? "default" : "0.0.0.0";
  const host = !opts.isDestination || (addr & 0xff) !== 0;
  if (!host) {
    const n = netByAddr(fs, addr);
    if (n) return n;
  }
  return hostByAddr(fs, addr) ?? formatIp4(addr);
}
