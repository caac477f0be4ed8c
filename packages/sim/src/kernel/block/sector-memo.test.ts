import { describe, expect, it } from "vitest";
import { asBytes } from "../../bytes.js";
import { newDebianDisk } from "./install.js";
import { memoBySectors } from "./sector-memo.js";
import { writeBytes } from "./sectors.js";

describe("a disk question remembered by the sectors it read", () => {
  function setUp() {
    const disk = newDebianDisk();
    const memo = memoBySectors();
    let runs = 0;
    // a question that reads sectors 0 and 5: their first bytes
    const ask = () =>
      memo(disk, "first bytes", (read) => {
        runs++;
        return read(0).charCodeAt(0) * 256 + read(5).charCodeAt(0);
      });
    return { disk, ask, runs: () => runs };
  }

  it("is answered once while the disk is unchanged, and again after a write elsewhere", () => {
    const { disk, ask, runs } = setUp();
    const first = ask();
    expect(ask()).toBe(first);
    writeBytes(disk, 200 * 512, asBytes("x".repeat(512)));
    expect(ask()).toBe(first);
    expect(runs()).toBe(1);
  });

  it("runs again when a sector it read is written, and answers from the new bytes", () => {
    const { disk, ask, runs } = setUp();
    ask();
    writeBytes(disk, 5 * 512, asBytes("\x07"));
    expect(ask() & 255).toBe(7);
    expect(runs()).toBe(2);
    // and when the other sector it read is written
    writeBytes(disk, 0, asBytes("A"));
    expect(ask() >> 8).toBe(65);
    expect(runs()).toBe(3);
  });
});
