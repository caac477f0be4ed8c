/**
 * The lab in the page: one exercise's simulated world, one xterm.js terminal
 * per host (made when first shown), grading. Loaded with a dynamic import()
 * from the Workbench, so xterm and the simulation download only on lesson
 * pages and after the lesson text is on screen.
 *
 * What the first prompt waits for is kept small: the exercise comes parsed
 * from the server (props), so neither the content package's zod schemas nor
 * the grader (which validates checks with zod) are in this chunk; the grader
 * is imported when the lab is ready, for the first Check.
 *
 * Work is saved after every command line (the transcript's entries, see
 * progress/attempt-store.ts) and replayed on the next load.
 */
import "@xterm/xterm/css/xterm.css";
import { FitAddon } from "@xterm/addon-fit";
import { Terminal } from "@xterm/xterm";
import type { ParsedExercise } from "@rootlab/content";
import type { GradeReport } from "@rootlab/grader";
import { getLab, type LabSession, type PacketDecision, type TranscriptEntry, TerminalSession, toUint8Array } from "@rootlab/sim";
import { clearAttempt, loadAttempt, saveAttempt } from "../progress/attempt-store.js";
import type { KeyValueStore } from "../progress/store.js";
import { attachSession } from "../terminal/attach.js";
import { createTerminalKeys } from "../terminal/keys.js";
import { terminalOptions } from "../terminal/options.js";
import { markReady } from "../terminal/ready.js";
import { conntrackView, type ConntrackView } from "../topology/conntrack.js";
import { topologyFacts, type TopologyFacts } from "../topology/facts.js";
import { restoreLab, type RestoredLab } from "./restore.js";

// Timeline for the bench: the engine and everything it imports have been evaluated.
if (typeof performance !== "undefined") performance.mark("rootlab-engine-evaluated");

export interface LabOptions {
  /** the exercise in the learner's variant (`applyVariant` of the plan the server parsed; no schema code in the browser) */
  exercise: ParsedExercise;
  /** the element the terminals go in; the engine owns its children */
  container: HTMLElement;
  store: KeyValueStore;
  screenReaderMode: boolean;
  /** focus the terminal as soon as it is drawn (a learner can type at once) */
  autoFocus: boolean;
  onLeaveArmed?: (armed: boolean) => void;
  /** after each command line has run and been saved */
  onCommand?: (commands: number) => void;
}

export interface LabController {
  readonly exercise: ParsedExercise;
  readonly hosts: string[];
  /** the host whose terminal is shown */
  readonly host: string;
  showHost(name: string): void;
  /**
   * type a command line into a host's terminal and press Enter, as if typed
   * there (the studio runs solutions this way, line by line); the lab's
   * first host when `host` is absent
   */
  type(line: string, host?: string): void;
  /** grade the learner's world now (each check runs on a copy; the learner's lab is untouched); the grader loads on first use */
  check(): Promise<GradeReport>;
  /** what the learner did, as sent to the server */
  entries(): TranscriptEntry[];
  /** forget the saved work and start the exercise afresh */
  reset(): void;
  /** the lab's network as it is now, for the topology picture (a fresh read of the world each call) */
  topology(): TopologyFacts;
  /** the packet decisions of the last command line that sent traffic (every host's, in order) */
  packetTrace(): readonly PacketDecision[];
  /** `host`'s connection tracking table as it is now (a fresh read of the world each call) */
  conntrack(host: string): ConntrackView;
  /** the lab's wall clock, Unix ms (virtual time: it moves only with commands and fast-forward) */
  clock(): number;
  /** let virtual time pass (the page's fast-forward control): recorded and saved like a command line, replayed like `sleep` */
  advance(ms: number): void;
  setScreenReaderMode(on: boolean): void;
  focus(): void;
  dispose(): void;
}

interface HostTerminal {
  term: Terminal;
  fit: FitAddon;
  element: HTMLElement;
  dispose(): void;
}

