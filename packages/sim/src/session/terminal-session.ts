/**
 * The terminal side of one host's login: what the page's terminal adapter
 * talks to. Raw terminal input goes in (`input`), bytes for the terminal come
 * out; in between, the line editor edits and completes, and finished lines go
 * to the lab's shell on this host. It knows nothing of xterm.js: the adapter
 * only pipes strings both ways.
 *
 * Output follows the tty's line discipline: "\n" becomes "\r\n" (ONLCR).
 *
 * Keys go to one of two places: the line editor at the prompt, or — while a
 * command line is running an interactive program (nano, less, a password
 * prompt) — that line, which is re-run with all the input it has received
 * so far until it finishes (README.md explains why and what it costs).
 */
import { commandNames, CommandsPending, findCommand, loadCommandGroups } from "../commands/registry.js";
import type { LabSession, LineResult } from "../lab/lab-session.js";
import type { Download } from "../world/world.js";
import { createCompleter, LineEditor } from "../readline/index.js";
import { builtinNames } from "../shell/index.js";
import type { TtyInput } from "../process/tty.js";

export interface TerminalSessionOptions {
  /** the host this terminal is logged in to; the lab's first host by default */
  host?: string;
  cols?: number;
  rows?: number;
  /** called after each command line has run (to persist the transcript) */
  onLine?: (result: LineResult) => void;
  /**
   * called for each file a command line hands to the browser (`sz FILE`),
   * after the line has run: the page saves `download.bytes` (a byte string,
   * see `toUint8Array`) under `download.name`. Lines replayed by `restore()`
   * raise none.
   */
  onDownload?: (download: Download) => void;
  /**
   * bytes for the terminal that come later, not as the answer to an
   * `input`: the rest of a line that had to wait for its programs' code
   * (a browser loads command groups on demand, commands/registry.ts)
   */
  onOutput?: (data: string) => void;
}

/** PS2, the continuation prompt bash shows inside a here-document or an open quote */
const PS2 = "> ";

/** A command line whose programs are waiting for keys. */
interface RunningLine {
  source: string;
  /** the terminal's size when the line was entered */
  cols: number;
  rows: number;
  /** everything the terminal sent since the line was entered */
  input: TtyInput[];
  /** UTF-16 units of the line's screen (after ONLCR) already written to the terminal */
  shown: number;
}

export class TerminalSession {
  readonly host: string;
  private editor: LineEditor;
  private cols: number;
  private rows: number;
  private running: RunningLine | undefined;
  /** inside the line editor's event loop (which goes on with type-ahead by itself) */
  private feeding = false;
  /** lines of a command not yet complete (here-document, open quote, trailing |) */
  private pending: string[] = [];
  private onLine?: (result: LineResult) => void;
  private onDownload?: (download: Download) => void;
  private onOutput?: (data: string) => void;

  constructor(
    readonly lab: LabSession,
    opts: TerminalSessionOptions = {},
  ) {
    this.host = opts.host ?? lab.defaultHost;
    this.onLine = opts.onLine;
    this.onDownload = opts.onDownload;
    this.onOutput = opts.onOutput;
    this.cols = opts.cols ?? 80;
    this.rows = opts.rows ?? 24;
    const shell = () => lab.shell(this.host);
    const host = () => lab.world.host(this.host)!;
    this.editor = new LineEditor({
      cols: opts.cols ?? 80,
      history: shell().state.history,
      complete: createCompleter({
        commandNames,
        builtinNames,
        fs: () => host().fs,
        cwd: () => shell().state.cwd,
        home: () => shell().state.vars.HOME?.value ?? "/root",
        argumentCompleter: (words, current) => {
          try {
            return findCommand(words[0])?.complete?.({ words, current }) ?? [];
          } catch (e) {
            if (!(e instanceof CommandsPending)) throw e;
            // the program's code is not here yet: nothing to offer this time, and it is on its way for the next Tab
            void loadCommandGroups(e.groups).catch(() => {});
            return [];
          }
        },
      }),
    });
  }

  /** What the terminal shows on login: the banner and the first prompt. */
  start(): string {
    return toTty(this.lab.loginBanner(this.host)) + this.editor.begin(this.lab.prompt(this.host));
  }

