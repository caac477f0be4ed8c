/**
 * A small curses for full-screen programs (nano, vi, less): the program
 * describes the whole screen it wants after each key (rows of segments and
 * the cursor), `Screen.draw` writes only the rows that changed since the last
 * draw. Drawing after every key, the same way in a live terminal and in a
 * replay, is what makes the screen bytes of a replayed line identical to the
 * live ones (see session/README.md).
 *
 * Bytes are xterm's (TERM=xterm-256color): the alternate screen while the
 * program runs (?1049h/l, so the shell's screen comes back afterwards), CUP
 * to position, SGR 7 for reverse video, EL to clear a row's tail.
 */
import type { Terminal, TtyKey } from "../../process/tty.js";
import { codePointWidth } from "../../readline/width.js";

export interface Segment {
  text: string;
  reverse?: boolean;
  bold?: boolean;
}

export type Row = Segment[];

/** cells a text takes (wide characters 2, combining marks 0) */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += codePointWidth(ch.codePointAt(0)!);
  return w;
}

/** the longest prefix of `text` that fits in `cols` cells */
export function fitWidth(text: string, cols: number): string {
  let w = 0;
  let out = "";
  for (const ch of text) {
    const cw = codePointWidth(ch.codePointAt(0)!);
    if (w + cw > cols) break;
    w += cw;
    out += ch;
  }
  return out;
}

export class Screen {
  /** what each row shows now, encoded (undefined: unknown, redraw it) */
  private shown: (string | undefined)[] = [];
  private cursor: [number, number] = [-1, -1];

  constructor(private readonly tty: Terminal) {}

  get cols(): number {
    return this.tty.cols;
  }

  get rows(): number {
    return this.tty.rows;
  }

  /** Switch to the alternate screen and clear it. */
  enter(): void {
    this.tty.write("\x1b[?1049h\x1b[H\x1b[2J");
    this.shown = Array(this.rows).fill("");
  }

  /** Back to the shell's screen, where the cursor was. */
  leave(): void {
    this.tty.write("\x1b[?1049l");
  }

  /** After a resize: forget what is shown; the next draw repaints everything. */
  invalidate(): void {
    this.tty.write("\x1b[H\x1b[2J");
    this.shown = Array(this.rows).fill("");
    this.cursor = [-1, -1];
  }

  /** Show `rows` (one per screen row, cut at the width) with the cursor at [row, col]. */
  draw(rows: Row[], cursor: [number, number]): void {
    const cols = this.cols;
    let out = "";
    for (let y = 0; y < this.rows; y++) {
      const enc = encodeRow(rows[y] ?? [], cols);
      if (enc === this.shown[y]) continue;
      out += `\x1b[${y + 1};1H${enc}`;
      this.shown[y] = enc;
    }
    const [cy, cx] = cursor;
    if (out !== "" || cy !== this.cursor[0] || cx !== this.cursor[1]) out += `\x1b[${cy + 1};${cx + 1}H`;
    this.cursor = [cy, cx];
    if (out) this.tty.write(out);
  }
}

/** A row as bytes: its segments cut at `cols` cells, attributes around them, the rest cleared. */
function encodeRow(row: Row, cols: number): string {
  let out = "";
  let used = 0;
  for (const seg of row) {
    if (used >= cols) break;
    const text = fitWidth(seg.text, cols - used);
    if (text === "") continue;
    used += textWidth(text);
    const sgr = (seg.reverse ? "7" : "") + (seg.bold ? (seg.reverse ? ";1" : "1") : "");
    out += sgr ? `\x1b[${sgr}m${text}\x1b[m` : text;
  }
  return used < cols ? out + "\x1b[K" : out;
}

/** What a full-screen program gives `runKeyLoop`. */
export interface KeyLoopProgram {
  draw(): void;
  handle(key: TtyKey): void;
  /** the exit status once the program has finished, undefined while it runs */
  done(): number | undefined;
  /** the terminal hung up (no keys left: a headless replay); returns the exit status */
  hangup(): number;
}

/**
 * The loop every full-screen program runs: take the screen, draw, read a
 * key, handle it, until the program is done or the terminal hangs up; the
 * screen is given back either way.
 */
export function runKeyLoop(screen: Screen, tty: Terminal, program: KeyLoopProgram): number {
  screen.enter();
  for (;;) {
    program.draw();
    const key = tty.readKey();
    if (key === null) {
      screen.leave();
      return program.hangup();
    }
    program.handle(key);
    const status = program.done();
    if (status !== undefined) {
      screen.leave();
      return status;
    }
  }
}
