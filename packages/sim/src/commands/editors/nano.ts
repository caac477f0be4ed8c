/**
 * nano (GNU nano 7.2 as Debian 12 ships it): the everyday editor of the
 * course. The screen is nano's: the title bar, the text rows, the status row
 * and the two help rows; messages in brackets on the status row vanish after
 * 20 keys. Keys: typing, Enter, Backspace/Delete, arrows, Home/End (^A/^E),
 * PgUp/PgDn (^Y/^V), ^K cut (consecutive cuts gather), ^U paste, ^W search
 * (empty answer repeats the last one), ^C cursor position, ^O write out with
 * the `File Name to Write:` prompt, ^X exit with `Save modified buffer?`.
 * The buffer keeps nano's "magic line": an empty last line, so the file
 * written always ends with a newline.
 *
 * The command line is nano's (nano-options.ts): -V and -h print and exit,
 * bad options are refused as getopt refuses them.
 *
 * Without a terminal (a cron job, a pipe) nano refuses, as the real one does
 * when stdin is not a tty. When the terminal hangs up (headless input ran
 * out) it ends at once, saving nothing, with status 1.
 */
import type { Process } from "../../process/process.js";
import type { Terminal, TtyKey } from "../../process/tty.js";
import { Screen, type Row, runKeyLoop, textWidth } from "../curses/screen.js";
import { STRERROR } from "../../kernel/errno.js";
import type { Command } from "../types.js";
import { columnOf, expandTabs, loadLines, offsetAtColumn, saveLines } from "./buffer.js";
import { parseNanoCommandLine } from "./nano-options.js";

const VERSION = "7.2";

type HelpItem = [key: string, label: string];

const MAIN_HELP: HelpItem[] = [
  ["^G", "Help"], ["^O", "Write Out"], ["^W", "Where Is"], ["^K", "Cut"], ["^T", "Execute"], ["^C", "Location"],
  ["^X", "Exit"], ["^R", "Read File"], ["^\\", "Replace"], ["^U", "Paste"], ["^J", "Justify"], ["^/", "Go To Line"],
];
const WRITE_HELP: HelpItem[] = [
  ["^G", "Help"], ["M-D", "DOS Format"], ["M-A", "Append"], ["M-B", "Backup File"],
  ["^C", "Cancel"], ["M-M", "Mac Format"], ["M-P", "Prepend"], ["^T", "Browse"],
];
const SEARCH_HELP: HelpItem[] = [
  ["^G", "Help"], ["M-C", "Case Sens"], ["M-B", "Backwards"], ["^P", "Older"], ["^T", "Go To Line"],
  ["^C", "Cancel"], ["M-R", "Reg.exp."], ["^R", "Replace"], ["^N", "Newer"],
];

/** keys a status message stays for */
const MESSAGE_KEYS = 20;

type Prompt =
  | { kind: "write"; answer: string; thenExit: boolean }
  | { kind: "search"; answer: string }
  | { kind: "save?" };

class Nano {
  private lines: string[] = [""];
  private cy = 0;
  private cx = 0;
  /** the column Up/Down try to keep */
  private wantCol = 0;
  private top = 0;
  private modified = false;
  private cut: string[] = [];
  private lastWasCut = false;
  private message = "";
  /** nano shows an AHEM message ("not found") without reverse video */
  private messagePlain = false;
  private messageKeys = 0;
  private prompt: Prompt | undefined;
  private lastSearch = "";
  private readonly screen: Screen;
  private done: number | undefined;

  constructor(
    private readonly proc: Process,
    private readonly tty: Terminal,
    private filename: string,
  ) {
    this.screen = new Screen(tty);
  }

  run(): number {
    this.open();
    return runKeyLoop(this.screen, this.tty, {
      draw: () => this.draw(),
      handle: (key) => this.handle(key),
      done: () => this.done,
      hangup: () => {
        return 1;
      },
    });
  }

  private open(): void {
    if (this.filename === "") return;
    const r = loadLines(this.proc, this.filename);
    if (r.kind === "new") this.say("New File");
    else if (r.kind === "error") {
      this.say(r.errno === "EISDIR" ? `"${this.filename}" is a directory` : `Error reading ${this.filename}: ${STRERROR[r.errno]}`);
      if (r.errno === "EISDIR") this.filename = "";
    } else {
      this.lines = [...r.lines, ""];
      const n = r.lines.length;
      this.say(`Read ${n} line${n === 1 ? "" : "s"}`);
    }
  }

