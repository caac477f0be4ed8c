/**
 * The renderer: it remembers what the editor has drawn (cells from the
 * origin) and where the terminal cursor is, and turns a new picture into the
 * fewest bytes it can find with relative movements only (CR, BS, CUU, CUD,
 * CUF, CUB, EL, ED). It never uses absolute positioning, because the prompt
 * may start on any row of the screen.
 *
 * Invariant: `cursor` is where the terminal's cursor really is, relative to
 * the origin, and never in the pending-wrap state (see layout.ts). Everything
 * after the end of `shown` on screen is blank, because the editor's output is
 * the last thing written to the terminal.
 */
import { type Cell, isAfter, layout, type Pos } from "./layout.js";

export class Display {
  private shown: Cell[] = [];
  private cursor: Pos = { row: 0, col: 0 };

  constructor(private cols: number) {}

  get columns(): number {
    return this.cols;
  }

  /** The cursor is at column 0 of a row that becomes the origin; nothing is shown yet. */
  reset(): void {
    this.shown = [];
    this.cursor = { row: 0, col: 0 };
  }

  setColumns(cols: number): void {
    this.cols = Math.max(1, Math.floor(cols));
  }

  /** Where the cursor is, relative to the origin. */
  cursorPos(): Pos {
    return { ...this.cursor };
  }

  /** Bytes that make the screen show `cells` with the cursor just before cells[cursorIndex]. */
  update(cells: readonly Cell[], cursorIndex: number): string {
    const oldLayout = layout(this.shown, this.cols);
    const newLayout = layout(cells, this.cols);
    let first = 0;
    const common = Math.min(this.shown.length, cells.length);
    while (first < common && sameCell(this.shown[first], cells[first])) first++;
    let out = "";
    if (first < cells.length || first < this.shown.length) {
      // the prefix before `first` is identical, so it lays out identically
      const from = first < cells.length ? newLayout.starts[first] : newLayout.end;
      out += this.moveTo(from);
      if (first < cells.length) {
        out += cells
          .slice(first)
          .map((c) => c.text)
          .join("");
        if (newLayout.wrappedAtEnd) out += " \r";
        this.cursor = { ...newLayout.end };
      }
      if (isAfter(oldLayout.end, newLayout.end)) {
        out += oldLayout.end.row === newLayout.end.row ? "\x1b[K" : "\x1b[J";
      }
    }
    this.shown = cells.slice();
    out += this.moveTo(cursorIndex < cells.length ? newLayout.starts[cursorIndex] : newLayout.end);
    return out;
  }

  /** Bytes that move the cursor to the end of what is shown. */
  moveToEnd(): string {
    return this.moveTo(layout(this.shown, this.cols).end);
  }

  /**
   * Bytes that leave the editor's rows: the cursor ends at column 0 of the
   * row after the shown text, as after Enter. Resets the display.
   */
  leave(): string {
    const l = layout(this.shown, this.cols);
    let out = this.moveTo(l.end);
    // after " \r" the cursor already sits at the start of a fresh row
    const onFreshRow = l.wrappedAtEnd && l.end.col === 0;
    if (!onFreshRow) out += "\r\n";
    this.reset();
    return out;
  }

  /**
   * The terminal was resized to `cols` and has reflowed the shown text (as
   * xterm.js does): the cursor keeps its place in the text. Returns the bytes
   * that erase the old picture; the caller then draws again with `update`.
   */
  resize(cols: number, cursorIndex: number): string {
    this.setColumns(cols);
    const l = layout(this.shown, this.cols);
    const at = cursorIndex < this.shown.length ? l.starts[cursorIndex] : l.end;
    this.cursor = { ...at };
    const out = this.moveTo({ row: 0, col: 0 }) + "\x1b[J";
    this.shown = [];
    return out;
  }

  /** Bytes that move the cursor from where it is to `to`; updates the cursor. */
  moveTo(to: Pos): string {
    const from = this.cursor;
    let out = "";
    if (to.row < from.row) out += csi(from.row - to.row, "A");
    else if (to.row > from.row) out += csi(to.row - from.row, "B");
    if (to.col !== from.col) {
      if (to.col === 0) out += "\r";
      else if (to.col < from.col) out += from.col - to.col === 1 ? "\b" : csi(from.col - to.col, "D");
      else out += csi(to.col - from.col, "C");
    }
    this.cursor = { ...to };
    return out;
  }

  /**
   * Bytes that write `echo` (printable ASCII, e.g. "^C") at the cursor, over
   * the text as bash does, then leave the editor's rows: the cursor ends at
   * column 0 of the row after the last row of text. Resets the display.
   */
  leaveWithEcho(echo: string): string {
    const l = layout(this.shown, this.cols);
    const lastTextRow = l.wrappedAtEnd ? l.end.row - 1 : l.end.row;
    const col = this.cursor.col + echo.length;
    const echoRow = this.cursor.row + Math.floor((col - 1) / this.cols);
    let out = `${echo}\r`;
    if (lastTextRow > echoRow) out += csi(lastTextRow - echoRow, "B");
    out += "\n";
    this.reset();
    return out;
  }
}

function sameCell(a: Cell, b: Cell): boolean {
  return a.text === b.text && a.width === b.width && a.newline === b.newline;
}

function csi(n: number, final: string): string {
  return n === 1 ? `\x1b[${final}` : `\x1b[${n}${final}`;
}
