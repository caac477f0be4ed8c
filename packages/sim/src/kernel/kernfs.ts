/**
 * The order sysfs lists a directory in. kernfs keeps a directory's entries
 * in a red-black tree sorted by a hash of the name (fs/kernfs/dir.c
 * kernfs_name_hash: the dcache's partial_name_hash over the bytes, then
 * hash_long to 31 bits, 0, 1 and INT_MAX reserved), then by name; readdir
 * walks that tree. So /sys/block/sda lists sda2, sda5, sda1 in that order,
 * and programs that walk sysfs (blkid probing every device) meet
 * partitions in it. Checked against a real /sys/block/loop0 listing.
 */

const MASK64 = (1n << 64n) - 1n;
/** GOLDEN_RATIO_64 (include/linux/hash.h) */
const GOLDEN_RATIO_64 = 0x61c8864680b583ebn;
const INT_MAX = 0x7fffffff;

/** kernfs_name_hash(name, NULL) on a 64-bit kernel */
export function kernfsNameHash(name: string): number {
  let hash = 0n;
  for (let i = 0; i < name.length; i++) {
    const c = BigInt(name.charCodeAt(i) & 0xff);
    hash = ((hash + (c << 4n) + (c >> 4n)) * 11n) & MASK64;
  }
  // end_name_hash: hash_long(hash, 32) = (hash * GOLDEN_RATIO_64) >> 32
  let h = Number(((hash * GOLDEN_RATIO_64) & MASK64) >> 32n) & INT_MAX;
  if (h < 2) h += 2;
  if (h >= INT_MAX) h = INT_MAX - 1;
  return h;
}

/** `names` in the order readdir(2) returns them from a sysfs directory */
export function kernfsOrder(names: readonly string[]): string[] {
  const keyed = names.map((n) => ({ n, h: kernfsNameHash(n) }));
  keyed.sort((a, b) => a.h - b.h || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  return keyed.map((k) => k.n);
}