export function startLab(opts: LabOptions): LabController {
  const ex = opts.exercise;
  const hosts = listHosts(ex);
  let lab = restoreSaved(ex, opts.store);
  performance.mark("rootlab-lab-built");
  let current = hosts[0];
  let srMode = opts.screenReaderMode;
  const terminals = new Map<string, HostTerminal>();

  const keyHandler = createTerminalKeys({ onLeaveArmed: opts.onLeaveArmed });

  const fitVisible = () => {
    const t = terminals.get(current);
    if (t && t.element.offsetParent !== null) t.fit.fit();
  };
  let fitQueued = false;
  const resizeObserver = new ResizeObserver(() => {
    if (fitQueued) return;
    fitQueued = true;
    requestAnimationFrame(() => {
      fitQueued = false;
      fitVisible();
    });
  });
  resizeObserver.observe(opts.container);

  function openTerminal(host: string, session: LabSession, previous: RestoredLab["previous"]): HostTerminal {
    const element = document.createElement("div");
    element.className = "terminal-host";
    element.dataset.host = host;
    opts.container.appendChild(element);
    const term = new Terminal(terminalOptions({ screenReaderMode: srMode }));
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.attachCustomKeyEventHandler(keyHandler);
    term.open(element);
    term.textarea?.setAttribute("aria-label", `Terminal: root shell on ${host}`);
    fit.fit();
    const tty = new TerminalSession(session, {
      host,
      cols: term.cols,
      rows: term.rows,
      onLine: () => {
        saveAttempt(opts.store, ex.id, ex.seed, session.transcript.entries, Date.now(), ex.variant.seed);
        opts.onCommand?.(session.transcript.entries.filter((e) => "line" in e).length);
      },
      // `sz FILE` in the terminal: the file's bytes leave the simulated host as a browser download.
      onDownload: ({ name, bytes }) => saveToDisk(name, toUint8Array(bytes)),
    });
    const attached = attachSession(term, tty);
    term.write(tty.restore(previous), () => markReady());
    return {
      term,
      fit,
      element,
      dispose() {
        attached.dispose();
        term.dispose();
        element.remove();
      },
    };
  }

  function show(host: string, focus: boolean) {
    current = host;
    if (!terminals.has(host)) terminals.set(host, openTerminal(host, lab.session, lab.previous));
    for (const [name, t] of terminals) t.element.hidden = name !== host;
    fitVisible();
    if (focus) terminals.get(host)!.term.focus();
  }

  function disposeTerminals() {
    for (const t of terminals.values()) t.dispose();
    terminals.clear();
  }

  show(current, opts.autoFocus);
  // The prompt is drawn: fetch the grader now, off the path to it, so the first Check doesn't wait for the download.
  setTimeout(() => void loadGrader().catch(() => {}), 0);

  return {
    exercise: ex,
    hosts,
    get host() {
      return current;
    },
    showHost(name) {
      if (!hosts.includes(name)) return;
      show(name, true);
    },
    type(line, host = hosts[0]) {
      if (!hosts.includes(host)) throw new Error(`no host "${host}" in lab ${ex.lab}`);
      show(host, false);
      // through xterm's own input path: the terminal session sees keys, as when a person types
      terminals.get(host)!.term.input(`${line}\r`, true);
    },
    async check() {
      const { grade } = await loadGrader();
      return grade(lab.session, ex.checks);
    },
    entries() {
      return structuredClone(lab.session.transcript.entries);
    },
    reset() {
      clearAttempt(opts.store, ex.id);
      disposeTerminals();
      lab = restoreLab(ex, []);
      show(hosts[0], true);
    },
    topology() {
      return topologyFacts(lab.session.world.state);
    },
    packetTrace() {
      return lab.session.lastPacketTrace();
    },
    conntrack(host) {
      return conntrackView(lab.session.world.state, host);
    },
    clock() {
      return lab.session.world.clock.unixMs;
    },
    advance(ms) {
      lab.session.advance(ms);
      saveAttempt(opts.store, ex.id, ex.seed, lab.session.transcript.entries, Date.now());
    },
    setScreenReaderMode(on) {
      srMode = on;
      for (const t of terminals.values()) t.term.options.screenReaderMode = on;
    },
    focus() {
      terminals.get(current)?.term.focus();
    },
    dispose() {
      resizeObserver.disconnect();
      disposeTerminals();
    },
  };
}

let grader: Promise<typeof import("@rootlab/grader")> | undefined;
function loadGrader() {
  return (grader ??= import("@rootlab/grader"));
}

function listHosts(ex: ParsedExercise): string[] {
  const lab = getLab(ex.lab);
  if (!lab) throw new Error(`exercise ${ex.id}: unknown lab "${ex.lab}"`);
  return lab.hosts.map((h) => h.name);
}

/** The saved work replayed; a save that no longer replays (content changed under it) is dropped, not fatal. */
function restoreSaved(ex: ParsedExercise, store: KeyValueStore): RestoredLab {
  const entries = loadAttempt(store, ex.id, ex.seed, ex.variant.seed);
  try {
    return restoreLab(ex, entries);
  } catch (e) {
    console.warn(`rootlab: saved work for ${ex.id} could not be replayed; starting afresh`, e);
    clearAttempt(store, ex.id);
    return restoreLab(ex, []);
  }
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
