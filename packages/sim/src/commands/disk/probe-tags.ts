/**
 * What libblkid says about a block device: its tags (PTUUID/PTTYPE for a
 * disk with a partition table, LABEL/UUID/BLOCK_SIZE/TYPE for a filesystem
 * or swap, PARTUUID for an MBR partition: the disk identifier and the
 * partition number). Shared by blkid, lsblk and mount.
 */
import type { BlockDevice } from "../../kernel/block/block.js";
import { parseMbr } from "../../kernel/block/mbr.js";
import { readSector } from "../../kernel/block/sectors.js";
import type { Kernel } from "../../kernel/kernel.js";

export type Tags = [string, string][];

export function deviceTags(kernel: Kernel, dev: BlockDevice): Tags {
  const tags: Tags = [];
  const label = parseMbr((lba) => readSector(dev.disk, lba));
  if (!dev.partition) {
    if (label) tags.push(["PTUUID", label.diskId.toString(16).padStart(8, "0")], ["PTTYPE", "dos"]);
    return tags;
  }
  const fs = kernel.block.probe(dev);
  if (fs) {
    if (fs.label) tags.push(["LABEL", fs.label]);
    tags.push(["UUID", fs.uuid]);
    if (fs.type === "ext4") tags.push(["BLOCK_SIZE", String(fs.blockSize)]);
    tags.push(["TYPE", fs.type]);
  } else if (dev.sectors <= 2 && label) tags.push(["PTTYPE", "dos"]);
  if (label) tags.push(["PARTUUID", `${label.diskId.toString(16).padStart(8, "0")}-${dev.partition.number.toString(16).padStart(2, "0")}`]);
  return tags;
}

export function tag(tags: Tags, name: string): string | undefined {
  return tags.find(([k]) => k === name)?.[1];
}
