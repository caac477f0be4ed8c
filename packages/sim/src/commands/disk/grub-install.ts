/**
 * grub-install (GRUB 2.06, i386-pc) and update-grub. grub-install writes
 * boot.img's code into the MBR of the install device (the disk identifier
 * and partition table stay), embeds core.img in the sectors after it with
 * the prefix of the boot directory's partition ("(,msdos1)/boot/grub"),
 * and copies the modules to BOOTDIR/grub/i386-pc. update-grub writes
 * /boot/grub/grub.cfg for the kernels in /boot. Both find the devices
 * through the mount table, so from a rescue system they work on the
 * installed system only in a chroot (or with --boot-directory=/mnt/boot).
 */
import { type ByteString, asBytes, utf8Decode, utf8Encode } from "../../bytes.js";
import { GRUB_EMBED_SECTORS, grubBootCode } from "../../kernel/block/images.js";
import { parseMbr } from "../../kernel/block/mbr.js";
import { readSector, setImage } from "../../kernel/block/sectors.js";
import type { Process } from "../../process/process.js";
import { installGrubDir } from "../../fs/debian-boot.js";
import { grubCfg, parseDefaultGrub } from "../../fs/debian-tree/grub-files.js";
import { parseOrUsage } from "../files/program.js";
import type { Command } from "../types.js";
import { blockDeviceAt } from "./devio.js";
import { probeDirectory } from "./grub-probe.js";
import { GRUB_INSTALL_MAN, UPDATE_GRUB_MAN } from "./man-pages.js";

function error(proc: Process, prog: string, msg: string): number {
  proc.stderr.write(`${prog}: error: ${msg}.\n`);
  return 1;
}

export const grubInstall: Command = {
  name: "grub-install",
  summary: "grub-install - install GRUB to a device",
  man: GRUB_INSTALL_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "grub-install", [
      { key: "--boot-directory", long: "boot-directory", arg: "required" },
      { key: "--target", long: "target", arg: "required" },
      { key: "--recheck", long: "recheck" },
      { key: "--force", long: "force" },
      { key: "--no-floppy", long: "no-floppy" },
      { key: "-v", short: "v", long: "verbose" },
    ], { version: "grub-install (GRUB) 2.06-13+deb12u1" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    // a BIOS install of Debian has GRUB's i386-pc files only (grub-pc-bin); other targets have no modinfo.sh
    const target = opts.value("--target") ?? "i386-pc";
    if (target !== "i386-pc") return error(proc, "grub-install", `/usr/lib/grub/${target}/modinfo.sh doesn't exist. Please specify --target or --directory`);
    proc.stderr.write("Installing for i386-pc platform.\n");
    if (operands.length === 0) return error(proc, "grub-install", "install device isn't specified");
    const bootDir = proc.resolve(opts.value("--boot-directory") ?? "/boot");
    const grubDir = `${bootDir === "/" ? "" : bootDir}/grub`;
    const devPath = proc.resolve(operands[0]);
    const dev = blockDeviceAt(proc, devPath);
    const noDrive = (name: string) => error(proc, "grub-install", `cannot find a GRUB drive for ${name}.  Check your device.map`);
    if (!dev.ok) return noDrive(operands[0]);
    const probed = probeDirectory(proc, grubDir.replace(/\/grub$/, "") || "/");
    if (!probed || !probed.dev.partition) return error(proc, "grub-install", `cannot find a device for ${grubDir} (is /dev mounted?)`);
    // GRUB finds a partition in the disk's table itself: the kernel's sda1 must be there
    const part = probed.dev.partition;
    const onDisk = parseMbr((lba) => readSector(probed.dev.disk, lba))?.partitions.find((p) => p.number === part.number && p.start === part.start);
    if (!onDisk) return noDrive(`/dev/${probed.dev.name}`);
    const disk = dev.value.disk;
    if (dev.value.partition || !parseMbr((lba) => readSector(disk, lba))) {
      proc.stderr.write(
        "grub-install: warning: File system `ext2' doesn't support embedding.\n" +
          "grub-install: warning: Embedding is not possible.  GRUB can only be installed in this setup by using blocklists.  However, blocklists are UNRELIABLE and their use is discouraged..\n",
      );
      return error(proc, "grub-install", "will not proceed with blocklists");
    }
    const inFs = `${probed.inFs === "/" ? "" : probed.inFs}/grub`;
    const prefix = `(,msdos${probed.dev.partition.number})${inFs}`;
    // the files first (as grub-install copies them), then the images
    const fs = proc.host.fs;
    if (!fs.stat(grubDir).ok) fs.mkdir(grubDir, { parents: true });
    installGrubDir(fs, proc.host.clock.now, grubDir);
    const mbr = readSector(disk, 0);
    const block = proc.host.kernel.block;
    const whole = block.byName(disk.name)!;
    block.write(whole, 0, asBytes(grubBootCode(1) + mbr.slice(440, 510) + "\x55\xaa"));
    setImage(disk, { kind: "grub-core", lba: 1, sectors: GRUB_EMBED_SECTORS, prefix });
    proc.stderr.write("Installation finished. No error reported.\n");
    return 0;
  },
  complete: () => ["--boot-directory=", "--target=i386-pc", "--recheck"],
};

