/**
 * The block layer's syscall-like API (what open(2) on /dev/sdX, read/write
 * at an offset, the BLKRRPART and BLKPG ioctls, mount(2) and umount(2)
 * reach): devices by name or number, byte I/O on a disk or partition, the
 * partition table the kernel holds, and the mount table. Disks are the
 * host's hardware (`DiskState`, kept across reboots); the partitions and
 * mounts are this boot's (`BlockState` in the kernel state).
 *
 * A partition's I/O is bounded by the partition the kernel registered, not
 * by the table on the disk now: after a table is rewritten, /dev/sda1 stays
 * what it was until the table is read again (BLKRRPART, which fails with
 * EBUSY while a partition is mounted, or a reboot).
 */
import type { ByteString } from "../../bytes.js";
import { type Result, fail, ok } from "../errno.js";
import { scanMessage, scanPartitions } from "./partitions.js";
import { type Probed, probeFilesystem } from "./probe.js";
import { imageExtent } from "./images.js";
import { readBytes, writeBytes } from "./sectors.js";
import { type BlockState, type DiskState, type MountEntry, type PartitionInfo, SECTOR } from "./state.js";

/** A block device: a whole disk, or one of its partitions. */
export interface BlockDevice {
  name: string;
  major: number;
  minor: number;
  disk: DiskState;
  /** undefined for the whole disk */
  partition?: PartitionInfo;
  /** first sector on the disk */
  start: number;
  sectors: number;
}

/** the major of partitions beyond a disk's reserved minors (include/linux/major.h) */
export const BLOCK_EXT_MAJOR = 259;

export function newBlockState(disks: DiskState[]): { state: BlockState; messages: string[] } {
  const state: BlockState = { partitions: {}, mounts: [] };
  const messages: string[] = [];
  for (const d of disks) {
    state.partitions[d.name] = scanPartitions(d);
    messages.push(scanMessage(d, state.partitions[d.name]));
  }
  return { state, messages };
}

export class BlockLayer {
  constructor(
    private readonly disks: () => DiskState[],
    private readonly state: () => BlockState,
  ) {}

