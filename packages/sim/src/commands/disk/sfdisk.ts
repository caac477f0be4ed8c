/**
 * sfdisk (util-linux 2.38.1): -d/--dump writes a table as a script, -l lists
 * like fdisk -l, and `sfdisk DEVICE < script` writes the table a script
 * describes (the dump format: "label:", "label-id:", ... headers and
 * "NAME : start=N, size=N, type=X, bootable" lines). A disk in use is
 * refused unless --force, as the real one does.
 */
import { STRERROR } from "../../kernel/errno.js";
import type { MbrLabel, MbrPartition } from "../../kernel/block/mbr.js";
import { isExtendedType } from "../../kernel/block/mbr.js";
import { SECTOR } from "../../kernel/block/state.js";
import type { Process } from "../../process/process.js";
import { parseOrUsage, splitLines } from "../files/program.js";
import type { Command } from "../types.js";
import { typeName } from "./dos-types.js";
import { newDiskId } from "./fdisk-dialog.js";
import { humanSize } from "./human-size.js";
import { type DiskHandle, diskHeader, labelLines, openDisk, partName, partitionTable, probeAt, readLabel, writeLabel } from "./label.js";
import { SFDISK_MAN } from "./man-pages.js";
import { diskInUse, informKernel } from "./reread.js";

const OPTIONS = [
  { key: "-d", short: "d", long: "dump" },
  { key: "-l", short: "l", long: "list" },
  { key: "-f", short: "f", long: "force" },
  { key: "--no-reread", long: "no-reread" },
  { key: "-q", short: "q", long: "quiet" },
  { key: "-h", short: "h" },
  { key: "-V", short: "V" },
];

function cannotOpen(proc: Process, dev: string, errno: keyof typeof STRERROR): number {
  proc.stderr.write(`sfdisk: cannot open ${dev}: ${STRERROR[errno]}\n`);
  return 1;
}

export function dumpScript(disk: DiskHandle, label: MbrLabel): string {
  let out = `label: dos\nlabel-id: 0x${label.diskId.toString(16).padStart(8, "0")}\ndevice: ${disk.path}\nunit: sectors\nsector-size: 512\n\n`;
  for (const p of [...label.partitions].sort((a, b) => a.number - b.number))
    out += `${partName(disk.path, p.number)} : start=${String(p.start).padStart(12)}, size=${String(p.sectors).padStart(12)}, type=${p.type.toString(16)}${p.boot ? ", bootable" : ""}\n`;
  return out;
}

interface Script {
  headers: number;
  diskId?: number;
  parts: { number?: number; start: number; sectors: number; type: number; boot: boolean }[];
  error?: string;
}

function parseScript(text: string): Script {
  const s: Script = { headers: 0, parts: [] };
  for (const raw of splitLines(text)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const header = /^(label|label-id|device|unit|sector-size|first-lba|last-lba|table-length|grain):\s*(.*)$/.exec(line);
    if (header) {
      s.headers++;
      if (header[1] === "label-id") s.diskId = Number.parseInt(header[2], 16);
      continue;
    }
    const named = /^(?:(\S+)\s*:)?\s*(.*)$/.exec(line)!;
    const fields: Record<string, string> = {};
    let boot = false;
    for (const f of named[2].split(/\s*,\s*/)) {
      const kv = /^([a-z-]+)\s*=\s*(.*)$/.exec(f);
      if (kv) fields[kv[1]] = kv[2];
      else if (f === "bootable" || f === "*") boot = true;
    }
    const num = named[1] ? /(\d+)$/.exec(named[1]) : null;
    s.parts.push({
      number: num ? Number(num[1]) : undefined,
      start: Number(fields.start ?? Number.NaN),
      sectors: Number(fields.size ?? Number.NaN),
      type: Number.parseInt(fields.type ?? fields.Id ?? "83", 16),
      boot,
    });
  }
  return s;
}

