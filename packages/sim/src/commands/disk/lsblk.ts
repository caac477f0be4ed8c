/**
 * lsblk (util-linux 2.38.1): the kernel's block devices as a tree, sorted
 * by MAJ:MIN (lsblk's default since Linux 4.8), with the default columns
 * NAME MAJ:MIN RM SIZE RO TYPE MOUNTPOINTS, -f's NAME FSTYPE FSVER LABEL
 * UUID FSAVAIL FSUSE% MOUNTPOINTS, or -o's (a leading "+" adds to them);
 * -b -d -l -n -p -r -P. A device operand lists that device (a disk with
 * its partitions); one that is not a block device is reported and the
 * others listed: exit 32 when none could be, 64 when some could.
 * Laid out by smartcols.ts (narrowed to a terminal's width as libsmartcols
 * does). Compared with the real lsblk in blockdev-fixtures.test.ts.
 */
import type { BlockDevice } from "../../kernel/block/block.js";
import type { Process } from "../../process/process.js";
import { parseOrUsage } from "../files/program.js";
import type { Command } from "../types.js";
import { blockDeviceAt } from "./devio.js";
import { COLUMNS, type LsblkContext, type LsblkDevice, NOT_SIMULATED, cellValues, column } from "./lsblk-columns.js";
import { LSBLK_MAN } from "./man-pages.js";
import { type ScolsLine, renderTable } from "./smartcols.js";

const DEFAULT = ["NAME", "MAJ:MIN", "RM", "SIZE", "RO", "TYPE", "MOUNTPOINTS"];
const FS = ["NAME", "FSTYPE", "FSVER", "LABEL", "UUID", "FSAVAIL", "FSUSE%", "MOUNTPOINTS"];
/** options lsblk has that the simulation does not */
const REFUSED = ["-D", "-z", "-J", "-m", "-O", "-s", "-S", "-t", "-T", "-x", "-e", "-I", "-i"];

/** the -o list: names (any case) separated by commas; an empty name ends the list with status 1 and no message */
function parseColumns(proc: Process, list: string): string[] | number {
  const out: string[] = [];
  for (const raw of list.split(",")) {
    if (raw === "") return 1;
    const id = raw.toUpperCase();
    if (id in COLUMNS) out.push(id);
    else if (NOT_SIMULATED.has(id)) {
      proc.stderr.write(`lsblk: the ${id} column is not simulated in Rootlab yet\n`);
      return 1;
    } else {
      proc.stderr.write(`lsblk: unknown column: ${raw}\n`);
      return 1;
    }
  }
  return out;
}

const devnoOrder = (a: BlockDevice, b: BlockDevice) => a.major - b.major || a.minor - b.minor;

