/**
 * less (590, Debian 12). On a terminal it is a pager: the text fills the
 * screen above a prompt row (the file name in reverse video at first, then
 * `:`, and `(END)` at the end); space/f/PgDn and b/PgUp move a page, Enter/j
 * and k a line, d/u half a page, g/G to the ends, /pattern and ?pattern
 * search (matches in reverse video; n/N repeat), q quits. Not on a terminal
 * (a pipe, a file, a headless run without a terminal) it copies its input,
 * as less does when its output is not a tty. When the terminal hangs up
 * (headless input ran out) it quits as if `q` was pressed.
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Terminal, TtyKey } from "../../process/tty.js";
import { Screen, type Row, runKeyLoop } from "../curses/screen.js";
import { expandTabs } from "../editors/buffer.js";
import type { Command } from "../types.js";
import { readOperand, strerror } from "./program.js";

/** The text cut into screen rows (long lines wrap), with the first row of each line. */
export function wrapRows(text: string, cols: number): { rows: string[]; lineStart: number[] } {
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  const rows: string[] = [];
  const lineStart: number[] = [];
  for (const raw of lines) {
    lineStart.push(rows.length);
    const l = expandTabs(raw);
    if (l.length === 0) rows.push("");
    for (let i = 0; i < l.length; i += cols) rows.push(l.slice(i, i + cols));
  }
  return { rows, lineStart };
}

class Less {
  private top = 0;
  private prompt: "name" | "colon" = "name";
  private search: { pattern: string; forward: boolean } | undefined;
  private entering: { kind: "/" | "?"; text: string } | undefined;
  private message: string | undefined;
  private rows: string[] = [];
  private readonly screen: Screen;

  constructor(
    private readonly tty: Terminal,
    private readonly text: string,
    private readonly name: string | undefined,
  ) {
    this.screen = new Screen(tty);
  }

  private get page(): number {
    return Math.max(1, this.screen.rows - 1);
  }

  private get maxTop(): number {
    return Math.max(0, this.rows.length - this.page);
  }

  run(): number {
    this.rows = wrapRows(this.text, this.screen.cols).rows;
    let quit = false;
    // a hung-up terminal ends less as `q` would
    return runKeyLoop(this.screen, this.tty, {
      draw: () => this.draw(),
      handle: (key) => {
        if (this.handle(key) === "quit") quit = true;
      },
      done: () => (quit ? 0 : undefined),
      hangup: () => 0,
    });
  }

  private handle(key: TtyKey): "quit" | void {
    if (key.type === "resize") {
      this.screen.invalidate();
      this.rows = wrapRows(this.text, this.screen.cols).rows;
      this.top = Math.min(this.top, this.maxTop);
      return;
    }
    if (this.message !== undefined) {
      // "(press RETURN)": any key clears the message
      this.message = undefined;
      return;
    }
    if (this.entering) return this.enterKey(this.entering, key);
    const k = key.type === "char" ? key.char : key.name;
    this.prompt = "colon";
    const page = this.page;
    switch (k) {
      case "q": case "Q":
        return "quit";
      case " ": case "f": case "pgdn": case "ctrl-v": case "ctrl-f":
        return this.scroll(page);
      case "b": case "pgup": case "ctrl-b": case "alt-v":
        return this.scroll(-page);
      case "enter": case "j": case "e": case "down": case "ctrl-n": case "ctrl-e": case "ctrl-j":
        return this.scroll(1);
      case "k": case "y": case "up": case "ctrl-p": case "ctrl-y": case "ctrl-k":
        return this.scroll(-1);
      case "d": case "ctrl-d":
        return this.scroll(Math.floor(page / 2));
      case "u": case "ctrl-u":
        return this.scroll(-Math.floor(page / 2));
      case "g": case "<": case "home":
        this.top = 0;
        return;
      case "G": case ">": case "end":
        this.top = this.maxTop;
        return;
      case "/": case "?":
        this.entering = { kind: k, text: "" };
        return;
      case "n": case "N":
        if (this.search) this.find(this.search.pattern, k === "n" ? this.search.forward : !this.search.forward);
        return;
    }
  }

  private scroll(n: number): void {
    this.top = Math.max(0, Math.min(this.maxTop, this.top + n));
  }

