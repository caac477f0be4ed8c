/**
 * The block devices at boot: the kernel scans each disk's partition table
 * (logging " sda: sda1 sda2 < sda5 >"), the root filesystem is mounted with
 * the kernel's virtual filesystems (init/mounts.ts), and udev makes the
 * /dev nodes. A host without disks (made before they were simulated) keeps
 * no block state and the fixed /proc and /sys mounts.
 */
import type { Host } from "../host/host.js";
import { settleBlockDevices } from "../host/udev.js";
import { newBlockState } from "../kernel/block/block.js";
import { newDebianDisk } from "../kernel/block/install.js";
import { installBootFiles } from "../fs/debian-boot.js";
import { INSTALLED } from "../fs/debian-tree.js";
import { diskMounts, rescueMounts } from "./mounts.js";
import { KERN_INFO } from "../kernel/printk.js";

/** the partition whose ext4 filesystem is the installed system */
export function rootDevice(host: Host): string | undefined {
  const disks = host.state.disks ?? [];
  for (const dev of host.kernel.block.devices()) {
    if (!dev.partition) continue;
    const fs = host.kernel.block.probe(dev);
    if (fs?.type !== "ext4") continue;
    if (disks.some((d) => d.images.some((i) => i.kind === "ext4" && i.content === "root" && i.uuid === fs.uuid))) return `/dev/${dev.name}`;
  }
  return undefined;
}

/** Set up the kernel's block state on a freshly powered-on kernel (before its host view is made). */
export function attachBlockDevices(host: Host): void {
  if (!host.state.disks) return;
  const { state, messages } = newBlockState(host.state.disks);
  host.state.kernel.block = state;
  // check_partition: printk(KERN_INFO, " sda: sda1 sda2")
  for (const m of messages) host.kernel.printk(KERN_INFO + m);
  state.mounts = host.state.machine?.kind === "rescue" ? rescueMounts() : diskMounts(rootDevice(host) ?? "/dev/sda1");
  settleBlockDevices(host);
}

/**
 * Give a host saved before disks were simulated the disk the installer
 * would have left (snapshot migration 2 -> 3): the MBR disk, /boot and
 * GRUB's files, and block state for the running kernel, as if it had
 * booted with them.
 */
export function addMissingDisk(host: Host): void {
  if (host.state.disks) return;
  host.state.disks = [newDebianDisk()];
  installBootFiles(host.fs, INSTALLED);
  attachBlockDevices(host);
}