export const lsblk: Command = {
  name: "lsblk",
  summary: "lsblk - list block devices",
  man: LSBLK_MAN,
  run(proc) {
    const parsed = parseOrUsage(
      proc,
      "lsblk",
      [
        { key: "-a", short: "a", long: "all" },
        { key: "-b", short: "b", long: "bytes" },
        { key: "-d", short: "d", long: "nodeps" },
        { key: "-f", short: "f", long: "fs" },
        { key: "-l", short: "l", long: "list" },
        { key: "-n", short: "n", long: "noheadings" },
        { key: "-o", short: "o", long: "output", arg: "required" },
        { key: "-p", short: "p", long: "paths" },
        { key: "-P", short: "P", long: "pairs" },
        { key: "-r", short: "r", long: "raw" },
        { key: "-D", short: "D", long: "discard" },
        { key: "-z", short: "z", long: "zoned" },
        { key: "-e", short: "e", long: "exclude", arg: "required" },
        { key: "-i", short: "i", long: "ascii" },
        { key: "-I", short: "I", long: "include", arg: "required" },
        { key: "-J", short: "J", long: "json" },
        { key: "-m", short: "m", long: "perms" },
        { key: "-O", short: "O", long: "output-all" },
        { key: "-s", short: "s", long: "inverse" },
        { key: "-S", short: "S", long: "scsi" },
        { key: "-t", short: "t", long: "topology" },
        { key: "-T", short: "T", long: "tree" },
        { key: "-x", short: "x", long: "sort", arg: "required" },
        { key: "--sysroot", long: "sysroot", arg: "required" },
      ],
      { version: "lsblk from util-linux 2.38.1" },
    );
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    const formats = ["-P", "-l", "-r"].filter((k) => opts.has(k));
    if (formats.length > 1) {
      proc.stderr.write("lsblk: mutually exclusive arguments: --pairs --tree --list --raw\n");
      return 1;
    }
    const refused = opts.list.find((o) => REFUSED.includes(o.key) || o.key === "--sysroot");
    if (refused) {
      proc.stderr.write(`lsblk: ${refused.key} is not simulated in Rootlab yet\n`);
      return 1;
    }
    // -f's columns or the defaults; -o replaces them, -o +LIST adds to them
    let ids = opts.has("-f") ? FS : DEFAULT;
    const list = opts.value("-o");
    if (list !== undefined) {
      const named = parseColumns(proc, list.startsWith("+") ? list.slice(1) : list);
      if (typeof named === "number") return named;
      ids = list.startsWith("+") ? [...ids, ...named] : named;
    }
    const format = opts.has("-P") ? "export" : opts.has("-r") ? "raw" : "human";
    const tree = format === "human" && !opts.has("-l");
    const ctx: LsblkContext = { proc, bytes: opts.has("-b"), paths: opts.has("-p"), parsable: format !== "human" };
    const block = proc.host.kernel.block;

    // what to list: every disk, or the devices named (each a disk with its partitions, or one partition)
    const roots: LsblkDevice[] = [];
    let failed = 0;
    if (operands.length === 0) {
      for (const d of block.devices()) if (!d.partition && d.sectors > 0) roots.push({ dev: d });
    } else
      for (const op of operands) {
        const dev = blockDeviceAt(proc, proc.resolve(op));
        if (!dev.ok) {
          proc.stderr.write(`lsblk: ${op}: not a block device\n`);
          failed++;
          continue;
        }
        const parent = dev.value.partition ? block.devices().find((d) => !d.partition && d.disk === dev.value.disk) : undefined;
        roots.push({ dev: dev.value, parent });
      }
    roots.sort((a, b) => devnoOrder(a.dev, b.dev));
    const partitionsOf = (d: LsblkDevice): LsblkDevice[] =>
      d.dev.partition || opts.has("-d")
        ? []
        : block
            .devices()
            .filter((p) => p.partition && p.disk === d.dev.disk)
            .sort(devnoOrder)
            .map((p) => ({ dev: p, parent: d.dev }));
    let lines: ScolsLine[];
    if (tree)
      lines = roots.map((r) => ({ cells: cellValues(ids, r, ctx), children: partitionsOf(r).map((p) => ({ cells: cellValues(ids, p, ctx), children: [] })) }));
    else {
      // list formats: each device once, the whole table sorted by MAJ:MIN
      const all = new Map<string, LsblkDevice>();
      for (const r of roots) for (const d of [r, ...partitionsOf(r)]) if (!all.has(d.dev.name)) all.set(d.dev.name, d);
      lines = [...all.values()].sort((a, b) => devnoOrder(a.dev, b.dev)).map((d) => ({ cells: cellValues(ids, d, ctx), children: [] }));
    }
    if (roots.length > 0)
      proc.stdout.write(
        renderTable(
          ids.map((id) => column(id, tree)),
          lines,
          { format, noheadings: opts.has("-n"), termWidth: proc.stdout.isTTY ? (proc.tty?.cols ?? 80) : undefined },
        ),
      );
    if (failed === 0) return 0;
    return failed === operands.length ? 32 : 64;
  },
  complete: () => ["-f", "-o", "-l", "-n", "-p", "-b", "-d", "-r", "-P"],
};
