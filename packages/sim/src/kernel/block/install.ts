/**
 * The disk a Debian 12 installer leaves on a 20 GiB virtual disk with its
 * default "all files in one partition" layout, as GRUB 2 installs itself:
 *
 *   sector 0            GRUB boot.img code, disk identifier, MBR table, 0x55AA
 *   1..106              GRUB core.img (prefix (,msdos1)/boot/grub) and its Reed-Solomon parity
 *   2048..39942143      sda1  ext4 /  (bootable)        19 GiB
 *   39944190..41940991  sda2  extended                  (its EBR at 39944190)
 *   39944192..41940991  sda5  swap                      975 MiB
 *
 * The layout is the one partman writes (an extended partition starting two
 * sectors before its aligned logical partition, 1 MiB free at the end).
 * The root filesystem's UUID is the one /etc/fstab names.
 */
import { asBytes } from "../../bytes.js";
import { GRUB_EMBED_SECTORS, grubBootCode } from "./images.js";
import { type MbrLabel, encodeLabel } from "./mbr.js";
import { type DiskState, SECTOR } from "./state.js";

export const ROOT_FS_UUID = "3f1d2c9a-6b7e-4c1f-9a51-2e8d0b7c4a10";
export const SWAP_UUID = "6a2e4c1d-93b5-4f0e-8d27-5c1b9e3f7a64";
export const DISK_ID = 0x8d7c5a6e;
/** where grub-install embeds the prefix: the first partition's /boot/grub */
export const GRUB_PREFIX = "(,msdos1)/boot/grub";

/** 20 GiB */
const DISK_SECTORS = 41_943_040;

export const DEBIAN_LAYOUT: MbrLabel = {
  diskId: DISK_ID,
  partitions: [
    { number: 1, boot: true, type: 0x83, start: 2048, sectors: 39_940_096 },
    { number: 2, boot: false, type: 0x05, start: 39_944_190, sectors: 1_996_802 },
    { number: 5, boot: false, type: 0x82, start: 39_944_192, sectors: 1_996_800, ebr: 39_944_190 },
  ],
};

export function newDebianDisk(): DiskState {
  const disk: DiskState = {
    name: "sda",
    major: 8,
    minor: 0,
    vendor: "ATA     ",
    model: "QEMU HARDDISK   ",
    sectors: DISK_SECTORS,
    written: {},
    images: [
      { kind: "grub-core", lba: 1, sectors: GRUB_EMBED_SECTORS, prefix: GRUB_PREFIX },
      { kind: "ext4", lba: 2048, uuid: ROOT_FS_UUID, label: "", blocks: 39_940_096 / 8, content: "root" },
      { kind: "swap", lba: 39_944_192, uuid: SWAP_UUID, label: "", pages: 1_996_800 / 8 },
    ],
  };
  const boot = asBytes(grubBootCode(1) + "\0".repeat(SECTOR - 440));
  for (const [lba, bytes] of encodeLabel(DEBIAN_LAYOUT, boot)) disk.written[lba] = bytes;
  return disk;
}