  private say(text: string, plain = false): void {
    this.message = text;
    this.messagePlain = plain;
    this.messageKeys = MESSAGE_KEYS;
  }

  private get editRows(): number {
    return Math.max(1, this.screen.rows - 4);
  }

  // ---- keys ----

  private handle(key: TtyKey): void {
    if (key.type === "resize") {
      this.screen.invalidate();
      return;
    }
    if (this.messageKeys > 0 && --this.messageKeys === 0) this.message = "";
    if (this.prompt) return this.promptKey(this.prompt, key);
    this.handleEdit(key);
    // a prompt takes the status row: the message it covered is gone
    if (this.prompt) {
      this.message = "";
      this.messageKeys = 0;
    }
  }

  private handleEdit(key: TtyKey): void {
    if (key.type === "resize") return;
    const wasCut = this.lastWasCut;
    this.lastWasCut = false;
    if (key.type === "char") return this.insert(key.char);
    switch (key.name) {
      case "enter":
      case "ctrl-m":
        return this.newline();
      case "tab":
      case "ctrl-i":
        return this.insert("\t");
      case "backspace":
      case "ctrl-h":
        return this.backspace();
      case "delete":
      case "ctrl-d":
        return this.deleteChar();
      case "left":
      case "ctrl-b":
        return this.left();
      case "right":
      case "ctrl-f":
        return this.right();
      case "up":
      case "ctrl-p":
        return this.vertical(-1);
      case "down":
      case "ctrl-n":
        return this.vertical(1);
      case "home":
      case "ctrl-a":
        this.cx = 0;
        this.wantCol = 0;
        return;
      case "end":
      case "ctrl-e":
        this.cx = this.lines[this.cy].length;
        this.wantCol = columnOf(this.lines[this.cy], this.cx);
        return;
      case "pgup":
      case "ctrl-y":
        return this.page(-1);
      case "pgdn":
      case "ctrl-v":
        return this.page(1);
      case "ctrl-k":
        return this.cutLine(wasCut);
      case "ctrl-u":
        return this.paste();
      case "ctrl-o":
        this.prompt = { kind: "write", answer: this.filename, thenExit: false };
        return;
      case "ctrl-w":
        this.prompt = { kind: "search", answer: "" };
        return;
      case "ctrl-c":
        return this.location();
      case "ctrl-x":
        if (!this.modified) this.done = 0;
        else this.prompt = { kind: "save?" };
        return;
    }
  }

  private promptKey(p: Prompt, key: TtyKey): void {
    if (key.type === "resize") return;
    if (key.type === "key" && key.name === "ctrl-c") {
      this.prompt = undefined;
      this.say("Cancelled");
      return;
    }
    if (p.kind === "save?") {
      if (key.type !== "char") return;
      const c = key.char.toLowerCase();
      if (c === "y") this.prompt = { kind: "write", answer: this.filename, thenExit: true };
      else if (c === "n") this.done = 0;
      return;
    }
    if (key.type === "char") {
      p.answer += key.char;
      return;
    }
    if (key.name === "backspace" || key.name === "ctrl-h") {
      p.answer = p.answer.slice(0, -1);
      return;
    }
    if (key.name !== "enter") return;
    this.prompt = undefined;
    if (p.kind === "write") this.writeOut(p.answer, p.thenExit);
    else this.search(p.answer);
  }

  // ---- editing ----

  private touch(): void {
    this.modified = true;
  }

  private insert(text: string): void {
    const line = this.lines[this.cy];
    this.lines[this.cy] = line.slice(0, this.cx) + text + line.slice(this.cx);
    this.cx += text.length;
    this.wantCol = columnOf(this.lines[this.cy], this.cx);
    // typing on the magic line makes a new one below
    if (this.cy === this.lines.length - 1) this.lines.push("");
    this.touch();
  }

