/**
 * The MBR (msdos) partition table on disk: the first sector's boot code
 * (bytes 0-439), disk identifier (440-443), four 16-byte entries from 446
 * and the 0x55 0xAA signature at 510; logical partitions in a chain of
 * extended boot records (EBRs), each an MBR-shaped sector whose first entry
 * is the logical partition (start relative to that EBR) and whose second
 * links to the next EBR (start relative to the extended partition).
 *
 * Shared by the kernel's partition scan (partitions.ts) and the programs
 * that write tables (fdisk, sfdisk), so both agree byte for byte. CHS
 * fields are written as libfdisk does with the 255-head, 63-sector
 * geometry, clamped to (1023, 254, 63) past cylinder 1023.
 */
import { type ByteString, asBytes } from "../../bytes.js";
import { SECTOR } from "./state.js";

export const MBR_SIGNATURE_OFFSET = 510;
export const DISK_ID_OFFSET = 440;
export const PT_OFFSET = 446;
/** bytes of boot code grub-install and `dd bs=446` talk about: code + disk id + 2 reserved */
export const BOOTSTRAP_BYTES = 446;

const HEADS = 255;
const SECTORS_PER_TRACK = 63;

/** extended partition types: DOS extended, W95 extended (LBA), Linux extended */
export function isExtendedType(type: number): boolean {
  return type === 0x05 || type === 0x0f || type === 0x85;
}

export interface MbrPartition {
  /** 1-4 primary, 5.. logical in chain order */
  number: number;
  /** boot indicator 0x80 */
  boot: boolean;
  type: number;
  /** absolute first sector */
  start: number;
  sectors: number;
  /** logical partitions: the sector of the EBR that describes them */
  ebr?: number;
}

export interface MbrLabel {
  /** the disk identifier (bytes 440-443, little endian) */
  diskId: number;
  /** primary then logical, by number */
  partitions: MbrPartition[];
}

export function u32le(b: ByteString, off: number): number {
  return (b.charCodeAt(off) | (b.charCodeAt(off + 1) << 8) | (b.charCodeAt(off + 2) << 16) | (b.charCodeAt(off + 3) << 24)) >>> 0;
}

export function le32(n: number): string {
  return String.fromCharCode(n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255);
}

/** the sector ends in 0x55 0xAA */
export function hasMbrSignature(sector: ByteString): boolean {
  return sector.length >= SECTOR && sector.charCodeAt(510) === 0x55 && sector.charCodeAt(511) === 0xaa;
}

export interface RawEntry {
  boot: number;
  type: number;
  /** relative start as stored */
  start: number;
  sectors: number;
  /** CHS as stored: [cylinder, head, sector] */
  chsStart: [number, number, number];
  chsEnd: [number, number, number];
}

function chsAt(b: ByteString, off: number): [number, number, number] {
  const h = b.charCodeAt(off);
  const s = b.charCodeAt(off + 1);
  const c = b.charCodeAt(off + 2) | ((s & 0xc0) << 2);
  return [c, h, s & 0x3f];
}

/** The four entries of an MBR or EBR sector. */
export function rawEntries(sector: ByteString): RawEntry[] {
  const out: RawEntry[] = [];
  for (let i = 0; i < 4; i++) {
    const o = PT_OFFSET + 16 * i;
    out.push({
      boot: sector.charCodeAt(o),
      type: sector.charCodeAt(o + 4),
      start: u32le(sector, o + 8),
      sectors: u32le(sector, o + 12),
      chsStart: chsAt(sector, o + 1),
      chsEnd: chsAt(sector, o + 5),
    });
  }
  return out;
}

/**
 * Read a table the way libfdisk and the kernel do: no signature, no table.
 * `read` gives one sector; the EBR chain is followed at most 128 links.
 */
