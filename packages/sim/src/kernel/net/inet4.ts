/**
 * IPv4 address arithmetic on uint32 numbers (host order) and dotted quads.
 * Pure functions; no kernel state.
 */

/**
 * "192.168.1.10" -> 3232235786, or undefined if not a dotted quad (inet_pton
 * rules: exactly 4 decimal parts of 1-3 digits, 0-255). One pass over the
 * characters, no split or regex: the packet path asks this several times per
 * packet.
 */
export function parseIp4(text: string): number | undefined {
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */) {
      if (digits === 0 || dots === 3 || part > 255) return undefined;
      n = n * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else if (c >= 48 && c <= 57 && digits < 3) {
      part = part * 10 + (c - 48);
      digits++;
    } else return undefined;
  }
  if (dots !== 3 || digits === 0 || part > 255) return undefined;
  return n * 256 + part;
}

export function formatIp4(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

/** netmask for a prefix length 0-32 as uint32 */
export function maskOf(prefixlen: number): number {
  return prefixlen === 0 ? 0 : (0xffffffff << (32 - prefixlen)) >>> 0;
}

/** prefix length of a contiguous netmask, or undefined */
export function prefixOfMask(mask: number): number | undefined {
  for (let len = 0; len <= 32; len++) if (maskOf(len) === mask >>> 0) return len;
  return undefined;
}

export function networkOf(addr: number, prefixlen: number): number {
  return (addr & maskOf(prefixlen)) >>> 0;
}

export function broadcastOf(addr: number, prefixlen: number): number {
  return (networkOf(addr, prefixlen) | (~maskOf(prefixlen) >>> 0)) >>> 0;
}

/** dotted quad of the network, e.g. ("192.168.1.10", 24) -> "192.168.1.0" */
export function networkText(addr: string, prefixlen: number): string {
  return formatIp4(networkOf(parseIp4(addr)!, prefixlen));
}

/** the classful default prefix length ifconfig uses when no netmask is given (A=8, B=16, C=24) */
export function classfulPrefix(addr: number): number {
  const first = addr >>> 24;
  if (first < 128) return 8;
  if (first < 192) return 16;
  return 24;
}

export function sameSubnet(a: string, b: string, prefixlen: number): boolean {
  return networkOf(parseIp4(a)!, prefixlen) === networkOf(parseIp4(b)!, prefixlen);
}
