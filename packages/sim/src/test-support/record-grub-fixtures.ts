/**
 * Records grub-install and update-grub (GRUB 2.06, Debian 12; packages
 * grub-pc-bin and grub2-common, not grub-pc, which would install itself):
 *   npx tsx src/test-support/record-grub-fixtures.ts
 * writes src/commands/disk/fixtures/real-grub.json. Run as root.
 *
 * Per case of commands/disk/grub-cases.ts: a fresh image with the
 * simulated disk's bytes on a loop device (loop-device.ts), a real ext4 on
 * its first partition with the simulation's root UUID, and, in a private
 * mount namespace (`unshare -m`, so nothing shows on the machine), that
 * filesystem mounted with the simulated system's /boot (kernel, initrd,
 * grub.cfg, grubenv) and /etc/default/grub copied in, the machine's /etc
 * and /usr beside them (see `script`), /dev, /proc and /sys: a rescue
 * chroot. Lines name /dev/sda and /mnt; they run with
 * the loop device's names and the mount point, and the output is mapped
 * back (/dev/loopNpK -> /dev/sdaK, the mount point -> /mnt).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { GRUB_CASES } from "../commands/disk/grub-cases.js";
import { toLoop } from "../commands/disk/test-support.js";
import { ROOT_FS_UUID, SWAP_UUID } from "../kernel/block/install.js";
import { LabSession } from "../lab/lab-session.js";
import { attach, detach } from "./loop-device.js";
import { writeDiskImage } from "./record-disk-fixtures.js";

const BASE = "/tmp/rootlab-grub";
const ENV = { PATH: "/usr/sbin:/usr/bin:/sbin:/bin", TZ: "UTC", LANG: "C.UTF-8", HOME: "/root" };

/** the simulated system's /boot files and /etc/default/grub, under `stage` */
function stageSimulatedSystem(stage: string): void {
  const lab = LabSession.create("single");
  const fs = lab.world.host(lab.defaultHost)!.fs;
  const copy = (path: string) => {
    const r = fs.readFile(path);
    if (!r.ok) throw new Error(`${path}: ${r.errno}`);
    mkdirSync(dirname(join(stage, path)), { recursive: true });
    writeFileSync(join(stage, path), Buffer.from(r.value, "latin1"));
  };
  const boot = fs.readdir("/boot");
  for (const n of boot.ok ? boot.value : []) if (!n.startsWith("grub")) copy(`/boot/${n}`);
  copy("/boot/grub/grub.cfg");
  copy("/boot/grub/grubenv");
  copy("/etc/default/grub");
}

/**
 * The rescue chroot, then the setup lines (silenced) and the case line, for
 * a private mount namespace. What grub-mkconfig probes must look as on an
 * installed system: /usr/share/grub (its font) lives on the mounted
 * filesystem itself, the rest of /usr is bound in; /dev is private, with
 * the loop device's nodes and the /dev/disk/by-uuid links udev would make
 * (10_linux writes root=UUID= only when the link exists); and
 * /boot/grub/device.map names the loop device (hd0), as GRUB cannot guess a
 * BIOS drive for a loop device (the one thing still differing is
 * --hint-baremetal=ahci0,msdos1, which only an ATA disk gets).
 */
function script(mnt: string, loop: string, stage: string, setup: string[], line: string): string {
  return [
    "set -e",
    `M=${mnt}`,
    `mount /dev/${loop}p1 $M`,
    "mkdir -p $M/usr/share $M/dev $M/proc $M/sys $M/tmp $M/run $M/etc",
    "cp -a /etc/. $M/etc/",
    `cp -a ${stage}/. $M/`,
    `printf '(hd0)\t/dev/${loop}\n' > $M/boot/grub/device.map`,
    "for d in bin sbin lib lib64; do ln -s usr/$d $M/$d; done",
    // not /usr/local: this machine's tools there (pyenv's shims) are no part of Debian
    "for d in /usr/*; do n=${d#/usr/}; mkdir -p $M/usr/$n; case $n in share|local) continue;; esac; mount --bind $d $M/usr/$n; done",
    "for d in /usr/share/*; do n=${d#/usr/share/}; [ $n = grub ] && continue;" +
      " if [ -d $d ]; then mkdir -p $M/usr/share/$n; else touch $M/usr/share/$n; fi; mount --bind $d $M/usr/share/$n; done",
    "cp -a /usr/share/grub $M/usr/share/grub",
    "mount -t tmpfs -o mode=755 tmpfs $M/dev",
    `cp -a /dev/null /dev/zero /dev/full /dev/random /dev/urandom /dev/tty /dev/${loop} /dev/${loop}p* $M/dev/`,
    "mkdir -p $M/dev/disk/by-uuid",
    `ln -s ../../${loop}p1 $M/dev/disk/by-uuid/${ROOT_FS_UUID}`,
    `ln -s ../../${loop}p5 $M/dev/disk/by-uuid/${SWAP_UUID}`,
    "mount -t proc proc $M/proc",
    "mount -t sysfs sysfs $M/sys",
    "set +e",
    ...setup.map((s) => `{ ${s}; } >/dev/null 2>&1`),
    line,
  ].join("\n");
}

if (process.argv[1]?.endsWith("record-grub-fixtures.ts")) {
  const versions = ["grub-install --version", "dpkg-query -W -f='${Version}' grub2-common"].map((c) =>
    spawnSync("bash", ["-c", c], { env: ENV }).stdout.toString().trim(),
  );
  rmSync(BASE, { recursive: true, force: true });
  const stage = join(BASE, "stage");
  stageSimulatedSystem(stage);
  const cases = GRUB_CASES.map((c) => {
    const dir = join(BASE, "case");
    const mnt = join(dir, "mnt");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(mnt, { recursive: true });
    writeDiskImage(join(dir, "disk.img"));
    const loop = attach(join(dir, "disk.img"));
    try {
      const mk = spawnSync("mkfs.ext4", ["-q", "-F", "-U", ROOT_FS_UUID, "-E", "lazy_itable_init=1,lazy_journal_init=1", `/dev/${loop}p1`], { env: ENV });
      if (mk.status !== 0) throw new Error(`mkfs.ext4: ${mk.stderr}`);
      const place = (s: string) => toLoop(s, loop).replaceAll("/mnt", mnt);
      const line = c.chroot ? `chroot ${mnt} ${toLoop(c.line, loop)}` : place(c.line);
      const r = spawnSync("unshare", ["-m", "--propagation", "private", "bash", "-c", script(mnt, loop, stage, (c.setup ?? []).map(place), line)], {
        env: ENV,
        maxBuffer: 16 * 1024 * 1024,
      });
      const back = (s: string) =>
        s.replaceAll(mnt, "/mnt").replace(new RegExp(`/dev/${loop}(?:p(\\d+))?(?!\\d)`, "g"), (_, n: string | undefined) => `/dev/sda${n ?? ""}`);
      return { ...c, stdout: back(r.stdout.toString("utf8")), stderr: back(r.stderr.toString("utf8")), exit: r.status ?? 128 };
    } finally {
      detach(loop);
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const out = new URL("../commands/disk/fixtures/real-grub.json", import.meta.url);
  writeFileSync(out, `${JSON.stringify({ recorded: versions, cases }, null, 1)}\n`);
  console.log(`recorded ${cases.length} cases with ${versions.join(", ")}`);
}