  private enterKey(e: { kind: "/" | "?"; text: string }, key: TtyKey): void {
    if (key.type === "resize") return;
    if (key.type === "char") {
      e.text += key.char;
      return;
    }
    if (key.name === "backspace") {
      if (e.text === "") this.entering = undefined;
      else e.text = e.text.slice(0, -1);
      return;
    }
    if (key.name === "esc" || key.name === "ctrl-c") {
      this.entering = undefined;
      return;
    }
    if (key.name !== "enter") return;
    this.entering = undefined;
    const pattern = e.text === "" ? this.search?.pattern : e.text;
    if (!pattern) return;
    this.search = { pattern, forward: e.kind === "/" };
    this.find(pattern, e.kind === "/");
  }

  /** less searches from the line after the top of the screen (or before it, backwards) */
  private find(pattern: string, forward: boolean): void {
    const rows = this.rows;
    if (forward) {
      for (let y = this.top + 1; y < rows.length; y++) if (rows[y].includes(pattern)) return void (this.top = Math.min(y, this.maxTop === 0 ? 0 : y));
    } else {
      for (let y = this.top - 1; y >= 0; y--) if (rows[y].includes(pattern)) return void (this.top = y);
    }
    this.message = "Pattern not found  (press RETURN)";
  }

  private draw(): void {
    const page = this.page;
    const out: Row[] = [];
    const end = Math.min(this.rows.length, this.top + page);
    const pattern = this.search?.pattern;
    for (let y = this.top; y < end; y++) out.push(highlight(this.rows[y], pattern));
    // a text shorter than the screen: the prompt comes right below it
    const promptRow = this.top === 0 && this.rows.length < page ? this.rows.length : page;
    while (out.length < promptRow) out.push([{ text: "~" }]);
    const atEnd = this.top + page >= this.rows.length;
    let prompt: Row;
    if (this.entering) prompt = [{ text: this.entering.kind + this.entering.text }];
    else if (this.message !== undefined) prompt = [{ text: this.message, reverse: true }];
    else if (this.prompt === "name" && this.name !== undefined) prompt = [{ text: atEnd ? `${this.name} (END)` : this.name, reverse: true }];
    else if (atEnd) prompt = [{ text: "(END)", reverse: true }];
    else prompt = [{ text: ":" }];
    out.push(prompt);
    const width = prompt.reduce((n, s) => n + s.text.length, 0);
    this.screen.draw(out, [promptRow, width]);
  }
}

function highlight(row: string, pattern: string | undefined): Row {
  if (!pattern) return [{ text: row }];
  const out: Row = [];
  let i = 0;
  for (;;) {
    const at = row.indexOf(pattern, i);
    if (at < 0) break;
    if (at > i) out.push({ text: row.slice(i, at) });
    out.push({ text: pattern, reverse: true });
    i = at + pattern.length;
  }
  out.push({ text: row.slice(i) });
  return out;
}

function runLess(proc: Process): number {
  const files = proc.argv.slice(1).filter((a) => !a.startsWith("-") || a === "-");
  const paging = proc.tty !== undefined && proc.stdout.isTTY;
  if (files.length === 0) {
    if (proc.stdin.isTTY) {
      proc.stderr.write('Missing filename ("less --help" for help)\n');
      return 1;
    }
    if (!paging) {
      proc.stdout.writeBytes(proc.stdin.bytes());
      return 0;
    }
    return new Less(proc.tty!, proc.stdin.text(), undefined).run();
  }
  let status = 0;
  const texts: { name: string; text: string }[] = [];
  for (const f of files) {
    const st = f === "-" ? undefined : proc.host.fs.stat(proc.resolve(f));
    if (st?.ok && st.value.type === "dir") {
      proc.stderr.write(`${f} is a directory\n`);
      status = 1;
      continue;
    }
    const r = readOperand(proc, f);
    if (!r.ok) {
      proc.stderr.write(`${f}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    if (!paging) proc.stdout.writeBytes(r.value);
    else texts.push({ name: f, text: utf8Decode(r.value) });
  }
  // one file at a time is what the course needs; :n (next file) is not simulated
  if (paging && texts.length > 0) return new Less(proc.tty!, texts[0].text, texts[0].name).run() || status;
  return status;
}

export const less: Command = {
  name: "less",
  summary: "less - opposite of more",
  man: `NAME
less - opposite of more

SYNOPSIS
less [options] [file...]

DESCRIPTION
less is a program similar to more, which allows backward movement in the
file as well as forward movement.

COMMANDS
SPACE, f   forward one window          b     backward one window
ENTER, j   forward one line            k     backward one line
d, u       forward / backward half a window
g, G       first / last line
/pattern   search forward              ?pattern  search backward
n, N       repeat the search           q     quit

When its output is not a terminal, less copies its input like cat.
`,
  run: runLess,
};
