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

  it("decodes any bytes as a browser's TextDecoder does: never throws, U+FFFD per maximal invalid subpart", () => {
    const decoder = new TextDecoder("utf-8");
    // bytes that make sequences: leads of every length, continuations, never-valid bytes, ASCII
    const pool = [0x41, 0x0a, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf3, 0xf4, 0xf5, 0xf8, 0xfe, 0xff];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
    for (let t = 0; t < 3000; t++) {
      const a = new Uint8Array(1 + (next() % 12));
      for (let i = 0; i < a.length; i++) a[i] = pool[next() % pool.length];
      expect(utf8Decode(fromUint8Array(a))).toBe(decoder.decode(a));
    }
    // a code point past U+10FFFF threw a RangeError (wc on /dev/urandom's bytes)
    expect(utf8Decode(fromUint8Array(new Uint8Array([0xf7, 0xbf, 0xbf, 0xbf])))).toBe("\ufffd".repeat(4));
  });
});