  private newline(): void {
    const line = this.lines[this.cy];
    this.lines.splice(this.cy, 1, line.slice(0, this.cx), line.slice(this.cx));
    this.cy++;
    this.cx = 0;
    this.wantCol = 0;
    if (this.lines[this.lines.length - 1] !== "") this.lines.push("");
    this.touch();
    this.scrollToCursor(false);
  }

  private backspace(): void {
    if (this.cx > 0) {
      const line = this.lines[this.cy];
      this.lines[this.cy] = line.slice(0, this.cx - 1) + line.slice(this.cx);
      this.cx--;
    } else if (this.cy > 0) {
      const prev = this.lines[this.cy - 1];
      this.lines.splice(this.cy - 1, 2, prev + this.lines[this.cy]);
      this.cy--;
      this.cx = prev.length;
      this.scrollToCursor(false);
    } else return;
    this.wantCol = columnOf(this.lines[this.cy], this.cx);
    this.touch();
  }

  private deleteChar(): void {
    const line = this.lines[this.cy];
    if (this.cx < line.length) this.lines[this.cy] = line.slice(0, this.cx) + line.slice(this.cx + 1);
    else if (this.cy < this.lines.length - 1) this.lines.splice(this.cy, 2, line + this.lines[this.cy + 1]);
    else return;
    if (this.lines.length === 0 || this.lines[this.lines.length - 1] !== "") this.lines.push("");
    this.touch();
  }

  private cutLine(append: boolean): void {
    if (!append) this.cut = [];
    this.message = "";
    this.messageKeys = 0;
    if (this.cy === this.lines.length - 1) {
      // the magic line: cutting it takes its text, if any, and leaves it empty
      if (this.lines[this.cy] === "") return;
      this.cut.push(this.lines[this.cy]);
      this.lines[this.cy] = "";
    } else {
      this.cut.push(this.lines[this.cy]);
      this.lines.splice(this.cy, 1);
    }
    this.cx = 0;
    this.wantCol = 0;
    this.lastWasCut = true;
    this.touch();
  }

  private paste(): void {
    this.message = "";
    this.messageKeys = 0;
    if (this.cut.length === 0) return;
    const line = this.lines[this.cy];
    const before = line.slice(0, this.cx);
    const after = line.slice(this.cx);
    // each cut line came with its newline: pasted whole lines go above the cursor's text
    const inserted = this.cut.map((l, i) => (i === 0 ? before + l : l));
    this.lines.splice(this.cy, 1, ...inserted, after);
    this.cy += this.cut.length;
    this.cx = 0;
    this.wantCol = 0;
    if (this.lines[this.lines.length - 1] !== "") this.lines.push("");
    this.touch();
    this.scrollToCursor(false);
  }

  // ---- moving ----

  private left(): void {
    if (this.cx > 0) this.cx--;
    else if (this.cy > 0) {
      this.cy--;
      this.cx = this.lines[this.cy].length;
      this.scrollToCursor(false);
    }
    this.wantCol = columnOf(this.lines[this.cy], this.cx);
  }

  private right(): void {
    if (this.cx < this.lines[this.cy].length) this.cx++;
    else if (this.cy < this.lines.length - 1) {
      this.cy++;
      this.cx = 0;
      this.scrollToCursor(false);
    }
    this.wantCol = columnOf(this.lines[this.cy], this.cx);
  }

  private vertical(step: number): void {
    const y = this.cy + step;
    if (y < 0 || y >= this.lines.length) return;
    this.cy = y;
    this.cx = offsetAtColumn(this.lines[y], this.wantCol);
    this.scrollToCursor(false);
  }

  /** PgUp/PgDn: the view moves by the window height less two lines, the cursor with it */
  private page(dir: number): void {
    const step = Math.max(1, this.editRows - 2);
    const maxTop = Math.max(0, this.lines.length - 1);
    const newTop = Math.min(maxTop, Math.max(0, this.top + dir * step));
    const moved = newTop - this.top;
    this.top = newTop;
    this.cy = Math.min(this.lines.length - 1, Math.max(0, this.cy + (moved === 0 ? dir * step : moved)));
    this.cx = offsetAtColumn(this.lines[this.cy], this.wantCol);
    this.scrollToCursor(false);
  }

