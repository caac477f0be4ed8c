/**
 * What fdisk and sfdisk share: the disk they work on (a block device, or a
 * regular file holding a disk image), its MBR label read through libfdisk's
 * eyes, the listing fdisk -l and `p` print (libsmartcols columns with
 * libfdisk's width hints), 1 MiB alignment, and writing a label back.
 */
import { type ByteString, asBytes } from "../../bytes.js";
import { type Result, fail, ok } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/block/block.js";
import { type MbrLabel, type MbrPartition, encodeLabel, isExtendedType, parseMbr } from "../../kernel/block/mbr.js";
import { type Probed, probeFilesystem } from "../../kernel/block/probe.js";
import { SECTOR } from "../../kernel/block/state.js";
import type { Process } from "../../process/process.js";
import { resolveOperand } from "../files/program.js";
import { openSink, openSource } from "./devio.js";
import { typeName } from "./dos-types.js";
import { humanSize } from "./human-size.js";

/** libfdisk's grain and first usable sector for a 512-byte-sector disk: 1 MiB */
export const GRAIN = 2048;

export interface DiskHandle {
  /** as given on the command line, resolved ("/dev/sda", "/root/disk.img") */
  path: string;
  sectors: number;
  dev?: BlockDevice;
  read(lba: number): ByteString;
  /** write whole sectors; an errno when the device refuses */
  writeSectors(sectors: Map<number, ByteString>): Result;
}

export function openDisk(proc: Process, operand: string): Result<DiskHandle> {
  const path = resolveOperand(proc, operand);
  const src = openSource(proc, operand);
  if (!src.ok) return src;
  const s = src.value;
  if (s.kind === "char" || s.size === undefined) return fail("EINVAL");
  return ok({
    path: operand.startsWith("/") ? operand : path,
    sectors: Math.floor(s.size / SECTOR),
    dev: s.dev,
    read: (lba) => {
      const b = s.read(lba * SECTOR, SECTOR);
      return asBytes(b.length === SECTOR ? b : b + "\0".repeat(SECTOR - b.length));
    },
    writeSectors: (sectors) => {
      const sink = openSink(proc, operand);
      if (!sink.ok) return sink;
      for (const [lba, bytes] of [...sectors].sort((a, b) => a[0] - b[0])) {
        const w = sink.value.write(lba * SECTOR, bytes);
        if (!w.ok) return w;
      }
      return sink.value.close();
    },
  });
}

export function readLabel(disk: DiskHandle): MbrLabel | null {
  return parseMbr((lba) => (lba < disk.sectors ? disk.read(lba) : asBytes("\0".repeat(SECTOR))));
}

/** the name of partition `n` of a disk: "/dev/sda1", "disk.img5" */
export function partName(diskPath: string, n: number): string {
  return /\d$/.test(diskPath) ? `${diskPath}p${n}` : `${diskPath}${n}`;
}

/** "Disk /dev/sda: 20 GiB, ..." through "I/O size", and the label lines when there is one */
export function diskHeader(disk: DiskHandle, label: MbrLabel | null, opts: { model?: boolean } = {}): string {
  const bytes = disk.sectors * SECTOR;
  let out = `Disk ${disk.path}: ${humanSize(bytes, { space: true, iec: true })}, ${bytes} bytes, ${disk.sectors} sectors\n`;
  if (disk.dev && !disk.dev.partition && opts.model !== false) out += `Disk model: ${disk.dev.disk.model}\n`;
  out +=
    "Units: sectors of 1 * 512 = 512 bytes\n" +
    "Sector size (logical/physical): 512 bytes / 512 bytes\n" +
    "I/O size (minimum/optimal): 512 bytes / 512 bytes\n";
  if (label) out += labelLines(label);
  return out;
}

export function labelLines(label: MbrLabel): string {
  return `Disklabel type: dos\nDisk identifier: 0x${label.diskId.toString(16).padStart(8, "0")}\n`;
}

interface Column {
  header: string;
  /** the narrowest the column gets (Device: libfdisk's width hint of 10) */
  min: number;
  right: boolean;
  /** columns measured one wider than their widest cell (Size, an "eye candy" field, as recorded from fdisk) */
  extra?: number;
}

