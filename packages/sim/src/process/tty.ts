/**
 * The controlling terminal, as an interactive program sees it (nano, vi,
 * less, `crontab -e`'s retry question, a password prompt): keys in, screen
 * bytes out, and the size. A program that needs no terminal never touches it;
 * one that runs where there is none (a cron job, a pipe with no terminal
 * behind it) finds `proc.tty` undefined.
 *
 * The simulation is synchronous: a program cannot wait for a key that has not
 * been typed yet. What it reads is the input recorded for its command line
 * (see session/README.md for how a live terminal gets there by re-running the
 * line). When that input is exhausted:
 * - in a live terminal, `readKey` throws `TtyInputPending`; the lab undoes the
 *   line and runs it again once more keys have arrived;
 * - headless (replay, rootlab-sim, grader probes), `readKey` returns `null`:
 *   the terminal has hung up. Every program must then end promptly without
 *   asking for anything more (editors quit without saving, prompts see EOF).
 */
import { LineSuspended } from "./suspend.js";

/** What the terminal sent, as recorded: one chunk of raw input (xterm's `onData`), or a resize. */
export type TtyInput = string | { cols: number; rows: number };

/** Key names a program may see (xterm's sequences decoded). Control letters are "ctrl-a".."ctrl-z". */
export type TtyKeyName =
  | "enter" | "tab" | "backspace" | "delete" | "insert" | "esc"
  | "up" | "down" | "left" | "right" | "home" | "end" | "pgup" | "pgdn"
  | "ctrl-up" | "ctrl-down" | "ctrl-left" | "ctrl-right" | "ctrl-home" | "ctrl-end"
  | `ctrl-${string}` | `alt-${string}` | `f${number}`
  /** a well-formed sequence with no meaning here */
  | "unknown";

export type TtyKey =
  /** one printable character (a code point; a pasted text arrives as one key per character) */
  | { type: "char"; char: string }
  | { type: "key"; name: TtyKeyName }
  /** the terminal changed size (SIGWINCH): read `cols` and `rows` again and redraw */
  | { type: "resize" };

export interface Terminal {
  /** columns and rows of the screen now */
  readonly cols: number;
  readonly rows: number;
  /** The next key; null once the terminal has no more input (hung up): end promptly. */
  readKey(): TtyKey | null;
  /** Bytes for the screen, as is (raw mode: write "\r\n", cursor moves and SGR yourself). */
  write(text: string): void;
}

/**
 * Thrown by a live terminal's `readKey` when every recorded key has been read:
 * the program must wait for the learner. It unwinds the whole command line;
 * nothing may catch it but the lab (the shell rethrows it untouched).
 */
export class TtyInputPending extends LineSuspended {
  /** what the line drew before it had to wait (set by the lab as it unwinds) */
  screen = "";

  constructor() {
    super("waiting for terminal input");
  }
}
