/**
 * Reading one line from the terminal in canonical (cooked) mode, as the tty
 * line discipline does for a program that calls read(2) or getpass(3): the
 * kernel echoes (unless ECHO is off), Backspace erases, Ctrl-U kills the line,
 * Ctrl-C is SIGINT (echoed "^C"), Ctrl-D on an empty line is end of file.
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

export function readTtyLine(tty: Terminal, opts: { echo: boolean }): TtyLine {
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
        if (opts.echo) tty.write("\r\n");
        return { type: "line", text };
      case "ctrl-c":
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
