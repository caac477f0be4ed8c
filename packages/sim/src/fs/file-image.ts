/**
 * Immutable file images: a stored file whose bytes a package installs and
 * nobody has changed can name an image instead of holding its data
 * (`FileInode.image`). Every host shares the image, so the inode table, and
 * the world snapshot made of it, carries a short name rather than the bytes;
 * the first write gives the inode data of its own. The images are those of
 * tzdata's /usr/share/zoneinfo (tzdata/zoneinfo.ts), about 900 files a host.
 */
import type { ByteString } from "../bytes.js";
import { zoneinfoImage, zoneinfoImageSize } from "../tzdata/zoneinfo.js";

/** the bytes of an image; a name no image has (a snapshot of another version) reads as empty */
export function imageBytes(image: string): ByteString {
  return zoneinfoImage(image) ?? ("" as ByteString);
}

export function imageSize(image: string): number {
  return zoneinfoImageSize(image) ?? 0;
}
