import { getLab } from "@rootlab/sim";
import { describe, expect, it } from "vitest";
import { GLYPH_BOX, labGlyph } from "./lab-glyph.js";

describe("labGlyph", () => {
  it("draws the gateway lab as three boxes joined by two cables", () => {
    const g = labGlyph(getLab("gateway")!);
    expect(g.boxes.map((b) => b.name)).toEqual(["machine_B", "machine_A", "inet"]);
    expect(g.lines).toHaveLength(2);
    // each cable runs from the right edge of one box to the left edge of the next
    expect(g.lines[0]).toEqual({ x1: g.boxes[0].x + GLYPH_BOX.width, y1: GLYPH_BOX.height / 2, x2: g.boxes[1].x, y2: GLYPH_BOX.height / 2 });
    expect(g.width).toBe(g.boxes[2].x + GLYPH_BOX.width);
    expect(g.dots).toEqual([]);
  });

  it("draws a switch of three hosts as a bus with a drop per host", () => {
    const g = labGlyph(getLab("one-nic-router")!);
    expect(g.boxes).toHaveLength(3);
    const drops = g.lines.filter((l) => l.x1 === l.x2);
    const bus = g.lines.filter((l) => l.y1 === l.y2);
    expect(drops).toHaveLength(3);
    expect(bus).toHaveLength(1);
    expect(bus[0].x1).toBe(drops[0].x1);
    expect(bus[0].x2).toBe(drops[2].x1);
    expect(g.height).toBeGreaterThan(GLYPH_BOX.height);
  });

  it("draws a lone host's switch as a stub ending in a dot", () => {
    const g = labGlyph(getLab("single")!);
    expect(g.boxes.map((b) => b.name)).toEqual(["host"]);
    expect(g.lines).toHaveLength(1);
    expect(g.dots).toHaveLength(1);
    expect(g.dots[0].y).toBe(g.lines[0].y2);
  });

  it("ignores ends on unknown hosts and keeps at most six boxes", () => {
    const hosts = Array.from({ length: 9 }, (_, i) => ({ name: `h${i}`, interfaces: [] }));
    const g = labGlyph({ hosts, segments: [{ name: "x", ends: ["nowhere:eth0", "h8:eth0"] }] });
    expect(g.boxes).toHaveLength(6);
    expect(g.lines).toEqual([]);
  });
});
