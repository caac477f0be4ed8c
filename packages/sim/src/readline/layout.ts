/**
 * Where things land on screen. What the editor shows (prompt + line) is a
 * list of cells, each one unit of output with its width in columns; `layout`
 * places them on rows of `cols` columns the way a terminal with autowrap
 * (xterm's `am` + `xenl`) does, relative to the origin: row 0, column 0 is
 * where the prompt starts.
 *
 * Invariant used by the renderer: a position is never "past the right edge".
 * A row filled to its last column leaves a real terminal in the pending-wrap
 * state; the layout normalises that to column 0 of the next row, and the
 * renderer makes it true on the terminal by writing " \r" (what readline
 * does).
 */
import { codePointWidth, textWidth } from "./width.js";

export interface Cell {
  /** bytes written for this cell (a character, possibly preceded by zero-width escape sequences) */
  text: string;
  /** columns taken, 0..2 */
  width: number;
  /** a line break inside the prompt: `text` is "\r\n" */
  newline?: boolean;
}

/** A cursor position relative to the origin, in rows and columns (0-based). */
export interface Pos {
  row: number;
  col: number;
}

export interface Layout {
  /** starts[i]: where the cursor is just before cell i is written */
  starts: Pos[];
  /** where the cursor is after the last cell */
  end: Pos;
  /** the last cell filled its row to the right edge: `end` is column 0 of the next row */
  wrappedAtEnd: boolean;
}

export function layout(cells: readonly Cell[], cols: number): Layout {
  const starts: Pos[] = [];
  let row = 0;
  let col = 0;
  let pending = false;
  for (const cell of cells) {
    starts.push({ row, col });
    if (cell.newline) {
      // "\r\n" in the pending-wrap state moves down only once
      if (!pending) row++;
      col = 0;
      pending = false;
      continue;
    }
    if (cell.width === 0) continue;
    if (col + cell.width > cols) {
      // a wide character that does not fit in the last column wraps whole
      row++;
      col = 0;
    }
    col += cell.width;
    pending = false;
    if (col >= cols) {
      row++;
      col = 0;
      pending = true;
    }
  }
  return { starts, end: { row, col }, wrappedAtEnd: pending };
}

/** Is `a` after `b` on screen? */
export function isAfter(a: Pos, b: Pos): boolean {
  return a.row > b.row || (a.row === b.row && a.col > b.col);
}

/**
 * One cell per editing unit of the line (a code point with its combining
 * marks). A control character shows as readline shows it: `^J`, `^?`.
 */
export function textCells(units: readonly string[]): Cell[] {
  return units.map((u) => {
    const cp = u.codePointAt(0) as number;
    if (cp < 0x20 || cp === 0x7f) return { text: `^${String.fromCharCode(cp ^ 0x40)}`, width: 2 };
    return { text: u, width: textWidth(u) };
  });
}

/**
 * Cells of a prompt. Escape sequences (colours: CSI ... final, OSC ... BEL/ST)
 * and text between readline's \x01 and \x02 markers (bash's `\[` `\]`) take
 * no columns: they are written together with the next visible character.
 * A "\n" in the prompt starts a new row.
 */
export function promptCells(prompt: string): Cell[] {
  const cells: Cell[] = [];
  let pendingInvisible = "";
  let i = 0;
  while (i < prompt.length) {
    const c = prompt[i];
    if (c === "\x01") {
      const close = prompt.indexOf("\x02", i + 1);
      const stop = close < 0 ? prompt.length : close;
      pendingInvisible += prompt.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (c === "\x1b") {
      const len = escapeLength(prompt, i);
      pendingInvisible += prompt.slice(i, i + len);
      i += len;
      continue;
    }
    if (c === "\n") {
      cells.push({ text: `${pendingInvisible}\r\n`, width: 0, newline: true });
      pendingInvisible = "";
      i++;
      continue;
    }
    const cp = prompt.codePointAt(i) as number;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    if (cp < 0x20) continue; // other control characters would move the cursor unpredictably
    const width = codePointWidth(cp);
    if (width === 0 && cells.length > 0 && !cells[cells.length - 1].newline) {
      cells[cells.length - 1].text += pendingInvisible + ch;
    } else {
      cells.push({ text: pendingInvisible + ch, width });
    }
    pendingInvisible = "";
  }
  if (pendingInvisible !== "") cells.push({ text: pendingInvisible, width: 0 });
  return cells;
}

/** Length of the escape sequence starting at s[i] (an ESC). */
function escapeLength(s: string, i: number): number {
  const kind = s[i + 1];
  if (kind === "[") {
    let j = i + 2;
    while (j < s.length && (s.charCodeAt(j) < 0x40 || s.charCodeAt(j) > 0x7e)) j++;
    return Math.min(j + 1, s.length) - i;
  }
  if (kind === "]") {
    for (let j = i + 2; j < s.length; j++) {
      if (s[j] === "\x07") return j + 1 - i;
      if (s[j] === "\x1b" && s[j + 1] === "\\") return j + 2 - i;
    }
    return s.length - i;
  }
  return Math.min(2, s.length - i);
}
