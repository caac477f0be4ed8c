/**
 * The line is edited as a list of units: one code point together with the
 * combining marks that follow it, so the cursor never stops between a letter
 * and its accent. The shell sees the line as a string; these helpers convert
 * between unit indices and UTF-16 offsets (what `Completion` uses).
 */
import { codePointWidth } from "./width.js";

export function toUnits(text: string): string[] {
  const units: string[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp >= 0x20 && codePointWidth(cp) === 0 && units.length > 0) units[units.length - 1] += ch;
    else units.push(ch);
  }
  return units;
}

/** UTF-16 offset of unit `index` */
export function offsetOfUnit(units: readonly string[], index: number): number {
  let off = 0;
  for (let i = 0; i < index && i < units.length; i++) off += units[i].length;
  return off;
}

/** the unit that starts at or contains UTF-16 offset `offset` (clamped to 0..units.length) */
export function unitAtOffset(units: readonly string[], offset: number): number {
  let off = 0;
  for (let i = 0; i < units.length; i++) {
    if (off + units[i].length > offset) return i;
    off += units[i].length;
  }
  return units.length;
}
