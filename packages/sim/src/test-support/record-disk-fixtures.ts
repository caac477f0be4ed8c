/**
 * Records the real tools on an image of the simulated disk:
 *   npx tsx src/test-support/record-disk-fixtures.ts
 * writes src/commands/disk/fixtures/real-tools.json. Each case of
 * commands/disk/comparison-cases.ts runs with bash in a fresh directory
 * under /tmp/rootlab-disks holding disk.img: a sparse 20 GiB file with
 * exactly the bytes of the simulation's default disk (its MBR, EBR, GRUB
 * core image, ext4 superblock and swap header). Only image files are
 * touched, never a disk of this machine. Run as root on Debian 12 with
 * fdisk, util-linux, file, xxd and bsdextrautils installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, writeSync, writeFileSync, ftruncateSync } from "node:fs";
import { join } from "node:path";
import { DISK_CASES } from "../commands/disk/comparison-cases.js";
import { newDebianDisk } from "../kernel/block/install.js";
import { imageExtent } from "../kernel/block/images.js";
import { readSector } from "../kernel/block/sectors.js";
import { SECTOR } from "../kernel/block/state.js";

const BASE = "/tmp/rootlab-disks";

/** a sparse image with the simulated disk's non-zero sectors */
export function writeDiskImage(path: string): void {
  const disk = newDebianDisk();
  const lbas = new Set<number>(Object.keys(disk.written).map(Number));
  for (const img of disk.images) {
    const [a, b] = imageExtent(img);
    for (let l = a; l <= b; l++) lbas.add(l);
  }
  const fd = openSync(path, "w");
  ftruncateSync(fd, disk.sectors * SECTOR);
  for (const lba of [...lbas].sort((x, y) => x - y)) writeSync(fd, Buffer.from(readSector(disk, lba), "latin1"), 0, SECTOR, lba * SECTOR);
  closeSync(fd);
}

function sh(cwd: string, line: string, input = "") {
  const r = spawnSync("bash", ["-c", line], {
    cwd,
    input,
    env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", TZ: "UTC", LANG: "C.UTF-8", HOME: "/root" },
    maxBuffer: 16 * 1024 * 1024,
  });
  return { stdout: r.stdout.toString("latin1"), stderr: r.stderr.toString("utf8"), exit: r.status ?? 128 };
}

if (process.argv[1]?.endsWith("record-disk-fixtures.ts")) {
  const versions = ["fdisk --version", "dd --version | head -1", "file --version | head -1", "xxd -v 2>&1", "hexdump --version"].map((c) =>
    execFileSync("bash", ["-c", c]).toString().trim(),
  );
  mkdirSync(BASE, { recursive: true });
  const cases = DISK_CASES.map((c) => {
    const dir = join(BASE, "case");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    try {
      writeDiskImage(join(dir, "disk.img"));
      for (const s of c.setup ?? []) {
        const r = sh(dir, s);
        if (r.exit !== 0) throw new Error(`setup failed: ${s}: ${r.stderr}`);
      }
      return { ...c, ...sh(dir, c.line, c.input) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const out = new URL("../commands/disk/fixtures/real-tools.json", import.meta.url);
  mkdirSync(new URL(".", out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ recorded: versions, cases }, null, 1)}\n`);
  console.log(`recorded ${cases.length} cases with ${versions.join(", ")}`);
}
