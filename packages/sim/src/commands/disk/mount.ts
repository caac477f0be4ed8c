/**
 * mount and umount (util-linux 2.38.1). `mount` lists the mount table;
 * `mount DEVICE DIR` attaches the filesystem the device holds (ext4: the
 * installed system's files), `mount --bind OLD NEW` (or -B, -o bind,
 * --rbind) shows a directory somewhere else, `mount -t proc|sysfs` mounts
 * the kernel's views. `umount DIR|DEVICE` (-R for everything below).
 * Errors and exit status 32 as util-linux prints them.
 */
import type { MountEntry, MountRoot } from "../../kernel/block/state.js";
import type { Process } from "../../process/process.js";
import { parseOrUsage } from "../files/program.js";
import type { Command } from "../types.js";
import { blockDeviceAt } from "./devio.js";
import { MOUNT_MAN, UMOUNT_MAN } from "./man-pages.js";
import { toNamespace, visibleMounts } from "./namespace.js";
import { KERN_INFO } from "../../kernel/printk.js";

const MNT_EX_FAIL = 32;
const MNT_EX_USAGE = 1;

function listMounts(proc: Process, type?: string): number {
  for (const m of visibleMounts(proc)) if (!type || m.fstype === type) proc.stdout.write(`${m.source} on ${m.target} type ${m.fstype} (${m.options})\n`);
  return 0;
}

/** the mount whose target holds `path` (namespace paths) */
function mountHolding(proc: Process, nsPath: string): MountEntry | undefined {
  let best: MountEntry | undefined;
  for (const m of proc.host.kernel.block.mounts()) {
    if (nsPath === m.target || nsPath.startsWith(m.target === "/" ? "/" : `${m.target}/`))
      if (!best || m.target.length >= best.target.length) best = m;
  }
  return best;
}

function fail(proc: Process, msg: string): number {
  proc.stderr.write(`mount: ${msg}\n`);
  return MNT_EX_FAIL;
}

