/**
 * What a partition holds, found from its bytes as the kernel's filesystem
 * drivers and libblkid do: an ext4 superblock (magic 0xEF53 at byte 1080)
 * or a swap signature ("SWAPSPACE2" at the end of the first 4 KiB page).
 * Nothing else is recognised; a wiped superblock is no filesystem.
 */
import type { ByteString } from "../../bytes.js";
import { u32le } from "./mbr.js";
import { uuidText } from "./images.js";

export type Probed =
  | { type: "ext4"; uuid: string; label: string; blockSize: number; blocks: number }
  | { type: "swap"; uuid: string; label: string; pages: number };

function cstr(bytes: string): string {
  const nul = bytes.indexOf("\0");
  return nul < 0 ? bytes : bytes.slice(0, nul);
}

/** `read(offset, length)` reads the partition from its first byte. */
export function probeFilesystem(read: (offset: number, length: number) => ByteString): Probed | undefined {
  const sb = read(1024, 1024);
  if (sb.length === 1024 && sb.charCodeAt(0x38) === 0x53 && sb.charCodeAt(0x39) === 0xef) {
    const incompat = u32le(sb, 0x60);
    // ext4 rather than ext2/3: extents or 64bit or flex_bg
    if (incompat & (0x40 | 0x80 | 0x200))
      return {
        type: "ext4",
        uuid: uuidText(sb.slice(0x68, 0x78)),
        label: cstr(sb.slice(0x78, 0x88)),
        blockSize: 1024 << u32le(sb, 0x18),
        blocks: u32le(sb, 0x04),
      };
  }
  const page = read(0, 4096);
  if (page.length === 4096 && page.slice(4086) === "SWAPSPACE2")
    return { type: "swap", uuid: uuidText(page.slice(1036, 1052)), label: cstr(page.slice(1052, 1068)), pages: u32le(page, 1028) + 1 };
  return undefined;
}
