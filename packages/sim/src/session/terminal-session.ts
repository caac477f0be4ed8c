/**
 * The terminal side of one host's login: what the page's terminal adapter
 * talks to. Raw terminal input goes in (`input`), bytes for the terminal come
 * out; in between, the line editor edits and completes, and finished lines go
 * to the lab's shell on this host. It knows nothing of xterm.js: the adapter
 * only pipes strings both ways.
 *
 * Output follows the tty's line discipline: "\n" becomes "\r\n" (ONLCR).
 */
import { commandNames, findCommand } from "../commands/registry.js";
import type { LabSession, LineResult } from "../lab/lab-session.js";
import type { Download } from "../world/world.js";
import { createCompleter, LineEditor } from "../readline/index.js";
import { builtinNames } from "../shell/index.js";

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
}

/** PS2, the continuation prompt bash shows inside a here-document or an open quote */
const PS2 = "> ";

export class TerminalSession {
  readonly host: string;
  private editor: LineEditor;
  /** lines of a command not yet complete (here-document, open quote, trailing |) */
  private pending: string[] = [];
  private onLine?: (result: LineResult) => void;
  private onDownload?: (download: Download) => void;

  constructor(
    readonly lab: LabSession,
    opts: TerminalSessionOptions = {},
  ) {
    this.host = opts.host ?? lab.defaultHost;
    this.onLine = opts.onLine;
    this.onDownload = opts.onDownload;
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
        argumentCompleter: (words, current) => findCommand(words[0])?.complete?.({ words, current }) ?? [],
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
    let out = "";
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
    return out;
  }

  /** The terminal has a new width; returns the redraw of the line being edited. */
  resize(cols: number): string {
    return this.editor.resize(cols);
  }

  private acceptLine(line: string): string {
    this.pending.push(line);
    const source = this.pending.join("\n");
    const shell = this.lab.shell(this.host);
    if (shell.isIncomplete(source)) return this.editor.begin(PS2);
    this.pending = [];
    if (source.trim() === "") return this.editor.begin(this.lab.prompt(this.host));
    const result = this.lab.run(this.host, source);
    this.onLine?.(result);
    for (const d of result.downloads ?? []) this.onDownload?.(d);
    this.editor.setHistory(this.lab.shell(this.host).state.history);
    return toTty(result.screen) + this.editor.begin(this.lab.prompt(this.host));
  }
}

/** The tty's output processing: "\n" -> "\r\n". */
export function toTty(text: string): string {
  return text.replace(/\r?\n/g, "\r\n");
}
