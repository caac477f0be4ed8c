/**
 * A tiny terminal for tests (not used by the editor): a grid of cells that
 * understands exactly the bytes the editor may write — printable text with
 * xterm's autowrap (pending wrap at the right edge, wide characters that do
 * not fit wrap whole), CR, LF, BS, BEL, CUU/CUD/CUF/CUB, EL, ED, CUP home
 * and ED 2, and what bash itself writes (ICH, DCH; SGR and private modes are
 * ignored), so recorded bash output can be replayed. Anything else throws, so a test notices an unexpected sequence.
 * Rows grow downwards without limit (no scrolling region).
 */
import { codePointWidth } from "./width.js";

export class TestTerminal {
  rows: string[][] = [[]];
  row = 0;
  col = 0;
  /** the cursor sits past the last column; the next printable character wraps */
  pendingWrap = false;
  bells = 0;

  constructor(readonly cols: number) {}

  write(data: string): void {
    let i = 0;
    while (i < data.length) {
      const c = data[i];
      if (c === "\x1b") {
        const m = /^\x1b\[(\??)([0-9;]*)([A-Za-z@])/.exec(data.slice(i));
        if (!m) throw new Error(`unexpected escape ${JSON.stringify(data.slice(i, i + 8))}`);
        // private modes (bash's bracketed paste ?2004h) and colours do not change the text
        if (m[1] !== "?" && m[3] !== "m") this.csi(m[2], m[3]);
        i += m[0].length;
        continue;
      }
      i++;
      if (c === "\r") {
        this.col = 0;
        this.pendingWrap = false;
      } else if (c === "\n") {
        this.row++;
        this.pendingWrap = false;
        this.ensureRow();
      } else if (c === "\b") {
        // xterm: in the pending-wrap state the cursor counts as being in the last column
        this.pendingWrap = false;
        if (this.col > 0) this.col--;
      } else if (c === "\x07") {
        this.bells++;
      } else {
        let ch = c;
        if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xdc00) ch += data[i++];
        this.print(ch);
      }
    }
  }

  private print(ch: string): void {
    const w = codePointWidth(ch.codePointAt(0) as number);
    if (w === 0) {
      const line = this.rows[this.row];
      const at = this.pendingWrap ? this.cols - 1 : Math.max(0, this.col - 1);
      line[at] = (line[at] ?? " ") + ch;
      return;
    }
    if (this.pendingWrap || this.col + w > this.cols) {
      if (!this.pendingWrap) for (let c = this.col; c < this.cols; c++) this.rows[this.row][c] = " ";
      this.row++;
      this.col = 0;
      this.pendingWrap = false;
      this.ensureRow();
    }
    const line = this.rows[this.row];
    while (line.length < this.col) line.push(" ");
    line[this.col] = ch;
    if (w === 2) line[this.col + 1] = "";
    this.col += w;
    if (this.col >= this.cols) {
      this.col = this.cols - 1;
      this.pendingWrap = true;
    }
  }

  private csi(params: string, final: string): void {
    const n = params === "" ? 1 : Number(params);
    this.pendingWrap = false;
    switch (final) {
      case "A":
        this.row = Math.max(0, this.row - n);
        break;
      case "B":
        this.row += n;
        this.ensureRow();
        break;
      case "C":
        this.col = Math.min(this.cols - 1, this.col + n);
        break;
      case "D":
        this.col = Math.max(0, this.col - n);
        break;
      case "@": {
        const line = this.rows[this.row];
        if (line.length > this.col) line.splice(this.col, 0, ...Array<string>(n).fill(" "));
        line.length = Math.min(line.length, this.cols);
        break;
      }
      case "P":
        this.rows[this.row].splice(this.col, n);
        break;
      case "K":
        this.rows[this.row].length = Math.min(this.rows[this.row].length, this.col);
        break;
      case "J":
        if (params === "2") {
          this.rows = this.rows.map(() => []);
        } else {
          this.rows[this.row].length = Math.min(this.rows[this.row].length, this.col);
          this.rows.length = this.row + 1;
        }
        break;
      case "H":
        if (params !== "") throw new Error(`unexpected CUP ${params}`);
        this.row = 0;
        this.col = 0;
        break;
      default:
        throw new Error(`unexpected CSI ${params}${final}`);
    }
  }

  private ensureRow(): void {
    while (this.rows.length <= this.row) this.rows.push([]);
  }

  /** the screen as text, trailing blanks of each row and trailing empty rows removed */
  screen(): string[] {
    const lines = this.rows.map((r) => Array.from(r, (c) => c ?? " ").join("").replace(/ +$/, ""));
    while (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
    return lines;
  }
}
