/**
 * GRUB 2.06 booting from the MBR (i386-pc): boot.img prints "GRUB " and
 * loads core.img from the LBA it names; diskboot prints "loading." and
 * the kernel image says "Welcome to GRUB!". core.img then loads normal.mod
 * from its prefix ("(,msdos1)/boot/grub" on the boot drive); if it cannot,
 * it says why and enters `grub rescue>`. normal.mod reads grub.cfg and
 * boots its first entry; without grub.cfg it gives the `grub>` command
 * line. A kernel whose root= names no filesystem stops in the initramfs.
 */
import { type ByteString, utf8Decode } from "../bytes.js";
import { memoized } from "../memo.js";
import type { Host } from "../host/host.js";
import { coreLbaOf } from "../kernel/block/images.js";
import { intactImage, readSector } from "../kernel/block/sectors.js";
import { GRUB_VERSION } from "../fs/debian-tree/grub-files.js";
import { firstDisk, grubFile, grubPartitions, openDevice, openFs, probePartition } from "./grub-disk.js";

export type GrubEnv = Record<string, string>;

export type GrubOutcome =
  /** Linux starts (`linux` is the kernel path, root= checked) */
  | { kind: "linux"; screen: string }
  | { kind: "prompt"; mode: "rescue" | "normal"; env: GrubEnv; modules: string[]; screen: string }
  | { kind: "hang"; screen: string };

export const NORMAL_BANNER = `                             GNU GRUB  version ${GRUB_VERSION}\n\n   Minimal BASH-like line editing is supported. For the first word, TAB\n   lists possible command completions. Anywhere else TAB lists possible\n   device or file completions.\n\n\n`;

/** From the MBR's boot code on: what GRUB shows and where it ends. */
export function grubFromMbr(host: Host): GrubOutcome {
  const disk = firstDisk(host)!;
  const coreLba = coreLbaOf(readSector(disk, 0));
  const core = disk.images.find((i) => i.kind === "grub-core" && i.lba === coreLba);
  if (!core || Object.hasOwn(disk.written, coreLba)) return { kind: "hang", screen: "GRUB " };
  const intact = intactImage(disk, "grub-core", coreLba);
  if (!intact) return { kind: "hang", screen: "GRUB loading.\n" };
  let screen = "GRUB loading.\nWelcome to GRUB!\n\n";
  const drive = intact.prefix.replace(/^\(,/, "(hd0,");
  const env: GrubEnv = { cmdpath: "(hd0)", prefix: drive, root: drive.replace(/^\(([^)]*)\).*$/, "$1") };
  const normal = loadModule(host, env, "normal");
  if (normal !== true) return { kind: "prompt", mode: "rescue", env, modules: [], screen: `${screen}error: ${normal}.\nEntering rescue mode...\n` };
  const r = normalMode(host, env);
  return { ...r, screen: screen + r.screen } as GrubOutcome;
}

/** insmod: the module's file under $prefix; true, or GRUB's error text */
export function loadModule(host: Host, env: GrubEnv, name: string): true | string {
  if (!env.prefix) return "variable `prefix' isn't set";
  const file = grubFile(host, `${env.prefix}/i386-pc/${name}.mod`, env.root);
  return typeof file === "string" ? file : true;
}

/** normal.mod: grub.cfg, then its first menu entry; no grub.cfg: the `grub>` command line */
export function normalMode(host: Host, env: GrubEnv): GrubOutcome {
  const cfg = grubFile(host, `${env.prefix}/grub.cfg`, env.root);
  if (typeof cfg === "string") return { kind: "prompt", mode: "normal", env, modules: ["normal"], screen: NORMAL_BANNER };
  const data = cfg.fs.readFile(cfg.path);
  return bootEntry(host, env, data.ok ? grubCfgText(data.value) : "");
}

/** grub.cfg's text by its bytes (every boot reads the same few kilobytes) */
const grubCfgText = memoized((bytes: ByteString) => utf8Decode(bytes), 8);

