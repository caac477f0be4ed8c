import { describe, expect, it } from "vitest";
import { fromUint8Array, toUint8Array, utf8Decode, utf8Encode } from "./bytes.js";

describe("bytes", () => {
  it("carries every byte value through a Uint8Array and back, across chunk boundaries", () => {
    for (const n of [0, 1, 255, 4095, 4096, 4097, 10240, 70_000]) {
      const a = new Uint8Array(n);
      for (let i = 0; i < n; i++) a[i] = (i * 31 + (i >> 8)) & 255;
      const s = fromUint8Array(a);
      expect(s.length).toBe(n);
      for (let i = 0; i < n; i += 997) expect(s.charCodeAt(i)).toBe(a[i]);
      expect(toUint8Array(s)).toEqual(a);
    }
  });

  it("encodes and decodes UTF-8", () => {
    const bytes = utf8Encode("é€𝄞 ok");
    expect([...toUint8Array(bytes)].slice(0, 3)).toEqual([0xc3, 0xa9, 0xe2]);
    expect(utf8Decode(bytes)).toBe("é€𝄞 ok");
  });
});
