/**
 * The bytes of the regions a disk describes rather than stores (state.ts
 * `DiskImage`): what GRUB, mke2fs and mkswap leave on the disk. Each is a
 * pure function of its description, so a region reads the same every time
 * and a sector written back with the same bytes is the same as untouched.
 *
 * GRUB's images follow the layout of GRUB 2.06's boot.img and diskboot.img
 * (the fields grub-install sets, the messages they print, the blocklist)
 * but their machine code is the simulation's own filler: nothing executes
 * it. The ext4 superblock and the swap header are laid out field by field
 * as the kernel reads them (fs/ext4/ext4.h, include/linux/swap.h), with
 * the superblock's crc32c checksum, so blkid and file recognise them.
 */
import { type ByteString, asBytes } from "../../bytes.js";
import { le32 } from "./mbr.js";
import { type DiskImage, SECTOR } from "./state.js";

/** Deterministic filler that looks like code or compressed data (xorshift32 from an FNV-1a seed). */
function filler(seedText: string, length: number): string {
  let x = 0x811c9dc5;
  for (let i = 0; i < seedText.length; i++) x = Math.imul(x ^ seedText.charCodeAt(i), 0x01000193) >>> 0;
  if (x === 0) x = 1;
  let out = "";
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += String.fromCharCode(x & 255);
  }
  return out;
}

function put(buf: string[], off: number, bytes: string): void {
  for (let i = 0; i < bytes.length; i++) buf[off + i] = bytes[i];
}

function zeros(n: number): string[] {
  return new Array<string>(n).fill("\0");
}

function le16(n: number): string {
  return String.fromCharCode(n & 255, (n >>> 8) & 255);
}

function le64(n: number): string {
  return le32(n % 0x100000000) + le32(Math.floor(n / 0x100000000));
}

/** where boot.img keeps the LBA of core.img's first sector (GRUB_BOOT_MACHINE_KERNEL_SECTOR) */
export const GRUB_KERNEL_SECTOR_OFFSET = 0x5c;
/** boot.img's messages, at the offset GRUB 2.06 has them */
export const GRUB_BOOT_MESSAGES = "GRUB \0Geom\0Hard Disk\0Read\0 Error\r\n\0";
const GRUB_BOOT_MESSAGES_OFFSET = 0x180;

/**
 * The first 440 bytes grub-install writes to the MBR for a core.img at
 * `coreLba`: a short jump over the BPB (zeros), the boot drive fields,
 * code, and the messages "GRUB ", "Geom", "Hard Disk", "Read", " Error".
 */
export function grubBootCode(coreLba = 1): ByteString {
  let code = bootCodes.get(coreLba);
  if (code === undefined) {
    if (bootCodes.size >= 64) bootCodes.clear();
    code = buildGrubBootCode(coreLba);
    bootCodes.set(coreLba, code);
  }
  return code;
}

/** boot.img by core.img's LBA: every power-on compares the MBR with it (pure, bounded) */
const bootCodes = new Map<number, ByteString>();

function buildGrubBootCode(coreLba: number): ByteString {
  const b = zeros(440);
  put(b, 0, "\xeb\x63\x90");
  put(b, 0x5b, "\x80");
  put(b, GRUB_KERNEL_SECTOR_OFFSET, le64(coreLba));
  put(b, 0x64, "\xff");
  put(b, 0x65, filler("grub boot.img code", GRUB_BOOT_MESSAGES_OFFSET - 0x65));
  put(b, GRUB_BOOT_MESSAGES_OFFSET, GRUB_BOOT_MESSAGES);
  put(b, GRUB_BOOT_MESSAGES_OFFSET + GRUB_BOOT_MESSAGES.length, filler("grub boot.img tail", 440 - GRUB_BOOT_MESSAGES_OFFSET - GRUB_BOOT_MESSAGES.length - 8));
  return asBytes(b.join(""));
}

/** The boot code is GRUB's (what the firmware would run is boot.img). */
export function isGrubBootCode(sector: ByteString): boolean {
  return sector.slice(0, 440) === grubBootCode(coreLbaOf(sector));
}

/** the core.img LBA a boot.img points at */
export function coreLbaOf(sector: ByteString): number {
  let n = 0;
  for (let i = 3; i >= 0; i--) n = n * 256 + sector.charCodeAt(GRUB_KERNEL_SECTOR_OFFSET + i);
  return n;
}

/** sectors of GRUB 2.06's core.img with biosdisk, part_msdos and ext2 (27026 bytes, Debian 12) */
export const GRUB_CORE_SECTORS = 53;
/**
 * sectors grub-install embeds after the MBR: core.img followed by
 * Reed-Solomon parity, up to twice core.img's sectors where the gap allows
 * (grub-setup); diskboot's blocklist then counts 105 sectors from LBA 2
 */
export const GRUB_EMBED_SECTORS = 2 * GRUB_CORE_SECTORS;

function diskboot(sectors: number): string {
  const b = zeros(SECTOR);
  put(b, 0, "\x52\x56\xbe");
  put(b, 3, filler("grub diskboot.img", 0x11b - 3));
  put(b, 0x11b, "loading\0.\0\r\n\0Geom\0Read\0 Error\0");
  // the blocklist: the rest of core.img is at LBA 2, `sectors - 1` sectors, loaded at 0x820:0
  put(b, 0x1f4, le64(2) + le16(sectors - 1) + le16(0x820));
  return b.join("");
}

/**
 * Superblocks by the fields they are made of: a boot reads them many times
 * (GRUB's probes, the kernel's mounts), and building one (its CRC included)
 * was most of a reboot's time. Pure: the same image always gives the same
 * bytes. Bounded: a lab has a few disks.
 */
