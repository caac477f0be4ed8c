/**
 * Loop devices for recording the real disk tools on the simulated disk's
 * bytes (record-blockdev-fixtures.ts, record-grub-fixtures.ts): attach an
 * image with its partitions, and detach it. Node-only, root only; touches
 * only the loop devices it attaches.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

const ENV = { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", TZ: "UTC", LANG: "C.UTF-8", HOME: "/root" };

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { env: ENV }).toString();
}

/** the loop device's partitions as the kernel has them now (name -> "major:minor") */
export function devNumbers(loop: string): Record<string, string> {
  const out: Record<string, string> = { [loop]: readFileSync(`/sys/block/${loop}/dev`, "utf8").trim() };
  for (const e of readdirSync(`/sys/block/${loop}`)) if (e.startsWith(`${loop}p`)) out[e] = readFileSync(`/sys/block/${loop}/${e}/dev`, "utf8").trim();
  return out;
}

/**
 * Attach `image`; its partitions must get increasing device numbers in
 * partition order, as sda1 < sda2 < sda5 have (lsblk sorts by MAJ:MIN), so
 * a device whose numbers came out otherwise (minors still held by a device
 * being torn down) is detached and attached again.
 */
export function attach(image: string): string {
  for (let attempt = 0; attempt < 5; attempt++) {
    const dev = run("losetup", ["-f", "--show", "-P", image]).trim();
    const loop = dev.replace("/dev/", "");
    if (!readdirSync(`/sys/block/${loop}`).some((e) => e.startsWith(`${loop}p`))) run("partx", ["-a", dev]);
    const parts = Object.entries(devNumbers(loop))
      .filter(([n]) => n !== loop)
      .sort((a, b) => Number(a[0].slice(loop.length + 1)) - Number(b[0].slice(loop.length + 1)))
      .map(([, mm]) => Number(mm.split(":")[0]) * 1e6 + Number(mm.split(":")[1]));
    if (parts.every((v, i) => i === 0 || v > parts[i - 1])) return loop;
    detach(loop);
  }
  throw new Error("could not attach the image with partitions numbered in order");
}

/** detach and wait until the kernel has dropped the device's partitions */
export function detach(loop: string): void {
  run("losetup", ["-d", `/dev/${loop}`]);
  for (let i = 0; i < 200 && readdirSync(`/sys/block/${loop}`).some((e) => e.startsWith(`${loop}p`)); i++) spawnSync("sleep", ["0.05"]);
}

