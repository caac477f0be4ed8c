/**
 * blkid (util-linux 2.38.1): the attributes of block devices. With no
 * device, every device libblkid's sysfs scan finds: each disk's
 * partitions in the order sysfs lists them (kernfs.ts: sda5 before sda1),
 * extended partitions (2 sectors) skipped, a disk itself only when it has
 * no partitions; a device where nothing is found is not listed. (The real
 * one keeps a cache in /run/blkid and lists in its order after the first
 * run; the simulation always scans afresh, which lists the same until
 * devices come and go.)
 * -p probes the device low-level (VERSION, USAGE, PART_ENTRY_*); -s TAG,
 * -o value|device|export|full, -U UUID and -L LABEL find a device. Exit 2
 * when nothing was found, 4 for a usage error.
 */
import type { BlockDevice } from "../../kernel/block/block.js";
import { kernfsOrder } from "../../kernel/kernfs.js";
import type { Kernel } from "../../kernel/kernel.js";
import { parseOrUsage } from "../files/program.js";
import type { Command } from "../types.js";
import { blockDeviceAt } from "./devio.js";
import { BLKID_MAN } from "./man-pages.js";
import { type Tags, deviceTags, probeTags, tag } from "./probe-tags.js";

const FORMATS = ["value", "device", "export", "full", "udev"];

/** libblkid's probe of every device (devname.c sysfs_probe_all) */
function scanAll(kernel: Kernel): BlockDevice[] {
  const devices = kernel.block.devices();
  const out: BlockDevice[] = [];
  for (const diskName of kernfsOrder(devices.filter((d) => !d.partition).map((d) => d.name))) {
    const disk = devices.find((d) => d.name === diskName)!;
    const parts = devices.filter((d) => d.partition && d.disk === disk.disk);
    const byName = new Map(parts.map((p) => [p.name, p]));
    const probed = kernfsOrder(parts.map((p) => p.name))
      .map((n) => byName.get(n)!)
      .filter((p) => p.sectors >> 1 !== 1);
    if (probed.length) out.push(...probed);
    else if (parts.length === 0 && disk.sectors > 0) out.push(disk);
  }
  return out;
}

/** -o udev: the names udev's rules know (ID_FS_*, ID_PART_TABLE_*, ID_PART_ENTRY_*) */
function udevLines([k, v]: [string, string]): string {
  if (k === "UUID" || k === "LABEL") return `ID_FS_${k}=${v}\nID_FS_${k}_ENC=${v}\n`;
  if (k === "PTUUID" || k === "PTTYPE") return `ID_PART_TABLE_${k.slice(2)}=${v}\n`;
  if (k.startsWith("PART_ENTRY_")) return `ID_${k}=${v}\n`;
  return `ID_FS_${k}=${v}\n`;
}

export const blkid: Command = {
  name: "blkid",
  summary: "blkid - locate/print block device attributes",
  man: BLKID_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "blkid", [
      { key: "-s", short: "s", long: "match-tag", arg: "required" },
      { key: "-o", short: "o", long: "output", arg: "required" },
      { key: "-U", short: "U", long: "uuid", arg: "required" },
      { key: "-L", short: "L", long: "label", arg: "required" },
      { key: "-p", short: "p", long: "probe" },
      { key: "-c", short: "c", long: "cache-file", arg: "required" },
    ], { version: "blkid from util-linux 2.38.1  (libblkid 2.38.1, 04-Aug-2022)", usageStatus: 4 });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    const kernel = proc.host.kernel;
    const format = opts.value("-o") ?? "full";
    if (!FORMATS.includes(format)) {
      proc.stderr.write(`blkid: unsupported output format ${format}\n`);
      return 4;
    }
    const find = opts.value("-U") ?? opts.value("-L");
    if (find !== undefined) {
      const want = opts.has("-U") ? "UUID" : "LABEL";
      const dev = scanAll(kernel).find((d) => tag(deviceTags(kernel, d), want) === find);
      if (!dev) return 2;
      proc.stdout.write(`/dev/${dev.name}\n`);
      return 0;
    }
    const low = opts.has("-p");
    const only = opts.values("-s");
    let found = false;
    const targets = operands.length
      ? operands.map((op) => {
          const dev = blockDeviceAt(proc, proc.resolve(op));
          return { shown: op, dev: dev.ok ? dev.value : undefined };
        })
      : scanAll(kernel).map((d) => ({ shown: `/dev/${d.name}`, dev: d }));
    for (const t of targets) {
      if (!t.dev) continue;
      let tags: Tags = low ? probeTags(kernel, t.dev) : deviceTags(kernel, t.dev);
      if (only.length) tags = tags.filter(([k]) => only.includes(k));
      if (tags.length === 0) continue;
      const printed = found;
      found = true;
      if (format === "value") proc.stdout.write(tags.map(([, v]) => `${v}\n`).join(""));
      else if (format === "device") proc.stdout.write(`${t.shown}\n`);
      // export: a blank line between devices
      else if (format === "export") proc.stdout.write(`${printed ? "\n" : ""}DEVNAME=${t.shown}\n${tags.map(([k, v]) => `${k}=${v}\n`).join("")}`);
      else if (format === "udev") proc.stdout.write(tags.map(udevLines).join(""));
      else proc.stdout.write(`${t.shown}: ${tags.map(([k, v]) => `${k}="${v}"`).join(" ")}\n`);
    }
    return found ? 0 : 2;
  },
  complete: () => ["-s", "-o", "-U", "-L", "-p"],
};
