/**
 * fdisk's dialog (util-linux 2.38.1) on an MBR disk: the command prompt and
 * the questions of a, d, l, n, p, t, v, o, m, w and q, with libfdisk's
 * messages and its quirks (an info message starts with a blank line only
 * when it is the first since the last question; a partition created over
 * a filesystem signature is reported). Answers come from the terminal
 * (echoed, as readline does) or, when stdin is not a terminal, one line
 * each from stdin, unechoed: a scripted `printf 'n\n...' | fdisk /dev/sda`.
 */
import { type ByteString, asBytes } from "../../bytes.js";
import { STRERROR } from "../../kernel/errno.js";
import type { MbrLabel, MbrPartition } from "../../kernel/block/mbr.js";
import { SECTOR } from "../../kernel/block/state.js";
import type { Process } from "../../process/process.js";
import { readTtyLine } from "../../process/tty-line.js";
import { splitLines } from "../files/program.js";
import { listTypes, parseTypeAnswer, typeName } from "./dos-types.js";
import { humanSize } from "./human-size.js";
import {
  type DiskHandle,
  GRAIN,
  alignEnd,
  alignUp,
  diskHeader,
  extendedOf,
  freeLogicalAreas,
  freePrimaryAreas,
  labelLines,
  partitionTable,
  probeAt,
  writeLabel,
} from "./label.js";
import { informKernel } from "./reread.js";

const HELP = `
Help:

  DOS (MBR)
   a   toggle a bootable flag
   b   edit nested BSD disklabel
   c   toggle the dos compatibility flag

  Generic
   d   delete a partition
   F   list free unpartitioned space
   l   list known partition types
   n   add a new partition
   p   print the partition table
   t   change a partition type
   v   verify the partition table
   i   print information about a partition

  Misc
   m   print this menu
   u   change display/entry units
   x   extra functionality (experts only)

  Script
   I   load disk layout from sfdisk script file
   O   dump disk layout to sfdisk script file

  Save & Exit
   w   write table to disk and exit
   q   quit without saving changes

  Create a new label
   g   create a new empty GPT partition table
   G   create a new empty SGI (IRIX) partition table
   o   create a new empty MBR (DOS) partition table
   s   create a new empty Sun partition table

`;

/** a question answered: the reply, or null at end of input (Ctrl-D, a hang-up, EOF on a pipe) */
type Reply = string | null;

class Dialog {
  private infoCount = 0;
  private lines: string[] | undefined;
  private readonly tty: boolean;

  constructor(private readonly proc: Process) {
    this.tty = !!proc.tty && proc.stdin.isTTY;
    if (!this.tty) this.lines = splitLines(proc.stdin.text());
  }

  /** get_user_reply: the prompt, then a line with leading blanks and the newline removed */
  ask(prompt: string): Reply {
    this.proc.stdout.write(prompt);
    let text: string;
    if (this.tty) {
      const r = readTtyLine(this.proc.tty!, { echo: true });
      if (r.type !== "line") return null;
      text = r.text;
    } else {
      if (!this.lines || this.lines.length === 0) return null;
      text = this.lines.shift()!;
    }
    this.proc.budget.charge(1);
    return text.replace(/^\s+/, "");
  }

  /** a question of libfdisk's ask API: it resets the info count */
  question(prompt: string): Reply {
    this.infoCount = 0;
    return this.ask(prompt);
  }

  /** an info message printed by someone else */
  countInfo(): void {
    this.infoCount++;
  }

  info(msg: string): void {
    this.infoCount++;
    this.proc.stdout.write(`${this.infoCount === 1 ? "\n" : ""}${msg}\n`);
  }

  /** a warning: to stderr; like any message but info, it resets the info count */
  warnx(msg: string): void {
    this.infoCount = 0;
    this.proc.stderr.write(`${msg}\n`);
  }

  /** text between questions (menus, listings) */
  write(text: string): void {
    this.proc.stdout.write(text);
  }

  get interactive(): boolean {
    return this.tty;
  }

  /** YESNO: "\n" then the query and " [Y]es/[N]o: " until y or n */
  yesNo(query: string): boolean | null {
    this.infoCount = 0;
    this.proc.stdout.write("\n");
    for (;;) {
      const r = this.ask(`${query} [Y]es/[N]o: `);
      if (r === null) return null;
      if (/^[yY]/.test(r)) return true;
      if (/^[nN]/.test(r)) return false;
    }
  }
}

