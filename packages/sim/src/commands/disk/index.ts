/**
 * Disks and boot: partition tables (fdisk, sfdisk), raw copies (dd), dumps
 * (od, hexdump, xxd), what a device holds (file, blkid, lsblk), mounts
 * (mount, umount, chroot) and the boot loader (grub-install, update-grub).
 * See README.md.
 */
import type { Command } from "../types.js";
import { dd } from "./dd.js";
import { df } from "./df.js";
import { fdisk } from "./fdisk.js";
import { file } from "./file.js";
import { hexdump } from "./hexdump.js";
import { od } from "./od.js";
import { sfdisk } from "./sfdisk.js";
import { xxd } from "./xxd.js";
import { blkid } from "./blkid.js";
import { chroot } from "./chroot.js";
import { grubInstall, updateGrub } from "./grub-install.js";
import { lsblk } from "./lsblk.js";
import { mount, umount } from "./mount.js";

export const diskCommands: Command[] = [blkid, chroot, dd, df, fdisk, file, grubInstall, hexdump, lsblk, mount, od, sfdisk, umount, updateGrub, xxd];
