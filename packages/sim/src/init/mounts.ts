/**
 * The mount table a booted system starts with, as Debian 12's /proc/mounts
 * lists it on a small VM: the kernel's virtual filesystems, udev's /dev,
 * the tmpfs mounts systemd makes, and the root filesystem, which is the
 * installed system on /dev/sda1 or, booted from rescue media, the rescue
 * system's RAM disk (the installed system is then not mounted at all).
 */
import type { MountEntry } from "../kernel/block/state.js";

const VIRTUAL: MountEntry[] = [
  { source: "sysfs", target: "/sys", fstype: "sysfs", options: "rw,nosuid,nodev,noexec,relatime", root: { pseudo: "sys" } },
  { source: "proc", target: "/proc", fstype: "proc", options: "rw,nosuid,nodev,noexec,relatime", root: { pseudo: "proc" } },
  {
    source: "udev",
    target: "/dev",
    fstype: "devtmpfs",
    options: "rw,nosuid,relatime,size=983908k,nr_inodes=245977,mode=755,inode64",
    root: { stored: true },
  },
  { source: "devpts", target: "/dev/pts", fstype: "devpts", options: "rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=000", root: { stored: true } },
  { source: "tmpfs", target: "/run", fstype: "tmpfs", options: "rw,nosuid,nodev,noexec,relatime,size=201120k,mode=755,inode64", root: { stored: true } },
];

const AFTER_ROOT: MountEntry[] = [
  { source: "tmpfs", target: "/dev/shm", fstype: "tmpfs", options: "rw,nosuid,nodev,inode64", root: { stored: true } },
  { source: "tmpfs", target: "/run/lock", fstype: "tmpfs", options: "rw,nosuid,nodev,noexec,relatime,size=5120k,inode64", root: { stored: true } },
];

function copy(list: MountEntry[]): MountEntry[] {
  return list.map((m) => ({ ...m, root: { ...m.root } }));
}

/** the installed system: root on /dev/sda1 */
export function diskMounts(rootDevice: string): MountEntry[] {
  return copy([
    ...VIRTUAL,
    { source: rootDevice, target: "/", fstype: "ext4", options: "rw,relatime,errors=remount-ro", root: { fs: "root" } },
    ...AFTER_ROOT,
  ]);
}

/** the rescue system: its root is a RAM disk, the disks are left alone */
export function rescueMounts(): MountEntry[] {
  return copy([
    ...VIRTUAL,
    { source: "overlay", target: "/", fstype: "overlay", options: "rw,noatime,lowerdir=/run/live/rootfs/filesystem.squashfs/,upperdir=/run/live/overlay/rw,workdir=/run/live/overlay/work,uuid=on", root: { fs: "rescue" } },
    ...AFTER_ROOT,
  ]);
}