  /** whole disks, in name order */
  diskList(): DiskState[] {
    return [...this.disks()].sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  /** the partitions the kernel holds for `disk` */
  partitions(disk: DiskState): PartitionInfo[] {
    return this.state().partitions[disk.name] ?? [];
  }

  /**
   * every device, disks each followed by their partitions (/proc/partitions
   * order). A partition takes the disk's minor plus its number while the
   * disk's reserved range lasts, else the next number of the extended
   * major (BLOCK_EXT_MAJOR 259), handed out in this order (the kernel
   * hands out the lowest free one when the partition is added).
   */
  devices(): BlockDevice[] {
    const out: BlockDevice[] = [];
    let ext = 0;
    for (const d of this.diskList()) {
      out.push({ name: d.name, major: d.major, minor: d.minor, disk: d, start: 0, sectors: d.sectors });
      for (const p of this.partitions(d)) {
        const inRange = p.number < (d.minors ?? 16);
        const [major, minor] = inRange ? [d.major, d.minor + p.number] : [BLOCK_EXT_MAJOR, ext++];
        out.push({ name: p.name, major, minor, disk: d, partition: p, start: p.start, sectors: p.sectors });
      }
    }
    return out;
  }

  byName(name: string): BlockDevice | undefined {
    return this.devices().find((d) => d.name === name);
  }

  byNumber(major: number, minor: number): BlockDevice | undefined {
    return this.devices().find((d) => d.major === major && d.minor === minor);
  }

  /** size in bytes */
  size(dev: BlockDevice): number {
    return dev.sectors * SECTOR;
  }

  /** read(2) at a byte offset; short at the end of the device */
  read(dev: BlockDevice, offset: number, length: number): ByteString {
    const end = Math.min(offset + length, dev.sectors * SECTOR);
    return readBytes(dev.disk, dev.start * SECTOR + offset, Math.max(0, end - offset));
  }

  /** write(2) at a byte offset; returns the bytes written (short at the end: ENOSPC for the rest) */
  write(dev: BlockDevice, offset: number, data: ByteString): number {
    const room = Math.max(0, dev.sectors * SECTOR - offset);
    return writeBytes(dev.disk, dev.start * SECTOR + offset, (data.length > room ? data.slice(0, room) : data) as ByteString);
  }

  /** SEEK_DATA: the first byte offset at or after `offset` in a sector that was written or holds an image (the end when none) */
  nextData(dev: BlockDevice, offset: number): number {
    const end = dev.sectors * SECTOR;
    const from = dev.start + Math.floor(offset / SECTOR);
    let next = dev.start + dev.sectors;
    for (const key of Object.keys(dev.disk.written)) {
      const lba = Number(key);
      if (lba >= from && lba < next) next = lba;
    }
    for (const img of dev.disk.images) {
      const [a, b] = imageExtent(img);
      if (b >= from && Math.max(a, from) < next) next = Math.max(a, from);
    }
    return next === from ? offset : Math.min(end, (next - dev.start) * SECTOR);
  }

  /** what the device holds (ext4, swap), read from its bytes */
  probe(dev: BlockDevice): Probed | undefined {
    return probeFilesystem((off, len) => this.read(dev, off, len));
  }

  /** BLKRRPART: read the disk's table again; EBUSY while one of its partitions is in use */
  rereadPartitions(disk: DiskState): Result<string> {
    if (this.partitions(disk).some((p) => this.inUse(p.name))) return fail("EBUSY");
    const parts = scanPartitions(disk);
    this.state().partitions[disk.name] = parts;
    return ok(scanMessage(disk, parts));
  }

  /** BLKPG_DEL_PARTITION: EBUSY while in use, ENXIO-like ENODEV when absent */
  deletePartition(disk: DiskState, number: number): Result {
    const parts = this.partitions(disk);
    const p = parts.find((x) => x.number === number);
    if (!p) return fail("ENODEV");
    if (this.inUse(p.name)) return fail("EBUSY");
    this.state().partitions[disk.name] = parts.filter((x) => x !== p);
    return ok();
  }

  /** BLKPG_ADD_PARTITION (or a resize of one not in use) */
  addPartition(disk: DiskState, part: PartitionInfo): Result {
    const parts = this.partitions(disk).filter((x) => x.number !== part.number);
    const overlap = parts.some((x) => x.start < part.start + part.sectors && part.start < x.start + x.sectors && x.sectors > 2);
    if (overlap && part.sectors > 2) return fail("EBUSY");
    parts.push(part);
    parts.sort((a, b) => a.number - b.number);
    this.state().partitions[disk.name] = parts;
    return ok();
  }

  /** a device is in use: mounted (or holding a mounted partition) */
  inUse(name: string): boolean {
    return this.state().mounts.some((m) => m.source === `/dev/${name}`);
  }

  // --- mounts ---------------------------------------------------------

  mounts(): readonly MountEntry[] {
    return this.state().mounts;
  }

  mount(entry: MountEntry): Result {
    const mounts = this.state().mounts;
    mounts.push(entry);
    return ok();
  }

  /** umount(2) by target: the last mount there; EBUSY when something is mounted below it */
  umount(target: string): Result {
    const mounts = this.state().mounts;
    let i = -1;
    for (let k = mounts.length - 1; k >= 0; k--)
      if (mounts[k].target === target) {
        i = k;
        break;
      }
    if (i < 0) return fail("EINVAL");
    if (target === "/") return fail("EBUSY");
    const prefix = `${target}/`;
    if (mounts.some((m, k) => k > i && m.target.startsWith(prefix))) return fail("EBUSY");
    mounts.splice(i, 1);
    return ok();
  }
}