  /** Keep the cursor's line in view: scroll one line at a time, or centre it after a jump. */
  private scrollToCursor(centre: boolean): void {
    const rows = this.editRows;
    if (this.cy >= this.top && this.cy < this.top + rows) return;
    if (centre) this.top = Math.max(0, this.cy - Math.floor(rows / 2));
    else if (this.cy < this.top) this.top = this.cy;
    else this.top = this.cy - rows + 1;
  }

  private location(): void {
    const total = this.lines.length;
    const line = this.lines[this.cy];
    const chars = this.lines.reduce((n, l) => n + l.length, 0) + total - 1;
    let offset = this.cx;
    for (let i = 0; i < this.cy; i++) offset += this.lines[i].length + 1;
    const pct = (a: number, b: number) => (b === 0 ? 0 : Math.floor((100 * a) / b));
    const p2 = (n: number) => String(n).padStart(2);
    const p3 = (n: number) => String(n).padStart(3);
    const col = columnOf(line, this.cx) + 1;
    const cols = columnOf(line, line.length) + 1;
    this.say(
      `line ${p2(this.cy + 1)}/${total} (${p2(pct(this.cy + 1, total))}%), col ${p2(col)}/${p2(cols)} (${p3(pct(col, cols))}%), char ${p2(offset)}/${chars} (${p2(pct(offset, chars))}%)`,
    );
  }

  private search(answer: string): void {
    const needle = answer === "" ? this.lastSearch : answer;
    if (needle === "") {
      this.say("Cancelled");
      return;
    }
    this.lastSearch = needle;
    const n = this.lines.length;
    // from just after the cursor, wrapping round to the cursor itself
    for (let k = 0; k <= n; k++) {
      const y = (this.cy + k) % n;
      const from = k === 0 ? this.cx + 1 : 0;
      const at = k === n ? this.lines[y].slice(0, this.cx + 1).indexOf(needle) : this.lines[y].indexOf(needle, from);
      if (at < 0) continue;
      if (y === this.cy && at === this.cx) this.say("This is the only occurrence");
      else if (k === n || (k > 0 && y < this.cy) || (y === this.cy && at < this.cx)) this.say("Search Wrapped");
      this.cy = y;
      this.cx = at;
      this.wantCol = columnOf(this.lines[y], at);
      this.scrollToCursor(true);
      return;
    }
    this.say(`"${needle}" not found`, true);
  }

  private writeOut(name: string, thenExit: boolean): void {
    if (name === "") {
      this.say("Cancelled");
      return;
    }
    const body = this.lines.slice(0, -1);
    if (this.lines[this.lines.length - 1] !== "") body.push(this.lines[this.lines.length - 1]);
    const r = saveLines(this.proc, name, body);
    if (!r.ok) {
      this.say(`Error writing ${name}: ${STRERROR[r.errno]}`);
      return;
    }
    this.filename = name;
    this.modified = false;
    this.say(`Wrote ${body.length} line${body.length === 1 ? "" : "s"}`);
    if (thenExit) this.done = 0;
  }

  // ---- drawing ----

  private draw(): void {
    const cols = this.screen.cols;
    const rows = this.screen.rows;
    const out: Row[] = [this.titleBar(cols)];
    const edit = this.editRows;
    const curCol = columnOf(this.lines[this.cy], this.cx);
    const start = pageStart(curCol, cols);
    for (let i = 0; i < edit; i++) {
      const y = this.top + i;
      if (y >= this.lines.length) {
        out.push([]);
        continue;
      }
      out.push([{ text: visibleText(expandTabs(this.lines[y]), y === this.cy ? start : 0, cols) }]);
    }
    let cursor: [number, number] = [1 + this.cy - this.top, curCol - start];
    const p = this.prompt;
    if (p?.kind === "save?") {
      const q = "Save modified buffer? ";
      out.push([{ text: q.padEnd(cols), reverse: true }]);
      out.push([{ text: " Y", reverse: true }, { text: " Yes" }]);
      out.push([{ text: " N", reverse: true }, { text: " No".padEnd(14) }, { text: "^C", reverse: true }, { text: " Cancel" }]);
      cursor = [rows - 3, q.length];
    } else if (p) {
      const label = p.kind === "write" ? "File Name to Write" : this.lastSearch ? `Search [${this.lastSearch}]` : "Search";
      const text = `${label}: ${p.answer}`;
      out.push([{ text: text.padEnd(cols), reverse: true }]);
      out.push(...helpRows(p.kind === "write" ? WRITE_HELP : SEARCH_HELP, cols));
      cursor = [rows - 3, Math.min(cols - 1, textWidth(text))];
    } else {
      out.push(this.statusRow(cols));
      out.push(...helpRows(MAIN_HELP, cols));
    }
    this.screen.draw(out, cursor);
  }

