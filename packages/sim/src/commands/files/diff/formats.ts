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

/** "3", "1,5", or for no lines the line before: GNU's context range */
function contextRange(s: number, e: number): string {
  return e <= s + 1 ? String(e) : `${s + 1},${e}`;
}

/** context format (-c) hunks: "***************", then each side's lines, marked "! ", "- ", "+ " */
export function contextHunks(a: readonly Line[], b: readonly Line[], changes: readonly Change[], context: number): string {
  let out = "";
  for (let g = 0; g < changes.length; ) {
    let h = g;
    while (h + 1 < changes.length && changes[h + 1].a0 - changes[h].a1 <= 2 * context) h++;
    const group = changes.slice(g, h + 1);
    const first = group[0];
    const last = group[group.length - 1];
    const as = Math.max(0, first.a0 - context);
    const bs = first.b0 - (first.a0 - as);
    const ae = Math.min(a.length, last.a1 + context);
    const be = last.b1 + (ae - last.a1);
    out += "***************\n";
    out += `*** ${contextRange(as, ae)} ****\n`;
    if (group.some((c) => c.a1 > c.a0)) out += side(a, as, ae, group, "a");
    out += `--- ${contextRange(bs, be)} ----\n`;
    if (group.some((c) => c.b1 > c.b0)) out += side(b, bs, be, group, "b");
    g = h + 1;
  }
  return out;
}

/** one side of a context hunk: its lines from s to e, each changed one marked */
function side(lines: readonly Line[], s: number, e: number, group: readonly Change[], which: "a" | "b"): string {
  let out = "";
  let i = s;
  for (const c of group) {
    const [c0, c1] = which === "a" ? [c.a0, c.a1] : [c.b0, c.b1];
    const mark = c.a0 === c.a1 || c.b0 === c.b1 ? (which === "a" ? "- " : "+ ") : "! ";
    for (; i < c0; i++) out += emit("  ", lines[i]);
    for (; i < c1; i++) out += emit(mark, lines[i]);
  }
  for (; i < e; i++) out += emit("  ", lines[i]);
  return out;
}
