/**
 * IPv4 addresses as numbers, for drawing parameter values. Free of zod: the
 * lesson page draws a learner's values in the browser before the first
 * prompt, where the schemas are not loaded (see plan.ts).
 */

export function parseIpv4(a: string): number {
  return a.split(".").reduce((n, o) => n * 256 + Number(o), 0);
}

export function formatIpv4(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
}

/** [first host, last host] of a subnet "a.b.c.d/len", as numbers */
export function hostRange(subnet: string): [number, number] {
  const [addr, len] = subnet.split("/");
  const size = 2 ** (32 - Number(len));
  const network = Math.floor(parseIpv4(addr) / size) * size;
  return [network + 1, network + size - 2];
}
