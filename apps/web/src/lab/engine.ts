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
import {
  getLab,
  type LabSession,
  type LabSnapshot,
  loadCommandGroups,
  type PacketDecision,
  type TranscriptEntry,
  TerminalSession,
  toUint8Array,
} from "@rootlab/sim";
import { clearAttempt, loadAttempt, saveAttempt } from "../progress/attempt-store.js";
import type { KeyValueStore } from "../progress/store.js";
import { attachSession } from "../terminal/attach.js";
import { createTerminalKeys } from "../terminal/keys.js";
import { terminalOptions } from "../terminal/options.js";
import { markReady } from "../terminal/ready.js";
import { conntrackView, type ConntrackView } from "../topology/conntrack.js";
import { topologyFacts, type TopologyFacts } from "../topology/facts.js";
import { restartLab, restoreLab, type RestoredLab } from "./restore.js";

// Timeline for the bench: the engine and everything it imports have been evaluated.
if (typeof performance !== "undefined") performance.mark("rootlab-engine-evaluated");

export interface LabOptions {
  /** the exercise in the learner's variant (`applyVariant` of the plan the server parsed; no schema code in the browser) */
  exercise: ParsedExercise;
  /**
   * where the site build put this exercise's lab snapshot (`/lab-snapshots/<lab>-<seed>`, preloaded by
   * the page): the lab is restored from it instead of being built and booted here; without it, or when
   * it cannot be fetched, the lab is built here
   */
  snapshotUrl?: string;
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
  /** let virtual time pass (the page's fast-forward control): recorded and saved like a command line, replayed like `sleep`; resolves once done (a cron job's program may load first) */
  advance(ms: number): Promise<void>;
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

/** Common programs, loaded once the first prompt is drawn; the rest (editors, the SQL client, disks...) load when first run. */
const PRELOADED_GROUPS = ["files", "net", "system"] as const;

export async function startLab(opts: LabOptions): Promise<LabController> {
  const ex = opts.exercise;
  const hosts = listHosts(ex);
  const snapshot = opts.snapshotUrl ? await fetchSnapshot(opts.snapshotUrl) : undefined;
  performance.mark("rootlab-snapshot-fetched");
  let lab = await restoreSaved(ex, opts.store, snapshot);
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
      // a line that waited for its programs' code goes on here
      onOutput: (data) => term.write(data),
    });
    const attached = attachSession(term, tty);
    term.write(tty.restore(previous), () => void markReady().then(afterFirstPrompt));
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
      // checks run command lines on copies of the lab, headless: every program must be there
      const [{ grade }] = await Promise.all([loadGrader(), loadCommandGroups()]);
      return grade(lab.session, ex.checks);
    },
    entries() {
      return structuredClone(lab.session.transcript.entries);
    },
    reset() {
      clearAttempt(opts.store, ex.id);
      disposeTerminals();
      lab = restartLab(ex, snapshot);
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
    async advance(ms) {
      const session = lab.session;
      await session.advanceLoading(ms);
      if (lab.session === session) saveAttempt(opts.store, ex.id, ex.seed, session.transcript.entries, Date.now());
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

/**
 * Once the first prompt is on screen (never before: nothing may delay it), fetch the grader and the common
 * programs, so that neither the first Check nor the first command waits for a download.
 */
function afterFirstPrompt(): void {
  setTimeout(() => {
    void loadGrader().catch(() => {});
    void loadCommandGroups(PRELOADED_GROUPS).catch(() => {});
  }, 0);
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
async function restoreSaved(ex: ParsedExercise, store: KeyValueStore, snapshot: LabSnapshot | undefined): Promise<RestoredLab> {
  const entries = loadAttempt(store, ex.id, ex.seed, ex.variant.seed);
  try {
    return await restoreLab(ex, entries, snapshot);
  } catch (e) {
    console.warn(`rootlab: saved work for ${ex.id} could not be replayed; starting afresh`, e);
    clearAttempt(store, ex.id);
    return restoreLab(ex, [], snapshot);
  }
}

/** The lab's snapshot, or undefined when it cannot be had (then the lab is built here, as without one). */
async function fetchSnapshot(url: string): Promise<LabSnapshot | undefined> {
  try {
    const res = await fetch(url);
    return res.ok ? ((await res.json()) as LabSnapshot) : undefined;
  } catch {
    return undefined;
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
