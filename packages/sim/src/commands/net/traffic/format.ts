/** Number formats the network tools share, as their C printf calls produce them. */

/** printf("%g"): six significant digits, no trailing zeros */
export function fmtG(n: number): string {
  if (n === 0) return "0";
  const s = n.toPrecision(6);
  if (s.includes("e")) return s;
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

/** iputils' RTT: µs shown with 3 decimals below 1 ms, 2 below 10, 1 below 100, none above */
export function pingTime(ms: number): string {
  const us = Math.round(ms * 1000);
  if (us >= 100_000 - 50) return `${Math.floor((us + 500) / 1000)}`;
  if (us >= 10_000 - 5) return `${Math.floor((us + 50) / 1000)}.${Math.floor(((us + 50) % 1000) / 100)}`;
  if (us >= 1000) return `${Math.floor((us + 5) / 1000)}.${String(Math.floor(((us + 5) % 1000) / 10)).padStart(2, "0")}`;
  return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, "0")}`;
}

/** "%ld.%03ld" of a value in ms (rtt summary, tracepath) */
export function ms3(ms: number): string {
  const us = Math.round(ms * 1000);
  return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, "0")}`;
}
