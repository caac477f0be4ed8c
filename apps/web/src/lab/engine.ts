/**
 * The lab in the page: one exercise's simulated world, one xterm.js terminal
 * per host (made when first shown), grading. Loaded with a dynamic import()
 * from the Workbench, so xterm and the simulation download only on lesson
 * pages and after the lesson text is on screen.
 *
 * What the first prompt waits for is kept small: xterm.js and the terminal
 * session (the line editor). The prompt comes from the lab's snapshot, made
 * when the site was built (app/lab-snapshots); the simulation itself
 * (lab-core.ts) is imported once the prompt is drawn and attached to the
 * terminal when it is there: keys typed meanwhile are edited at once and a
 * line entered runs then (TerminalSession.attach). With saved work to
 * redraw, or setup lines that may change the prompt, the simulation comes
 * first. The exercise comes parsed from the server (props), so neither the
 * content package's zod schemas nor the grader (which validates checks with
 * zod) are loaded before the first prompt; programs' code loads on demand
 * (@rootlab/sim's registry), the common ones and the grader right after the
 * prompt.
 *
 * Work is saved after every command line (the transcript's entries, see
 * progress/attempt-store.ts) and replayed on the next load.
 */
import type { ParsedExercise } from "@rootlab/content";
import type { GradeReport } from "@rootlab/grader";
import type { PacketDecision, TranscriptEntry } from "@rootlab/sim";
import { CommandsPending, type LabSnapshot, loadCommandGroups } from "@rootlab/sim/terminal";
import { clearAttempt, loadAttempt, saveAttempt } from "../progress/attempt-store.js";
import type { KeyValueStore } from "../progress/store.js";
import { createTerminalKeys } from "../terminal/keys.js";
import { markReady } from "../terminal/ready.js";
import type { ConntrackView } from "../topology/conntrack.js";
import type { TopologyFacts } from "../topology/facts.js";
import { adoptBooted, bootFromPage } from "./boot.js";
import { type HostTerminal, type HostTerminalHooks, openHostTerminal } from "./host-terminal.js";
import type { RestoredLab } from "./restore.js";

// Timeline for the bench: the engine and everything it imports have been evaluated.
if (typeof performance !== "undefined") performance.mark("rootlab-engine-evaluated");
// A lesson page's first terminal, drawn now if the page asks for it: React may not have hydrated yet (lab/boot.ts).
if (typeof document !== "undefined") bootFromPage();

export interface LabOptions {
  /** the exercise in the learner's variant (`applyVariant` of the plan the server parsed; no schema code in the browser) */
  exercise: ParsedExercise;
  /**
   * where the site build put this exercise's lab snapshot (`/lab-snapshots/<lab>-<seed>`, preloaded by
   * the page): the lab is restored from it instead of being built and booted here; without it, or when
   * it cannot be fetched, the lab is built here
   */
  snapshotUrl?: string;
  /** the hosts' login screens on the fresh lab (the snapshot's `screens`, sent with the page): the first prompt needs no more */
  screens?: LabSnapshot["screens"];
  /** the element the terminals go in; the engine owns its children */
  container: HTMLElement;
  store: KeyValueStore;
  screenReaderMode: boolean;
  /** the first prompt is on screen: the learner can type (the lab may still be loading; `startLab` resolves once it is there) */
  onPrompt?: () => void;
  /** focus the terminal as soon as it is drawn (a learner can type at once) */
  autoFocus: boolean;
  onLeaveArmed?: (armed: boolean) => void;
  /** after each command line has run and been saved */
  onCommand?: (commands: number) => void;
  /**
   * the page no longer wants this lab (it started another: a learner who signed in gets their variant): its
   * terminals go at once, not when the start resolves, so two labs never show in one frame; the start then rejects
   */
  signal?: AbortSignal;
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
  /** what `host`'s machine runs now: Linux from its disk, the rescue system, GRUB's prompt, or nothing (firmware stopped, boot hung) */
  machineState(host: string): "linux" | "rescue" | "grub" | "stopped";
  /** let virtual time pass (the page's fast-forward control): recorded and saved like a command line, replayed like `sleep`; resolves once done (a cron job's program may load first) */
  advance(ms: number): Promise<void>;
  setScreenReaderMode(on: boolean): void;
  focus(): void;
  dispose(): void;
}

/** Common programs, loaded once the first prompt is drawn; the rest (editors, the SQL client, disks...) load when first run. */
const PRELOADED_GROUPS = ["files", "net", "system"] as const;

