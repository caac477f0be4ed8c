/**
 * diff's output formats for one pair of files: the normal format (`2c2`,
 * `< `, `---`, `> `) and the unified format (`--- a\tDATE`, `@@ -1,6 +1,5 @@`),
 * each line that lacked its newline followed by "\ No newline at end of file".
 */
import type { Change } from "./lcs.js";

/** one line of a file, without its newline; `eol` false for a last line that had none */
export interface Line {
  text: string;
  eol: boolean;
}

const NO_EOL = "\\ No newline at end of file\n";

function emit(prefix: string, l: Line): string {
  return `${prefix}${l.text}\n${l.eol ? "" : NO_EOL}`;
}

/** "5" or "5,6": 1-based lines [s, e) */
function range(s: number, e: number): string {
  return e - s === 1 ? String(s + 1) : e - s === 0 ? String(s) : `${s + 1},${e}`;
}

export function normalFormat(a: readonly Line[], b: readonly Line[], changes: readonly Change[]): string {
  let out = "";
  for (const c of changes) {
    const op = c.a0 === c.a1 ? "a" : c.b0 === c.b1 ? "d" : "c";
    out += `${range(c.a0, c.a1)}${op}${range(c.b0, c.b1)}\n`;
    for (let i = c.a0; i < c.a1; i++) out += emit("< ", a[i]);
    if (op === "c") out += "---\n";
    for (let j = c.b0; j < c.b1; j++) out += emit("> ", b[j]);
  }
  return out;
}

/** "-3,0", "-2", "-1,6": GNU's unified range (an empty one names the line before) */
function unifiedRange(s: number, e: number): string {
  const n = e - s;
  if (n === 1) return String(s + 1);
  return `${n === 0 ? s : s + 1},${n}`;
}

/** the hunks' bodies (headers are the caller's), `context` lines around each change */
export function unifiedHunks(a: readonly Line[], b: readonly Line[], changes: readonly Change[], context: number): string {
  let out = "";
  for (let g = 0; g < changes.length; ) {
    // changes closer than 2×context share a hunk
    let h = g;
    while (h + 1 < changes.length && changes[h + 1].a0 - changes[h].a1 <= 2 * context) h++;
    const first = changes[g];
    const last = changes[h];
    const as = Math.max(0, first.a0 - context);
    const bs = first.b0 - (first.a0 - as);
    const ae = Math.min(a.length, last.a1 + context);
    const be = last.b1 + (ae - last.a1);
    out += `@@ -${unifiedRange(as, ae)} +${unifiedRange(bs, be)} @@\n`;
    let i = as;
    for (let c = g; c <= h; c++) {
      const ch = changes[c];
      for (; i < ch.a0; i++) out += emit(" ", a[i]);
      for (; i < ch.a1; i++) out += emit("-", a[i]);
      for (let j = ch.b0; j < ch.b1; j++) out += emit("+", b[j]);
    }
    for (; i < ae; i++) out += emit(" ", a[i]);
    g = h + 1;
  }
  return out;
}
