/**
 * df (coreutils 9.1): space on the mounted file systems, in the mount
 * table's order, with coreutils' columns and widths: 1K blocks, `-h`/`-H`
 * (rounded up, as df rounds), `-k`, `-T`, `-P`, `-a`, `-t`/`-x TYPE`,
 * `--total`, and FILE operands (the file system each is on).
 *
 * The sizes are a model, since the simulated disk holds no real blocks:
 *   - ext4: the partition's size less what mke2fs's defaults take for
 *     metadata (inode tables, bitmaps, superblock backups, the journal),
 *     which gives a fresh 19 GiB partition exactly the 19480400 1K blocks the
 *     real one shows; used = what a Debian 12 server install takes plus the
 *     bytes of every file on it (4 KiB blocks); available less the 5% kept
 *     for root and ext4's own reserve, as statfs(2) reports;
 *   - tmpfs and devtmpfs: their size= option (half the RAM without one, as
 *     /dev/shm); used = their files' pages.
 * Not covered: -i (inodes), --output, -B sizes other than 1K.
 */
import type { Process } from "../../process/process.js";
import type { MountEntry } from "../../kernel/block/state.js";
import { parseOptions } from "../files/options.js";
import { resolveOperand } from "../files/program.js";
import type { Command } from "../types.js";

/**
 * what a Debian 12 server install (standard system utilities, ssh server) uses on /, in KiB, less
 * the files the simulated tree holds with their real sizes (tzdata's /usr/share/zoneinfo, 3748 KiB),
 * which the walk below counts
 */
const DEBIAN_INSTALL_KB = 1_541_120 - 3748;
const BLOCK_KB = 4;
const BLOCKS_PER_GROUP = 32768;
/** mke2fs's defaults: 8192 inodes of 256 bytes a group (512 blocks), two bitmaps, ~1000 blocks at each superblock backup */
const GROUP_METADATA_BLOCKS = 514;
const BACKUP_BLOCKS = 1000;

interface Usage {
  source: string;
  type: string;
  target: string;
  /** KiB; total 0 for a pseudo file system */
  total: number;
  used: number;
  avail: number;
}

/** ext4 superblock backups (sparse_super): groups 0, 1 and the powers of 3, 5 and 7 */
function backupGroups(groups: number): number {
  const seen = new Set([0, 1]);
  for (const base of [3, 5, 7]) for (let g = base; g < groups; g *= base) seen.add(g);
  return [...seen].filter((g) => g < groups).length;
}

/** mke2fs's default journal, in blocks, for a file system of `blocks` 4 KiB blocks */
function journalBlocks(blocks: number): number {
  if (blocks < 32768) return 1024;
  if (blocks < 256 * 1024) return 4096;
  if (blocks < 512 * 1024) return 8192;
  if (blocks < 4096 * 1024) return 16384;
  if (blocks < 8192 * 1024) return 32768;
  return 262144;
}

function memTotalKb(proc: Process): number {
  const r = proc.host.fs.readFile("/proc/meminfo");
  const m = r.ok ? /^MemTotal:\s+(\d+)/m.exec(r.value) : null;
  return m ? Number(m[1]) : 0;
}

/** the KiB of files under `dir` (4 KiB pages each), not crossing into other mounts */
function filesKb(proc: Process, dir: string, mountPoints: Set<string>): number {
  const fs = proc.host.fs;
  let kb = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    const names = fs.readdir(d);
    if (!names.ok) continue;
    for (const name of names.value) {
      proc.budget.charge(1);
      const path = d === "/" ? `/${name}` : `${d}/${name}`;
      if (mountPoints.has(path)) continue;
      const st = fs.lstat(path);
      if (!st.ok) continue;
      if (st.value.type === "dir") stack.push(path);
      else if (st.value.type === "file") kb += Math.ceil(st.value.size / 4096) * BLOCK_KB;
    }
  }
  return kb;
}