const superblocks = new Map<string, string>();

function ext4Superblock(img: Extract<DiskImage, { kind: "ext4" }>): string {
  const key = `${img.uuid}\0${img.label}\0${img.blocks}`;
  let sb = superblocks.get(key);
  if (sb === undefined) {
    if (superblocks.size >= 64) superblocks.clear();
    sb = buildExt4Superblock(img);
    superblocks.set(key, sb);
  }
  return sb;
}

function buildExt4Superblock(img: Extract<DiskImage, { kind: "ext4" }>): string {
  const b = zeros(1024);
  const groups = Math.ceil(img.blocks / 32768);
  const inodesPerGroup = 8192;
  const u32 = (off: number, n: number) => put(b, off, le32(n));
  const u16 = (off: number, n: number) => put(b, off, le16(n));
  u32(0x00, groups * inodesPerGroup);
  u32(0x04, img.blocks);
  u32(0x08, Math.floor(img.blocks / 20));
  u32(0x0c, Math.floor(img.blocks * 0.9));
  u32(0x10, groups * inodesPerGroup - 11);
  u32(0x14, 0);
  u32(0x18, 2); // 4 KiB blocks
  u32(0x1c, 2);
  u32(0x20, 32768);
  u32(0x24, 32768);
  u32(0x28, inodesPerGroup);
  u16(0x36, 0xffff);
  u16(0x38, 0xef53);
  u16(0x3a, 1); // clean
  u16(0x3c, 1); // errors=continue
  u32(0x4c, 1); // dynamic revision
  u32(0x54, 11);
  u16(0x58, 256);
  u32(0x5c, 0x3c); // has_journal ext_attr resize_inode dir_index
  u32(0x60, 0x2c2); // filetype extent 64bit flex_bg
  u32(0x64, 0x46b); // sparse_super large_file huge_file dir_nlink extra_isize metadata_csum
  put(b, 0x68, uuidBytes(img.uuid));
  put(b, 0x78, img.label.slice(0, 16));
  put(b, 0x88, "/");
  u32(0xe0, 8); // journal inode
  b[0xfd] = "\x01"; // s_def_hash_version: half_md4
  u16(0xfe, 64); // group descriptor size (64bit)
  u32(0x100, 0x0c); // user_xattr acl
  u16(0x15c, 32); // s_min_extra_isize
  u16(0x15e, 32);
  b[0x175] = "\x01"; // s_checksum_type: crc32c
  const body = b.slice(0, 0x3fc).join("");
  put(b, 0x3fc, le32(crc32c(body)));
  return b.join("");
}

function swapHeader(img: Extract<DiskImage, { kind: "swap" }>): string {
  const b = zeros(4096);
  put(b, 1024, le32(1) + le32(img.pages - 1) + le32(0));
  put(b, 1036, uuidBytes(img.uuid));
  put(b, 1052, img.label.slice(0, 16));
  put(b, 4086, "SWAPSPACE2");
  return b.join("");
}

/** "3f1d2c9a-6b7e-..." -> 16 bytes in on-disk order */
export function uuidBytes(uuid: string): string {
  const hex = uuid.replace(/-/g, "");
  let out = "";
  for (let i = 0; i < 32; i += 2) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  return out;
}

const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

/** 16 bytes -> "3f1d2c9a-6b7e-..." */
export function uuidText(bytes: string): string {
  let h = "";
  for (let i = 0; i < bytes.length; i++) h += HEX_BYTE[bytes.charCodeAt(i) & 255];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

let crcTable: number[] | undefined;
/** CRC-32C (Castagnoli) with seed ~0 and no final inversion, as ext4 stores it */
export function crc32c(data: string): number {
  if (!crcTable) {
    crcTable = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
      crcTable.push(c >>> 0);
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data.charCodeAt(i)) & 255] ^ (crc >>> 8);
  return crc >>> 0;
}

/** first and last LBA an image covers (inclusive) */
export function imageExtent(img: DiskImage): [number, number] {
  switch (img.kind) {
    case "grub-core":
      return [img.lba, img.lba + img.sectors - 1];
    case "ext4":
      return [img.lba + 2, img.lba + 3];
    case "swap":
      return [img.lba, img.lba + 7];
  }
}

/**
 * Sectors already made, by image: an image is never changed once on a disk (a new one replaces it), and boot
 * reads the same few sectors (MBR gap, superblocks) many times, each made afresh from the image's fields.
 */
const madeSectors = new WeakMap<DiskImage, Map<number, ByteString>>();

/** The bytes of sector `lba` of an image that covers it. */
export function imageSector(img: DiskImage, lba: number): ByteString {
  let made = madeSectors.get(img);
  if (!made) madeSectors.set(img, (made = new Map()));
  let bytes = made.get(lba);
  if (bytes === undefined) {
    bytes = makeImageSector(img, lba);
    // grub-core's filler sectors are many and read once each (dd of the gap): keep the ones read at every boot
    if (made.size < 64) made.set(lba, bytes);
  }
  return bytes;
}

function makeImageSector(img: DiskImage, lba: number): ByteString {
  const [first] = imageExtent(img);
  const i = lba - first;
  let bytes: string;
  switch (img.kind) {
    case "grub-core":
      bytes = i === 0 ? diskboot(img.sectors) : filler(`grub core.img ${img.prefix} ${i}`, SECTOR);
      break;
    case "ext4":
      bytes = ext4Superblock(img).slice(i * SECTOR, (i + 1) * SECTOR);
      break;
    case "swap":
      bytes = swapHeader(img).slice(i * SECTOR, (i + 1) * SECTOR);
      break;
  }
  return asBytes(bytes);
}
