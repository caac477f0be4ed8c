/**
 * lsblk (util-linux 2.38.1): the kernel's block devices as a tree with
 * NAME MAJ:MIN RM SIZE RO TYPE MOUNTPOINTS, or with -f the filesystem
 * columns (FSTYPE FSVER LABEL UUID FSAVAIL FSUSE% MOUNTPOINTS).
 */
import type { BlockDevice } from "../../kernel/block/block.js";
import { SECTOR } from "../../kernel/block/state.js";
import type { Process } from "../../process/process.js";
import { parseOrUsage } from "../files/program.js";
import type { Command } from "../types.js";
import { blockDeviceAt } from "./devio.js";
import { humanSize } from "./human-size.js";
import { LSBLK_MAN } from "./man-pages.js";
import { deviceTags, tag } from "./probe-tags.js";

interface Col {
  header: string;
  right?: boolean;
  /** size columns are one wider than their widest value, as libsmartcols lays them out */
  extra?: number;
  value(dev: BlockDevice, proc: Process): string;
}

function mountpoints(proc: Process, dev: BlockDevice): string {
  return proc.host.kernel.block
    .mounts()
    .filter((m) => m.source === `/dev/${dev.name}`)
    .map((m) => m.target)
    .join("\n");
}

/** the root filesystem's use: a Debian server install plus the files written since */
function usage(proc: Process, dev: BlockDevice): { avail: string; use: string } | undefined {
  if (!mountpoints(proc, dev)) return undefined;
  const fs = proc.host.kernel.block.probe(dev);
  if (fs?.type !== "ext4") return undefined;
  let used = 1_450_000_000;
  for (const inode of Object.values(proc.host.state.fs.inodes)) if (inode.type === "file") used += inode.data.length;
  const size = fs.blocks * fs.blockSize;
  const avail = Math.max(0, Math.floor(size * 0.95) - used);
  return { avail: humanSize(avail), use: `${Math.ceil((used / (used + avail)) * 100)}%` };
}

const BASIC: Col[] = [
  { header: "MAJ:MIN", value: (d) => `${String(d.major).padStart(3)}:${String(d.minor).padEnd(3)}` },
  { header: "RM", right: true, value: () => "0" },
  { header: "SIZE", right: true, extra: 1, value: (d) => humanSize(d.sectors * SECTOR) },
  { header: "RO", right: true, value: () => "0" },
  { header: "TYPE", value: (d) => (d.partition ? "part" : "disk") },
  { header: "MOUNTPOINTS", value: (d, p) => mountpoints(p, d) },
];

const FS: Col[] = [
  { header: "FSTYPE", value: (d, p) => tag(deviceTags(p.host.kernel, d), "TYPE") ?? "" },
  { header: "FSVER", value: (d, p) => ({ ext4: "1.0", swap: "1" })[tag(deviceTags(p.host.kernel, d), "TYPE") ?? ""] ?? "" },
  { header: "LABEL", value: (d, p) => tag(deviceTags(p.host.kernel, d), "LABEL") ?? "" },
  { header: "UUID", value: (d, p) => tag(deviceTags(p.host.kernel, d), "UUID") ?? "" },
  { header: "FSAVAIL", right: true, value: (d, p) => usage(p, d)?.avail ?? "" },
  { header: "FSUSE%", right: true, value: (d, p) => usage(p, d)?.use ?? "" },
  { header: "MOUNTPOINTS", value: (d, p) => mountpoints(p, d) },
];

export const lsblk: Command = {
  name: "lsblk",
  summary: "lsblk - list block devices",
  man: LSBLK_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "lsblk", [{ key: "-f", short: "f", long: "fs" }], { version: "lsblk from util-linux 2.38.1" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    const block = proc.host.kernel.block;
    let disks = block.devices().filter((d) => !d.partition);
    if (operands.length) {
      const picked: BlockDevice[] = [];
      for (const op of operands) {
        const dev = blockDeviceAt(proc, proc.resolve(op));
        if (!dev.ok) {
          proc.stderr.write(`lsblk: ${op}: not a block device\n`);
          return 32;
        }
        picked.push(dev.value);
      }
      disks = picked;
    }
    const cols = opts.has("-f") ? FS : BASIC;
    const rows: { name: string; cells: string[] }[] = [];
    for (const disk of disks) {
      rows.push({ name: disk.name, cells: cols.map((c) => c.value(disk, proc)) });
      if (disk.partition) continue;
      const parts = block.devices().filter((d) => d.partition && d.disk === disk.disk);
      parts.forEach((p, i) => rows.push({ name: `${i === parts.length - 1 ? "└─" : "├─"}${p.name}`, cells: cols.map((c) => c.value(p, proc)) }));
    }
    const nameW = Math.max(4, ...rows.map((r) => r.name.length));
    const widths = cols.map((c, i) => Math.max(c.header.length, ...rows.map((r) => r.cells[i].length + (c.extra ?? 0))));
    const line = (name: string, cells: string[]) =>
      `${name.padEnd(nameW)} ${cells.map((v, i) => (i === cells.length - 1 ? v : cols[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(" ")}\n`;
    proc.stdout.write(line("NAME", cols.map((c) => c.header)));
    for (const r of rows) proc.stdout.write(line(r.name, r.cells));
    return 0;
  },
  complete: () => ["-f"],
};
