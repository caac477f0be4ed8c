/**
 * iproute2's get_prefix / get_addr for IPv4 (utils.c get_addr_ipv4):
 * "a.b.c.d", short forms ("10" = 10.0.0.0, "10.1" = 10.1.0.0), parts in
 * strtoul base 0 (hex "0x0a", octal "012"), "/len" or "/mask", and
 * "default" / "all" / "any" for 0/0.
 */
import { formatIp4, prefixOfMask } from "../../../kernel/net/inet4.js";

export interface Prefix {
  addr: string;
  len: number;
  /** a "/len" was written (PREFIXLEN_SPECIFIED) */
  lenGiven: boolean;
}

/** strtoul(s, &end, 0) on a whole part: decimal, 0x hex or 0 octal */
function part(s: string): number | undefined {
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^0[xX]([0-9a-fA-F]+)$/))) return Number.parseInt(m[1], 16);
  if (/^0[0-7]*$/.test(s)) return Number.parseInt(s, 8);
  if (/^[1-9][0-9]*$/.test(s)) return Number(s);
  return undefined;
}

/** get_addr_ipv4: up to four dot-separated parts, missing ones zero */
export function parseAddr4(text: string): string | undefined {
  const parts = text.split(".");
  if (parts.length > 4 || parts.length === 0) return undefined;
  const bytes = [0, 0, 0, 0];
  for (let i = 0; i < parts.length; i++) {
    const v = part(parts[i]);
    if (v === undefined || v > 255) return undefined;
    bytes[i] = v;
  }
  return formatIp4(((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0);
}

export function parsePrefix(text: string): Prefix | undefined {
  if (text === "default" || text === "all" || text === "any") return { addr: "0.0.0.0", len: 0, lenGiven: true };
  const slash = text.indexOf("/");
  const addr = parseAddr4(slash < 0 ? text : text.slice(0, slash));
  if (addr === undefined) return undefined;
  if (slash < 0) return { addr, len: 32, lenGiven: false };
  const lenText = text.slice(slash + 1);
  let len: number | undefined;
  if (/^[0-9]+$/.test(lenText)) len = Number(lenText);
  else {
    const m = parseAddr4(lenText);
    len = m === undefined || lenText.split(".").length !== 4 ? undefined : prefixOfMask(ipNum(m));
  }
  if (len === undefined || len > 32) return undefined;
  return { addr, len, lenGiven: true };
}

function ipNum(a: string): number {
  return a.split(".").reduce((n, p) => n * 256 + Number(p), 0);
}
