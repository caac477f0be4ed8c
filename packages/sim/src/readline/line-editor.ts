/**
 * The line editor: bash's readline (emacs mode) for one terminal. It takes
 * the raw input a terminal sends and answers with the bytes to write back and
 * with events (types.ts). It knows nothing of xterm.js or the DOM.
 *
 * Life cycle: `begin(prompt)` starts a line and returns the prompt bytes;
 * `feed(data)` edits it; a `line`, `interrupt` or `eof` event ends it and the
 * editor is idle until the next `begin`. Input that arrives after the end of
 * a line (the rest of a pasted block) is kept, not echoed: after `begin`,
 * call `feed("")` while `hasPendingInput` to let it through, so that each
 * pasted line is echoed after the previous command's output and the new
 * prompt, as in a real terminal.
 *
 * Assumption: when `begin` is called, the terminal cursor is at column 0
 * (the session ends command output with a newline, or moves there itself).
 */
import { commonPrefix, formatCompletionList, QUERY_ITEMS } from "./completion-list.js";
import { Display } from "./display.js";
import { HistoryCursor } from "./history-cursor.js";
import { decodeKey, type Key } from "./keys.js";
import { type Cell, promptCells, textCells } from "./layout.js";
import { searchBackward, searchPrompt } from "./search.js";
import type { Completer, Completion, EditorEvent, LineEditorOptions } from "./types.js";
import { offsetOfUnit, toUnits, unitAtOffset } from "./units.js";
import { backwardWord, forwardWord, unixWordStart } from "./words.js";

const BELL = "\x07";
/** what Ctrl-L writes (clear_screen of TERM=xterm) */
const CLEAR_SCREEN = "\x1b[H\x1b[2J";

type Mode = "idle" | "edit" | "search" | "confirm-list";

/** Commands whose repetition matters to the next key. */
type LastCommand = "kill" | "complete" | "other";

interface SearchSession {
  /** the line and cursor to restore on Ctrl-G */
  originalUnits: string[];
  originalPoint: number;
  originalIndex: number;
  query: string;
  /** the match shown: history line and UTF-16 offset */
  index: number;
  pos: number;
  failed: boolean;
}

export class LineEditor {
  private readonly display: Display;
  private readonly completer: Completer | undefined;
  private history: readonly string[];
  private readonly nav = new HistoryCursor();
  private mode: Mode = "idle";
  private prompt: Cell[] = [];
  private units: string[] = [];
  /** cursor, in units, 0..units.length */
  private point = 0;
  /** raw input not yet decoded or not yet consumed (type-ahead while idle) */
  private input = "";
  /** the kill buffer (Ctrl-U/K/W fill it, Ctrl-Y inserts it); undefined until the first kill */
  private killed: string | undefined;
  private lastCommand: LastCommand = "other";
  /** the previous Tab changed the line (so this one completes again instead of listing) */
  private completionChanged = false;
  private search: SearchSession | undefined;
  private lastSearchQuery = "";
  /** candidates waiting for the answer to "Display all N possibilities?" */
  private pendingList: Completion | undefined;
  private events: EditorEvent[] = [];

  constructor(opts: LineEditorOptions) {
    this.display = new Display(Math.max(1, Math.floor(opts.cols)));
    this.completer = opts.complete;
    this.history = [...(opts.history ?? [])];
  }

  /** The text being edited (during a search: the line found). */
  get line(): string {
    return this.units.join("");
  }

  /** The cursor as a UTF-16 offset into `line`. */
  get cursor(): number {
    return offsetOfUnit(this.units, this.point);
  }

  /** A line is being edited (begin was called and the line has not ended). */
  get active(): boolean {
    return this.mode !== "idle";
  }

  /** Input is waiting to be processed (type-ahead after the end of a line). */
  get hasPendingInput(): boolean {
    return this.input.length > 0;
  }

