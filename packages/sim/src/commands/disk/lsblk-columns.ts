/**
 * lsblk's columns (misc-utils/lsblk.c `infos[]` of util-linux 2.38.1): the
 * header, libsmartcols width hint and flags, and the value for a device.
 * Filesystem and partition-table columns come from udev's database
 * (probe-tags.ts `udevProps`), the FS* sizes from statvfs of where the
 * device is mounted, the rest from sysfs. Only the columns listed here are
 * simulated; the others lsblk knows are refused by lsblk.ts.
 */
import type { BlockDevice } from "../../kernel/block/block.js";
import { SECTOR } from "../../kernel/block/state.js";
import type { Process } from "../../process/process.js";
import type { ScolsColumn } from "./smartcols.js";
import { typeName } from "./dos-types.js";
import { humanSize } from "./human-size.js";
import { visibleMounts } from "./namespace.js";
import { type UdevProps, udevProps } from "./probe-tags.js";

/** one device as lsblk lists it */
export interface LsblkDevice {
  dev: BlockDevice;
  /** the whole disk of a partition */
  parent?: BlockDevice;
}

export interface LsblkContext {
  proc: Process;
  bytes: boolean;
  paths: boolean;
  /** raw or pairs output: MAJ:MIN unpadded */
  parsable: boolean;
}

interface ColumnInfo extends Omit<ScolsColumn, "header" | "tree"> {
  value(d: LsblkDevice, ctx: LsblkContext, props: () => UdevProps): string;
}

const name = (ctx: LsblkContext, n: string) => (ctx.paths ? `/dev/${n}` : n);
const size = (ctx: LsblkContext, bytes: number) => (ctx.bytes ? String(bytes) : humanSize(bytes));

function mountpoints(ctx: LsblkContext, dev: BlockDevice): string[] {
  return visibleMounts(ctx.proc)
    .filter((m) => m.source === `/dev/${dev.name}`)
    .map((m) => m.target);
}

/**
 * statvfs of where an ext4 device is mounted: the blocks mke2fs gave it, a
 * Debian server install's worth of them in use (1.45 GB) plus the bytes of
 * the files written since, 5 % reserved for root.
 */
function statvfs(ctx: LsblkContext, dev: BlockDevice): { blocks: number; bfree: number; bavail: number; frsize: number } | undefined {
  if (mountpoints(ctx, dev).length === 0) return undefined;
  const fs = ctx.proc.host.kernel.block.probe(dev);
  if (fs?.type !== "ext4") return undefined;
  let used = 1_450_000_000;
  for (const inode of Object.values(ctx.proc.host.state.fs.inodes)) if (inode.type === "file") used += inode.data.length;
  const usedBlocks = Math.min(fs.blocks, Math.ceil(used / fs.blockSize));
  const bfree = fs.blocks - usedBlocks;
  return { blocks: fs.blocks, bfree, bavail: Math.max(0, bfree - Math.floor(fs.blocks / 20)), frsize: fs.blockSize };
}

function vfs(ctx: LsblkContext, dev: BlockDevice, which: "size" | "avail" | "used" | "use%"): string {
  const st = statvfs(ctx, dev);
  if (!st) return "";
  if (which === "use%") return st.blocks === 0 ? "-" : `${Math.round(((st.blocks - st.bfree) / st.blocks) * 100)}%`;
  const n = st.frsize * (which === "size" ? st.blocks : which === "avail" ? st.bavail : st.blocks - st.bfree);
  return n === 0 ? "0" : size(ctx, n);
}

