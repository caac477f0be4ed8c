/**
 * Reading one line from the terminal in canonical (cooked) mode, as the tty
 * line discipline does for a program that calls read(2) or getpass(3): the
 * kernel echoes (unless ECHO is off), Backspace erases, Ctrl-U kills the line,
 * Ctrl-C is SIGINT (echoed "^C"), Ctrl-D on an empty line is end of file.
 * A password prompt turns ECHO off but keeps ECHONL (the line break still
 * shows) and may turn ISIG off, so that Ctrl-C is just a character
 * (libmariadb's get_tty_password does both).
 */
import type { Terminal } from "./tty.js";

export type TtyLine =
  | { type: "line"; text: string }
  /** Ctrl-D on an empty line, or the terminal hung up */
  | { type: "eof" }
  /** Ctrl-C: the program gets SIGINT (status 130 unless it catches it) */
  | { type: "interrupt" };

/** longest line the tty accepts (Linux's N_TTY buffer is 4095 characters) */
const MAX_CANON = 4095;

export interface TtyLineOptions {
  /** ECHO: typed characters show */
  echo: boolean;
  /** ECHONL: the line break shows even without ECHO */
  echoNewline?: boolean;
  /** ISIG (default on): Ctrl-C interrupts; off, it is the character "\x03" */
  signals?: boolean;
}

export function readTtyLine(tty: Terminal, opts: TtyLineOptions): TtyLine {
  let text = "";
  for (;;) {
    const key = tty.readKey();
    if (key === null) return { type: "eof" };
    if (key.type === "resize") continue;
    if (key.type === "char") {
      if (text.length >= MAX_CANON) continue;
      text += key.char;
      if (opts.echo) tty.write(key.char);
      continue;
    }
    switch (key.name) {
      case "enter":
      case "ctrl-j":
        if (opts.echo || opts.echoNewline) tty.write("\r\n");
        return { type: "line", text };
      case "ctrl-c":
        if (opts.signals === false) {
          if (text.length < MAX_CANON) text += "\x03";
          break;
        }
        tty.write("^C");
        return { type: "interrupt" };
      case "ctrl-d":
        if (text === "") return { type: "eof" };
        break;
      case "backspace":
        if (text !== "") {
          text = [...text].slice(0, -1).join("");
          if (opts.echo) tty.write("\b \b");
        }
        break;
      case "ctrl-u":
        if (opts.echo) tty.write("\b \b".repeat([...text].length));
        text = "";
        break;
      case "tab":
        text += "\t";
        if (opts.echo) tty.write("\t");
        break;
    }
  }
}