/** "1,2,5" or "2-4": libfdisk's list of numbers, runs of three or more as ranges */
function rangeText(nums: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < nums.length; ) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j] + 1) j++;
    if (j - i >= 2) out.push(`${nums[i]}-${nums[j]}`);
    else for (let k = i; k <= j; k++) out.push(String(nums[k]));
    i = j + 1;
  }
  return out.join(",");
}

/** ask_number: a value in [low, high] (or one of `allowed`), the default on an empty answer */
function askNumber(d: Dialog, query: string, allowed: number[], dflt: number): number | null {
  const prompt = `${query} (${rangeText(allowed)}, default ${dflt}): `;
  for (;;) {
    const r = d.question(prompt);
    if (r === null) return null;
    if (r === "") return dflt;
    if (/^\d+$/.test(r) && allowed.includes(Number(r))) return Number(r);
    d.warnx("Value out of range.");
  }
}

/** ask_offset: a sector in [low, high]; "+N", "+NK/M/G/T/P" relative to `base` */
function askOffset(d: Dialog, query: string, low: number, high: number, dflt: number, base: number): number | null {
  const prompt = `${query} (${low}-${high}, default ${dflt}): `;
  for (;;) {
    const r = d.question(prompt);
    if (r === null) return null;
    if (r === "") return dflt;
    const m = /^([+-]?)(\d+)([KMGTP](?:iB)?)?$/.exec(r);
    if (!m) continue;
    let n = Number(m[2]);
    const pow = m[3] ? "KMGTP".indexOf(m[3][0]) + 1 : 0;
    if (m[1] && pow) n = Math.floor((n * 1024 ** pow + SECTOR / 2) / SECTOR) - 1;
    else if (m[1]) n = n - 1;
    if (m[1] === "+") n += base;
    else if (m[1] === "-") n = high - n;
    if (n >= low && n <= high) return n;
    d.warnx("Value out of range.");
  }
}

export interface DialogResult {
  exit: number;
}

/** `welcome`: info messages after "Welcome to fdisk", which fdisk.ts printed as the first */
export function runDialog(proc: Process, disk: DiskHandle, initial: MbrLabel | null, welcome: string[]): number {
  const d = new Dialog(proc);
  d.countInfo();
  for (const w of welcome) d.info(w);
  let label: MbrLabel = initial ?? { diskId: 0, partitions: [] };
  if (!initial) {
    d.info("Device does not contain a recognized partition table.");
    label = { diskId: newDiskId(proc), partitions: [] };
    d.info(`Created a new DOS (MBR) disklabel with disk identifier 0x${hex8(label.diskId)}.`);
  }
  const original = JSON.stringify(label);
  /** partitions whose old signature the learner chose to wipe, by start sector */
  const wipe = new Set<number>();
  let expert = false;
  for (;;) {
    proc.stdout.write("\n");
    const r = d.ask(expert ? "Expert command (m for help): " : "Command (m for help): ");
    if (r === null) {
      proc.stdout.write("\n");
      return 0;
    }
    const key = r[0] ?? "";
    if (key === "") continue;
    if (expert) {
      if (key === "r") expert = false;
      else if (key === "q") {
        proc.stdout.write("\n");
        return 0;
      } else if (key === "p") printTable(d, proc, disk, label);
      else if (key === "m") proc.stdout.write("\nHelp (expert commands):\n\n  Save & Exit\n   q   quit without saving changes\n   r   return to main menu\n\n");
      else d.warnx(`${key}: unknown command`);
      continue;
    }
    switch (key) {
      case "m":
        proc.stdout.write(HELP);
        break;
      case "p":
        printTable(d, proc, disk, label);
        break;
      case "l":
        proc.stdout.write(listTypes());
        break;
      case "q":
        proc.stdout.write("\n");
        return 0;
      case "x":
        expert = true;
        break;
      case "o":
        label = { diskId: newDiskId(proc), partitions: [] };
        d.info(`Created a new DOS (MBR) disklabel with disk identifier 0x${hex8(label.diskId)}.`);
        break;
      case "v":
        verify(d, disk, label);
        break;
      case "d":
        deletePartition(d, label);
        break;
      case "a":
        toggleBoot(d, label);
        break;
      case "t":
        changeType(d, label);
        break;
      case "n":
        addPartition(d, proc, disk, label, wipe);
        break;
      case "w":
        return write(d, proc, disk, label, JSON.parse(original) as MbrLabel, wipe);
      case "b": case "c": case "F": case "i": case "u": case "I": case "O": case "g": case "G": case "s":
        d.warnx(`${key}: this command is not simulated in Rootlab yet`);
        break;
      default:
        d.warnx(`${key}: unknown command`);
    }
  }
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, "0");
}