export async function startLab(opts: LabOptions): Promise<LabController> {
  const ex = opts.exercise;
  const saved = loadAttempt(opts.store, ex.id, ex.seed, ex.variant.seed);
  // The fresh lab's login screen is what the learner sees when nothing has run yet: no setup, no saved work.
  const screens = opts.screens && saved.length === 0 && ex.setup.length === 0 ? opts.screens : undefined;
  // the snapshot: after the prompt when the prompt needs none of it, at once when the prompt waits for the lab
  let snapshotting: Promise<LabSnapshot | undefined> | undefined;
  const fetchLab = () => (snapshotting ??= opts.snapshotUrl ? fetchSnapshot(opts.snapshotUrl) : Promise.resolve(undefined));
  if (!screens) void fetchLab();
  let lab: RestoredLab | undefined;
  let hosts: string[] = screens ? Object.keys(screens) : [];
  let current = hosts[0];
  let srMode = opts.screenReaderMode;
  const terminals = new Map<string, HostTerminal>();
  let firstPrompt!: () => void;
  const prompted = new Promise<void>((resolve) => (firstPrompt = resolve));

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

  // The terminal lab/boot.ts drew before React hydrated, if it shows this lab's login screen: the first host's, adopted.
  let booted = adoptBooted(opts.container, ex.id, current ?? "");
  if (booted && !screens) {
    booted.dispose();
    booted = undefined;
  }

  /** what every host's terminal reports to the page */
  const hooks: HostTerminalHooks = {
    onLine: (tty) => {
      const entries = tty.lab.transcript.entries;
      saveAttempt(opts.store, ex.id, ex.seed, entries, Date.now(), ex.variant.seed);
      opts.onCommand?.(entries.filter((e) => "line" in e).length);
    },
    onLeaveArmed: opts.onLeaveArmed,
  };

  /** `host`'s terminal, on the lab when it is there, else on the snapshot's login screen (attached later) */
  function openTerminal(host: string): HostTerminal {
    const adopted = booted?.host === host ? booted : undefined;
    if (adopted) {
      booted = undefined;
      Object.assign(adopted.hooks, hooks);
      void markReady().then(firstPrompt);
      return adopted;
    }
    return openHostTerminal({
      host,
      exerciseId: ex.id,
      container: opts.container,
      screenReaderMode: srMode,
      keys: keyHandler,
      session: lab?.session,
      screen: screens?.[host],
      previous: lab?.previous,
      hooks,
      onWritten: () => void markReady().then(firstPrompt),
    });
  }

  function show(host: string, focus: boolean) {
    current = host;
    if (!terminals.has(host)) terminals.set(host, openTerminal(host));
    for (const [name, t] of terminals) t.element.hidden = name !== host;
    fitVisible();
    if (focus) terminals.get(host)!.term.focus();
  }

  function disposeTerminals() {
    for (const t of terminals.values()) t.dispose();
    terminals.clear();
  }

  const abort = () => {
    resizeObserver.disconnect();
    booted?.dispose();
    disposeTerminals();
  };
  opts.signal?.addEventListener("abort", abort, { once: true });
  const stopIfAborted = () => {
    if (opts.signal?.aborted) throw new DOMException("the lab's start was abandoned", "AbortError");
  };
  stopIfAborted();

  if (screens) {
    // the prompt first; the simulation's download starts once it is on screen
    show(current, opts.autoFocus);
    await Promise.race([prompted, new Promise((r) => setTimeout(r, 2000))]);
    stopIfAborted();
  }
  void prompted.then(() => {
    opts.onPrompt?.();
    afterFirstPrompt();
  });
  const [core, snapshot] = await Promise.all([loadCore(), fetchLab()]);
  performance.mark("rootlab-snapshot-fetched");
  lab = await core.restoreSaved(ex, opts.store, saved, snapshot);
  stopIfAborted();
  performance.mark("rootlab-lab-built");
  const session = lab.session;
  for (const t of terminals.values()) t.tty.attach(session);
  if (!screens) {
    hosts = core.listHosts(ex);
    current = hosts[0];
    show(current, opts.autoFocus);
  }
  // Check is offered once it can run: the grader and the common programs here (a learner may go offline now)
  await Promise.all([loadGrader(), loadCommandGroups(PRELOADED_GROUPS)]).catch(() => {});
  stopIfAborted();
  const restored = (): RestoredLab => lab!;

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
      // Checks run command lines on copies of the lab: one that needs a program not loaded yet is graded again once it is.
      for (;;) {
        try {
          return grade(restored().session, ex.checks);
        } catch (e) {
          if (!(e instanceof CommandsPending)) throw e;
          await loadCommandGroups(e.groups);
        }
      }
    },
    entries() {
      return structuredClone(restored().session.transcript.entries);
    },
    reset() {
      clearAttempt(opts.store, ex.id);
      disposeTerminals();
      lab = core.restartLab(ex, snapshot);
      show(hosts[0], true);
    },
    topology() {
      return core.topologyFacts(restored().session.world.state);
    },
    packetTrace() {
      return restored().session.lastPacketTrace();
    },
    conntrack(host) {
      return core.conntrackView(restored().session.world.state, host);
    },
    clock() {
      return restored().session.world.clock.unixMs;
    },
    machineState(host) {
      return restored().session.machineState(host);
    },
    async advance(ms) {
      const session = restored().session;
      await session.advanceLoading(ms);
      if (restored().session === session) saveAttempt(opts.store, ex.id, ex.seed, session.transcript.entries, Date.now());
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
  return (grader ??= retrying(() => import("@rootlab/grader")));
}

let core: Promise<typeof import("./lab-core")> | undefined;
function loadCore() {
  return (core ??= retrying(() => import("./lab-core")));
}

/** `load()`, tried again after a failed download (offline): when the browser is back online, or every 5 s. */
function retrying<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(
    () =>
      new Promise<T>((resolve) => {
        const again = () => {
          window.removeEventListener("online", again);
          clearTimeout(timer);
          resolve(retrying(load));
        };
        const timer = setTimeout(again, 5000);
        window.addEventListener("online", again);
      }),
  );
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