  /**
   * Redraw earlier command lines and their output (after a page reload, the
   * lines replayed from the saved transcript), then a fresh prompt.
   */
  restore(previous: { prompt: string; result: LineResult }[]): string {
    let out = toTty(this.lab.loginBanner(this.host));
    for (const { prompt, result } of previous) {
      if (result.host !== this.host) continue;
      out += toTty(`${prompt}${result.cmd.replaceAll("\n", `\n${PS2}`)}\n${result.screen}`);
    }
    this.editor.setHistory(this.lab.shell(this.host).state.history);
    return out + this.editor.begin(this.lab.prompt(this.host));
  }

  /** Feed what the terminal sent (keys, pastes); returns what to write back to it. */
  input(data: string): string {
    if (this.running) {
      this.running.input.push(data);
      return this.continueLine();
    }
    return this.feedEditor(data);
  }

  /** The terminal has a new size; returns what to redraw (the line being edited, or the program's screen). */
  resize(cols: number, rows: number = this.rows): string {
    this.cols = cols;
    this.rows = rows;
    if (this.running) {
      this.running.input.push({ cols, rows });
      return this.continueLine();
    }
    return this.editor.resize(cols);
  }

  /** A command line is running and waiting for keys (an editor, a pager, a prompt). */
  get busy(): boolean {
    return this.running !== undefined;
  }

  private feedEditor(data: string): string {
    let out = "";
    this.feeding = true;
    try {
      for (const ev of this.editor.feed(data)) {
        switch (ev.type) {
          case "output":
            out += ev.data;
            break;
          case "line":
            out += this.acceptLine(ev.line);
            break;
          case "interrupt":
            this.pending = [];
            out += this.editor.begin(this.lab.prompt(this.host));
            break;
          case "eof":
            out += this.acceptLine("exit");
            break;
        }
      }
    } finally {
      this.feeding = false;
    }
    return out;
  }

  private acceptLine(line: string): string {
    this.pending.push(line);
    const source = this.pending.join("\n");
    const shell = this.lab.shell(this.host);
    if (shell.isIncomplete(source)) return this.editor.begin(PS2);
    this.pending = [];
    if (source.trim() === "") return this.editor.begin(this.lab.prompt(this.host));
    // what was typed after Enter belongs to the line's programs, as on a real terminal
    const typeahead = this.editor.takeTypeahead();
    this.running = { source, cols: this.cols, rows: this.rows, input: typeahead ? [typeahead] : [], shown: 0 };
    return this.continueLine();
  }

  /** Run the running line with the input so far; write what it drew beyond what is already shown. */
  private continueLine(): string {
    const r = this.running!;
    const res = this.lab.runAtTerminal(this.host, r.source, { cols: r.cols, rows: r.rows, input: r.input });
    if (res.state === "loading") {
      // Undone before it drew anything: run it again once the code is here. Keys typed meanwhile are the line's input.
      loadCommandGroups(res.groups).then(
        () => {
          if (this.running === r) this.emit(this.continueLine());
        },
        (e: unknown) => {
          if (this.running !== r) return;
          this.running = undefined;
          const why = e instanceof Error ? e.message : String(e);
          this.emit(toTty(`rootlab: the program could not be loaded (${why}); try again\n`) + this.editor.begin(this.lab.prompt(this.host)));
        },
      );
      return "";
    }
    const screen = toTty(res.state === "waiting" ? res.screen : res.result.screen);
    let out = screen.slice(r.shown);
    r.shown = screen.length;
    if (res.state === "waiting") return out;
    this.running = undefined;
    this.onLine?.(res.result);
    for (const d of res.result.downloads ?? []) this.onDownload?.(d);
    this.editor.setHistory(this.lab.shell(this.host).state.history);
    let unread = "";
    for (const item of res.unread) {
      if (typeof item === "string") unread += item;
      else this.editor.resize(item.cols);
    }
    out += this.editor.begin(this.lab.prompt(this.host));
    if (unread) {
      this.editor.returnTypeahead(unread);
      // inside feedEditor the editor's loop picks the type-ahead up by itself
      if (!this.feeding) out += this.feedEditor("");
    }
    return out;
  }

  private emit(data: string): void {
    if (data) this.onOutput?.(data);
  }
}

/** The tty's output processing: "\n" -> "\r\n". */
export function toTty(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}
