/**
 * -s/-d as libxtables reads and prints them. Reading (xtables_ipparse_multiple):
 * a comma-separated list of ADDR[/MASK], where ADDR is a dotted quad (short
 * forms "10" and "10.1" fill with zeros), a network name from /etc/networks
 * or a host name from /etc/hosts (every address it has gives a rule), MASK
 * a prefix length or a dotted mask; the address is masked ("10.1.2.3/8" is
 * 10.0.0.0/8). A mask of 0 ignores the name ("any/0"). Printing: "anywhere"
 * for /0 unless -n, otherwise the address, named from /etc/hosts or
 * /etc/networks unless -n, with "/len" unless it is /32.
 */
import type { NfAddrMatch } from "../../kernel/net/netfilter/types.js";
import type { NetDb } from "./netdb.js";
import { strtoul } from "./extensions/options.js";

function toNum(dotted: string): number {
  return dotted.split(".").reduce((n, p) => n * 256 + Number(p), 0) >>> 0;
}

export function toDotted(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");
}

function maskOf(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

/** __numeric_to_ipaddr: "a.b.c.d", or (not for masks) "a", "a.b", "a.b.c" completed with zeros */
function numericAddr(text: string, isMask: boolean): string | undefined {
  const parts = text.slice(0, 19).split(".");
  if (parts.length > 4 || (isMask && parts.length !== 4)) return undefined;
  const bytes: number[] = [];
  for (const p of parts) {
    const r = strtoul(p);
    if (!r || r.rest !== "" || r.value > 255) return undefined;
    bytes.push(r.value);
  }
  while (bytes.length < 4) bytes.push(0);
  return bytes.join(".");
}

/** one ADDR[/MASK][,...] list; `fail` reports an xtables_error */
export function parseAddresses(db: NetDb, text: string, fail: (msg: string) => never): { addr: string; prefixlen: number }[] {
  const out: { addr: string; prefixlen: number }[] = [];
  for (const raw of text.split(",")) {
    let item = raw.replace(/^\s+/, "");
    if (item.length > 255) fail("Hostname too long");
    let prefixlen = 32;
    const slash = item.lastIndexOf("/");
    if (slash >= 0) {
      const m = item.slice(slash + 1);
      item = item.slice(0, slash);
      const dotted = numericAddr(m, true);
      if (dotted) {
        const n = toNum(dotted);
        const len = Array.from({ length: 33 }, (_, i) => i).find((i) => maskOf(i) === n);
        if (len === undefined) fail(`non-contiguous mask \`${m}' is not simulated in Rootlab yet`);
        prefixlen = len;
      } else {
        const r = strtoul(m);
        if (!r || r.rest !== "" || r.value > 32) fail(`invalid mask \`${m}' specified`);
        prefixlen = r.value;
      }
    }
    if (prefixlen === 0) item = "0.0.0.0";
    const addrs = resolve(db, item);
    if (!addrs.length) fail(`host/network \`${item}' not found`);
    for (const a of addrs) out.push({ addr: toDotted((toNum(a) & maskOf(prefixlen)) >>> 0), prefixlen });
  }
  return out;
}

/** ipparse_hostnetwork: numeric, then a network name, then host names */
function resolve(db: NetDb, name: string): string[] {
  const n = numericAddr(name, false);
  if (n) return [n];
  const net = db.networkAddress(name);
  if (net) return [net];
  return db.hostAddresses(name);
}

/** the address column of a listing */
export function addrText(db: NetDb, match: NfAddrMatch | undefined, numeric: boolean): string {
  const a = match ?? { addr: "0.0.0.0", prefixlen: 0, invert: false };
  if (a.prefixlen === 0 && !numeric) return "anywhere";
  const name = numeric ? a.addr : (db.hostName(a.addr) ?? db.networkName(a.addr) ?? a.addr);
  return a.prefixlen === 32 ? name : `${name}/${a.prefixlen}`;
}

/** save_ipv4_addr: " -s 10.0.0.0/8", " ! -d 1.2.3.4/32" */
export function saveAddr(letter: string, a: NfAddrMatch | undefined): string {
  if (!a) return "";
  return `${a.invert ? " !" : ""} -${letter} ${a.addr}/${a.prefixlen}`;
}
