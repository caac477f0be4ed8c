/**
 * The kernel's partition scan (block/partitions/msdos.c): the partitions it
 * registers for a disk from its MBR. Primary entries keep their numbers;
 * an extended partition is registered with 2 sectors only (so nobody makes
 * a filesystem on it) and its logical partitions are numbered from 5 in
 * chain order. A partition running past the end of the disk is cut there.
 * No signature: no partitions.
 */
import { isExtendedType, parseMbr } from "./mbr.js";
import { readSector } from "./sectors.js";
import type { DiskState, PartitionInfo } from "./state.js";

/** the kernel's name for partition `n` (disk_name()): "sda1", but "loop0p1", "nvme0n1p1" after a digit */
export function partitionName(disk: string, n: number): string {
  return /\d$/.test(disk) ? `${disk}p${n}` : `${disk}${n}`;
}

export function scanPartitions(disk: DiskState): PartitionInfo[] {
  const label = parseMbr((lba) => readSector(disk, lba));
  if (!label) return [];
  const out: PartitionInfo[] = [];
  for (const p of label.partitions) {
    if (p.start >= disk.sectors) continue;
    const sectors = isExtendedType(p.type) && p.number <= 4 ? Math.min(2, p.sectors) : Math.min(p.sectors, disk.sectors - p.start);
    out.push({ name: partitionName(disk.name, p.number), number: p.number, start: p.start, sectors, type: p.type });
  }
  return out;
}

/** the line the kernel logs for a scanned disk: " sda: sda1 sda2 < sda5 >" */
export function scanMessage(disk: DiskState, parts: PartitionInfo[]): string {
  if (parts.length === 0) return ` ${disk.name}: unknown partition table`;
  const prim = parts.filter((p) => p.number <= 4).map((p) => p.name);
  const logical = parts.filter((p) => p.number > 4).map((p) => p.name);
  return ` ${disk.name}: ${prim.join(" ")}${logical.length ? ` < ${logical.join(" ")} >` : ""}`;
}
