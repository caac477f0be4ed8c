/**
 * fdisk (util-linux 2.38.1): `fdisk -l [device...]` lists partition tables
 * (every disk of /proc/partitions when none is named); `fdisk device`
 * opens the dialog (fdisk-dialog.ts). Works on block devices and on
 * regular files holding a disk image.
 */
import { STRERROR } from "../../kernel/errno.js";
import type { Process } from "../../process/process.js";
import { parseOrUsage } from "../files/program.js";
import type { Command } from "../types.js";
import { runDialog } from "./fdisk-dialog.js";
import { diskHeader, openDisk, partitionTable, readLabel } from "./label.js";
import { FDISK_MAN } from "./man-pages.js";

const HELP = `
Usage:
 fdisk [options] <disk>         change partition table
 fdisk [options] -l [<disk>...] list partition table(s)

Display or manipulate a disk partition table.

Options:
 -b, --sector-size <size>      physical and logical sector size
 -B, --protect-boot            don't erase bootbits when creating a new label
 -c, --compatibility[=<mode>]  mode is 'dos' or 'nondos' (default)
 -L, --color[=<when>]          colorize output (auto, always or never)
                                 colors are enabled by default
 -l, --list                    display partitions and exit
 -x, --list-details            like --list but with more details
 -n, --noauto-pt               don't create default partition table on empty devices
 -o, --output <list>           output columns
 -t, --type <type>             recognize specified partition table type only
 -u, --units[=<unit>]          display units: 'cylinders' or 'sectors' (default)
 -s, --getsz                   display device size in 512-byte sectors [DEPRECATED]
     --bytes                   print SIZE in bytes rather than in human readable format
     --lock[=<mode>]           use exclusive device lock (yes, no or nonblock)
 -w, --wipe <mode>             wipe signatures (auto, always or never)
 -W, --wipe-partitions <mode>  wipe signatures from new partitions (auto, always or never)

 -C, --cylinders <number>      specify the number of cylinders
 -H, --heads <number>          specify the number of heads
 -S, --sectors <number>        specify the number of sectors per track

 -h, --help                    display this help
 -V, --version                 display version

For more details see fdisk(8).
`;

const OPTIONS = [
  { key: "-l", short: "l", long: "list" },
  { key: "-x", short: "x", long: "list-details" },
  { key: "--bytes", long: "bytes" },
  { key: "-h", short: "h" },
  { key: "-V", short: "V" },
];

/** `fdisk -l` for one device; the exit status */
function listOne(proc: Process, operand: string, bytes: boolean): number {
  const disk = openDisk(proc, operand);
  if (!disk.ok) {
    proc.stderr.write(`fdisk: cannot open ${operand}: ${STRERROR[disk.errno]}\n`);
    return 1;
  }
  const label = readLabel(disk.value);
  let out = diskHeader(disk.value, label);
  const table = label ? partitionTable(disk.value.path, label, { bytes }) : "";
  if (table) out += `\n${table}`;
  proc.stdout.write(out);
  return 0;
}

export const fdisk: Command = {
  name: "fdisk",
  summary: "fdisk - manipulate disk partition table",
  man: FDISK_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "fdisk", OPTIONS, { help: HELP.slice(1), version: "fdisk from util-linux 2.38.1" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    if (opts.has("-h")) {
      proc.stdout.write(HELP.slice(1));
      return 0;
    }
    if (opts.has("-V")) {
      proc.stdout.write("fdisk from util-linux 2.38.1\n");
      return 0;
    }
    if (opts.has("-l") || opts.has("-x")) {
      const devices = operands.length > 0 ? operands : proc.host.kernel.block.diskList().map((d) => `/dev/${d.name}`);
      let status = 0;
      devices.forEach((dev, i) => {
        if (i > 0) proc.stdout.write("\n\n");
        status |= listOne(proc, dev, opts.has("--bytes"));
      });
      return status;
    }
    if (operands.length !== 1) {
      proc.stderr.write("fdisk: bad usage\nTry 'fdisk --help' for more information.\n");
      return 1;
    }
    const disk = openDisk(proc, operands[0]);
    proc.stdout.write("\nWelcome to fdisk (util-linux 2.38.1).\n");
    if (!disk.ok) {
      proc.stdout.write("Changes will remain in memory only, until you decide to write them.\nBe careful before using the write command.\n\n");
      proc.stderr.write(`fdisk: cannot open ${operands[0]}: ${STRERROR[disk.errno]}\n`);
      return 1;
    }
    return runDialog(proc, disk.value, readLabel(disk.value), [
      "Changes will remain in memory only, until you decide to write them.\nBe careful before using the write command.\n",
    ]);
  },
  complete: () => ["-l", "--list", "--bytes", "--help"],
};