  /**
   * Take the type-ahead (input after the end of the line just entered): the
   * session hands it to the program the line starts, as a terminal would.
   */
  takeTypeahead(): string {
    const rest = this.input;
    this.input = "";
    return rest;
  }

  /** Give back input the line's programs did not read; it is edited after the next `begin`. */
  returnTypeahead(data: string): void {
    this.input = data + this.input;
  }

  /** Start editing a new, empty line after `prompt`; returns the bytes to write. */
  begin(prompt: string): string {
    this.mode = "edit";
    this.prompt = promptCells(prompt);
    this.units = [];
    this.point = 0;
    this.lastCommand = "other";
    this.completionChanged = false;
    this.search = undefined;
    this.pendingList = undefined;
    this.nav.restart(this.history);
    this.display.reset();
    return this.display.update(this.prompt, this.prompt.length);
  }

  /**
   * Process raw terminal input; see EditorEvent for what comes back, in
   * order. The input is processed at once up to the end of the line (a
   * `line`, `interrupt` or `eof` event). If the consumer calls `begin` while
   * handling that event and input is left (a pasted block), iterating on
   * continues with the next line, so the natural loop just works:
   *
   *     for (const ev of editor.feed(data)) {
   *       if (ev.type === "output") write(ev.data);
   *       if (ev.type === "line") { write(run(ev.line)); write(editor.begin(ps1)); }
   *     }
   *
   * A consumer that collects the events first (`[...editor.feed(data)]`)
   * gets them up to the end of the line; the rest waits for the next
   * `feed` (call `feed("")` after `begin` when `hasPendingInput`).
   * Consume each result before the next `feed`.
   */
  feed(data: string): IterableIterator<EditorEvent> {
    this.input += data;
    const first = this.run();
    return this.continueAfter(first);
  }

  /**
   * One key already decoded, for a program that reads its terminal key by
   * key (process/tty-edit.ts) rather than raw chunks. Returns the events it
   * caused; nothing while idle.
   */
  feedKey(key: Key): EditorEvent[] {
    if (this.mode === "idle") return [];
    this.events = [];
    this.dispatch(key);
    const events = this.events;
    this.events = [];
    return events;
  }

  private *continueAfter(batch: EditorEvent[]): IterableIterator<EditorEvent> {
    let events = batch;
    for (;;) {
      yield* events;
      // the consumer has handled the end of the line; did it begin a new one?
      if (this.mode === "idle" || this.input.length === 0) return;
      events = this.run();
      // nothing came of it: only an incomplete escape sequence is left
      if (events.length === 0) return;
    }
  }

  /** Decode and dispatch keys until the input runs out or the line ends. */
  private run(): EditorEvent[] {
    this.events = [];
    while (this.mode !== "idle" && this.input.length > 0) {
      const decoded = decodeKey(this.input, 0);
      if (decoded === "incomplete") break;
      this.input = this.input.slice(decoded.length);
      this.dispatch(decoded.key);
    }
    const events = this.events;
    this.events = [];
    return events;
  }

  /** The terminal now has `cols` columns; returns the bytes that redraw the line. */
  resize(cols: number): string {
    if (this.mode === "idle" || this.mode === "confirm-list") {
      this.display.setColumns(cols);
      return "";
    }
    return this.display.resize(cols, this.currentPrompt().length + this.point) + this.render();
  }

  /**
   * Replace the history list (oldest first). The shell owns it (HISTCONTROL,
   * the history builtin); call this before `begin`. The editor never adds
   * lines itself.
   */
  setHistory(lines: readonly string[]): void {
    this.history = [...lines];
    if (this.mode === "idle") this.nav.restart(this.history);
  }

  // --- dispatch -----------------------------------------------------------

  private dispatch(key: Key): void {
    if (this.mode === "search") this.searchKey(key);
    else if (this.mode === "confirm-list") this.confirmKey(key);
    else this.editKey(key);
  }