  private titleBar(cols: number): Row {
    const name = this.filename === "" ? "New Buffer" : this.filename;
    const brand = `  GNU nano ${VERSION}`;
    // nano centres the name in what is left after the version (15 cells) and room for the state (10)
    const verlen = brand.length + 1;
    const offset = Math.max(verlen, verlen + Math.floor((cols - verlen - 10 - textWidth(name)) / 2));
    const text = (brand.padEnd(offset) + name + (this.modified ? " *" : "")).padEnd(cols);
    return [{ text, reverse: true }];
  }

  private statusRow(cols: number): Row {
    if (!this.message) return [];
    const text = `[ ${this.message} ]`;
    const at = Math.max(0, Math.floor((cols - textWidth(text)) / 2));
    return [{ text: " ".repeat(at) }, { text, reverse: !this.messagePlain }];
  }
}

/** nano's horizontal scrolling of the cursor's line: chunks of (cols - 8), starting 6 before the cursor */
function pageStart(col: number, cols: number): number {
  if (col === 0 || col + 2 < cols) return 0;
  if (cols > 8) return col - 6 - ((col - 6) % (cols - 8));
  return col - (cols - 2);
}

/** a line from column `start`, "<" when cut on the left, ">" when cut on the right */
function visibleText(line: string, start: number, cols: number): string {
  let text = line.slice(start);
  if (start > 0) text = "<" + text.slice(1);
  if (textWidth(text) > cols) text = text.slice(0, cols - 1) + ">";
  return text;
}

/** two help rows: items in columns of cols / (items per row), the key in reverse video */
function helpRows(items: HelpItem[], cols: number): Row[] {
  const perRow = Math.ceil(items.length / 2);
  const width = Math.floor(cols / perRow);
  const rows: Row[] = [[], []];
  items.forEach(([key, label], i) => {
    const row = rows[i < perRow ? 0 : 1];
    const last = (i % perRow) === perRow - 1;
    row.push({ text: key, reverse: true }, { text: last ? ` ${label}` : ` ${label}`.padEnd(width - key.length) });
  });
  return rows;
}

export function runNano(proc: Process, name: string): number {
  const line = parseNanoCommandLine(proc.argv[0] ?? name, proc.argv.slice(1));
  if (line.kind === "exit") {
    proc.stdout.write(line.stdout);
    proc.stderr.write(line.stderr);
    return line.status;
  }
  // a +LINE[,COLUMN] word places the cursor in the file after it (not simulated)
  const files = line.operands.filter((a) => !/^\+/.test(a));
  if (!proc.tty || !proc.stdin.isTTY) {
    proc.stderr.write("Standard input is not a terminal\n");
    return 1;
  }
  const nano = new Nano(proc, proc.tty, files[0] ?? "");
  void name;
  return nano.run();
}

export const nano: Command = {
  name: "nano",
  summary: "nano - Nano's ANOther editor, inspired by Pico",
  man: `NAME
nano - Nano's ANOther editor, inspired by Pico

SYNOPSIS
nano [options] [[+line[,column]] file]...

DESCRIPTION
nano is a small and friendly editor. It copies the look and feel of Pico,
but is free software. The bottom two lines show the most commonly used
shortcuts: ^ means the Ctrl key (^X is Ctrl+X), M- means the Alt key.

KEYS
^O  write the buffer to a file (asks for the name; Enter accepts it)
^X  exit; asks "Save modified buffer?" when there are unsaved changes
^K  cut the current line (several ^K in a row gather the lines)
^U  paste what was cut, above the cursor's line
^W  search forward (an empty answer repeats the last search)
^C  show the cursor position
Arrows, Home/End, PgUp/PgDn move.

In Rootlab, nano edits files of the simulated host. The last line of the
file always ends with a newline, as with the real nano.
`,
  run: (proc) => runNano(proc, "nano"),
};
