/** Helpers for the disk programs' tests. Pure (no Node built-ins). */
import { settleBlockDevices } from "../../host/udev.js";
import { scanPartitions } from "../../kernel/block/partitions.js";
import type { LabSession } from "../../lab/lab-session.js";

/**
 * Make the lab's first host see /dev/sda as a disk nobody uses, as an image
 * file is: its root filesystem no longer counts as mounted from /dev/sda1
 * (the files stay where they are). For comparisons with the real tools run
 * on an image.
 */
export function unusedDisk(lab: LabSession): void {
  const host = lab.world.host(lab.defaultHost)!;
  const block = host.state.kernel.block;
  if (block) block.mounts = block.mounts.filter((m) => !m.source.startsWith("/dev/sd"));
}

/** /dev/sda -> /dev/loopN, /dev/sda1 -> /dev/loopNp1: a line as it was run on the loop device */
export function toLoop(line: string, loop: string): string {
  return line.replace(/\/dev\/sda(\d*)/g, (_, n: string) => (n ? `/dev/${loop}p${n}` : `/dev/${loop}`));
}

/**
 * Give the lab's disk the loop device's identity a recording had (see
 * record-blockdev-fixtures.ts): the same bytes attached as `loop`
 * ("loop0"), major 7, one minor, so the kernel names its partitions
 * loop0p1.. and numbers them from the extended major 259. The disk must be
 * unused (unusedDisk first).
 */
export function asLoopDevice(lab: LabSession, loop: string): void {
  const host = lab.world.host(lab.defaultHost)!;
  const disk = host.state.disks![0];
  const block = host.state.kernel.block!;
  delete block.partitions[disk.name];
  Object.assign(disk, { name: loop, major: 7, minor: Number(loop.slice(4)), minors: 1 });
  block.partitions[loop] = scanPartitions(disk);
  settleBlockDevices(host);
}
