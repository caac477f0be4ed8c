/**
 * Reading one line with editing and history, as a program linked with
 * readline or libedit does (the mysql monitor, a REPL): the line editor the
 * login shell uses (readline/), fed the keys the program reads from its
 * terminal one at a time, so that the line-run-again contract of
 * session/README.md holds (nothing here looks at pending input).
 */
import type { Key, KeyName } from "../readline/index.js";
import { LineEditor } from "../readline/index.js";
import type { Terminal, TtyKey } from "./tty.js";

export type EditedLine =
  | { type: "line"; text: string }
  /** Ctrl-D on an empty line */
  | { type: "eof" }
  /** Ctrl-C: "^C" and a line break are already on the screen */
  | { type: "interrupt" }
  /** the terminal has no more input (headless replay ran out of keys) */
  | { type: "hangup" };

/** the terminal's key as the line editor names it */
function editorKey(key: TtyKey & { type: "char" | "key" }): Key {
  if (key.type === "char") return key;
  switch (key.name) {
    case "ctrl-j":
      return { type: "key", name: "enter" };
    case "esc":
    case "insert":
    case "pgup":
    case "pgdn":
      return { type: "key", name: "unknown" };
    case "ctrl-home":
      return { type: "key", name: "home" };
    case "ctrl-end":
      return { type: "key", name: "end" };
    default:
      return /^f\d+$/.test(key.name) ? { type: "key", name: "unknown" } : { type: "key", name: key.name as KeyName };
  }
}

/** A line editor for a program's own prompt: `history` is oldest first. */
export function programLineEditor(tty: Terminal, history: readonly string[]): LineEditor {
  return new LineEditor({ cols: tty.cols, history });
}

/** Show `prompt`, edit a line until Enter, Ctrl-C, Ctrl-D on an empty line, or a hang-up. */
export function readEditedLine(tty: Terminal, editor: LineEditor, prompt: string): EditedLine {
  tty.write(editor.begin(prompt));
  for (;;) {
    const key = tty.readKey();
    if (key === null) return { type: "hangup" };
    if (key.type === "resize") {
      tty.write(editor.resize(tty.cols));
      continue;
    }
    for (const ev of editor.feedKey(editorKey(key))) {
      if (ev.type === "output") tty.write(ev.data);
      else if (ev.type === "line") return { type: "line", text: ev.line };
      else if (ev.type === "interrupt") return { type: "interrupt" };
      else if (ev.type === "eof") return { type: "eof" };
    }
  }
}