  private editKey(key: Key): void {
    let command: LastCommand = "other";
    if (key.type === "char") {
      this.insert(key.char);
    } else {
      switch (key.name) {
        case "enter":
          return this.accept();
        case "ctrl-c":
          return this.interrupt();
        case "ctrl-d":
          if (this.units.length === 0) return this.eof();
          this.deleteForward();
          break;
        case "delete":
          this.deleteForward();
          break;
        case "backspace":
          if (this.point === 0) this.bell();
          else this.splice(this.point - 1, 1);
          break;
        case "left":
        case "ctrl-b":
          if (this.point === 0) this.bell();
          else this.point--;
          break;
        case "right":
        case "ctrl-f":
          if (this.point === this.units.length) this.bell();
          else this.point++;
          break;
        case "home":
        case "ctrl-a":
          this.point = 0;
          break;
        case "end":
        case "ctrl-e":
          this.point = this.units.length;
          break;
        case "alt-b":
        case "ctrl-left":
          this.point = backwardWord(this.units, this.point);
          break;
        case "alt-f":
        case "ctrl-right":
          this.point = forwardWord(this.units, this.point);
          break;
        case "ctrl-u":
          if (this.point === 0) this.bell();
          else command = this.kill(0, this.point, "backward");
          break;
        case "ctrl-k":
          command = this.kill(this.point, this.units.length, "forward");
          break;
        case "ctrl-w":
          if (this.point === 0) this.bell();
          else command = this.kill(unixWordStart(this.units, this.point), this.point, "backward");
          break;
        case "alt-backspace":
          command = this.kill(backwardWord(this.units, this.point), this.point, "backward");
          break;
        case "alt-d":
          command = this.kill(this.point, forwardWord(this.units, this.point), "forward");
          break;
        case "ctrl-y":
          if (this.killed === undefined) this.bell();
          else this.insert(this.killed);
          break;
        case "ctrl-t":
          this.transpose();
          break;
        case "up":
        case "ctrl-p":
          this.historyMove(-1);
          break;
        case "down":
        case "ctrl-n":
          this.historyMove(1);
          break;
        case "ctrl-r":
          return this.startSearch();
        case "tab":
          command = "complete";
          this.complete();
          break;
        case "ctrl-l":
          this.clearScreen();
          break;
        case "ctrl-g":
          this.bell();
          break;
        default:
          // unbound keys (F1, PgUp, Ctrl-Z at the prompt...) do nothing
          break;
      }
    }
    this.lastCommand = command;
    if (this.mode === "edit") this.output(this.render());
  }

  // --- editing ------------------------------------------------------------

  private insert(text: string): void {
    const add = toUnits(text);
    if (add.length === 0) return;
    // a combining mark typed alone joins the character before the cursor
    const first = add[0].codePointAt(0) as number;
    if (this.point > 0 && toUnits(`a${add[0]}`).length === 1 && first >= 0x20) {
      this.units[this.point - 1] += add.shift() as string;
    }
    this.units.splice(this.point, 0, ...add);
    this.point += add.length;
  }

  private splice(start: number, count: number): void {
    this.units.splice(start, count);
    if (this.point > start) this.point = Math.max(start, this.point - count);
  }

  private deleteForward(): void {
    if (this.point === this.units.length) this.bell();
    else this.splice(this.point, 1);
  }

  /**
   * Remove units [from, to) into the kill buffer. Kills in a row accumulate,
   * as in readline: a forward kill appends, a backward kill prepends.
   */
  private kill(from: number, to: number, direction: "forward" | "backward"): LastCommand {
    if (to <= from) return this.lastCommand === "kill" ? "kill" : "other";
    const text = this.units.slice(from, to).join("");
    if (this.lastCommand === "kill" && this.killed !== undefined) {
      this.killed = direction === "forward" ? this.killed + text : text + this.killed;
    } else {
      this.killed = text;
    }
    this.units.splice(from, to - from);
    this.point = from;
    return "kill";
  }

