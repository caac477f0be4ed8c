/**
 * What udev does with /dev when the kernel adds or removes a block device:
 * a node per disk and partition (brw-rw---- root:disk, the kernel's device
 * numbers), and no node for a partition the kernel no longer has. Run at
 * boot and after a program re-read a partition table.
 */
import type { Host } from "./host.js";

const DISK_GID = 6;

export function settleBlockDevices(host: Host): void {
  const fs = host.fs;
  const devices = host.kernel.block.devices();
  const names = new Set(devices.map((d) => d.name));
  const listing = fs.readdir("/dev");
  if (!listing.ok) return;
  for (const name of listing.value) {
    // only the disks' own nodes: sda, sda1, ... (never /dev/null and friends)
    const disk = devices.find((d) => !d.partition && name.startsWith(d.disk.name));
    if (!disk || names.has(name) || !/^[a-z]+(\d+|\d+p\d+|\d*)$/.test(name)) continue;
    const st = fs.lstat(`/dev/${name}`);
    if (st.ok && st.value.type === "blockdev") fs.unlink(`/dev/${name}`);
  }
  for (const d of devices) {
    const path = `/dev/${d.name}`;
    const st = fs.lstat(path);
    if (st.ok && st.value.type === "blockdev" && st.value.rdev?.major === d.major && st.value.rdev.minor === d.minor) continue;
    if (st.ok) fs.unlink(path);
    fs.mknod?.(path, { type: "blockdev", major: d.major, minor: d.minor, mode: 0o660, gid: DISK_GID });
  }
}