export const mount: Command = {
  name: "mount",
  summary: "mount - mount a filesystem",
  man: MOUNT_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "mount", [
      { key: "-t", short: "t", long: "types", arg: "required" },
      { key: "-o", short: "o", long: "options", arg: "required" },
      { key: "-B", short: "B", long: "bind" },
      { key: "-R", short: "R", long: "rbind" },
      { key: "-a", short: "a", long: "all" },
      { key: "-r", short: "r", long: "read-only" },
      { key: "-w", short: "w", long: "rw" },
      { key: "-v", short: "v", long: "verbose" },
    ], { version: "mount from util-linux 2.38.1 (libmount 2.38.1: selinux, smack, btrfs, verity, namespaces, assert, debug)" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    const type = opts.value("-t");
    const options = (opts.value("-o") ?? "").split(",").filter(Boolean);
    if (opts.has("-a") || options.includes("remount")) return 0;
    if (operands.length === 0) return listMounts(proc, type);
    if (operands.length === 1) {
      proc.stderr.write(`mount: ${operands[0]}: can't find in /etc/fstab.\n`);
      return MNT_EX_USAGE;
    }
    if (operands.length > 2) {
      proc.stderr.write("mount: bad usage\nTry 'mount --help' for more information.\n");
      return MNT_EX_USAGE;
    }
    const [what, where] = operands;
    const dir = proc.resolve(where);
    const st = proc.host.fs.stat(dir);
    if (!st.ok) return fail(proc, `${where}: mount point does not exist.`);
    if (st.value.type !== "dir") return fail(proc, `${where}: mount point is not a directory.`);
    const target = toNamespace(proc, dir);
    const block = proc.host.kernel.block;
    const bind = opts.has("-B") || opts.has("-R") || options.includes("bind") || options.includes("rbind");
    let entry: MountEntry;
    if (bind) {
      const src = proc.resolve(what);
      const sst = proc.host.fs.stat(src);
      if (!sst.ok) return fail(proc, `${where}: special device ${what} does not exist.`);
      const srcNs = toNamespace(proc, src);
      const holder = mountHolding(proc, srcNs);
      entry = { source: holder?.source ?? "none", target, fstype: holder?.fstype ?? "none", options: holder?.options ?? "rw", root: { bind: srcNs } };
    } else if (type === "proc" || type === "sysfs") {
      const root: MountRoot = { pseudo: type === "proc" ? "proc" : "sys" };
      entry = { source: what, target, fstype: type, options: "rw,relatime", root };
    } else if (type === "devtmpfs") {
      entry = { source: what, target, fstype: "devtmpfs", options: "rw,relatime,size=983908k,nr_inodes=245977,mode=755,inode64", root: { bind: toNamespace(proc, "/dev") } };
    } else if (type === "tmpfs") {
      entry = { source: what, target, fstype: "tmpfs", options: "rw,relatime,inode64", root: { stored: true } };
    } else {
      const devPath = proc.resolve(what);
      const dst = proc.host.fs.stat(devPath);
      if (!dst.ok) return fail(proc, `${where}: special device ${what} does not exist.`);
      const dev = blockDeviceAt(proc, devPath);
      if (!dev.ok) return fail(proc, dev.errno === "ENXIO" ? `${where}: special device ${what} does not exist.` : `${where}: ${what} is not a block device.`);
      const fs = block.probe(dev.value);
      const source = `/dev/${dev.value.name}`;
      if (fs?.type === "swap") return fail(proc, `${where}: unknown filesystem type 'swap'.`);
      const image = (proc.host.state.disks ?? []).flatMap((d) => d.images).find((i) => i.kind === "ext4" && fs?.type === "ext4" && i.uuid === fs.uuid);
      if (!fs || (type && type !== fs.type) || !image)
        return fail(proc, `${where}: wrong fs type, bad option, bad superblock on ${source}, missing codepage or helper program, or other error.\n       dmesg(1) may have more information after failed mount system call.`);
      if (block.mounts().some((m) => m.source === source && m.target === target)) return fail(proc, `${where}: ${source} already mounted on ${where}.`);
      entry = { source, target, fstype: "ext4", options: options.includes("ro") || opts.has("-r") ? "ro,relatime" : "rw,relatime", root: { fs: "root" } };
      proc.host.kernel.printk(`${KERN_INFO}EXT4-fs (${dev.value.name}): mounted filesystem with ordered data mode. Quota mode: none.`);
    }
    block.mount(entry);
    return 0;
  },
  complete: () => ["-t", "-o", "--bind", "-B"],
};

export const umount: Command = {
  name: "umount",
  summary: "umount - unmount filesystems",
  man: UMOUNT_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "umount", [
      { key: "-R", short: "R", long: "recursive" },
      { key: "-l", short: "l", long: "lazy" },
      { key: "-f", short: "f", long: "force" },
      { key: "-v", short: "v", long: "verbose" },
    ], { version: "umount from util-linux 2.38.1 (libmount 2.38.1: selinux, smack, btrfs, verity, namespaces, assert, debug)" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    if (operands.length === 0) {
      proc.stderr.write("umount: bad usage\nTry 'umount --help' for more information.\n");
      return MNT_EX_USAGE;
    }
    const block = proc.host.kernel.block;
    let status = 0;
    for (const op of operands) {
      const path = proc.resolve(op);
      const ns = toNamespace(proc, path);
      const byDevice = [...block.mounts()].reverse().find((m) => m.source === path);
      const target = block.mounts().some((m) => m.target === ns) ? ns : byDevice?.target;
      if (!target) {
        const st = proc.host.fs.stat(path);
        proc.stderr.write(st.ok ? `umount: ${op}: not mounted.\n` : `umount: ${op}: no mount point specified.\n`);
        status = MNT_EX_FAIL;
        continue;
      }
      if (opts.has("-R") || opts.has("-l")) {
        const below = block.mounts().filter((m) => m.target.startsWith(`${target}/`)).map((m) => m.target);
        for (const t of below.sort((a, b) => b.length - a.length)) block.umount(t);
      }
      const r = block.umount(target);
      if (!r.ok) {
        proc.stderr.write(`umount: ${op}: target is busy.\n`);
        status = MNT_EX_FAIL;
      }
    }
    return status;
  },
  complete: () => ["-R", "-l"],
};