export const COLUMNS: Record<string, ColumnInfo> = {
  NAME: { hint: 0.25, noextremes: true, value: (d, ctx) => name(ctx, d.dev.name) },
  KNAME: { hint: 0.3, value: (d, ctx) => name(ctx, d.dev.name) },
  PKNAME: { hint: 0.3, value: (d, ctx) => (d.parent ? name(ctx, d.parent.name) : "") },
  PATH: { hint: 0.3, value: (d) => `/dev/${d.dev.name}` },
  "MAJ:MIN": {
    hint: 6,
    value: (d, ctx) => (ctx.parsable ? `${d.dev.major}:${d.dev.minor}` : `${String(d.dev.major).padStart(3)}:${String(d.dev.minor).padEnd(3)}`),
  },
  FSAVAIL: { hint: 5, right: true, value: (d, ctx) => vfs(ctx, d.dev, "avail") },
  FSSIZE: { hint: 5, right: true, value: (d, ctx) => vfs(ctx, d.dev, "size") },
  FSTYPE: { hint: 0.1, trunc: true, value: (_d, _c, p) => p().fstype ?? "" },
  FSUSED: { hint: 5, right: true, value: (d, ctx) => vfs(ctx, d.dev, "used") },
  "FSUSE%": { hint: 3, right: true, value: (d, ctx) => vfs(ctx, d.dev, "use%") },
  FSVER: { hint: 0.1, trunc: true, value: (_d, _c, p) => p().fsversion ?? "" },
  LABEL: { hint: 0.1, value: (_d, _c, p) => p().label ?? "" },
  UUID: { hint: 36, value: (_d, _c, p) => p().uuid ?? "" },
  PTUUID: { hint: 36, value: (_d, _c, p) => p().ptuuid ?? "" },
  PTTYPE: { hint: 0.1, value: (_d, _c, p) => p().pttype ?? "" },
  PARTTYPE: { hint: 36, value: (_d, _c, p) => p().parttype ?? "" },
  PARTTYPENAME: {
    hint: 0.1,
    value: (_d, _c, p) => {
      const { parttype, pttype } = p();
      const known = parttype && pttype ? typeName(Number.parseInt(parttype, 16)) : "unknown";
      return known === "unknown" ? "" : known;
    },
  },
  PARTLABEL: { hint: 0.1, value: () => "" },
  PARTUUID: { hint: 36, value: (_d, _c, p) => p().partuuid ?? "" },
  PARTFLAGS: { hint: 36, value: (_d, _c, p) => p().partflags ?? "" },
  RO: { hint: 1, right: true, value: () => "0" },
  RM: { hint: 1, right: true, value: () => "0" },
  SIZE: { hint: 5, right: true, value: (d, ctx) => size(ctx, d.dev.sectors * SECTOR) },
  START: { hint: 5, right: true, value: (d) => (d.dev.partition ? String(d.dev.partition.start) : "") },
  // lsblk's get_type: partitions, then loop devices by name, then the SCSI type (a disk)
  TYPE: { hint: 4, value: (d) => (d.dev.partition ? "part" : d.dev.name.startsWith("loop") ? "loop" : "disk") },
  MOUNTPOINT: { hint: 0.1, trunc: true, value: (d, ctx) => mountpoints(ctx, d.dev)[0] ?? "" },
  MOUNTPOINTS: { hint: 0.1, wrap: true, value: (d, ctx) => mountpoints(ctx, d.dev).join("\n") },
  "LOG-SEC": { hint: 7, right: true, value: () => "512" },
  "PHY-SEC": { hint: 7, right: true, value: () => "512" },
};

/** the columns lsblk 2.38.1 knows and the simulation does not show */
export const NOT_SIMULATED = new Set([
  "ALIGNMENT", "DISC-ALN", "DAX", "DISC-GRAN", "DISC-MAX", "DISC-ZERO", "FSROOTS", "GROUP", "HCTL", "HOTPLUG", "MIN-IO",
  "MODE", "MODEL", "VENDOR", "OPT-IO", "OWNER", "RA", "RAND", "REV", "ROTA", "RQ-SIZE", "SCHED", "SERIAL", "STATE", "SUBSYSTEMS", "TRAN",
  "WSAME", "WWN", "ZONED", "ZONE-SZ", "ZONE-WGRAN", "ZONE-APP", "ZONE-NR", "ZONE-OMAX", "ZONE-AMAX",
]);

export function column(id: string, tree: boolean): ScolsColumn & ColumnInfo {
  const info = COLUMNS[id];
  return { header: id, ...info, tree: tree && id === "NAME" };
}

export function cellValues(ids: string[], d: LsblkDevice, ctx: LsblkContext): string[] {
  let props: UdevProps | undefined;
  const lazy = () => (props ??= udevProps(ctx.proc.host.kernel, d.dev, d.parent));
  return ids.map((id) => COLUMNS[id].value(d, ctx, lazy));
}
