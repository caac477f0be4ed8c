/**
 * A pure function of some of a disk's sectors, remembered per disk with the
 * sectors it read: it answers again without running while each of those
 * sectors still reads the same (a stored or pristine sector is the same
 * string object every time, so comparing is cheap). Every power-on asks GRUB
 * and the kernel the same questions of an unchanged disk: its partition table,
 * each partition's filesystem. A write anywhere it read makes it run again.
 * Callers must not change what they get back.
 */
import type { ByteString } from "../../bytes.js";
import { readSector } from "./sectors.js";
import type { DiskState } from "./state.js";

type Reads = [lba: number, bytes: ByteString][];

/** answers by key: each key must always name the same question (its answers are of one type) */
export type SectorMemo = <T>(disk: DiskState, key: string, compute: (read: (lba: number) => ByteString) => T) => T;

export function memoBySectors(): SectorMemo {
  const memo = new WeakMap<DiskState, Map<string, { reads: Reads; value: unknown }>>();
  return <T>(disk: DiskState, key: string, compute: (read: (lba: number) => ByteString) => T): T => {
    let byKey = memo.get(disk);
    const hit = byKey?.get(key);
    if (hit && unchanged(disk, hit.reads)) return hit.value as T;
    const reads: Reads = [];
    const value = compute((lba) => {
      const bytes = readSector(disk, lba);
      reads.push([lba, bytes]);
      return bytes;
    });
    if (!byKey) memo.set(disk, (byKey = new Map()));
    if (byKey.size >= 16) byKey.clear();
    byKey.set(key, { reads, value });
    return value;
  };
}

function unchanged(disk: DiskState, reads: Reads): boolean {
  for (const [lba, bytes] of reads) if (readSector(disk, lba) !== bytes) return false;
  return true;
}
