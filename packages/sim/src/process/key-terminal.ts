/**
 * `KeyTerminal`: the `Terminal` a command line runs with — the input recorded
 * for that line (chunks and resizes, in order) and a sink for screen bytes.
 * It remembers how far the programs read, so that the lab can record exactly
 * the input they consumed and hand the rest back to the line editor.
 */
import type { Budget } from "./limits.js";
import { decodeChunk, type DecodedKey } from "./tty-keys.js";
import { type Terminal, type TtyInput, TtyInputPending, type TtyKey } from "./tty.js";

/** default size of a terminal whose size was not recorded (a VT100's) */
export const DEFAULT_TTY_SIZE = { cols: 80, rows: 24 } as const;

/** bounds on a terminal size, so that a hostile transcript cannot ask for a huge screen */
export const MAX_TTY_COLS = 500;
export const MAX_TTY_ROWS = 200;

export function clampSize(cols: number, rows: number): { cols: number; rows: number } {
  const fix = (n: number, max: number, dflt: number) => (Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), max) : dflt);
  return { cols: fix(cols, MAX_TTY_COLS, DEFAULT_TTY_SIZE.cols), rows: fix(rows, MAX_TTY_ROWS, DEFAULT_TTY_SIZE.rows) };
}

export interface KeyTerminalOptions {
  cols: number;
  rows: number;
  /** what the terminal sent while the line ran, in order */
  input: readonly TtyInput[];
  /** where screen bytes go (the line's screen, in order with its stdout and stderr) */
  screen: (text: string) => void;
  /** live: throw `TtyInputPending` when the input runs out; headless: report a hang-up (null) */
  live: boolean;
  /** each key read charges one step, so a program spinning on keys is bounded like a loop */
  budget?: Budget;
}

export class KeyTerminal implements Terminal {
  private size: { cols: number; rows: number };
  /** index of the input item being read */
  private item = 0;
  /** keys of the current chunk (decoded on first use) and how many were read */
  private keys: DecodedKey[] | null = null;
  private keyIndex = 0;
  /** a program touched the terminal: read a key or asked its size */
  private touched = false;

  constructor(private readonly opts: KeyTerminalOptions) {
    this.size = clampSize(opts.cols, opts.rows);
  }

  get cols(): number {
    this.touched = true;
    return this.size.cols;
  }

  get rows(): number {
    this.touched = true;
    return this.size.rows;
  }

  get used(): boolean {
    return this.touched;
  }

  /** the size the line started with */
  get startSize(): { cols: number; rows: number } {
    return clampSize(this.opts.cols, this.opts.rows);
  }

  readKey(): TtyKey | null {
    this.touched = true;
    this.opts.budget?.charge(1);
    const input = this.opts.input;
    while (this.item < input.length) {
      const it = input[this.item];
      if (typeof it !== "string") {
        this.item++;
        this.size = clampSize(it.cols, it.rows);
        return { type: "resize" };
      }
      this.keys ??= decodeChunk(it);
      if (this.keyIndex < this.keys.length) return this.keys[this.keyIndex++].key;
      this.item++;
      this.keys = null;
      this.keyIndex = 0;
    }
    if (this.opts.live) throw new TtyInputPending();
    return null;
  }

  write(text: string): void {
    this.opts.screen(text);
  }

  /** the input read so far: whole items, and the read part of a chunk being read */
  consumed(): TtyInput[] {
    const done = this.opts.input.slice(0, this.item);
    const cur = this.opts.input[this.item];
    if (typeof cur === "string" && this.keys && this.keyIndex > 0) {
      const used = this.keys.slice(0, this.keyIndex).reduce((n, k) => n + k.length, 0);
      done.push(cur.slice(0, used));
    }
    return done;
  }

  /** the input no program read: it goes back to the line editor */
  unread(): TtyInput[] {
    const rest = this.opts.input.slice(this.item);
    if (typeof rest[0] === "string" && this.keys && this.keyIndex > 0) {
      const used = this.keys.slice(0, this.keyIndex).reduce((n, k) => n + k.length, 0);
      rest[0] = rest[0].slice(used);
      if (rest[0] === "") rest.shift();
    }
    return rest;
  }
}
