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
import { type Completion, createCompleter, LineEditor } from "../readline/index.js";
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
  /**
   * What the terminal shows on login, for a session started before its lab
   * is there (`new TerminalSession(undefined, ...)`, then `attach(lab)`): a
   * browser draws the first prompt from the lab's snapshot while the
   * simulation's code is still on its way. Keys are edited at once; a line
   * entered before `attach` runs when the lab arrives, and Tab waits for it.
   */
  screen?: { banner: string; prompt: string };
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
  /** the lab, once attached (from the start, unless the session began on a snapshot's screen) */
  private labSession: LabSession | undefined;
  private screen?: { banner: string; prompt: string };
  /** a line entered before the lab was attached: it runs on `attach` */
  private waitingLine: string | undefined;
  /** resolves when the lab is attached */
  private labArrived: Promise<void>;
  private arrived!: () => void;
  /** a Tab that found nothing because what it needed was not there yet; pressed again once it is */
  private tabWaiting: { line: string; cursor: number } | undefined;

  constructor(lab: LabSession | undefined, opts: TerminalSessionOptions = {}) {
    if (!lab && (!opts.screen || !opts.host)) throw new Error("a terminal session without its lab needs the host and its login screen");
    this.labSession = lab;
    this.host = opts.host ?? lab!.defaultHost;
    this.onLine = opts.onLine;
    this.onDownload = opts.onDownload;
    this.onOutput = opts.onOutput;
    this.screen = opts.screen;
    this.cols = opts.cols ?? 80;
    this.rows = opts.rows ?? 24;
    this.labArrived = new Promise((resolve) => (this.arrived = resolve));
    if (lab) this.arrived();
    const shell = () => this.lab.shell(this.host);
    const host = () => this.lab.world.host(this.host)!;
    const completer = createCompleter({
      commandNames,
      shellNames: () => {
        const { aliases, functions } = shell().state;
        return [...this.lab.builtinNames(), ...Object.keys(aliases ?? {}), ...Object.keys(functions ?? {})];
      },
      fs: () => host().fs,
      cwd: () => shell().state.cwd,
      home: () => shell().state.vars.HOME?.value ?? "/root",
      argumentCompleter: (words, current) => {
        try {
          return findCommand(words[0])?.complete?.({ words, current }) ?? [];
        } catch (e) {
          if (!(e instanceof CommandsPending)) throw e;
          throw new TabWaits(loadCommandGroups(e.groups));
        }
      },
    });
    this.editor = new LineEditor({
      cols: opts.cols ?? 80,
      history: lab ? shell().state.history : [],
      complete: (line, cursor): Completion => {
        try {
          if (!this.labSession) throw new TabWaits(this.labArrived);
          return completer(line, cursor);
        } catch (e) {
          if (!(e instanceof TabWaits)) throw e;
          // nothing to offer yet (the lab or the program's code is on its way): Tab is pressed again once it is here
          this.waitTab(line, cursor, e.until);
          return { replaceFrom: cursor, candidates: [] };
        }
      },
    });
  }

  /** the lab this terminal is logged in to; throws before `attach` */
  get lab(): LabSession {
    if (!this.labSession) throw new Error("the terminal's lab is not attached yet");
    return this.labSession;
  }

  /** The lab has arrived (a session started on a snapshot's screen): a line entered meanwhile runs now. */
  attach(lab: LabSession): void {
    if (this.labSession) throw new Error("the terminal already has its lab");
    this.labSession = lab;
    this.editor.setHistory(lab.shell(this.host).state.history);
    this.arrived();
    const line = this.waitingLine;
    this.waitingLine = undefined;
    if (line !== undefined) this.emit(this.acceptLine(line));
  }

  /** What the terminal shows on login: the banner and the first prompt. */
  start(): string {
    if (!this.labSession) return toTty(this.screen!.banner) + this.editor.begin(this.screen!.prompt);
    return toTty(this.lab.loginBanner(this.host)) + this.editor.begin(this.lab.prompt(this.host));
  }

  /** the prompt to show now (the snapshot's until the lab is attached) */
  private prompt(): string {
    return this.labSession ? this.labSession.prompt(this.host) : this.screen!.prompt;
  }

  private waitTab(line: string, cursor: number, until: Promise<unknown>): void {
    const mark = { line, cursor };
    this.tabWaiting = mark;
    until.then(
      () => {
        if (this.tabWaiting !== mark) return;
        this.tabWaiting = undefined;
        // only if the learner has not moved on meanwhile
        if (!this.running && this.editor.active && this.editor.line === line && this.editor.cursor === cursor) this.emit(this.feedEditor("\t"));
      },
      () => {},
    );
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
            out += this.editor.begin(this.prompt());
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
    if (!this.labSession) {
      // the lab is on its way: the line runs when it is attached; keys typed meanwhile wait in the editor as type-ahead
      this.waitingLine = line;
      return "";
    }
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

/** Thrown inside completion: what Tab needs (the lab, a program's code) is not here yet, and comes with `until`. */
class TabWaits extends Error {
  constructor(readonly until: Promise<unknown>) {
    super("completion waits");
  }
}