/** a grub.cfg's first `menuentry`: its title and its lines, trimmed */
const firstMenuEntry = memoized((cfg: string): { title: string; lines: readonly string[] } | null => {
  const m = /^menuentry '([^']*)'[^{]*\{\n([\s\S]*?)\n\}/m.exec(cfg);
  return m ? { title: m[1], lines: m[2].split("\n").map((l) => l.trim()) } : null;
}, 8);

/** the first `menuentry` of a grub.cfg, booted as GRUB does after the menu's timeout */
export function bootEntry(host: Host, env: GrubEnv, cfg: string): GrubOutcome {
  const entry = firstMenuEntry(cfg);
  if (!entry) return { kind: "prompt", mode: "normal", env, modules: ["normal"], screen: NORMAL_BANNER };
  let screen = `  Booting \`${entry.title}'\n\n`;
  let linux: string | undefined;
  let initrd: string | undefined;
  for (const line of entry.lines) {
    const echo = /^echo\s+'([^']*)'$/.exec(line);
    if (echo) screen += `${echo[1]}\n`;
    const search = /search --no-floppy --fs-uuid --set=root (?:--hint\S* )*\s*(\S+)$/.exec(line);
    if (search) {
      const dev = findUuid(host, search[1]);
      if (dev) env.root = dev;
    }
    const l = /^linux\s+(.*)$/.exec(line);
    if (l) linux = l[1];
    const i = /^initrd\s+(\S+)/.exec(line);
    if (i) initrd = i[1];
  }
  return bootLinux(host, env, linux, initrd, screen);
}

/** `boot`: the kernel and initrd must be files; root= must name a filesystem the kernel will find */
export function bootLinux(host: Host, env: GrubEnv, linux: string | undefined, initrd: string | undefined, screen: string): GrubOutcome {
  const kernel = linux?.split(/\s+/)[0];
  const file = kernel ? grubFile(host, kernel, env.root) : "you need to load the kernel first";
  if (typeof file === "string")
    return { kind: "prompt", mode: "normal", env, modules: ["normal"], screen: `${screen}error: ${file}.\n${kernel ? "error: you need to load the kernel first.\n" : ""}\nPress any key to continue...\n\n${NORMAL_BANNER}` };
  if (initrd) {
    const f = grubFile(host, initrd, env.root);
    if (typeof f === "string") return { kind: "prompt", mode: "normal", env, modules: ["normal"], screen: `${screen}error: ${f}.\n\nPress any key to continue...\n\n${NORMAL_BANNER}` };
  }
  const root = /(?:^|\s)root=(\S+)/.exec(linux ?? "")?.[1];
  if (!root || !rootExists(host, root))
    return {
      kind: "hang",
      screen:
        `${screen}Gave up waiting for root file system device.  Common problems:\n - Boot args (cat /proc/cmdline)\n   - Check rootdelay= (did the system wait long enough?)\n - Missing modules (cat /proc/modules; ls /dev)\n` +
        `ALERT!  ${root ?? "root device"} does not exist.  Dropping to a shell!\n`,
    };
  return { kind: "linux", screen };
}

/** the GRUB device of the partition holding the filesystem with this UUID */
function findUuid(host: Host, uuid: string): string | undefined {
  const disk = firstDisk(host);
  if (!disk) return undefined;
  for (const p of grubPartitions(disk)) {
    const fs = probePartition(disk, p.start);
    if (fs?.uuid === uuid) return `hd0,msdos${p.number}`;
  }
  return undefined;
}

/** root=UUID=..., root=/dev/sda1: what the initramfs will look for among the disk's partitions */
function rootExists(host: Host, root: string): boolean {
  const disk = firstDisk(host);
  if (!disk) return false;
  if (root.startsWith("UUID=")) return findUuid(host, root.slice(5)) !== undefined;
  const dev = /^\/dev\/sda(\d+)$/.exec(root);
  if (!dev) return false;
  const d = openDevice(host, `hd0,msdos${dev[1]}`);
  return typeof d !== "string" && typeof openFs(host, d) !== "string";
}
