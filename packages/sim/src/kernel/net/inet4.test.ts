import { describe, expect, it } from "vitest";
import { parseIp4 } from "./inet4.js";

/** the split-and-regex parser parseIp4 replaced, kept as the reference its answers must match */
function reference(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

describe("parseIp4", () => {
  it("reads dotted quads", () => {
    expect(parseIp4("192.168.1.10")).toBe(3232235786);
    expect(parseIp4("0.0.0.0")).toBe(0);
    expect(parseIp4("255.255.255.255")).toBe(0xffffffff);
    expect(parseIp4("010.001.1.1")).toBe(parseIp4("10.1.1.1"));
  });

  it("answers as the split-and-regex parser did, on near misses too", () => {
    const cases = [
      "", ".", "...", "1.2.3", "1.2.3.4.", ".1.2.3.4", "1..2.3", "1.2.3.4.5", "256.1.1.1", "1.256.1.1", "1.1.256.1", "1.1.1.256",
      "999.1.1.1", "1.1.1.999", "0000.1.1.1", "1.1.1.0000", "1.1.1.1 ", " 1.1.1.1", "1.1.1.1\n", "a.b.c.d", "1.2.3.-4", "1.2.3.+4",
      "1.2.3.4/24", "1e2.1.1.1", "0x1.1.1.1", "１.1.1.1", "10.0.0.1", "127.0.0.1", "255.255.255.255", "300.300.300.300",
    ];
    // and every string of up to 7 characters over a small alphabet ("1.1.1.1" is 7)
    const alphabet = ["1", "2", "5", "9", "0", "."];
    let layer = [""];
    for (let len = 1; len <= 7; len++) {
      layer = layer.flatMap((p) => alphabet.map((c) => p + c));
      for (const c of layer) cases.push(c);
    }
    const differ = cases.filter((c) => parseIp4(c) !== reference(c));
    expect(differ).toEqual([]);
  });
});
