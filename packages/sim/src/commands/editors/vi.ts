/**
 * vi, as Debian 12's `vi` is: vim.tiny 9.0. A usable subset: normal mode
 * (h j k l and arrows, 0 $ ^ w b, gg G, x, dd, yy, p P, D, J, u, counts
 * such as 3dd), insert mode (i a I A o O; Esc leaves it, `-- INSERT --`
 * shows), the command line (`:w` `:q` `:wq` `:x` `:q!` `:w NAME` `:NUMBER`,
 * `ZZ`, `ZQ`) and `/search` with `n`/`N`. Messages are vim's: `"f" 3L, 24B`,
 * `"f" [New]`, `"f" 3L, 24B written`, `E37: No write since last change (add !
 * to override)`, `E492: Not an editor command: ...`, `E486: Pattern not
 * found: ...`. The ruler (line,column and All/Top/Bot/NN%) is on, as on
 * Debian. Long lines wrap.
 *
 * The command line is vim's (vi-options.ts): --version and -h print and
 * exit, unknown options are refused with vim's message.
 *
 * When the terminal hangs up (headless input ran out) vi ends without
 * saving, as vim does on end of input: "Vim: Error reading input,
 * exiting..." and status 1.
 */
import type { Process } from "../../process/process.js";
import type { Terminal, TtyKey } from "../../process/tty.js";
import { Screen, type Row, runKeyLoop, textWidth } from "../curses/screen.js";
import { STRERROR } from "../../kernel/errno.js";
import type { Command } from "../types.js";
import { columnOf, expandTabs, loadLines, offsetAtColumn, saveLines } from "./buffer.js";
import { parseViCommandLine } from "./vi-options.js";

type Mode = "normal" | "insert" | "cmdline";

interface Message {
  text: string;
  error?: boolean;
  bold?: boolean;
}

/** longest count a learner may type before a command (3dd); larger ones are cut to it */
const MAX_COUNT = 10_000;

