/**
 * Block devices as plain JSON. A disk is hardware: it lives in the host's
 * state (`HostState.disks`) and keeps its bytes across reboots. What the
 * kernel made of it at run time (the partitions it registered, the mounts)
 * is in `KernelState.block` and is lost at reboot, as on Linux.
 *
 * A disk is sparse: only sectors that were written are stored, as byte
 * strings of exactly 512 chars (one char per byte, like file contents).
 * Regions the installer laid down (GRUB's core image, a filesystem's
 * superblock, a swap header) are described once in `images` and made into
 * bytes when read; a sector written over such a region is stored and wins.
 * Every other sector reads as zeros.
 */
import type { ByteString } from "../../bytes.js";

/** bytes per logical sector; the simulation's disks are all 512/512 */
export const SECTOR = 512;

/**
 * A region of a disk whose bytes are computed from this description
 * (images.ts) until written over.
 */
export type DiskImage =
  /** GRUB 2's core.img for i386-pc, embedded after the MBR (diskboot.img then the compressed kernel) */
  | { kind: "grub-core"; lba: number; sectors: number; prefix: string }
  /** the superblock of an ext4 filesystem whose partition starts at `lba` (the files are the host's Vfs, not bytes) */
  | {
      kind: "ext4";
      lba: number;
      uuid: string;
      label: string;
      /** filesystem size in 4 KiB blocks */
      blocks: number;
      /** what the filesystem holds: "root" is the host's installed system (HostState.fs) */
      content: "root";
    }
  /** a Linux swap area (mkswap, version 1) on the partition starting at `lba` */
  | { kind: "swap"; lba: number; uuid: string; label: string; pages: number };

export interface DiskState {
  /** the kernel's name: "sda" */
  name: string;
  major: number;
  minor: number;
  /**
   * device numbers the driver reserved for the disk and its partitions
   * (sysfs `range`): 16 for sd; 1 for loop, whose partitions then take
   * numbers of the extended major 259 (absent: 16)
   */
  minors?: number;
  /** SCSI INQUIRY vendor and model as sysfs shows them, space padded ("ATA     ", "QEMU HARDDISK   ") */
  vendor: string;
  model: string;
  /** size in 512-byte sectors */
  sectors: number;
  /** sectors written since the disk was made: LBA in decimal -> 512 bytes */
  written: Record<string, ByteString>;
  images: DiskImage[];
}

/** A partition the kernel registered (block/partitions/msdos.c), in 512-byte sectors. */
export interface PartitionInfo {
  /** "sda1" */
  name: string;
  number: number;
  start: number;
  sectors: number;
  /** the MBR type byte (0x83 Linux, 0x05 extended, 0x82 swap) */
  type: number;
}

/** One mounted filesystem, as /proc/mounts lists it. */
export interface MountEntry {
  /** what `mount` shows first: "/dev/sda1", "proc", "sysfs" */
  source: string;
  /** absolute path in the host's mount namespace */
  target: string;
  fstype: string;
  /** the option string /proc/mounts shows ("rw,relatime") */
  options: string;
  /** what appears at the target: a filesystem's tree (from `node`'s inode) or a live view */
  root: MountRoot;
}

export type MountRoot =
  /** a stored filesystem, by which tree it is (see Host's filesystem lookup), from inode `ino` (absent: its root) */
  | { fs: FsRef; ino?: number }
  | { pseudo: "proc" | "sys" }
  /** `mount --bind`: what the namespace path shows (a path, looked up when walked) */
  | { bind: string }
  /** listed for fidelity only: the simulation keeps these files in the directory itself (/dev, /run, /dev/shm) */
  | { stored: true };

/** which stored tree: the installed system on the disk, or the rescue system's RAM disk */
export type FsRef = "root" | "rescue";

/** The kernel's block-layer state: partitions per disk (by disk name) and the mount table. */
export interface BlockState {
  partitions: Record<string, PartitionInfo[]>;
  mounts: MountEntry[];
}