function usageOf(proc: Process, m: MountEntry, mountPoints: Set<string>): Usage {
  const base = { source: m.source, type: m.fstype, target: m.target };
  const size = /(?:^|,)size=(\d+)k/.exec(m.options);
  if (m.fstype === "tmpfs" || m.fstype === "devtmpfs") {
    // a tmpfs mounted without size= gets half the RAM (/dev/shm)
    const total = size ? Number(size[1]) : Math.floor(memTotalKb(proc) / 2);
    const used = m.fstype === "tmpfs" ? Math.min(total, filesKb(proc, m.target, mountPoints)) : 0;
    return { ...base, total, used, avail: total - used };
  }
  const dev = m.source.startsWith("/dev/") ? proc.host.kernel.block.byName(m.source.slice(5)) : undefined;
  if (m.fstype === "ext4" && dev) {
    const blocks = Math.floor(dev.sectors / 8);
    const groups = Math.ceil(blocks / BLOCKS_PER_GROUP);
    const overhead = groups * GROUP_METADATA_BLOCKS + backupGroups(groups) * BACKUP_BLOCKS + journalBlocks(blocks) + 2;
    const total = (blocks - overhead) * BLOCK_KB;
    const install = m.target === "/" ? DEBIAN_INSTALL_KB : 24;
    const used = Math.min(total, install + filesKb(proc, m.target, mountPoints));
    const reserved = (Math.floor(blocks / 20) + Math.min(Math.floor(blocks / 50), 4096)) * BLOCK_KB;
    return { ...base, total, used, avail: Math.max(0, total - used - reserved) };
  }
  return { ...base, total: 0, used: 0, avail: 0 };
}

/** coreutils' human_readable with rounding up: "961M", "1.5G", "4.0K", "0" */
function humanSize(kb: number, si: boolean): string {
  if (kb === 0) return "0";
  const base = si ? 1000 : 1024;
  const units = si ? ["k", "M", "G", "T", "P", "E"] : ["K", "M", "G", "T", "P", "E"];
  let amount = kb * 1024;
  let i = -1;
  while (amount >= base && i < units.length - 1) {
    amount /= base;
    i++;
  }
  if (i < 0) return String(Math.ceil(amount));
  if (amount < 10) {
    const tenths = Math.ceil(amount * 10 - 1e-9) / 10;
    if (tenths < 10) return `${tenths.toFixed(1)}${units[i]}`;
    return `10${units[i]}`;
  }
  const whole = Math.ceil(amount - 1e-9);
  if (whole >= base && i < units.length - 1) return `1.0${units[i + 1]}`;
  return `${whole}${units[i]}`;
}

function percent(u: Usage): string {
  if (u.total === 0) return "-";
  const whole = u.used + u.avail;
  return whole === 0 ? "-" : `${Math.ceil((u.used * 100) / whole)}%`;
}

