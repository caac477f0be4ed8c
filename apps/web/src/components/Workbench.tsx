"use client";
/**
 * The lab beside a lesson: exercise picker, terminal, tasks, Check and Reset.
 * This component is light and rendered on the server with the page; the
 * simulation, the grader and xterm.js come with lab/engine, imported once the
 * page is hydrated, so the lesson text never waits for them.
 *
 * Keyboard: Tab reaches the terminal; inside it Tab completes, Escape then Tab
 * leaves; Ctrl+Enter (⌘+Enter) checks from anywhere on the page.
 */
import { applyVariant, type VariantPlan } from "@rootlab/content/variant";
import type { GradeReport } from "@rootlab/grader";
import type { PacketDecision } from "@rootlab/sim";
import { lazy, type ReactNode, startTransition, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { importWhenOnline } from "@/lib/import-when-online";
import "@xterm/xterm/css/xterm.css";
import { BOOT_ATTRIBUTE, bootAttribute, SIDE_BY_SIDE } from "@/lab/page-contract";
import type { LabController } from "@/lab/engine";
import { loadEngine } from "@/lab/load-engine";
import { useLazySession } from "@/lib/session";
import { currentLearner, type Learner, rememberSession } from "@/progress/learner";
import { loadCheck, saveCheck, type CheckProgress } from "@/progress/progress";
import { enqueue, flush } from "@/progress/outbox";
import { sendAttempt } from "@/progress/send-attempt";
import { browserStore, type KeyValueStore } from "@/progress/store";
import { newClientId } from "@/progress/uuid";
import { isCheckShortcut } from "@/terminal/keys";
import { SCREEN_READER_KEY } from "@/terminal/settings";
import type { ConntrackView } from "@/topology/conntrack";
import type { TopologyFacts } from "@/topology/facts";
import { InlineText } from "./InlineText";
import { ResetDialog } from "./ResetDialog";
import { labTime, TimeControl } from "./TimeControl";
import { VariantValues } from "./VariantParam";

// Drawn from the lab's world, so never before the lab is there: their code loads then, off the path to the first prompt;
// a connection lost before it arrives must not take the page down (import-when-online.ts)
const TopologyPicture = lazy(() => importWhenOnline(() => import("./TopologyPicture")).then((m) => ({ default: m.TopologyPicture })));
const ConntrackTable = lazy(() => importWhenOnline(() => import("./ConntrackTable")).then((m) => ({ default: m.ConntrackTable })));

export interface WorkbenchExercise {
  id: string;
  /** rendered Markdown, one per task; parameters as <Param>s, filled with the learner's values */
  tasks: ReactNode[];
  /** rendered Markdown, weakest first */
  hints: ReactNode[];
  /**
   * the exercise for any learner's variant, parsed on the server: the lab
   * runs `applyVariant(plan, learner's seed)`, and the browser needs no
   * schema code for it
   */
  plan: VariantPlan;
  /** the URL of the exercise's lab snapshot made by the site build (lab-snapshots/), if there is one: the lab restores it instead of booting */
  snapshot?: string;
  /** each host's login banner and first prompt on the fresh lab (from the snapshot, made at build time): the first prompt is drawn from them */
  screens?: Record<string, { banner: string; prompt: string }>;
}

/** loading: nothing to type into yet; prompted: the terminal takes keys while the lab finishes loading; ready: everything works */
type LabStatus = { kind: "loading" } | { kind: "prompted" } | { kind: "ready" } | { kind: "error"; message: string };
type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "queued" }
  | { kind: "rejected"; message: string };

const TOPOLOGY_KEY = "rootlab:settings:topology";
/** the terminal frame's markup: none from React (the engine owns its children) */
const EMPTY = { __html: "" };

/** The first prompt the engine may draw before hydration (lab/boot.ts): when the fresh lab's login screen is all it needs. */
function bootData(ex: WorkbenchExercise): string | undefined {
  const host = ex.screens && Object.keys(ex.screens)[0];
  if (!host || ex.plan.exercise.setup.length > 0) return undefined;
  return bootAttribute({ exerciseId: ex.id, host, screen: ex.screens![host] });
}

