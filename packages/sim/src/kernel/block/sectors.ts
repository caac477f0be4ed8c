/**
 * Reading and writing a sparse disk (state.ts) at any byte offset. A sector
 * reads as what was written to it, else as the image region that covers it,
 * else as zeros. A write stores whole sectors, and forgets a sector whose
 * new bytes equal what it would read unwritten (zeros, or its image), so a
 * disk restored from a backup is the same state as one never damaged.
 */
import { type ByteString, asBytes } from "../../bytes.js";
import { imageExtent, imageSector } from "./images.js";
import { type DiskImage, type DiskState, SECTOR } from "./state.js";

const ZERO_SECTOR = "\0".repeat(SECTOR);

function imageAt(disk: DiskState, lba: number): DiskImage | undefined {
  return disk.images.find((img) => {
    const [a, b] = imageExtent(img);
    return lba >= a && lba <= b;
  });
}

/** what sector `lba` holds without any write */
function pristine(disk: DiskState, lba: number): ByteString {
  const img = imageAt(disk, lba);
  return img ? imageSector(img, lba) : asBytes(ZERO_SECTOR);
}

export function readSector(disk: DiskState, lba: number): ByteString {
  if (lba < 0 || lba >= disk.sectors) return asBytes(ZERO_SECTOR);
  return Object.hasOwn(disk.written, lba) ? disk.written[lba] : pristine(disk, lba);
}

/** `length` bytes from byte `offset`, cut at the end of the disk. */
export function readBytes(disk: DiskState, offset: number, length: number): ByteString {
  return readBytesVia((lba) => readSector(disk, lba), disk.sectors, offset, length);
}

/** `readBytes` over sectors read by `read` (a disk of `sectors` sectors) */
export function readBytesVia(read: (lba: number) => ByteString, sectors: number, offset: number, length: number): ByteString {
  const end = Math.min(offset + length, sectors * SECTOR);
  if (end <= offset) return asBytes("");
  const parts: string[] = [];
  let pos = offset;
  while (pos < end) {
    const lba = Math.floor(pos / SECTOR);
    const from = pos - lba * SECTOR;
    const to = Math.min(SECTOR, end - lba * SECTOR);
    const sector = read(lba);
    parts.push(from === 0 && to === SECTOR ? sector : sector.slice(from, to));
    pos = lba * SECTOR + to;
  }
  return asBytes(parts.join(""));
}

function store(disk: DiskState, lba: number, bytes: string): void {
  if (bytes === pristine(disk, lba)) delete disk.written[lba];
  else disk.written[lba] = asBytes(bytes);
}

/** Write `data` at byte `offset`; bytes past the end of the disk are not written. Returns how many were. */
export function writeBytes(disk: DiskState, offset: number, data: ByteString): number {
  const end = Math.min(offset + data.length, disk.sectors * SECTOR);
  let pos = offset;
  while (pos < end) {
    const lba = Math.floor(pos / SECTOR);
    const from = pos - lba * SECTOR;
    const to = Math.min(SECTOR, end - lba * SECTOR);
    const chunk = data.slice(pos - offset, pos - offset + (to - from));
    const old = from === 0 && to === SECTOR ? "" : readSector(disk, lba);
    store(disk, lba, from === 0 && to === SECTOR ? chunk : old.slice(0, from) + chunk + old.slice(to));
    pos = lba * SECTOR + to;
  }
  return Math.max(0, end - offset);
}

/** Replace the images of a kind (grub-install writing a new core.img), forgetting writes over the new region. */
export function setImage(disk: DiskState, img: DiskImage): void {
  disk.images = disk.images.filter((i) => i.kind !== img.kind || i.lba !== img.lba);
  disk.images.push(img);
  const [a, b] = imageExtent(img);
  for (let lba = a; lba <= b; lba++) delete disk.written[lba];
}

/** The image region of `kind` that starts at `lba`, when the disk still holds its bytes unchanged. */
export function intactImage<K extends DiskImage["kind"]>(disk: DiskState, kind: K, lba: number): Extract<DiskImage, { kind: K }> | undefined {
  const img = disk.images.find((i) => i.kind === kind && i.lba === lba) as Extract<DiskImage, { kind: K }> | undefined;
  if (!img) return undefined;
  const [a, b] = imageExtent(img);
  // a disk's written sectors are usually few (the MBR, a partition table or two) where an image spans a hundred: look
  // at those, unless there are more of them than the image has sectors
  let seen = 0;
  for (const key in disk.written) {
    if (++seen > b - a + 1) {
      for (let s = a; s <= b; s++) if (Object.hasOwn(disk.written, s)) return undefined;
      return img;
    }
    const s = Number(key);
    if (s >= a && s <= b) return undefined;
  }
  return img;
}
