/**
 * Records blkid and lsblk on a block device holding the simulated disk:
 *   npx tsx src/test-support/record-blockdev-fixtures.ts
 * writes src/commands/disk/fixtures/real-blockdev.json. Run as root on
 * Debian 12 with util-linux 2.38.1; only loop devices this script attaches
 * are touched, never a disk of the machine.
 *
 * Per case of commands/disk/blockdev-cases.ts: a fresh sparse image with
 * the simulated disk's bytes (record-disk-fixtures.ts `writeDiskImage`) is
 * attached with `losetup -f -P`. Kernels built without the MS-DOS
 * partition parser (some VM kernels: CONFIG_MSDOS_PARTITION unset) find no
 * partitions there; `partx -a` then registers them from userspace through
 * BLKPG, the same partitions the kernel's scan would (the extended one as
 * 1 KiB). lsblk reads filesystem columns from udev's database; where no
 * udevd runs (containers), this script writes for each of its devices the
 * entry udev's blkid builtin would write (`blkid -p -o udev`) under
 * /run/udev/data, after the setup lines, and removes it afterwards. blkid
 * gets a cache file of its own (BLKID_FILE), so it probes as on a fresh
 * boot. Lines run with LANG=C.UTF-8, TZ=UTC, stdout a pipe; blkid lines
 * that list every device keep only the loop device's lines.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BLOCKDEV_CASES, BLOCKDEV_TTY_CASES } from "../commands/disk/blockdev-cases.js";
import { toLoop } from "../commands/disk/test-support.js";
import { attach, detach, devNumbers } from "./loop-device.js";
import { writeDiskImage } from "./record-disk-fixtures.js";

const BASE = "/tmp/rootlab-blockdev";
const ENV = { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", TZ: "UTC", LANG: "C.UTF-8", HOME: "/root" };

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { env: ENV }).toString();
}

function sh(cwd: string, line: string, env: Record<string, string>) {
  const r = spawnSync("bash", ["-c", line], { cwd, env: { ...ENV, ...env }, maxBuffer: 16 * 1024 * 1024 });
  return { stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8"), exit: r.status ?? 128 };
}

function udevBlkid(name: string): Map<string, string> {
  const r = spawnSync("blkid", ["-p", "-o", "udev", `/dev/${name}`], { env: ENV });
  return new Map(r.stdout.toString().split("\n").filter(Boolean).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
}

/**
 * What udev would store for each device (only where no udevd keeps the
 * database): 60-persistent-storage.rules gives a partition its disk's ID_*
 * properties except ID_FS_* (so partitions show the disk's PTTYPE and
 * PTUUID), then the blkid builtin adds or replaces the partition's own.
 */
function writeUdevDb(loop: string, own: boolean): string[] {
  if (!own) return [];
  mkdirSync("/run/udev/data", { recursive: true });
  const written: string[] = [];
  const disk = udevBlkid(loop);
  for (const [name, mm] of Object.entries(devNumbers(loop))) {
    const props = new Map(name === loop ? [] : [...disk].filter(([k]) => !k.startsWith("ID_FS_")));
    for (const [k, v] of udevBlkid(name)) props.set(k, v);
    const file = `/run/udev/data/b${mm}`;
    writeFileSync(file, [...props].map(([k, v]) => `E:${k}=${v}\n`).join(""));
    written.push(file);
  }
  return written;
}

if (process.argv[1]?.endsWith("record-blockdev-fixtures.ts")) {
  const versions = ["lsblk --version", "blkid --version", "losetup --version"].map((c) => execFileSync("bash", ["-c", c]).toString().trim());
  // no udevd here: this script keeps udev's database for its devices (and /run/udev only if it made it)
  const udevd = existsSync("/run/udev/control");
  const madeRunUdev = !udevd && !existsSync("/run/udev");
  mkdirSync(BASE, { recursive: true });
  const withDisk = <T>(setup: string[] | undefined, body: (dir: string, loop: string, numbers: Record<string, string>) => T): T => {
    const dir = join(BASE, "case");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    writeDiskImage(join(dir, "disk.img"));
    const loop = attach(join(dir, "disk.img"));
    let udevFiles: string[] = [];
    try {
      for (const s of setup ?? []) {
        const r = sh(dir, toLoop(s, loop), {});
        if (r.exit !== 0) throw new Error(`setup failed: ${s}: ${r.stderr}`);
      }
      udevFiles = writeUdevDb(loop, !udevd);
      return body(dir, loop, devNumbers(loop));
    } finally {
      for (const f of udevFiles) rmSync(f, { force: true });
      detach(loop);
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const cases = BLOCKDEV_CASES.map((c) =>
    withDisk(c.setup, (dir, loop, numbers) => {
      const r = sh(dir, toLoop(c.line, loop), { BLKID_FILE: join(dir, "blkid.tab") });
      // every-device listings: keep the loop device's lines only
      const lists = /^blkid( -[so] \S+)*$/.test(c.line);
      const stdout = lists ? r.stdout.split("\n").filter((l) => l.startsWith(`/dev/${loop}`)).map((l) => `${l}\n`).join("") : r.stdout;
      return { ...c, loop, numbers, stdout, stderr: r.stderr, exit: r.exit };
    }),
  );
  // on a terminal: script(1) gives the line a pty of the wanted size; its \r\n become \n
  const tty = BLOCKDEV_TTY_CASES.map((c) =>
    withDisk(undefined, (dir, loop, numbers) => {
      const r = sh(dir, `script -qec ${JSON.stringify(`stty cols ${c.cols} rows 50; ${toLoop(c.line, loop)}`)} /dev/null`, {});
      return { ...c, loop, numbers, stdout: r.stdout.replaceAll("\r\n", "\n"), exit: r.exit };
    }),
  );
  // the order sysfs lists a directory in (kernel/kernfs.ts): a whole loop device's directory
  const sysfs = withDisk(undefined, (_dir, loop) => ({
    dir: `/sys/block/${loop}`,
    // ls -f: readdir's order (Node's readdirSync sorts)
    order: run("ls", ["-f", `/sys/block/${loop}`]).split("\n").filter((n) => n && n !== "." && n !== ".."),
  }));
  if (madeRunUdev) rmSync("/run/udev", { recursive: true, force: true });
  const out = new URL("../commands/disk/fixtures/real-blockdev.json", import.meta.url);
  writeFileSync(out, `${JSON.stringify({ recorded: versions, udev: udevd ? "udevd" : "blkid -p -o udev", cases, tty, sysfs }, null, 1)}\n`);
  console.log(`recorded ${cases.length} cases and ${tty.length} on a terminal with ${versions.join(", ")}`);
}