const COLUMNS: Column[] = [
  { header: "Device", min: 10, right: false },
  { header: "Boot", min: 0, right: false },
  { header: "Start", min: 0, right: true },
  { header: "End", min: 0, right: true },
  { header: "Sectors", min: 0, right: true },
  { header: "Size", min: 0, right: true, extra: 1 },
  { header: "Id", min: 0, right: true },
  { header: "Type", min: 0, right: false },
];

/** the partition table as libsmartcols lays it out; "" for no partitions */
export function partitionTable(diskPath: string, label: MbrLabel, opts: { bytes?: boolean } = {}): string {
  const parts = [...label.partitions].sort((a, b) => a.number - b.number);
  if (parts.length === 0) return "";
  const rows = parts.map((p) => [
    partName(diskPath, p.number),
    p.boot ? "*" : "",
    String(p.start),
    String(p.start + p.sectors - 1),
    String(p.sectors),
    opts.bytes ? String(p.sectors * SECTOR) : humanSize(p.sectors * SECTOR),
    p.type.toString(16),
    typeName(p.type),
  ]);
  // the one-wider Size column is how fdisk lays out human-readable sizes; --bytes has none
  const widths = COLUMNS.map((c, i) => Math.max(c.min, c.header.length, ...rows.map((r) => r[i].length + (opts.bytes ? 0 : (c.extra ?? 0)))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : COLUMNS[i].right ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join(" ")
      .replace(/ +$/, "");
  let out = `${line(COLUMNS.map((c) => c.header))}\n${rows.map(line).join("\n")}\n`;
  if (!inDiskOrder(parts)) out += "\nPartition table entries are not in disk order.\n";
  return out;
}

function inDiskOrder(parts: MbrPartition[]): boolean {
  const prim = parts.filter((p) => p.number <= 4);
  const logical = parts.filter((p) => p.number > 4);
  const sorted = (list: MbrPartition[]) => list.every((p, i) => i === 0 || list[i - 1].start <= p.start);
  return sorted(prim) && sorted(logical);
}

export function extendedOf(label: MbrLabel): MbrPartition | undefined {
  return label.partitions.find((p) => p.number <= 4 && isExtendedType(p.type));
}

/** Write a label: sector 0 (keeping the boot code) and the EBRs. */
export function writeLabel(disk: DiskHandle, label: MbrLabel): Result {
  return disk.writeSectors(encodeLabel(label, disk.read(0)));
}

/** what the first sectors of a partition hold (an ext4 or swap signature) */
export function probeAt(disk: DiskHandle, start: number): Probed | undefined {
  return probeFilesystem((offset, length) => {
    let out = "";
    for (let lba = start + Math.floor(offset / SECTOR); out.length < length + (offset % SECTOR); lba++) out += disk.read(lba);
    return asBytes(out.slice(offset % SECTOR, (offset % SECTOR) + length));
  });
}

export function alignUp(lba: number): number {
  return Math.ceil(lba / GRAIN) * GRAIN;
}

/** the last sector of an area ending at `limit` so that the next area starts aligned, when that fits after `start` */
export function alignEnd(start: number, limit: number): number {
  const end = Math.floor((limit + 1) / GRAIN) * GRAIN - 1;
  return end >= start ? end : limit;
}

/** free areas [start, end] of the disk outside the primary partitions (the extended one included) */
export function freePrimaryAreas(label: MbrLabel, sectors: number): [number, number][] {
  const used = label.partitions.filter((p) => p.number <= 4).map((p) => [p.start, p.start + p.sectors - 1] as [number, number]);
  return freeAreas(used, GRAIN, sectors - 1);
}

/** free areas inside the extended partition, each leaving a grain for its EBR */
export function freeLogicalAreas(label: MbrLabel): [number, number][] {
  const ext = extendedOf(label);
  if (!ext) return [];
  const used = label.partitions.filter((p) => p.number > 4).map((p) => [p.ebr ?? p.start, p.start + p.sectors - 1] as [number, number]);
  return freeAreas(used, ext.start, ext.start + ext.sectors - 1);
}

function freeAreas(used: [number, number][], first: number, last: number): [number, number][] {
  const out: [number, number][] = [];
  let pos = first;
  for (const [a, b] of [...used].sort((x, y) => x[0] - y[0])) {
    if (a > pos) out.push([pos, a - 1]);
    pos = Math.max(pos, b + 1);
  }
  if (pos <= last) out.push([pos, last]);
  return out;
}