/**
 * `userId`: the signed-in learner when the server rendering the page knows
 * them (a dynamic page); a static lesson page leaves it out and the browser
 * finds out (progress/learner.ts).
 */
export function Workbench({ exercises, userId }: { exercises: WorkbenchExercise[]; userId?: string }) {
  const [index, setIndex] = useState(0);
  const ex = exercises[index];
  // only on the page as served (the first exercise): a boot is spent once the engine has started a lab
  const boot = useMemo(() => bootData(exercises[0]), [exercises]);
  const [status, setStatus] = useState<LabStatus>({ kind: "loading" });
  const [hosts, setHosts] = useState<string[]>([]);
  const [host, setHost] = useState<string>("");
  const [report, setReport] = useState<GradeReport | undefined>();
  const [last, setLast] = useState<CheckProgress | undefined>();
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [srMode, setSrMode] = useState(false);
  const [leaveArmed, setLeaveArmed] = useState(false);
  const [hintsShown, setHintsShown] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  /** Check asked for (Ctrl+Enter) before the lab arrived: the prompt comes first; it runs once the lab is there */
  const checkWhenReady = useRef(false);
  const checkRef = useRef<() => Promise<void>>(async () => {});
  const [resetOpen, setResetOpen] = useState(false);
  const [topology, setTopology] = useState<TopologyFacts | undefined>();
  const [topologyOpen, setTopologyOpen] = useState(true);
  const [trace, setTrace] = useState<readonly PacketDecision[]>([]);
  const [clockMs, setClockMs] = useState<number | undefined>();
  const [conntrack, setConntrack] = useState<ConntrackView | undefined>();
  /** what the shown host's machine runs: its console's buttons appear when it is not Linux */
  const [machine, setMachine] = useState<ReturnType<LabController["machineState"]>>("linux");
  /** whose variant: known once the page runs in the browser (the server renders the default values) */
  const [learner, setLearner] = useState<Learner | undefined>();
  const session = useLazySession();

  const termRef = useRef<HTMLDivElement>(null);
  const ctHostRef = useRef("");
  const labRef = useRef<LabController | undefined>(undefined);
  const storeRef = useRef<KeyValueStore | undefined>(undefined);
  const flushing = useRef<Promise<void> | undefined>(undefined);
  const store = () => (storeRef.current ??= browserStore());

  /** Everything drawn from the world: the network picture, the packet path, the clock and the conntrack table. */
  const redraw = () => {
    const lab = labRef.current;
    if (!lab) return;
    setTopology(lab.topology());
    setTrace(lab.packetTrace());
    setClockMs(lab.clock());
    setMachine(lab.machineState(lab.host));
    // the table appears once connection tracking was used on some host of the lab, and stays
    setConntrack(lab.hosts.some((h) => lab.conntrack(h).everUsed) ? lab.conntrack(ctHostRef.current || lab.host) : undefined);
  };

  // Settings that live in this browser, and the learner as it last knew them (no request before the first prompt).
  // A layout effect: React renders again at once and runs the lab's effect in the same task, not a frame later.
  useLayoutEffect(() => {
    setSrMode(store().getItem(SCREEN_READER_KEY) === "1");
    setTopologyOpen(store().getItem(TOPOLOGY_KEY) !== "closed");
    if (userId) rememberSession(store(), userId);
    setLearner(currentLearner(store()));
  }, [userId]);

  // The session has answered: if someone else is signed in now (or nobody), the lab restarts in their variant.
  const sessionUser = session.data?.user.id ?? null;
  const sessionKnown = !session.isPending && !session.error;
  useEffect(() => {
    if (sessionKnown && rememberSession(store(), sessionUser)) setLearner(currentLearner(store()));
  }, [sessionKnown, sessionUser]);

  /** the exercise this learner gets; undefined until the learner is known */
  const exercise = useMemo(() => (learner ? applyVariant(ex.plan, learner.seed) : undefined), [ex.plan, learner]);
  const shown = exercise ?? ex.plan.exercise;

  // Start the lab for the chosen exercise; the engine module loads once and is cached by the bundler.
  useEffect(() => {
    if (!exercise) return;
    let cancelled = false;
    const abandon = new AbortController();
    const container = termRef.current!;
    setStatus({ kind: "loading" });
    setReport(undefined);
    setHintsShown(0);
    setLast(loadCheck(store(), ex.id));
    loadEngine()
      .then(async ({ startLab }) => {
        if (cancelled) return;
        const lab = await startLab({
          exercise,
          snapshotUrl: ex.snapshot,
          screens: ex.screens,
          container,
          store: store(),
          screenReaderMode: store().getItem(SCREEN_READER_KEY) === "1",
          // Side by side the terminal is in view: focus it so the learner can type at once. Stacked (narrow
          // screens) it sits below the lesson, and focusing it would scroll the text away.
          autoFocus: window.matchMedia(SIDE_BY_SIDE).matches,
          onLeaveArmed: setLeaveArmed,
          onPrompt: () => !cancelled && setStatus((s) => (s.kind === "loading" ? { kind: "prompted" } : s)),
          // After every command line: redraw the network picture at low priority, never ahead of the prompt.
          onCommand: () => startTransition(() => redraw()),
          signal: abandon.signal,
        });
        if (cancelled) {
          lab.dispose();
          return;
        }
        labRef.current = lab;
        // the prompt came before the lab: a screen reader mode switched meanwhile is in the store, not yet in the terminal
        lab.setScreenReaderMode(store().getItem(SCREEN_READER_KEY) === "1");
        if (checkWhenReady.current) {
          checkWhenReady.current = false;
          void checkRef.current();
        }
        setHosts(lab.hosts);
        setHost(lab.host);
        setStatus({ kind: "ready" });
        // The terminal is drawn; the picture comes after it.
        ctHostRef.current = lab.host;
        startTransition(() => redraw());
      })
      .catch((e: unknown) => {
        if (!cancelled) setStatus({ kind: "error", message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      cancelled = true;
      abandon.abort();
      labRef.current?.dispose();
      labRef.current = undefined;
      setTopology(undefined);
      setTrace([]);
      setConntrack(undefined);
      setClockMs(undefined);
      setMachine("linux");
    };
  }, [ex.id, ex.snapshot, exercise]);

  const sendPending = useCallback(async (): Promise<void> => {
    // One flush at a time: a second caller waits for the running one, then flushes what is left.
    while (flushing.current) await flushing.current;
    const run = (async () => {
      const r = await flush(store(), (s) => sendAttempt(fetch, s));
      if (r.rejected.length) setSaveState({ kind: "rejected", message: r.rejected[0].reason || `HTTP ${r.rejected[0].status}` });
      else if (r.kept > 0) setSaveState({ kind: "queued" });
      else if (r.saved.length) setSaveState({ kind: "saved" });
    })();
    flushing.current = run;
    try {
      await run;
    } finally {
      flushing.current = undefined;
    }
  }, []);

  // Attempts left from an earlier visit, and whenever the browser is back online.
  useEffect(() => {
    void sendPending();
    const online = () => void sendPending();
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [sendPending]);

  const check = useCallback(async () => {
    const lab = labRef.current;
    if (!lab) {
      checkWhenReady.current = true;
      return;
    }
    // The grader may still be loading (it comes after the first prompt, see lab/engine).
    const r = await lab.check();
    // Another exercise was chosen (or the page left) while it loaded: this report is for a lab that is gone.
    if (labRef.current !== lab) return;
    setReport(r);
    saveCheck(store(), ex.id, r, Date.now());
    setLast(loadCheck(store(), ex.id));
    const failing = r.results.filter((c) => !c.passed).map((c) => c.title);
    setAnnouncement(
      r.passed === r.total
        ? `All ${r.total} checks pass. Well done.`
        : `${r.passed} of ${r.total} checks pass. Failing: ${failing.join("; ")}.`,
    );
    const variant = lab.exercise.variant.seed;
    enqueue(store(), {
      clientId: newClientId(),
      exerciseId: ex.id,
      entries: lab.entries(),
      seed: lab.exercise.seed,
      ...(variant === null ? {} : { variant }),
      ...(learner?.userId ? {} : { anonymous: true }),
    });
    setSaveState({ kind: "saving" });
    void sendPending();
  }, [ex.id, sendPending, learner]);

  checkRef.current = check;

  // Ctrl+Enter / ⌘+Enter checks from anywhere on the page (the terminal lets it through).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.type === "keydown" && isCheckShortcut(e) && !e.repeat) {
        e.preventDefault();
        void check();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [check]);

  const reset = () => {
    setResetOpen(false);
    labRef.current?.reset();
    redraw();
    setReport(undefined);
    setHintsShown(0);
    setAnnouncement("The lab was reset: a fresh start of this exercise.");
  };

  const toggleSr = (on: boolean) => {
    setSrMode(on);
    store().setItem(SCREEN_READER_KEY, on ? "1" : "0");
    labRef.current?.setScreenReaderMode(on);
  };

  const toggleTopology = (open: boolean) => {
    setTopologyOpen(open);
    store().setItem(TOPOLOGY_KEY, open ? "open" : "closed");
  };

  // the clock itself is not a live region (it moves with every command that takes lab time); a skip is announced here
  const fastForward = (ms: number) => {
    const lab = labRef.current;
    if (!lab) return;
    void lab.advance(ms).then(() => {
      redraw();
      setAnnouncement(`Lab time is now ${labTime(lab.clock())}.`);
    });
  };

  const showConntrackHost = (name: string) => {
    ctHostRef.current = name;
    redraw();
  };

  const showHost = (name: string) => {
    setHost(name);
    labRef.current?.showHost(name);
    redraw();
  };

  /** a button of the machine's console (as a hosting provider's panel has): typed at its prompt, so the transcript has it */
  const consoleAction = (word: "rescue" | "reset") => {
    const lab = labRef.current;
    if (!lab) return;
    lab.type(word, lab.host);
    lab.focus();
  };

  const ready = status.kind === "ready";

  return (
    <section className="lab" id="lab" aria-labelledby="lab-title" data-variant-seed={exercise?.variant.seed ?? undefined}>
      <div className="lab-head">
        <h2 id="lab-title" className="visually-hidden">
          Lab
        </h2>
        {exercises.length > 1 ? (
          <div role="group" aria-label="Exercises" className="exercise-picker">
            {exercises.map((e, i) => (
              <button
                key={e.id}
                type="button"
                className="exercise-pick"
                aria-pressed={i === index}
                onClick={() => setIndex(i)}
                title={e.plan.exercise.title}
              >
                Exercise {i + 1}
              </button>
            ))}
          </div>
        ) : null}
      </div>

      {/* Tasks and the network picture share a row when the picture is narrow (one host); a wide one wraps below. */}
      <div className="lab-overview">
        <section className="exercise" aria-labelledby="exercise-title">
          <h3 id="exercise-title">
            <span className="exercise-number">Exercise {index + 1}:</span> {shown.title}
          </h3>
          <VariantValues.Provider value={shown.variant.values}>
            <ol className="tasks">
              {ex.tasks.map((t, i) => (
                <li key={i}>{t}</li>
              ))}
            </ol>
          </VariantValues.Provider>
        </section>
        {topology ? (
          <Suspense fallback={null}>
            <TopologyPicture facts={topology} open={topologyOpen} onToggle={toggleTopology} trace={trace} />
          </Suspense>
        ) : null}
      </div>

      <div className="terminal-bar">
        {hosts.length > 1 ? (
          <label className="host-picker">
            Host{" "}
            <select value={host} onChange={(e) => showHost(e.target.value)}>
              {hosts.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="terminal-title">root@{host || "…"}</span>
        )}
        <p className="terminal-help" id="terminal-help">
          <span>
            <kbd>Tab</kbd> completes
          </span>{" "}
          ·{" "}
          <span>
            <kbd>Esc</kbd> <kbd>Tab</kbd> leaves
          </span>{" "}
          ·{" "}
          <span>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> checks
          </span>
        </p>
        <TimeControl clockMs={clockMs} disabled={!ready} onAdvance={fastForward} />
        <label className="sr-toggle">
          <input type="checkbox" checked={srMode} onChange={(e) => toggleSr(e.target.checked)} /> Screen reader mode
        </label>
      </div>
      <div className="terminal-wrap">
        {/* The engine owns the frame's children: React renders none (so hydration leaves alone a terminal drawn before it, lab/boot.ts). */}
        <div ref={termRef} className="terminal-frame" data-status={status.kind} {...{ [BOOT_ATTRIBUTE]: boot }} dangerouslySetInnerHTML={EMPTY} />
        {status.kind === "loading" ? <p className="terminal-status">Starting the lab…</p> : null}
        {status.kind === "error" ? (
          <p className="terminal-status terminal-status--error" role="alert">
            The lab could not start: {status.message}
          </p>
        ) : null}
        {leaveArmed ? (
          <p className="leave-hint" aria-hidden="true">
            <kbd>Tab</kbd> now leaves the terminal
          </p>
        ) : null}
      </div>

      {ready && (machine === "stopped" || machine === "grub") ? (
        <div className="machine-console" role="group" aria-label={`Console of ${host}`}>
          <p>
            <strong>{host}</strong> is not running Linux{machine === "grub" ? ": it stopped at GRUB's prompt" : ""}.
          </p>
          <button type="button" className="button" onClick={() => consoleAction("rescue")}>
            Boot the rescue disc
          </button>
          <button type="button" className="button" onClick={() => consoleAction("reset")}>
            Reset (boot from disk)
          </button>
        </div>
      ) : null}
      {conntrack ? (
        <Suspense fallback={null}>
          <ConntrackTable view={conntrack} hosts={hosts} onHost={showConntrackHost} />
        </Suspense>
      ) : null}

      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => void check()} disabled={!ready} aria-keyshortcuts="Control+Enter">
          Check <span className="shortcut">Ctrl+Enter</span>
        </button>
        <button type="button" className="button" onClick={() => setResetOpen(true)} disabled={!ready}>
          Reset lab
        </button>
        {ex.hints.length > 0 ? (
          <button type="button" className="button button--quiet" onClick={() => setHintsShown((n) => Math.min(n + 1, ex.hints.length))} disabled={hintsShown >= ex.hints.length}>
            {hintsShown === 0 ? "Show a hint" : hintsShown < ex.hints.length ? "Another hint" : "No more hints"}
          </button>
        ) : null}
        <span className="score" aria-hidden={report ? undefined : true}>
          {report ? `${report.passed}/${report.total} checks pass` : last ? `Last check: ${last.passed}/${last.total}` : ""}
        </span>
      </div>
      <p className="save-state" role="status">
        {saveStateText(saveState)}
      </p>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>

      {hintsShown > 0 ? (
        <section aria-label="Hints" className="hints">
          <VariantValues.Provider value={shown.variant.values}>
            <ol>
              {ex.hints.slice(0, hintsShown).map((h, i) => (
                <li key={i}>{h}</li>
              ))}
            </ol>
          </VariantValues.Provider>
        </section>
      ) : null}

      {report ? (
        <section aria-labelledby="results-title" className="results">
          <h3 id="results-title">
            Results: {report.passed} of {report.total} checks pass
          </h3>
          <ul>
            {report.results.map((r) => (
              <li key={r.id} className={r.passed ? "result result--pass" : "result result--fail"} data-check={r.id} data-passed={r.passed}>
                <span className="result-mark" aria-hidden="true">
                  {r.passed ? "✓" : "✗"}
                </span>
                <span className="result-body">
                  <span className="result-title">
                    <span className="visually-hidden">{r.passed ? "Passed: " : "Failed: "}</span>
                    {r.title}
                  </span>
                  <span className="result-message">
                    <InlineText text={r.message} />
                  </span>
                  {r.hint ? (
                    <span className="result-hint">
                      Hint: <InlineText text={r.hint} />
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ResetDialog open={resetOpen} onConfirm={reset} onCancel={() => setResetOpen(false)} />
    </section>
  );
}

function saveStateText(s: SaveState): string {
  switch (s.kind) {
    case "idle":
      return "";
    case "saving":
      return "Saving your attempt…";
    case "saved":
      return "Attempt saved.";
    case "queued":
      return typeof navigator !== "undefined" && !navigator.onLine
        ? "Offline: your attempt will be saved when you are back online."
        : "The server could not be reached: your attempt will be saved when it is back.";
    case "rejected":
      return `The server did not accept this attempt: ${s.message}`;
  }
}

