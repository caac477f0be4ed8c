/**
 * Disks and boot: partition tables (fdisk, sfdisk), raw copies (dd), dumps
 * (od, hexdump, xxd), what a device holds (file, blkid, lsblk), mounts
 * (mount, umount, chroot) and the boot loader (grub-install, update-grub).
 * See README.md.
 */
import type { Command } from "../types.js";
import { dd } from "./dd.js";
import { fdisk } from "./fdisk.js";
import { file } from "./file.js";
import { hexdump } from "./hexdump.js";
import { od } from "./od.js";
import { sfdisk } from "./sfdisk.js";
import { xxd } from "./xxd.js";

export const diskCommands: Command[] = [dd, fdisk, file, hexdump, od, sfdisk, xxd];