class Vi {
  private lines: string[] = [""];
  private cy = 0;
  private cx = 0;
  private wantCol = 0;
  private top = 0;
  private mode: Mode = "normal";
  private cmdline = "";
  private cmdKind: ":" | "/" | "?" = ":";
  private pending = "";
  private count = "";
  private message: Message | undefined;
  private modified = false;
  private register: { text: string[]; linewise: boolean } | undefined;
  private undoStack: { lines: string[]; cy: number; cx: number }[] = [];
  private lastSearch: { pattern: string; forward: boolean } | undefined;
  private readonly screen: Screen;
  private done: number | undefined;
  /** vim's "empty buffer" (a new file, or every line deleted): the ruler shows line 0 */
  private empty = false;

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
        this.proc.stderr.write("Vim: Error reading input, exiting...\n");
        return 1;
      },
    });
  }

  private open(): void {
    if (this.filename === "") return;
    const r = loadLines(this.proc, this.filename);
    if (r.kind === "new") {
      this.empty = true;
      this.message = { text: `"${this.filename}" [New]` };
    } else if (r.kind === "error") {
      this.message = { text: r.errno === "EISDIR" ? `"${this.filename}" is a directory` : `"${this.filename}" [Permission Denied]` };
    } else {
      this.lines = r.lines.length ? r.lines : [""];
      this.message = { text: `"${this.filename}" ${r.lines.length}L, ${r.bytes}B` };
    }
  }

  private get textRows(): number {
    return Math.max(1, this.screen.rows - 1);
  }

  // ---- keys ----

  private handle(key: TtyKey): void {
    if (key.type === "resize") {
      this.screen.invalidate();
      return;
    }
    if (this.mode === "insert") return this.insertKey(key);
    if (this.mode === "cmdline") return this.cmdlineKey(key);
    this.normalKey(key);
  }

  private saveUndo(): void {
    this.undoStack.push({ lines: [...this.lines], cy: this.cy, cx: this.cx });
    if (this.undoStack.length > 100) this.undoStack.shift();
  }

  private changed(): void {
    this.modified = true;
    this.empty = this.empty && this.lines.length === 1 && this.lines[0] === "";
  }

  private insertKey(key: TtyKey): void {
    if (key.type === "resize") return;
    if (key.type === "char") {
      const l = this.lines[this.cy];
      this.lines[this.cy] = l.slice(0, this.cx) + key.char + l.slice(this.cx);
      this.cx += key.char.length;
      this.changed();
      return;
    }
    switch (key.name) {
      case "esc":
      case "ctrl-c":
        this.mode = "normal";
        this.message = undefined;
        if (this.cx > 0) this.cx--;
        this.wantCol = columnOf(this.lines[this.cy], this.cx);
        return;
      case "enter": {
        const l = this.lines[this.cy];
        this.lines.splice(this.cy, 1, l.slice(0, this.cx), l.slice(this.cx));
        this.cy++;
        this.cx = 0;
        this.changed();
        return;
      }
      case "tab":
        return this.insertKey({ type: "char", char: "\t" });
      case "backspace":
        if (this.cx > 0) {
          const l = this.lines[this.cy];
          this.lines[this.cy] = l.slice(0, this.cx - 1) + l.slice(this.cx);
          this.cx--;
          this.changed();
        } else if (this.cy > 0) {
          const prev = this.lines[this.cy - 1];
          this.lines.splice(this.cy - 1, 2, prev + this.lines[this.cy]);
          this.cy--;
          this.cx = prev.length;
          this.changed();
        }
        return;
      case "delete": {
        const l = this.lines[this.cy];
        if (this.cx < l.length) this.lines[this.cy] = l.slice(0, this.cx) + l.slice(this.cx + 1);
        this.changed();
        return;
      }
      case "left":
        if (this.cx > 0) this.cx--;
        return;
      case "right":
        if (this.cx < this.lines[this.cy].length) this.cx++;
        return;
      case "up":
      case "down":
        this.moveLines(key.name === "up" ? -1 : 1, true);
        return;
      case "home":
        this.cx = 0;
        return;
      case "end":
        this.cx = this.lines[this.cy].length;
        return;
    }
  }

  private cmdlineKey(key: TtyKey): void {
    if (key.type === "resize") return;
    if (key.type === "char") {
      this.cmdline += key.char;
      return;
    }
    switch (key.name) {
      case "esc":
      case "ctrl-c":
        this.mode = "normal";
        this.cmdline = "";
        return;
      case "backspace":
        if (this.cmdline === "") {
          this.mode = "normal";
          return;
        }
        this.cmdline = this.cmdline.slice(0, -1);
        return;
      case "enter": {
        this.mode = "normal";
        const text = this.cmdline;
        this.cmdline = "";
        if (this.cmdKind === ":") this.exCommand(text);
        else this.searchCommand(text, this.cmdKind === "/");
        return;
      }
    }
  }

  private normalKey(key: TtyKey): void {
    if (key.type === "resize") return;
    let k: string;
    if (key.type === "char") k = key.char;
    else {
      const map: Record<string, string> = { left: "h", right: "l", up: "k", down: "j", home: "0", end: "$", backspace: "h", delete: "x", enter: "+", esc: "<esc>" };
      k = map[key.name] ?? `<${key.name}>`;
    }
    if (k === "<esc>") {
      this.pending = "";
      this.count = "";
      return;
    }
    if (/^[1-9]$/.test(k) || (k === "0" && this.count !== "")) {
      if (this.count.length < 5) this.count += k;
      return;
    }
    const n = Math.min(MAX_COUNT, Math.max(1, Number(this.count || "1")));
    const hadCount = this.count !== "";
    this.count = "";
    const cmd = this.pending + k;
    this.pending = "";
    const l = this.lines[this.cy];
    switch (cmd) {
      case "h":
        this.cx = Math.max(0, this.cx - n);
        break;
      case "l":
        this.cx = Math.min(Math.max(0, l.length - 1), this.cx + n);
        break;
      case "j":
      case "+":
        this.moveLines(n, false);
        if (cmd === "+") this.cx = firstNonBlank(this.lines[this.cy]);
        return;
      case "k":
        this.moveLines(-n, false);
        return;
      case "0":
        this.cx = 0;
        break;
      case "^":
        this.cx = firstNonBlank(l);
        break;
      case "$":
        this.cx = Math.max(0, l.length - 1);
        this.wantCol = Infinity;
        return;
      case "w":
        for (let i = 0; i < n; i++) this.wordForward();
        break;
      case "b":
        for (let i = 0; i < n; i++) this.wordBackward();
        break;
      case "G":
        this.cy = hadCount ? Math.min(this.lines.length - 1, n - 1) : this.lines.length - 1;
        this.cx = firstNonBlank(this.lines[this.cy]);
        break;
      case "gg":
        this.cy = hadCount ? Math.min(this.lines.length - 1, n - 1) : 0;
        this.cx = firstNonBlank(this.lines[this.cy]);
        break;
      case "i":
        return this.startInsert();
      case "a":
        if (l.length > 0) this.cx++;
        return this.startInsert();
      case "I":
        this.cx = firstNonBlank(l);
        return this.startInsert();
      case "A":
        this.cx = l.length;
        return this.startInsert();
      case "o":
      case "O":
        this.saveUndo();
        this.cy += cmd === "o" ? 1 : 0;
        this.lines.splice(this.cy, 0, "");
        this.cx = 0;
        this.changed();
        this.mode = "insert";
        this.message = { text: "-- INSERT --", bold: true };
        return;
      case "x":
        if (l.length === 0) return;
        this.saveUndo();
        this.register = { text: [l.slice(this.cx, this.cx + n)], linewise: false };
        this.lines[this.cy] = l.slice(0, this.cx) + l.slice(this.cx + n);
        this.cx = Math.min(this.cx, Math.max(0, this.lines[this.cy].length - 1));
        this.changed();
        break;
      case "D":
        this.saveUndo();
        this.register = { text: [l.slice(this.cx)], linewise: false };
        this.lines[this.cy] = l.slice(0, this.cx);
        this.cx = Math.max(0, this.cx - 1);
        this.changed();
        break;
      case "dd": {
        this.saveUndo();
        const removed = this.lines.splice(this.cy, n);
        this.register = { text: removed, linewise: true };
        if (this.lines.length === 0) {
          this.lines = [""];
          this.empty = true;
          this.message = { text: "--No lines in buffer--" };
        } else if (n >= 3) this.message = { text: `${removed.length} fewer lines` };
        this.cy = Math.min(this.cy, this.lines.length - 1);
        this.cx = firstNonBlank(this.lines[this.cy]);
        this.changed();
        break;
      }
      case "yy":
      case "Y": {
        const yanked = this.lines.slice(this.cy, this.cy + n);
        this.register = { text: yanked, linewise: true };
        if (yanked.length >= 3) this.message = { text: `${yanked.length} lines yanked` };
        break;
      }
      case "p":
      case "P":
        this.put(cmd === "p", n);
        break;
      case "J":
        if (this.cy + 1 < this.lines.length) {
          this.saveUndo();
          const next = this.lines[this.cy + 1].replace(/^\s+/, "");
          this.cx = l.length;
          this.lines.splice(this.cy, 2, next === "" ? l : `${l.replace(/\s+$/, "")} ${next}`);
          this.changed();
        }
        break;
      case "u":
        this.undo();
        break;
      case ":":
      case "/":
      case "?":
        this.mode = "cmdline";
        this.cmdKind = cmd;
        this.cmdline = "";
        this.message = undefined;
        return;
      case "n":
      case "N":
        if (!this.lastSearch) this.message = { text: "E35: No previous regular expression", error: true };
        else this.find(this.lastSearch.pattern, cmd === "n" ? this.lastSearch.forward : !this.lastSearch.forward);
        return;
      case "ZZ":
        this.exCommand("x");
        return;
      case "ZQ":
        this.exCommand("q!");
        return;
      case "d":
      case "y":
      case "g":
      case "Z":
        this.pending = cmd;
        if (hadCount) this.count = String(n);
        return;
      default:
        // an unknown command: vim beeps
        this.tty.write("\x07");
        return;
    }
    this.wantCol = columnOf(this.lines[this.cy], this.cx);
  }

  private startInsert(): void {
    this.saveUndo();
    this.mode = "insert";
    this.message = { text: "-- INSERT --", bold: true };
  }

  private moveLines(step: number, insert: boolean): void {
    const y = Math.min(this.lines.length - 1, Math.max(0, this.cy + step));
    this.cy = y;
    const line = this.lines[y];
    const max = insert ? line.length : Math.max(0, line.length - 1);
    this.cx = this.wantCol === Infinity ? max : Math.min(max, offsetAtColumn(line, this.wantCol));
  }

  private wordForward(): void {
    const l = this.lines[this.cy];
    let i = this.cx;
    const cls = (c: string | undefined) => (c === undefined || /\s/.test(c) ? 0 : /\w/.test(c) ? 1 : 2);
    const start = cls(l[i]);
    while (i < l.length && cls(l[i]) === start && start !== 0) i++;
    while (i < l.length && cls(l[i]) === 0) i++;
    if (i >= l.length && this.cy + 1 < this.lines.length) {
      this.cy++;
      this.cx = firstNonBlank(this.lines[this.cy]);
      return;
    }
    this.cx = Math.min(i, Math.max(0, l.length - 1));
  }

  private wordBackward(): void {
    const l = this.lines[this.cy];
    let i = this.cx;
    if (i === 0 && this.cy > 0) {
      this.cy--;
      this.cx = Math.max(0, this.lines[this.cy].length - 1);
      return;
    }
    i--;
    while (i > 0 && /\s/.test(l[i])) i--;
    const word = /\w/.test(l[i] ?? "");
    while (i > 0 && !/\s/.test(l[i - 1]) && /\w/.test(l[i - 1]) === word) i--;
    this.cx = Math.max(0, i);
  }

  private put(after: boolean, n: number): void {
    const reg = this.register;
    if (!reg) {
      this.message = { text: "E353: Nothing in register \"", error: true };
      return;
    }
    this.saveUndo();
    if (reg.linewise) {
      const at = after ? this.cy + 1 : this.cy;
      const block: string[] = [];
      for (let i = 0; i < n; i++) block.push(...reg.text);
      this.lines.splice(at, 0, ...block);
      this.cy = at;
      this.cx = firstNonBlank(this.lines[at]);
      if (block.length >= 3) this.message = { text: `${block.length} more lines` };
    } else {
      const l = this.lines[this.cy];
      const at = after && l.length > 0 ? this.cx + 1 : this.cx;
      const text = reg.text[0].repeat(n);
      this.lines[this.cy] = l.slice(0, at) + text + l.slice(at);
      this.cx = at + text.length - 1;
    }
    this.changed();
  }

  private undo(): void {
    const prev = this.undoStack.pop();
    if (!prev) {
      this.message = { text: "Already at oldest change" };
      return;
    }
    this.lines = prev.lines;
    this.cy = Math.min(prev.cy, this.lines.length - 1);
    this.cx = Math.min(prev.cx, Math.max(0, this.lines[this.cy].length - 1));
    this.modified = this.undoStack.length > 0 || this.modified;
  }

  // ---- command line ----

  private exCommand(text: string): void {
    const cmd = text.trim();
    if (cmd === "") return;
    if (/^\d+$/.test(cmd)) {
      this.cy = Math.min(this.lines.length - 1, Math.max(0, Number(cmd) - 1));
      this.cx = firstNonBlank(this.lines[this.cy]);
      return;
    }
    const m = /^(wq|write|w|quit|q|xit|exit|x|edit|e)(!?)(?:\s+(.*))?$/.exec(cmd);
    if (!m) {
      this.message = { text: `E492: Not an editor command: ${cmd}`, error: true };
      return;
    }
    const [, name, bang] = m;
    const arg = m[3] ?? "";
    switch (name) {
      case "q":
      case "quit":
        if (this.modified && !bang) {
          this.message = { text: "E37: No write since last change (add ! to override)", error: true };
          return;
        }
        this.done = 0;
        return;
      case "w":
      case "write":
        this.write(arg);
        return;
      case "wq":
        if (this.write(arg)) this.done = 0;
        return;
      case "x":
      case "xit":
      case "exit":
        if (!this.modified || this.write(arg)) this.done = 0;
        return;
      case "e":
      case "edit":
        if (this.modified && !bang) {
          this.message = { text: "E37: No write since last change (add ! to override)", error: true };
          return;
        }
        if (arg) this.filename = arg;
        this.lines = [""];
        this.cy = this.cx = this.top = 0;
        this.modified = false;
        this.undoStack = [];
        this.open();
        return;
    }
  }

  /** `:w [NAME]`; false when nothing could be written */
  private write(arg: string): boolean {
    const name = arg || this.filename;
    if (name === "") {
      this.message = { text: "E32: No file name", error: true };
      return false;
    }
    const existed = this.proc.host.fs.stat(this.proc.resolve(name)).ok;
    // an empty buffer is written as an empty file: "x" [New] 0L, 0B written
    const body = this.empty ? [] : this.lines;
    const r = saveLines(this.proc, name, body);
    const shown = this.shortName(name);
    if (!r.ok) {
      this.message = { text: `"${shown}" E212: Can't open file for writing${r.errno === "ENOENT" ? "" : `: ${STRERROR[r.errno]}`}`, error: true };
      return false;
    }
    if (!arg || arg === this.filename) {
      this.modified = false;
      this.filename = name;
    }
    this.message = { text: `"${shown}" ${existed ? "" : "[New] "}${body.length}L, ${r.bytes}B written` };
    return true;
  }

  /** vim shows a file under the working directory by its relative name */
  private shortName(name: string): string {
    const abs = this.proc.resolve(name);
    const cwd = this.proc.cwd === "/" ? "/" : `${this.proc.cwd}/`;
    return abs.startsWith(cwd) && abs.length > cwd.length ? abs.slice(cwd.length) : name;
  }

  private searchCommand(text: string, forward: boolean): void {
    const pattern = text === "" ? this.lastSearch?.pattern : text;
    if (!pattern) {
      this.message = { text: "E35: No previous regular expression", error: true };
      return;
    }
    this.lastSearch = { pattern, forward };
    this.find(pattern, forward);
  }

  private find(pattern: string, forward: boolean): void {
    const n = this.lines.length;
    for (let k = 0; k <= n; k++) {
      const y = forward ? (this.cy + k) % n : (this.cy - k + n * 2) % n;
      const l = this.lines[y];
      let at = -1;
      if (forward) at = k === 0 ? l.indexOf(pattern, this.cx + 1) : l.indexOf(pattern);
      else at = k === 0 ? (this.cx > 0 ? l.lastIndexOf(pattern, this.cx - 1) : -1) : l.lastIndexOf(pattern);
      if (k === n && at >= 0 && (forward ? at > this.cx : at < this.cx)) at = -1;
      if (at < 0) continue;
      const wrapped = forward ? y < this.cy || (y === this.cy && at <= this.cx) : y > this.cy || (y === this.cy && at >= this.cx);
      this.message = wrapped
        ? { text: forward ? "search hit BOTTOM, continuing at TOP" : "search hit TOP, continuing at BOTTOM", error: true }
        : { text: `${forward ? "/" : "?"}${pattern}` };
      this.cy = y;
      this.cx = at;
      this.wantCol = columnOf(l, at);
      return;
    }
    this.message = { text: `E486: Pattern not found: ${pattern}`, error: true };
  }

  // ---- drawing ----

  private draw(): void {
    const cols = this.screen.cols;
    const rows = this.textRows;
    const heights = (y: number) => Math.max(1, Math.ceil(textWidth(expandTabs(this.lines[y])) / cols));
    this.scrollToCursor(rows, heights);
    const out: Row[] = [];
    let cursor: [number, number] = [0, 0];
    let y = this.top;
    while (out.length < rows) {
      if (y >= this.lines.length) {
        out.push([{ text: "~" }]);
        continue;
      }
      const text = expandTabs(this.lines[y]);
      const h = heights(y);
      if (out.length + h > rows && y !== this.top) {
        while (out.length < rows) out.push([{ text: "@" }]);
        break;
      }
      if (y === this.cy) {
        const l = this.lines[y];
        // in normal mode the cursor sits on the last column of a tab
        const col = this.mode !== "insert" && l[this.cx] === "\t" ? columnOf(l, this.cx + 1) - 1 : columnOf(l, this.cx);
        cursor = [out.length + Math.floor(col / cols), col % cols];
      }
      for (let i = 0; i < h && out.length < rows; i++) out.push([{ text: text.slice(i * cols, (i + 1) * cols) }]);
      y++;
    }
    out.push(this.bottomRow(cols));
    if (this.mode === "cmdline") cursor = [this.screen.rows - 1, Math.min(cols - 1, 1 + textWidth(this.cmdline))];
    this.screen.draw(out, cursor);
  }

  /** index after the last line that fits in the window from `top` */
  private bottom = 0;

  /**
   * Keep the cursor's line in the window as vim does: a line just off the
   * window scrolls it by as little as needed; a far jump (half a window or
   * more) puts the line in the middle, without showing space past the end.
   */
  private scrollToCursor(rows: number, heights: (y: number) => number): void {
    const fits = (top: number) => {
      let used = 0;
      for (let y = top; y <= this.cy; y++) used += heights(y);
      return used <= rows;
    };
    const half = Math.floor(rows / 2);
    if (this.cy < this.top) {
      this.top = this.top - this.cy >= half ? Math.max(0, this.cy - half) : this.cy;
    } else if (!fits(this.top)) {
      let minTop = this.top;
      while (minTop < this.cy && !fits(minTop)) minTop++;
      if (minTop - this.top >= half) {
        // centre, but do not leave rows past the end of the file empty
        let top = Math.max(0, this.cy - half);
        let used = 0;
        for (let y = top; y < this.lines.length; y++) used += heights(y);
        while (top > 0 && used + heights(top - 1) <= rows) used += heights(--top);
        this.top = Math.max(minTop > this.cy ? this.cy : Math.min(top, this.cy), 0);
        if (!fits(this.top)) this.top = minTop;
      } else this.top = minTop;
    }
    let used = 0;
    let y = this.top;
    while (y < this.lines.length && used + heights(y) <= rows) used += heights(y++);
    this.bottom = y;
  }

  private bottomRow(cols: number): Row {
    if (this.mode === "cmdline") return [{ text: this.cmdKind + this.cmdline }];
    const msg = this.message;
    const rulerAt = cols - 18;
    const row: Row = [];
    if (msg) {
      // vim draws errors in its ErrorMsg colours; the text is what matters here
      const text = msg.text;
      row.push({ text, bold: msg.bold });
      if (textWidth(text) >= rulerAt) return row;
      row.push({ text: " ".repeat(rulerAt - textWidth(text)) });
    } else row.push({ text: " ".repeat(rulerAt) });
    row.push({ text: this.ruler() });
    return row;
  }

  private ruler(): string {
    const l = this.lines[this.cy];
    let col: string;
    if (l.length === 0) col = "0-1";
    else {
      const byte = this.cx + 1;
      const v = (this.mode !== "insert" && l[this.cx] === "\t" ? columnOf(l, this.cx + 1) : columnOf(l, this.cx) + 1);
      col = v === byte ? `${byte}` : `${byte}-${v}`;
    }
    const pos = `${this.empty ? 0 : this.cy + 1},${col}`;
    return pos.padEnd(14) + this.percent();
  }

  /** vim's %P: lines above the window against lines above plus below it */
  private percent(): string {
    const above = this.top;
    const below = Math.max(0, this.lines.length - this.bottom);
    if (above === 0) return below === 0 ? "All" : "Top";
    if (below === 0) return "Bot";
    return `${Math.floor((above * 100) / (above + below))}%`;
  }
}