export const df: Command = {
  name: "df",
  summary: "df - report file system space usage",
  man: `NAME
df - report file system space usage

SYNOPSIS
df [OPTION]... [FILE]...

DESCRIPTION
df displays the amount of space available on the file system containing
each file name argument. If no file name is given, the space available on
all currently mounted file systems is shown. Space is shown in 1K blocks.

-a, --all             include pseudo, duplicate, inaccessible file systems
-h, --human-readable  print sizes in powers of 1024 (e.g., 1023M)
-H, --si              print sizes in powers of 1000 (e.g., 1.1G)
-k                    like --block-size=1K
-P, --portability     use the POSIX output format
-t, --type=TYPE       limit listing to file systems of type TYPE
-T, --print-type      print file system type
-x, --exclude-type=TYPE  limit listing to file systems not of type TYPE
    --total           elide all entries insignificant to available space,
                      and produce a grand total

In Rootlab the sizes are a model of a Debian 12 server install.
`,
  complete: () => ["-a", "-h", "-H", "-k", "-P", "-T", "-t", "-x", "--total"],
  run(proc) {
    const parsed = parseOptions(proc.argv.slice(1), [
      { key: "a", short: "a", long: "all" },
      { key: "h", short: "h", long: "human-readable" },
      { key: "H", short: "H", long: "si" },
      { key: "k", short: "k" },
      { key: "P", short: "P", long: "portability" },
      { key: "t", short: "t", long: "type", arg: "required" },
      { key: "T", short: "T", long: "print-type" },
      { key: "x", short: "x", long: "exclude-type", arg: "required" },
      { key: "total", long: "total" },
      { key: "l", short: "l", long: "local" },
    ]);
    if (!parsed.ok) {
      proc.stderr.write(`df: ${parsed.error}\nTry 'df --help' for more information.\n`);
      return 1;
    }
    const list = parsed.list;
    const has = (k: string) => list.some((o) => o.key === k);
    const lastOf = (...keys: string[]) => [...list].reverse().find((o) => keys.includes(o.key))?.key;
    const scale = lastOf("h", "H", "k");
    const only = list.filter((o) => o.key === "t").map((o) => o.value!);
    const exclude = list.filter((o) => o.key === "x").map((o) => o.value!);
    const mounts = proc.host.kernel.block.mounts();
    const mountPoints = new Set(mounts.map((m) => m.target).filter((t) => t !== "/"));
    let status = 0;
    let chosen: MountEntry[];
    if (parsed.operands.length > 0) {
      chosen = [];
      for (const operand of parsed.operands) {
        const st = proc.host.fs.stat(resolveOperand(proc, operand));
        if (!st.ok) {
          proc.stderr.write(`df: ${operand}: No such file or directory\n`);
          status = 1;
          continue;
        }
        const path = proc.resolve(operand);
        // the mount whose target is the longest prefix of the path
        let best: MountEntry | undefined;
        for (const m of mounts) {
          const inside = m.target === "/" || path === m.target || path.startsWith(`${m.target}/`);
          if (inside && (!best || m.target.length >= best.target.length)) best = m;
        }
        if (best) chosen.push(best);
      }
    } else chosen = [...mounts];
    let rows = chosen.map((m) => usageOf(proc, m, mountPoints));
    rows = rows.filter((u) => (only.length === 0 || only.includes(u.type)) && !exclude.includes(u.type));
    if (!has("a") && parsed.operands.length === 0) rows = rows.filter((u) => u.total > 0);
    if (rows.length === 0) {
      if (status === 0) proc.stderr.write("df: no file systems processed\n");
      return 1;
    }
    if (has("total")) {
      const sum = (f: (u: Usage) => number) => rows.reduce((a, u) => a + f(u), 0);
      rows.push({ source: "total", type: "-", target: "-", total: sum((u) => u.total), used: sum((u) => u.used), avail: sum((u) => u.avail) });
    }
    const posix = has("P");
    const human = scale === "h" || scale === "H";
    const show = (kb: number) => (human ? humanSize(kb, scale === "H") : String(kb));
    const headers = [
      "Filesystem",
      ...(has("T") ? ["Type"] : []),
      human ? "Size" : posix ? "1024-blocks" : "1K-blocks",
      "Used",
      human ? "Avail" : "Available",
      posix ? "Capacity" : "Use%",
      "Mounted on",
    ];
    const table = rows.map((u) => [u.source, ...(has("T") ? [u.type] : []), show(u.total), show(u.used), show(u.avail), percent(u), u.target]);
    const minWidth = [14, ...(has("T") ? [4] : []), 5, 5, 5, 4, 0];
    const widths = headers.map((h, i) => Math.max(minWidth[i], h.length, ...table.map((r) => r[i].length)));
    const left = new Set([0, ...(has("T") ? [1] : []), headers.length - 1]);
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === cells.length - 1 ? c : left.has(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" ");
    proc.stdout.write(`${line(headers)}\n`);
    for (const r of table) proc.stdout.write(`${line(r)}\n`);
    return status;
  },
};
