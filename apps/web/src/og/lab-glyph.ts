/**
 * The geometry of a lab's glyph for Open Graph images: hosts as boxes on one
 * row, in the lab's order, and each segment (cable or switch) as lines. Pure:
 * the same lab always gives the same drawing. Units are image pixels.
 *
 *   a segment joining two neighbouring hosts   a straight cable between them
 *   any other segment (a switch, far hosts)    a bus below the row, one drop per host
 *   a segment with one end (NIC on an empty switch)  a stub below the host ending in a dot
 */
import type { LabSpec } from "@rootlab/sim";

export interface GlyphBox {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GlyphLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Glyph {
  width: number;
  height: number;
  boxes: GlyphBox[];
  lines: GlyphLine[];
  /** where a one-ended segment's stub ends */
  dots: { x: number; y: number }[];
}

export const GLYPH_BOX = { width: 150, height: 56, gap: 70 } as const;
/** vertical room under the row for each bus or stub */
const LANE = 22;
/** labs are small; a glyph of more hosts than this would not fit a 1200 px card */
export const GLYPH_MAX_HOSTS = 6;

export function labGlyph(lab: Pick<LabSpec, "hosts" | "segments">): Glyph {
  const hosts = lab.hosts.slice(0, GLYPH_MAX_HOSTS);
  const { width: bw, height: bh, gap } = GLYPH_BOX;
  const boxes: GlyphBox[] = hosts.map((h, i) => ({ name: h.name, x: i * (bw + gap), y: 0, width: bw, height: bh }));
  const index = new Map(hosts.map((h, i) => [h.name, i]));
  const lines: GlyphLine[] = [];
  const dots: { x: number; y: number }[] = [];
  let lanes = 0;
  for (const seg of lab.segments ?? []) {
    const at = [...new Set(seg.ends.map((e) => index.get(e.split(":")[0])).filter((i): i is number => i !== undefined))].sort((a, b) => a - b);
    if (at.length === 0) continue;
    const mid = (i: number) => boxes[i].x + bw / 2;
    if (at.length === 2 && at[1] - at[0] === 1) {
      lines.push({ x1: boxes[at[0]].x + bw, y1: bh / 2, x2: boxes[at[1]].x, y2: bh / 2 });
      continue;
    }
    lanes += 1;
    const y = bh + lanes * LANE;
    for (const i of at) lines.push({ x1: mid(i), y1: bh, x2: mid(i), y2: y });
    if (at.length === 1) dots.push({ x: mid(at[0]), y });
    else lines.push({ x1: mid(at[0]), y1: y, x2: mid(at[at.length - 1]), y2: y });
  }
  const width = hosts.length ? hosts.length * bw + (hosts.length - 1) * gap : 0;
  return { width, height: bh + lanes * LANE + (lanes ? 6 : 0), boxes, lines, dots };
}
