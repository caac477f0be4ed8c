/**
 * One host's terminal in the page: an xterm.js terminal in its own element,
 * fitted to the frame, piped to a TerminalSession (the line editor and the
 * host's shell). Made by the engine for each host when first shown, and by
 * the boot (lab/boot.ts) for the first host before React has hydrated; the
 * engine adopts that one.
 *
 * What the session reports after a command line goes through `hooks`, which
 * the owner may set later: the boot's terminal has no owner until the engine
 * adopts it, and no line runs before then (a line entered before the lab is
 * there waits for it).
 */
import { FitAddon } from "@xterm/addon-fit";
import { Terminal } from "@xterm/xterm";
import { type LabSession, type LabSnapshot, type LineResult, TerminalSession, toUint8Array } from "@rootlab/sim/terminal";
import { attachSession } from "../terminal/attach.js";
import { terminalOptions } from "../terminal/options.js";

export interface HostTerminalHooks {
  /** after each command line has run */
  onLine?: (tty: TerminalSession, result: LineResult) => void;
  /** Escape armed or disarmed "leave" (terminal/keys.ts) */
  onLeaveArmed?: (armed: boolean) => void;
}

export interface HostTerminal {
  host: string;
  term: Terminal;
  tty: TerminalSession;
  fit: FitAddon;
  element: HTMLElement;
  hooks: HostTerminalHooks;
  dispose(): void;
}

export interface HostTerminalOptions {
  host: string;
  exerciseId: string;
  container: HTMLElement;
  screenReaderMode: boolean;
  /** xterm's custom key handler (terminal/keys.ts) */
  keys: (ev: KeyboardEvent) => boolean;
  /** the lab, when it is there; without it the terminal starts on `screen` and is attached later */
  session?: LabSession;
  /** the fresh lab's login screen for this host (from the snapshot) */
  screen?: LabSnapshot["screens"][string];
  /** the saved work replayed into the lab (`session` given): its lines are redrawn */
  previous?: Parameters<TerminalSession["restore"]>[0];
  hooks?: HostTerminalHooks;
  /** the first prompt is written and parsed (xterm paints it on the next frame) */
  onWritten?: () => void;
}

export function openHostTerminal(o: HostTerminalOptions): HostTerminal {
  const hooks = o.hooks ?? {};
  const element = document.createElement("div");
  element.className = "terminal-host";
  element.dataset.host = o.host;
  element.dataset.exercise = o.exerciseId;
  o.container.appendChild(element);
  const term = new Terminal(terminalOptions({ screenReaderMode: o.screenReaderMode }));
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.attachCustomKeyEventHandler(o.keys);
  term.open(element);
  term.textarea?.setAttribute("aria-label", `Terminal: root shell on ${o.host}`);
  fit.fit();
  const tty: TerminalSession = new TerminalSession(o.session, {
    host: o.host,
    cols: term.cols,
    rows: term.rows,
    screen: o.screen,
    onLine: (result) => hooks.onLine?.(tty, result),
    // `sz FILE` in the terminal: the file's bytes leave the simulated host as a browser download.
    onDownload: ({ name, bytes }) => saveToDisk(name, toUint8Array(bytes)),
    // what comes later: a line entered before the lab was there, or one that waited for its programs' code
    onOutput: (data) => term.write(data),
  });
  const attached = attachSession(term, tty);
  term.write(o.session ? tty.restore(o.previous ?? []) : tty.start(), o.onWritten);
  return {
    host: o.host,
    term,
    fit,
    element,
    tty,
    hooks,
    dispose() {
      attached.dispose();
      term.dispose();
      element.remove();
    },
  };
}

/** Hand bytes to the browser as a file download. */
function saveToDisk(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/octet-stream" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
