/**
 * GRUB's view of the disk: BIOS drive hd0 is the first disk, partitions
 * "(hd0,msdos1)" are read from the MBR on the disk now (not the kernel's
 * copy), and a partition's filesystem is recognised from its bytes; an
 * ext4 filesystem that is the installed system is read through the host's
 * stored tree. Error texts are GRUB 2.06's. What GRUB reads of an unchanged
 * disk (the partition table, each partition's filesystem) is remembered by
 * the sectors it came from (kernel/block/sector-memo.ts).
 */
import { createVfs } from "../fs/vfs.js";
import type { Vfs } from "../fs/types.js";
import type { Host } from "../host/host.js";
import { type MbrPartition, isExtendedType, parseMbr } from "../kernel/block/mbr.js";
import { type Probed, probeFilesystem } from "../kernel/block/probe.js";
import { memoBySectors } from "../kernel/block/sector-memo.js";
import { readBytesVia } from "../kernel/block/sectors.js";
import { type DiskState, SECTOR } from "../kernel/block/state.js";

export type GrubDevice = { disk: DiskState; part?: MbrPartition };

export function firstDisk(host: Host): DiskState | undefined {
  return host.state.disks?.[0];
}

/** partitions as GRUB lists them: msdos partitions other than the extended container */
export function grubPartitions(disk: DiskState): readonly MbrPartition[] {
  return bySectors(disk, "partitions", (read) => (parseMbr(read)?.partitions ?? []).filter((p) => !(p.number <= 4 && isExtendedType(p.type))));
}

/** what filesystem the partition starting at `lba` holds (GRUB probes each partition at every boot) */
export function probePartition(disk: DiskState, lba: number): Probed | undefined {
  return bySectors(disk, `probe ${lba}`, (read) => probeFilesystem((o, n) => readBytesVia(read, disk.sectors, lba * SECTOR + o, n)));
}

const bySectors = memoBySectors();

/** "(hd0,msdos1)" or "hd0,msdos1" -> the device, or GRUB's error text */
export function openDevice(host: Host, spec: string): GrubDevice | string {
  const m = /^\(?(hd(\d+)|[a-z]+\d*)(?:,(?:msdos)?(\d+))?\)?$/.exec(spec);
  if (!m) return `disk \`${spec.replace(/^\(|\)$/g, "")}' not found`;
  const disk = m[2] === "0" ? firstDisk(host) : undefined;
  if (!disk) return `disk \`${m[1]}' not found`;
  if (m[3] === undefined) return { disk };
  const part = grubPartitions(disk).find((p) => p.number === Number(m[3]));
  return part ? { disk, part } : "no such partition";
}

/** the installed system's files, when the device holds its ext4 filesystem; else GRUB's error */
export function openFs(host: Host, dev: GrubDevice): Vfs | string {
  if (!dev.part) return "unknown filesystem";
  const fs = probePartition(dev.disk, dev.part.start);
  if (fs?.type !== "ext4") return "unknown filesystem";
  const installed = dev.disk.images.some((i) => i.kind === "ext4" && i.content === "root" && i.uuid === fs.uuid);
  if (!installed) return "unknown filesystem";
  return createVfs(host.state.fs, { kernel: host.kernel, clock: host.clock, mounts: () => [] });
}

/** the device name GRUB shows: "hd0,msdos1" */
export function deviceName(dev: GrubDevice): string {
  return dev.part ? `hd0,msdos${dev.part.number}` : "hd0";
}

/** split "(hd0,msdos1)/boot/grub" into device and path; no device: the `root` variable's */
export function splitPath(text: string, root: string | undefined): { device?: string; path: string } {
  const m = /^\(([^)]*)\)(.*)$/.exec(text);
  if (m) return { device: m[1], path: m[2] };
  return { device: root, path: text };
}

/** a file through GRUB: its device, its filesystem, then the file; the error text otherwise */
export function grubFile(host: Host, text: string, root: string | undefined): { fs: Vfs; path: string } | string {
  const { device, path } = splitPath(text, root);
  if (!device) return "no server is specified";
  const dev = openDevice(host, device);
  if (typeof dev === "string") return dev;
  const fs = openFs(host, dev);
  if (typeof fs === "string") return fs;
  const st = fs.stat(path || "/");
  if (!st.ok) return `file \`${path}' not found`;
  return { fs, path };
}
