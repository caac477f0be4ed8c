/**
 * CRC-32 as gzip's trailer carries it (IEEE 802.3, reflected polynomial
 * 0xEDB88320, initial and final XOR 0xFFFFFFFF), from SheetJS's crc-32
 * (slicing by 16: every archive a backup makes is checksummed whole, and a
 * byte-at-a-time table took a tenth of the backup script's time). fflate
 * computes the same checksum internally but does not export it.
 */
import CRC32 from "crc-32";

/** CRC-32 of `data`, as an unsigned 32-bit number */
export function crc32(data: Uint8Array): number {
  return CRC32.buf(data) >>> 0;
}
