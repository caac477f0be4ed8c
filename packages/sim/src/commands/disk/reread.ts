/**
 * Telling the kernel about a new partition table after writing it, as
 * libfdisk does (context.c): nothing for an image file; for a disk nobody
 * uses, BLKRRPART ("Calling ioctl() to re-read partition table."); for a
 * disk with a mounted partition, BLKPG per changed partition, which fails
 * with EBUSY for a partition in use ("The kernel still uses the old
 * partitions..."). udev then makes or removes the /dev nodes.
 */
import { STRERROR } from "../../kernel/errno.js";
import type { MbrLabel, MbrPartition } from "../../kernel/block/mbr.js";
import { isExtendedType } from "../../kernel/block/mbr.js";
import { settleBlockDevices } from "../../host/udev.js";
import { partitionName } from "../../kernel/block/partitions.js";
import type { Process } from "../../process/process.js";
import type { DiskHandle } from "./label.js";
import { KERN_INFO } from "../../kernel/printk.js";

export interface Messages {
  info(msg: string): void;
  warn(msg: string): void;
}

/** a disk is in use when one of its partitions is mounted (BLKRRPART would fail with EBUSY) */
export function diskInUse(proc: Process, disk: DiskHandle): boolean {
  if (!disk.dev || disk.dev.partition) return false;
  const block = proc.host.kernel.block;
  return block.partitions(disk.dev.disk).some((p) => block.inUse(p.name));
}

/** returns the exit status the program ends with (0: the kernel knows the new table, or tried partition by partition) */
export function informKernel(proc: Process, disk: DiskHandle, original: MbrLabel, now: MbrLabel, msg: Messages): number {
  const dev = disk.dev;
  if (!dev || dev.partition) return 0;
  const block = proc.host.kernel.block;
  if (!diskInUse(proc, disk)) {
    msg.info("Calling ioctl() to re-read partition table.");
    const r = block.rereadPartitions(dev.disk);
    if (r.ok) proc.host.kernel.printk(KERN_INFO + r.value);
    settleBlockDevices(proc.host);
    if (!r.ok) {
      msg.warn(`Re-reading the partition table failed.: ${STRERROR[r.errno]}`);
      msg.info("The kernel still uses the old table. The new table will be used at the next reboot or after you run partprobe(8) or partx(8).");
      return 1;
    }
    return 0;
  }
  const same = (a: MbrPartition, b: MbrPartition) => a.start === b.start && a.sectors === b.sectors;
  let err = 0;
  for (const old of original.partitions) {
    const cur = now.partitions.find((p) => p.number === old.number);
    if (cur) continue;
    const r = block.deletePartition(dev.disk, old.number);
    if (!r.ok) {
      msg.warn(`Failed to remove partition ${old.number} from system: ${STRERROR[r.errno]}`);
      err++;
    }
  }
  for (const cur of now.partitions) {
    const old = original.partitions.find((p) => p.number === cur.number);
    if (old && same(old, cur)) continue;
    if (old && block.inUse(partitionName(dev.disk.name, cur.number))) {
      msg.warn(`Failed to update system information about partition ${cur.number}: ${STRERROR.EBUSY}`);
      err++;
      continue;
    }
    const sectors = isExtendedType(cur.type) && cur.number <= 4 ? Math.min(cur.sectors, 2) : cur.sectors;
    const r = block.addPartition(dev.disk, { name: partitionName(dev.disk.name, cur.number), number: cur.number, start: cur.start, sectors, type: cur.type });
    if (!r.ok) {
      msg.warn(`Failed to ${old ? "update system information about" : "add"} partition ${cur.number}${old ? "" : " to system"}: ${STRERROR[r.errno]}`);
      err++;
    }
  }
  settleBlockDevices(proc.host);
  if (err) msg.info("The kernel still uses the old partitions. The new table will be used at the next reboot. ");
  return 0;
}