  /** Ctrl-T: swap the characters around the cursor (the last two at the end of the line). */
  private transpose(): void {
    if (this.point === 0 || this.units.length < 2) return this.bell();
    const at = this.point === this.units.length ? this.point - 1 : this.point;
    [this.units[at - 1], this.units[at]] = [this.units[at], this.units[at - 1]];
    this.point = at + 1;
  }

  private historyMove(step: -1 | 1): void {
    const target = this.nav.index + step;
    if (target < 0 || target >= this.nav.size) return this.bell();
    this.units = toUnits(this.nav.moveTo(target, this.line));
    this.point = this.units.length;
  }

  // --- ending the line ------------------------------------------------------

  private accept(): void {
    const line = this.line;
    this.output(this.display.leave());
    this.mode = "idle";
    this.events.push({ type: "line", line });
  }

  private interrupt(): void {
    const line = this.line;
    this.output(this.display.leaveWithEcho("^C"));
    this.mode = "idle";
    this.events.push({ type: "interrupt", line });
  }

  private eof(): void {
    this.mode = "idle";
    this.events.push({ type: "eof" });
  }

  private clearScreen(): void {
    this.events.push({ type: "clear" });
    this.output(CLEAR_SCREEN);
    this.display.reset();
  }

  // --- completion -----------------------------------------------------------

  /**
   * Tab, as readline does it: one candidate completes (with a space unless
   * it is a directory); several complete their common prefix (with a bell);
   * when a Tab could not change the line, the next Tab lists the candidates.
   */
  private complete(): void {
    const changedBefore = this.completionChanged && this.lastCommand === "complete";
    const repeated = this.lastCommand === "complete";
    this.completionChanged = false;
    if (this.completer === undefined) return this.bell();
    const completion = this.completer(this.line, this.cursor);
    const candidates = [...new Set(completion.candidates)];
    const from = Math.min(unitAtOffset(this.units, completion.replaceFrom), this.point);
    const word = this.units.slice(from, this.point).join("");
    if (candidates.length === 0) return this.bell();
    if (candidates.length === 1) {
      const only = candidates[0];
      this.replace(from, only);
      if (!only.endsWith("/")) {
        if (this.units[this.point] === " ") this.point++;
        else this.insert(" ");
      }
      this.completionChanged = true;
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix !== word && prefix.length > word.length) {
      this.bell();
      this.replace(from, prefix);
      this.completionChanged = true;
      return;
    }
    if (repeated && !changedBefore) return this.list({ ...completion, candidates });
    this.bell();
  }

  private replace(from: number, text: string): void {
    this.units.splice(from, this.point - from);
    this.point = from;
    this.insert(text);
  }

  private list(completion: Completion): void {
    this.output(this.display.moveToEnd());
    if (completion.candidates.length >= QUERY_ITEMS) {
      this.output(`\r\nDisplay all ${completion.candidates.length} possibilities? (y or n)`);
      this.pendingList = completion;
      this.mode = "confirm-list";
      return;
    }
    this.printList(completion);
  }

  private printList(completion: Completion): void {
    const cols = this.display.columns;
    this.output(`\r\n${formatCompletionList(completion.candidates, cols, completion.filenames === true)}`);
    this.display.reset();
  }

  /** The answer to "Display all N possibilities? (y or n)". */
  private confirmKey(key: Key): void {
    const completion = this.pendingList as Completion;
    const answer = key.type === "char" ? key.char : key.name;
    if (answer === "y" || answer === "Y" || answer === " ") {
      this.printList(completion);
    } else if (answer === "n" || answer === "N" || answer === "backspace" || answer === "ctrl-g") {
      this.output("\r\n");
      this.display.reset();
    } else if (answer === "ctrl-c") {
      this.output("^C\r\n");
      this.display.reset();
      this.pendingList = undefined;
      this.mode = "idle";
      this.events.push({ type: "interrupt", line: this.line });
      return;
    } else {
      return this.bell();
    }
    this.pendingList = undefined;
    this.mode = "edit";
    this.lastCommand = "complete";
    this.output(this.render());
  }

