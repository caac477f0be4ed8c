/**
 * The few IPv6 facts the first lessons need: the EUI-64 link-local address a
 * NIC gets when it comes up (RFC 4291 appendix A), and RFC 5952 text form.
 */

/** fe80::/64 link-local address from a MAC: flip the U/L bit, insert ff:fe */
export function linkLocalFromMac(mac: string): string {
  const b = mac.split(":").map((h) => parseInt(h, 16));
  const groups = [0xfe80, 0, 0, 0, ((b[0] ^ 2) << 8) | b[1], (b[2] << 8) | 0xff, (0xfe << 8) | b[3], (b[4] << 8) | b[5]];
  return formatIp6(groups);
}

/** eight 16-bit groups to RFC 5952 text (longest run of >= 2 zero groups becomes "::") */
export function formatIp6(groups: number[]): string {
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}