/** a new disk identifier, random as libfdisk's (from the world's PRNG) */
export function newDiskId(proc: Process): number {
  return proc.host.prng.nextU32();
}

function printTable(d: Dialog, proc: Process, disk: DiskHandle, label: MbrLabel): void {
  for (const line of diskHeader(disk, null).split("\n").slice(0, -1)) d.info(line);
  for (const line of labelLines(label).split("\n").slice(0, -1)) d.info(line);
  const table = partitionTable(disk.path, label);
  if (table) proc.stdout.write(`\n${table}`);
}

function numbers(label: MbrLabel): number[] {
  return label.partitions.map((p) => p.number).sort((a, b) => a - b);
}

function askPartition(d: Dialog, label: MbrLabel): number | null {
  const nums = numbers(label);
  if (nums.length === 0) {
    d.warnx("No partition is defined yet!");
    return null;
  }
  return askPartnum(d, nums, nums[nums.length - 1]);
}

/** fdisk_ask_partnum: with one candidate, libfdisk takes it and says so */
function askPartnum(d: Dialog, nums: number[], dflt: number): number | null {
  if (nums.length === 1) {
    d.info(`Selected partition ${nums[0]}`);
    return nums[0];
  }
  return askNumber(d, "Partition number", nums, dflt);
}

function deletePartition(d: Dialog, label: MbrLabel): void {
  const n = askPartition(d, label);
  if (n === null) return;
  const p = label.partitions.find((x) => x.number === n)!;
  if (n <= 4 && extendedOf(label) === p) label.partitions = label.partitions.filter((x) => x.number <= 4);
  label.partitions = label.partitions.filter((x) => x !== p);
  // logical partitions are renumbered to stay contiguous from 5
  if (n > 4)
    for (const x of label.partitions.filter((q) => q.number > n).sort((a, b) => a.number - b.number)) x.number--;
  d.info(`Partition ${n} has been deleted.`);
}

function toggleBoot(d: Dialog, label: MbrLabel): void {
  const n = askPartition(d, label);
  if (n === null) return;
  const p = label.partitions.find((x) => x.number === n)!;
  if (extendedOf(label) === p) {
    d.warnx(`Partition ${n}: is an extended partition.`);
    return;
  }
  p.boot = !p.boot;
  d.info(`The bootable flag on partition ${n} is ${p.boot ? "enabled" : "disabled"} now.`);
}

function changeType(d: Dialog, label: MbrLabel): void {
  const n = askPartition(d, label);
  if (n === null) return;
  const p = label.partitions.find((x) => x.number === n)!;
  const old = typeName(p.type);
  for (;;) {
    const r = d.ask("Hex code or alias (type L to list all): ");
    if (r === null) {
      d.info(`Type of partition ${n} is unchanged: ${old}.`);
      return;
    }
    if (r.length === 1 && r.toUpperCase() === "L") {
      d.write(listTypes());
      continue;
    }
    if (r === "") continue;
    if (extendedOf(label) === p && label.partitions.some((x) => x.number > 4)) {
      d.warnx("Cannot change type of the extended partition which is already used by logical partitions. Delete logical partitions first.");
      d.info(`Type of partition ${n} is unchanged: ${old}.`);
      return;
    }
    const code = parseTypeAnswer(r);
    if (code === 0) d.warnx("Type 0 means free space to many systems. Having partitions of type 0 is probably unwise.");
    p.type = code;
    d.info(`Changed type of partition '${old}' to '${code === 0 ? "unknown" : typeName(code)}'.`);
    return;
  }
}