  // --- reverse-i-search -------------------------------------------------------

  private startSearch(): void {
    this.nav.save(this.line);
    this.search = {
      originalUnits: [...this.units],
      originalPoint: this.point,
      originalIndex: this.nav.index,
      query: "",
      index: this.nav.index,
      pos: this.cursor,
      failed: false,
    };
    this.mode = "search";
    this.lastCommand = "other";
    this.output(this.render());
  }

  private searchKey(key: Key): void {
    const s = this.search as SearchSession;
    const textAt = (i: number): string => this.nav.textAt(i);
    if (key.type === "char" || (key.type === "key" && key.name === "ctrl-r")) {
      let limit = s.pos;
      if (key.type === "char") {
        s.query += key.char;
      } else {
        if (s.query === "") s.query = this.lastSearchQuery;
        else limit = s.pos - 1;
        if (s.query === "") return this.output(this.render());
      }
      if (!s.failed) {
        const found = searchBackward(textAt, s.query, s.index, limit);
        if (found) {
          s.index = found.index;
          s.pos = found.pos;
        } else {
          s.failed = true;
        }
      }
      if (s.failed) this.bell();
      this.showMatch();
      return this.output(this.render());
    }
    switch (key.name) {
      case "backspace": {
        // as readline: drop the last character and search again from the line shown
        if (s.query === "") return this.bell();
        s.query = [...s.query].slice(0, -1).join("");
        s.failed = false;
        if (s.query !== "") {
          const found = searchBackward(textAt, s.query, s.index, s.pos);
          if (found) {
            s.index = found.index;
            s.pos = found.pos;
          } else {
            s.failed = true;
          }
        }
        this.showMatch();
        return this.output(this.render());
      }
      case "ctrl-g":
        this.units = s.originalUnits;
        this.point = s.originalPoint;
        this.endSearch(s.originalIndex);
        return this.output(this.render());
      case "enter":
        // bash redraws the line after its own prompt before leaving it
        this.endSearch(s.index);
        this.output(this.render());
        return this.accept();
      case "ctrl-c":
        this.endSearch(s.index);
        return this.interrupt();
      default:
        // any other key ends the search on the line found, then does its job
        this.endSearch(s.index);
        if (key.name.startsWith("alt-") || key.name === "unknown") return this.output(this.render());
        return this.editKey(key);
    }
  }

  /** Show the line found, the cursor at the match. */
  private showMatch(): void {
    const s = this.search as SearchSession;
    this.units = toUnits(this.nav.textAt(s.index));
    this.point = unitAtOffset(this.units, s.pos);
  }

  private endSearch(index: number): void {
    const s = this.search as SearchSession;
    if (s.query !== "") this.lastSearchQuery = s.query;
    const line = this.line;
    // the original line keeps what was typed; the cursor moves to the line found
    this.nav.moveTo(index, this.nav.textAt(this.nav.index));
    this.nav.save(line);
    this.search = undefined;
    this.mode = "edit";
  }

  // --- output -----------------------------------------------------------------

  /** Bytes that bring the screen up to date with the line and cursor. */
  private render(): string {
    const prompt = this.currentPrompt();
    const cells = [...prompt, ...textCells(this.units)];
    return this.display.update(cells, prompt.length + this.point);
  }

  /** the prompt shown: the shell's, or the search prompt while searching */
  private currentPrompt(): Cell[] {
    return this.search ? promptCells(searchPrompt(this.search.query, this.search.failed)) : this.prompt;
  }

  private bell(): void {
    this.output(BELL);
  }

  private output(data: string): void {
    if (data === "") return;
    const last = this.events[this.events.length - 1];
    if (last !== undefined && last.type === "output") last.data += data;
    else this.events.push({ type: "output", data });
  }
}
