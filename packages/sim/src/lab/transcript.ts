/**
 * A transcript is what a learner did to a lab: the command lines they ran, on
 * which host, and the virtual time they let pass. Replaying it on the same lab
 * and seed gives the same world and the same output, byte for byte; that is
 * how the server re-grades an attempt without trusting the browser.
 */
import type { TtyInput } from "../process/tty.js";

/**
 * What the programs of one command line read from the terminal (nano, vi,
 * less, a password prompt): the terminal's size when the line started and
 * the input they consumed, chunk by chunk as the terminal sent it. Replaying
 * the line with it gives the same files and the same screen bytes.
 */
export interface LineTty {
  cols: number;
  rows: number;
  input: TtyInput[];
}

export type TranscriptEntry =
  /** a command line run at the shell prompt of `host`; `tty` when its programs read the terminal */
  | { host: string; line: string; tty?: LineTty }
  /** ms of virtual time let pass (sleep in the page, the fast-forward control) */
  | { advance: number };

export interface Transcript {
  labId: string;
  seed: number;
  entries: TranscriptEntry[];
}

/** What one command line printed, as `rootlab-sim --jsonl` reports it. */
export interface LineOutput {
  host: string;
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}
