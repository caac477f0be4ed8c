/**
 * The boot ID (/proc/sys/kernel/random/boot_id): a random UUID (version 4)
 * the kernel draws once per boot. Here it is drawn from what tells one boot
 * of one machine from every other, without spending the world's PRNG (that
 * would move every later draw, TCP sequence numbers included): the machine's
 * first NIC address and the virtual time it booted at, mixed by FNV-1a.
 * Same machine and boot time, same ID; a reboot gives a new one.
 */

function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // a final avalanche so that close inputs differ in every digit
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** 32 lowercase hex digits, version 4 and RFC 4122 variant bits set as generate_random_uuid does */
export function bootId(machine: string, bootedAtMs: number): string {
  const words = [1, 2, 3, 4].map((seed) => fnv1a(`${machine}@${bootedAtMs}`, seed).toString(16).padStart(8, "0"));
  const hex = words.join("").split("");
  hex[12] = "4";
  hex[16] = "89ab"[parseInt(hex[16], 16) & 3];
  return hex.join("");
}
