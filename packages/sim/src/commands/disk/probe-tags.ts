/**
 * What libblkid finds on a block device, from its bytes now: a filesystem
 * or swap (superblocks chain), a partition table on the device itself
 * (a disk's MBR, or the EBR an extended partition starts with), and, for a
 * partition, the entry of its disk's table that describes it (the entry
 * with the kernel's number, start and size; an extended partition the
 * kernel registered as 2 sectors matches by start). Shared by blkid
 * (its tags), lsblk (udev's database, which udev fills from the same
 * probe after every change) and mount.
 */
import type { BlockDevice } from "../../kernel/block/block.js";
import { type MbrLabel, hasMbrSignature, isExtendedType, parseMbr, rawEntries } from "../../kernel/block/mbr.js";
import type { Probed } from "../../kernel/block/probe.js";
import { readSector } from "../../kernel/block/sectors.js";
import type { Kernel } from "../../kernel/kernel.js";

export type Tags = [string, string][];

export interface PartEntry {
  uuid: string;
  type: number;
  boot: boolean;
  number: number;
  /** sectors from the start of the disk */
  offset: number;
  size: number;
  /** the disk's "major:minor" */
  disk: string;
}

export interface DeviceProbe {
  fs?: Probed;
  /** a table on the device itself; `id` only when its identifier is not zero */
  pt?: { type: "dos"; id?: string };
  entry?: PartEntry;
}

const hex8 = (n: number) => n.toString(16).padStart(8, "0");

/** the device's own first sector read as an MBR: signature and boot flags of 0 or 0x80 */
function ownTable(kernel: Kernel, dev: BlockDevice): DeviceProbe["pt"] {
  const first = kernel.block.read(dev, 0, 512);
  if (!hasMbrSignature(first) || rawEntries(first).some((e) => e.boot !== 0 && e.boot !== 0x80)) return undefined;
  const id = (first.charCodeAt(440) | (first.charCodeAt(441) << 8) | (first.charCodeAt(442) << 16) | (first.charCodeAt(443) << 24)) >>> 0;
  return { type: "dos", ...(id ? { id: hex8(id) } : {}) };
}

export function diskLabel(dev: BlockDevice): MbrLabel | null {
  return parseMbr((lba) => readSector(dev.disk, lba));
}

function entryOf(dev: BlockDevice, label: MbrLabel | null): PartEntry | undefined {
  const part = dev.partition;
  if (!part || !label) return undefined;
  const e = label.partitions.find(
    (p) => p.number === part.number && p.start === part.start && (p.sectors === part.sectors || (isExtendedType(p.type) && part.sectors <= 2)),
  );
  if (!e) return undefined;
  return {
    uuid: `${hex8(label.diskId)}-${e.number.toString(16).padStart(2, "0")}`,
    type: e.type,
    boot: e.boot,
    number: e.number,
    offset: e.start,
    size: e.sectors,
    disk: `${dev.disk.major}:${dev.disk.minor}`,
  };
}

export function probeDevice(kernel: Kernel, dev: BlockDevice): DeviceProbe {
  if (!dev.partition) return { pt: ownTable(kernel, dev) };
  return { fs: kernel.block.probe(dev), pt: ownTable(kernel, dev), entry: entryOf(dev, diskLabel(dev)) };
}

export function fsVersion(fs: Probed): string {
  return fs.type === "ext4" ? "1.0" : "1";
}

/** blkid's tags (the cache's view): LABEL UUID BLOCK_SIZE TYPE, PTUUID PTTYPE, PARTUUID */
export function deviceTags(kernel: Kernel, dev: BlockDevice): Tags {
  const p = probeDevice(kernel, dev);
  const tags: Tags = [];
  if (p.fs) {
    if (p.fs.label) tags.push(["LABEL", p.fs.label]);
    tags.push(["UUID", p.fs.uuid]);
    if (p.fs.type === "ext4") tags.push(["BLOCK_SIZE", String(p.fs.blockSize)]);
    tags.push(["TYPE", p.fs.type]);
  }
  if (p.pt) {
    if (p.pt.id) tags.push(["PTUUID", p.pt.id]);
    tags.push(["PTTYPE", p.pt.type]);
  }
  if (p.entry) tags.push(["PARTUUID", p.entry.uuid]);
  return tags;
}

/** `blkid -p`: the low-level probe's values (VERSION, USAGE, PART_ENTRY_*) */
export function probeTags(kernel: Kernel, dev: BlockDevice): Tags {
  const p = probeDevice(kernel, dev);
  const tags: Tags = [];
  if (p.fs) {
    if (p.fs.label) tags.push(["LABEL", p.fs.label]);
    tags.push(["UUID", p.fs.uuid], ["VERSION", fsVersion(p.fs)]);
    if (p.fs.type === "ext4") tags.push(["BLOCK_SIZE", String(p.fs.blockSize)]);
    tags.push(["TYPE", p.fs.type], ["USAGE", p.fs.type === "swap" ? "other" : "filesystem"]);
  }
  if (p.pt) {
    if (p.pt.id) tags.push(["PTUUID", p.pt.id]);
    tags.push(["PTTYPE", p.pt.type]);
  }
  const e = p.entry;
  if (e) {
    tags.push(["PART_ENTRY_SCHEME", "dos"], ["PART_ENTRY_UUID", e.uuid], ["PART_ENTRY_TYPE", `0x${e.type.toString(16)}`]);
    if (e.boot) tags.push(["PART_ENTRY_FLAGS", "0x80"]);
    tags.push(["PART_ENTRY_NUMBER", String(e.number)], ["PART_ENTRY_OFFSET", String(e.offset)], ["PART_ENTRY_SIZE", String(e.size)]);
    tags.push(["PART_ENTRY_DISK", e.disk]);
  }
  return tags;
}

/**
 * What udev's database holds for a device, as lsblk reads it: a partition
 * first takes its disk's ID_* properties but ID_FS_* (60-persistent-storage
 * .rules), so it shows the disk's PTTYPE and PTUUID; then its own probe.
 */
export interface UdevProps {
  fstype?: string;
  fsversion?: string;
  label?: string;
  uuid?: string;
  pttype?: string;
  ptuuid?: string;
  parttype?: string;
  partuuid?: string;
  partflags?: string;
}

export function udevProps(kernel: Kernel, dev: BlockDevice, parent?: BlockDevice): UdevProps {
  const own = probeDevice(kernel, dev);
  const out: UdevProps = {};
  if (parent) {
    const pt = probeDevice(kernel, parent).pt;
    if (pt) Object.assign(out, { pttype: pt.type, ...(pt.id ? { ptuuid: pt.id } : {}) });
  }
  if (own.pt) {
    out.pttype = own.pt.type;
    if (own.pt.id) out.ptuuid = own.pt.id;
  }
  if (own.fs) Object.assign(out, { fstype: own.fs.type, fsversion: fsVersion(own.fs), uuid: own.fs.uuid, ...(own.fs.label ? { label: own.fs.label } : {}) });
  if (own.entry) {
    out.parttype = `0x${own.entry.type.toString(16)}`;
    out.partuuid = own.entry.uuid;
    if (own.entry.boot) out.partflags = "0x80";
  }
  return out;
}

export function tag(tags: Tags, name: string): string | undefined {
  return tags.find(([k]) => k === name)?.[1];
}
