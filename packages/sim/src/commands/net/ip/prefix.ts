/**
 * iproute2's get_prefix / get_addr for IPv4: "a.b.c.d", "a.b.c.d/len",
 * "a.b.c.d/255.255.255.0" and "default".
 */
import { parseIp4, prefixOfMask } from "../../../kernel/net/inet4.js";

export interface Prefix {
  addr: string;
  len: number;
  /** a "/len" was written (PREFIXLEN_SPECIFIED) */
  lenGiven: boolean;
}

export function parsePrefix(text: string): Prefix | undefined {
  if (text === "default" || text === "all" || text === "any") return { addr: "0.0.0.0", len: 0, lenGiven: true };
  const slash = text.indexOf("/");
  const addrText = slash < 0 ? text : text.slice(0, slash);
  if (parseIp4(addrText) === undefined) return undefined;
  if (slash < 0) return { addr: addrText, len: 32, lenGiven: false };
  const lenText = text.slice(slash + 1);
  let len: number | undefined;
  if (/^[0-9]+$/.test(lenText)) len = Number(lenText);
  else {
    const m = parseIp4(lenText);
    len = m === undefined ? undefined : prefixOfMask(m);
  }
  if (len === undefined || len > 32) return undefined;
  return { addr: addrText, len, lenGiven: true };
}