function addPartition(d: Dialog, proc: Process, disk: DiskHandle, label: MbrLabel, wipe: Set<number>): void {
  const ext = extendedOf(label);
  const usedSlots = [1, 2, 3, 4].filter((n) => label.partitions.some((p) => p.number === n));
  const freeSlots = [1, 2, 3, 4].filter((n) => !usedSlots.includes(n));
  // an area holds a partition when at least one aligned grain fits in it
  const primaryAreas = freePrimaryAreas(label, disk.sectors).filter(([a, b]) => alignUp(a) + GRAIN - 1 <= b);
  const logicalAreas = freeLogicalAreas(label).filter(([a, b]) => a + GRAIN <= b);
  let kind: "p" | "e" | "l";
  if (freeSlots.length === 0 || primaryAreas.length === 0) {
    if (!ext) {
      d.warnx(freeSlots.length === 0 ? "All primary partitions are in use." : "No free sectors available.");
      return;
    }
    d.info(freeSlots.length === 0 ? "All primary partitions are in use." : "All space for primary partitions is in use.");
    kind = "l";
  } else {
    const primaries = label.partitions.filter((p) => p.number <= 4 && p !== ext).length;
    d.write(`Partition type\n   p   primary (${primaries} primary, ${ext ? 1 : 0} extended, ${freeSlots.length} free)\n`);
    d.write(ext ? "   l   logical (numbered from 5)\n" : "   e   extended (container for logical partitions)\n");
    for (;;) {
      const r = d.question("Select (default p): ");
      if (r === null) return;
      const c = r === "" ? "p" : r[0].toLowerCase();
      if (r === "") d.info("Using default response p.");
      if (c === "p" || (c === "e" && !ext) || (c === "l" && ext)) {
        kind = c;
        break;
      }
      d.warnx("Value out of range.");
    }
  }
  let number: number;
  let areas: [number, number][];
  if (kind === "l") {
    if (logicalAreas.length === 0) {
      d.info(`Adding logical partition ${nextLogical(label)}`);
      d.warnx("No free sectors available.");
      return;
    }
    number = nextLogical(label);
    d.info(`Adding logical partition ${number}`);
    areas = logicalAreas.map(([a, b]) => [a + GRAIN, b]);
  } else {
    const n = askPartnum(d, freeSlots, freeSlots[0]);
    if (n === null) return;
    number = n;
    areas = primaryAreas;
  }
  const low = kind === "l" ? areas[0][0] : alignUp(areas[0][0]);
  const high = kind === "l" ? areas[areas.length - 1][1] : disk.sectors - 1;
  const dflt = alignUp(areas[0][0]);
  let start: number;
  let area: [number, number];
  for (;;) {
    const s = askOffset(d, "First sector", low, high, dflt, 0);
    if (s === null) return;
    const found = areas.find(([a, b]) => s >= a && s <= b);
    if (found) {
      start = s;
      area = found;
      break;
    }
    d.warnx(`Sector ${s} is already allocated.`);
  }
  const lastHigh = alignEnd(start, area[1]);
  const stop = askOffset(d, "Last sector, +/-sectors or +/-size{K,M,G,T,P}", start, lastHigh, lastHigh, start);
  if (stop === null) return;
  const type = kind === "e" ? 0x05 : 0x83;
  const part: MbrPartition = { number, boot: false, type, start, sectors: stop - start + 1 };
  if (kind === "l") part.ebr = start - GRAIN >= area[0] - GRAIN ? area[0] - GRAIN : start - 1;
  label.partitions.push(part);
  label.partitions.sort((a, b) => a.number - b.number);
  d.info(`Created a new partition ${number} of type '${typeName(type)}' and of size ${humanSize(part.sectors * SECTOR, { space: true, iec: true })}.`);
  const sig = kind === "e" ? undefined : probeAt(disk, start);
  if (sig) {
    d.warnx(`Partition #${number} contains a ${sig.type} signature.`);
    if (d.interactive) {
      const yes = d.yesNo("Do you want to remove the signature?");
      if (yes) {
        wipe.add(start);
        d.info("The signature will be removed by a write command.");
      }
    }
  }
}

function nextLogical(label: MbrLabel): number {
  return Math.max(4, ...label.partitions.map((p) => p.number)) + 1;
}

function verify(d: Dialog, disk: DiskHandle, label: MbrLabel): void {
  const used = label.partitions.filter((p) => p !== extendedOf(label)).reduce((s, p) => s + p.sectors, 0);
  d.info("No errors detected.");
  d.info(`Remaining ${disk.sectors - 1 - GRAIN - used} unallocated 512-byte sectors.`);
}

function write(d: Dialog, proc: Process, disk: DiskHandle, label: MbrLabel, original: MbrLabel, wipe: Set<number>): number {
  const r = writeLabel(disk, label);
  if (!r.ok) {
    proc.stderr.write(`fdisk: failed to write disklabel: ${STRERROR[r.errno]}\n`);
    return 1;
  }
  for (const start of wipe) disk.writeSectors(wipeSectors(start));
  d.info("The partition table has been altered.");
  const status = informKernel(proc, disk, original, label, { info: (m) => d.info(m), warn: (m) => d.warnx(m) });
  if (status === 0) d.info("Syncing disks.");
  proc.stdout.write("\n");
  return status;
}

/** zeros over the signatures a partition starting at `start` may hold (ext4 superblock, swap page) */
function wipeSectors(start: number): Map<number, ByteString> {
  const zero = asBytes("\0".repeat(SECTOR));
  const out = new Map<number, ByteString>();
  for (let i = 0; i < 8; i++) out.set(start + i, zero);
  return out;
}
