/**
 * CRC-32 as gzip's trailer carries it (IEEE 802.3, reflected polynomial
 * 0xEDB88320, initial and final XOR 0xFFFFFFFF). fflate computes the same
 * checksum internally but does not export it; the table is 1 KiB.
 */
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of `data`, as an unsigned 32-bit number */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