function restore(proc: Process, operand: string, force: boolean): number {
  const disk = openDisk(proc, operand);
  if (!disk.ok) return cannotOpen(proc, operand, disk.errno);
  const d = disk.value;
  proc.stdout.write("Checking that no-one is using this disk right now ...");
  if (diskInUse(proc, d)) {
    proc.stdout.write(" FAILED\n\n");
    proc.stderr.write(
      "This disk is currently in use - repartitioning is probably a bad idea.\nUmount all file systems, and swapoff all swap partitions on this disk.\nUse the --no-reread flag to suppress this check.\n\n",
    );
    if (!force) {
      proc.stderr.write("sfdisk: Use the --force flag to overrule all checks.\n");
      return 1;
    }
  } else proc.stdout.write(" OK\n\n");
  const old = readLabel(d);
  proc.stdout.write(diskHeader(d, old));
  if (old) proc.stdout.write(`\nOld situation:\n\n${partitionTable(d.path, old)}`);
  proc.stdout.write("\n");
  const script = parseScript(proc.stdin.text());
  for (let i = 0; i < script.headers; i++) proc.stdout.write(">>> Script header accepted.\n");
  const label: MbrLabel = { diskId: script.diskId ?? newDiskId(proc), partitions: [] };
  proc.stdout.write(`>>> Created a new DOS (MBR) disklabel with disk identifier 0x${label.diskId.toString(16).padStart(8, "0")}.\n`);
  let next = 1;
  for (const p of script.parts) {
    const ext = label.partitions.find((x) => x.number <= 4 && isExtendedType(x.type));
    const logical = !!ext && p.start > ext.start && p.start < ext.start + ext.sectors;
    const number = p.number ?? (logical ? Math.max(4, ...label.partitions.map((x) => x.number)) + 1 : next);
    const part: MbrPartition = { number, boot: p.boot, type: p.type, start: p.start, sectors: p.sectors };
    if (logical) part.ebr = label.partitions.some((x) => x.number > 4) ? p.start - 1 : ext!.start;
    label.partitions.push(part);
    proc.stdout.write(`${partName(d.path, next)}: Created a new partition ${number} of type '${typeName(p.type)}' and of size ${humanSize(p.sectors * SECTOR, { space: true, iec: true })}.\n`);
    if (!isExtendedType(p.type)) {
      const sig = probeAt(d, p.start);
      if (sig) proc.stderr.write(`Partition #${number} contains a ${sig.type} signature.\n`);
    }
    // the name sfdisk shows next: the next free primary slot, or after a logical one the next logical
    next = number >= 4 ? number + 1 : ([1, 2, 3, 4].find((n) => !label.partitions.some((x) => x.number === n)) ?? 5);
  }
  proc.stdout.write(`${partName(d.path, next)}: Done.\n\nNew situation:\n${labelLines(label)}`);
  const table = partitionTable(d.path, label);
  if (table) proc.stdout.write(`\n${table}`);
  const original = old ?? { diskId: 0, partitions: [] };
  const w = writeLabel(d, label);
  if (!w.ok) {
    proc.stderr.write(`sfdisk: failed to write disklabel: ${STRERROR[w.errno]}\n`);
    return 1;
  }
  proc.stdout.write("\nThe partition table has been altered.\n");
  const status = informKernel(proc, d, original, label, { info: (m) => proc.stdout.write(`${m}\n`), warn: (m) => proc.stderr.write(`${m}\n`) });
  if (status === 0) proc.stdout.write("Syncing disks.\n");
  return status;
}

export const sfdisk: Command = {
  name: "sfdisk",
  summary: "sfdisk - display or manipulate a disk partition table",
  man: SFDISK_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "sfdisk", OPTIONS, { version: "sfdisk from util-linux 2.38.1" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    if (opts.has("-V")) {
      proc.stdout.write("sfdisk from util-linux 2.38.1\n");
      return 0;
    }
    if (opts.has("-d")) {
      if (operands.length !== 1) {
        proc.stderr.write("sfdisk: no disk device specified\nTry 'sfdisk --help' for more information.\n");
        return 1;
      }
      const disk = openDisk(proc, operands[0]);
      if (!disk.ok) return cannotOpen(proc, operands[0], disk.errno);
      const label = readLabel(disk.value);
      if (!label) {
        proc.stderr.write(`sfdisk: ${operands[0]}: does not contain a recognized partition table\n`);
        return 1;
      }
      proc.stdout.write(dumpScript(disk.value, label));
      return 0;
    }
    if (opts.has("-l")) {
      const devices = operands.length > 0 ? operands : proc.host.kernel.block.diskList().map((d) => `/dev/${d.name}`);
      let status = 0;
      devices.forEach((dev, i) => {
        const disk = openDisk(proc, dev);
        if (!disk.ok) {
          status = cannotOpen(proc, dev, disk.errno);
          return;
        }
        if (i > 0) proc.stdout.write("\n");
        const label = readLabel(disk.value);
        proc.stdout.write(diskHeader(disk.value, label));
        const table = label ? partitionTable(disk.value.path, label) : "";
        if (table) proc.stdout.write(`\n${table}`);
      });
      return status;
    }
    if (operands.length !== 1) {
      proc.stderr.write("sfdisk: no disk device specified\nTry 'sfdisk --help' for more information.\n");
      return 1;
    }
    return restore(proc, operands[0], opts.has("-f"));
  },
  complete: () => ["-d", "--dump", "-l", "--force"],
};