export const updateGrub: Command = {
  name: "update-grub",
  summary: "update-grub - stub for grub-mkconfig -o /boot/grub/grub.cfg",
  man: UPDATE_GRUB_MAN,
  run(proc) {
    const fs = proc.host.fs;
    const probed = probeDirectory(proc, "/");
    if (!probed) {
      proc.stderr.write("/usr/sbin/grub-probe: error: cannot find a device for / (is /dev mounted?).\n");
      return 1;
    }
    proc.stderr.write("Generating grub configuration file ...\n");
    const fsInfo = proc.host.kernel.block.probe(probed.dev);
    const listing = fs.readdir("/boot");
    const kernels = (listing.ok ? listing.value : [])
      .filter((n) => n.startsWith("vmlinuz-"))
      .map((n) => n.slice("vmlinuz-".length))
      .sort()
      .reverse();
    for (const v of kernels) {
      proc.stderr.write(`Found linux image: /boot/vmlinuz-${v}\n`);
      if (fs.stat(`/boot/initrd.img-${v}`).ok) proc.stderr.write(`Found initrd image: /boot/initrd.img-${v}\n`);
    }
    const defaults = fs.readFile("/etc/default/grub");
    const settings = parseDefaultGrub(defaults.ok ? utf8Decode(defaults.value) : "");
    proc.stderr.write(
      "Warning: os-prober will not be executed to detect other bootable partitions.\nSystems on them will not be added to the GRUB boot configuration.\nCheck GRUB_DISABLE_OS_PROBER documentation entry.\n",
    );
    const cfg = grubCfg({
      rootUuid: fsInfo?.uuid ?? "",
      kernels,
      cmdline: settings.GRUB_CMDLINE_LINUX ?? "",
      cmdlineDefault: settings.GRUB_CMDLINE_LINUX_DEFAULT ?? "quiet",
      timeout: settings.GRUB_TIMEOUT ?? "5",
      // 00_header: the language is LANG up to its first dot
      lang: (proc.env.LANG ?? "").split(".")[0],
    });
    const w = fs.writeFile("/boot/grub/grub.cfg.new", utf8Encode(cfg) as ByteString, { mode: 0o444 });
    if (!w.ok) {
      proc.stderr.write("/usr/sbin/grub-mkconfig: 278: cannot create /boot/grub/grub.cfg.new: Directory nonexistent\n");
      return 2;
    }
    fs.rename("/boot/grub/grub.cfg.new", "/boot/grub/grub.cfg");
    fs.chmod("/boot/grub/grub.cfg", 0o444);
    proc.stderr.write("done\n");
    return 0;
  },
};