export function parseMbr(read: (lba: number) => ByteString): MbrLabel | null {
  const mbr = read(0);
  if (!hasMbrSignature(mbr)) return null;
  const entries = rawEntries(mbr);
  // a boot indicator other than 0 or 0x80 means this is not a partition table (msdos.c)
  if (entries.some((e) => e.boot !== 0 && e.boot !== 0x80)) return null;
  const partitions: MbrPartition[] = [];
  let extended: MbrPartition | undefined;
  entries.forEach((e, i) => {
    if (e.type === 0 || e.sectors === 0) return;
    const p: MbrPartition = { number: i + 1, boot: e.boot === 0x80, type: e.type, start: e.start, sectors: e.sectors };
    partitions.push(p);
    if (isExtendedType(e.type) && !extended) extended = p;
  });
  if (extended) {
    let ebr = extended.start;
    let n = 5;
    const seen = new Set<number>();
    for (let links = 0; links < 128 && !seen.has(ebr); links++) {
      seen.add(ebr);
      const sec = read(ebr);
      if (!hasMbrSignature(sec)) break;
      const [data, link] = rawEntries(sec);
      if (data.type !== 0 && data.sectors !== 0)
        partitions.push({ number: n++, boot: data.boot === 0x80, type: data.type, start: ebr + data.start, sectors: data.sectors, ebr });
      if (!isExtendedType(link.type) || link.sectors === 0) break;
      ebr = extended.start + link.start;
    }
  }
  return { diskId: u32le(mbr, DISK_ID_OFFSET), partitions };
}

/** libfdisk's CHS for a sector, clamped past cylinder 1023 */
export function chsOf(lba: number): [number, number, number] {
  const spc = HEADS * SECTORS_PER_TRACK;
  if (Math.floor(lba / spc) > 1023) return [1023, 254, 63];
  return [Math.floor(lba / spc), Math.floor(lba / SECTORS_PER_TRACK) % HEADS, (lba % SECTORS_PER_TRACK) + 1];
}

function chsBytes([c, h, s]: [number, number, number]): string {
  return String.fromCharCode(h, (s & 0x3f) | ((c >> 2) & 0xc0), c & 0xff);
}

/** One 16-byte entry; `base` is what its start is relative to. */
export function encodeEntry(boot: boolean, type: number, start: number, sectors: number, base: number): string {
  if (type === 0 && sectors === 0) return "\0".repeat(16);
  return (
    String.fromCharCode(boot ? 0x80 : 0) +
    chsBytes(chsOf(start)) +
    String.fromCharCode(type) +
    chsBytes(chsOf(start + sectors - 1)) +
    le32(start - base) +
    le32(sectors)
  );
}

/** `sector` with its four entries replaced and the signature set; boot code and disk id kept. */
export function withEntries(sector: ByteString, entries: string[]): ByteString {
  const pad = sector.length >= SECTOR ? sector : (sector + "\0".repeat(SECTOR - sector.length));
  const table = entries.concat(Array(4 - entries.length).fill("\0".repeat(16))).join("");
  return asBytes(pad.slice(0, PT_OFFSET) + table + "\x55\xaa");
}

/**
 * The sectors a label is written as: sector 0 (from `mbr`, keeping its boot
 * code) and one EBR per logical partition, by LBA.
 */
export function encodeLabel(label: MbrLabel, mbr: ByteString): Map<number, ByteString> {
  const out = new Map<number, ByteString>();
  const primaries = [1, 2, 3, 4].map((n) => label.partitions.find((p) => p.number === n));
  const withId = asBytes(
    (mbr.length >= SECTOR ? mbr : mbr + "\0".repeat(SECTOR - mbr.length)).slice(0, DISK_ID_OFFSET) +
      le32(label.diskId) +
      (mbr.length >= SECTOR ? mbr.slice(444, PT_OFFSET) : "\0\0"),
  );
  out.set(0, withEntries(withId, primaries.map((p) => (p ? encodeEntry(p.boot, p.type, p.start, p.sectors, 0) : "\0".repeat(16)))));
  const ext = label.partitions.find((p) => p.number <= 4 && isExtendedType(p.type));
  if (!ext) return out;
  const logicals = label.partitions.filter((p) => p.number >= 5).sort((a, b) => a.number - b.number);
  const blank = asBytes("\0".repeat(SECTOR));
  logicals.forEach((p, i) => {
    const ebr = p.ebr ?? (i === 0 ? ext.start : p.start - 1);
    const next = logicals[i + 1];
    const nextEbr = next ? (next.ebr ?? next.start - 1) : undefined;
    const link =
      next && nextEbr !== undefined ? encodeEntry(false, 0x05, nextEbr, next.start + next.sectors - nextEbr, ext.start) : "\0".repeat(16);
    out.set(ebr, withEntries(blank, [encodeEntry(p.boot, p.type, p.start, p.sectors, ebr), link]));
  });
  if (logicals.length === 0) out.set(ext.start, withEntries(blank, []));
  return out;
}