function firstNonBlank(line: string): number {
  const m = /^\s*/.exec(line)![0].length;
  return Math.min(m, Math.max(0, line.length - 1));
}

export const vi: Command = {
  name: "vi",
  summary: "vim - Vi IMproved, a programmer's text editor",
  man: `NAME
vim - Vi IMproved, a programmer's text editor

SYNOPSIS
vi [options] [file ..]

DESCRIPTION
On Debian 12, vi is vim.tiny. vi starts in Normal mode: keys are commands.
i, a, o, O enter Insert mode (-- INSERT -- at the bottom); Esc goes back.

NORMAL MODE
h j k l    move (or the arrows)     x     delete the character
dd         delete the line           yy    copy the line
p P        put after / before        u     undo
/text      search forward            n N   next / previous match
ZZ         write if changed, and quit

COMMAND LINE
:w         write        :q    quit (refused with unsaved changes: E37)
:wq  :x    write and quit        :q!   quit, throwing changes away
`,
  run(proc) {
    const line = parseViCommandLine(proc.argv.slice(1));
    if (line.kind === "exit") {
      proc.stdout.write(line.stdout);
      proc.stderr.write(line.stderr);
      return line.status;
    }
    const files = line.files;
    if (!proc.tty) {
      proc.stderr.write("Vim: Warning: Input is not from a terminal\n");
      return 1;
    }
    return new Vi(proc, proc.tty, files[0] ?? "").run();
  },
};

export const vim: Command = { ...vi, name: "vim.tiny" };
