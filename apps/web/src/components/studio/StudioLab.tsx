"use client";
/**
 * The studio's bench for one exercise: its lab in a live terminal (the lesson
 * page's engine, saving nothing), its network picture, its checks re-graded
 * after every command line so they flip as work is done, its solutions run
 * line by line into the terminal, and a recorder that turns what was typed
 * into solution lines to paste.
 *
 * Keyboard: every control is a button or a field in document order; the
 * terminal is left with Escape then Tab, as on a lesson page. Check results
 * and each solution's verdict are announced politely.
 */
import type { ParsedExercise } from "@rootlab/content";
import { parseLine } from "@rootlab/content/attempt";
import type { GradeReport } from "@rootlab/grader";
import type { PacketDecision } from "@rootlab/sim";
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { InlineText } from "@/components/InlineText";
import { TopologyPicture } from "@/components/TopologyPicture";
import "@xterm/xterm/css/xterm.css";
import type { LabController } from "@/lab/engine";
import { loadEngine } from "@/lab/load-engine";
import { memoryStore } from "@/progress/store";
import { solutionBlock, solutionLines } from "@/studio/recording";
import type { TopologyFacts } from "@/topology/facts";

export interface StudioSolution {
  /** "Reference" or the wrong solution's name */
  name: string;
  lines: string[];
  /** ids of the checks it must fail; undefined for the reference (it must pass them all) */
  fails?: string[];
}

type Run = { solution: number; next: number };

/** ms between lines when a whole solution runs: time to see each check flip */
const RUN_ALL_PAUSE_MS = 250;

export function StudioLab({
  exercise,
  solutions,
  onRecorded,
}: {
  exercise: ParsedExercise;
  solutions: StudioSolution[];
  /** offered as "Use as the reference solution" under a recording (the exercise form) */
  onRecorded?: (lines: string[]) => void;
}) {
  const termRef = useRef<HTMLDivElement>(null);
  const labRef = useRef<LabController | undefined>(undefined);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [hosts, setHosts] = useState<string[]>([]);
  const [host, setHost] = useState("");
  const [report, setReport] = useState<GradeReport | undefined>();
  const [topology, setTopology] = useState<TopologyFacts | undefined>();
  const [trace, setTrace] = useState<readonly PacketDecision[]>([]);
  const [topologyOpen, setTopologyOpen] = useState(true);
  const [run, setRun] = useState<Run | undefined>();
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  /** transcript length when recording started; undefined when not recording */
  const [recordFrom, setRecordFrom] = useState<number | undefined>();
  const [recorded, setRecorded] = useState<{ lines: string[]; skipped: string[] } | undefined>();
  const [asTemplate, setAsTemplate] = useState(true);
  const grading = useRef(0);

  const regrade = useCallback(async () => {
    const lab = labRef.current;
    if (!lab) return;
    const mine = ++grading.current;
    const r = await lab.check();
    // a later command line (or another exercise) has come since: its grade is the one to show
    if (mine !== grading.current || labRef.current !== lab) return;
    setReport(r);
    startTransition(() => {
      setTopology(lab.topology());
      setTrace(lab.packetTrace());
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    setReady(false);
    setReport(undefined);
    setRun(undefined);
    setRecordFrom(undefined);
    setRecorded(undefined);
    void loadEngine()
      .then(async ({ startLab }) => {
        if (cancelled) return;
        const lab = await startLab({
          exercise,
          container: termRef.current!,
          // nothing the studio types is kept: a fresh lab on every visit
          store: memoryStore(),
          screenReaderMode: false,
          autoFocus: false,
          onCommand: () => void regrade(),
        });
        if (cancelled) {
          lab.dispose();
          return;
        }
        labRef.current = lab;
        setHosts(lab.hosts);
        setHost(lab.host);
        setReady(true);
        void regrade();
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      labRef.current?.dispose();
      labRef.current = undefined;
    };
  }, [exercise, regrade]);

  const reset = () => {
    labRef.current?.reset();
    setRun(undefined);
    setRecordFrom(undefined);
    void regrade();
  };

  /** Type the solution's next line into the terminal (from a fresh lab when another solution, or none, was running). */
  const step = (index: number) => {
    const lab = labRef.current;
    if (!lab) return;
    let from = run?.solution === index ? run.next : 0;
    if (run?.solution !== index) {
      lab.reset();
      from = 0;
    }
    if (from < solutions[index].lines.length) typeLine(index, from);
  };

  const runAll = async (index: number) => {
    const lab = labRef.current;
    if (!lab) return;
    setBusy(true);
    try {
      lab.reset();
      setRun({ solution: index, next: 0 });
      for (let i = 0; i < solutions[index].lines.length; i++) {
        typeLine(index, i);
        await new Promise((res) => setTimeout(res, RUN_ALL_PAUSE_MS));
      }
      await regrade();
    } finally {
      setBusy(false);
    }
  };

  /** Line `i` of a solution typed into its host's terminal; the run moves past it. */
  const typeLine = (index: number, i: number) => {
    const lab = labRef.current!;
    const { host: h, line: cmd } = parseLine(solutions[index].lines[i]);
    lab.type(cmd, h);
    setHost(lab.host);
    setRun({ solution: index, next: i + 1 });
  };

  // When a solution has run to its end, say whether it does what it must.
  const finished = run && run.next >= solutions[run.solution].lines.length ? solutions[run.solution] : undefined;
  const verdict = finished && report ? verdictOf(finished, report) : undefined;
  useEffect(() => {
    if (verdict) setAnnouncement(verdict.text);
  }, [verdict?.text]);

  const startRecording = () => {
    setRecorded(undefined);
    setRecordFrom(labRef.current?.entries().length ?? 0);
    labRef.current?.focus();
  };
  const stopRecording = () => {
    const lab = labRef.current;
    if (!lab || recordFrom === undefined) return;
    const entries = lab.entries().slice(recordFrom);
    setRecorded(solutionLines(entries, lab.hosts[0], asTemplate ? exercise.variant.values : {}));
    setRecordFrom(undefined);
  };

  const passing = report?.results.filter((r) => r.passed).length ?? 0;

  return (
    <div className="studio-lab">
      <div className="studio-columns">
        <section aria-labelledby="studio-checks-title" className="studio-checks">
          <h3 id="studio-checks-title">
            Checks {report ? <small>({passing} of {report.total} pass)</small> : null}
          </h3>
          <ul className="results" data-testid="studio-checks">
            {exercise.checks.map((c, i) => {
              const r = report?.results[i];
              return (
                <li key={c.id} className={`result ${r?.passed ? "result--pass" : "result--fail"}`} data-check={c.id} data-passed={r ? String(r.passed) : undefined}>
                  <span className="result-mark" aria-hidden="true">
                    {r ? (r.passed ? "✓" : "✗") : "·"}
                  </span>
                  <span className="result-body">
                    <span className="result-title">
                      <span className="visually-hidden">{r ? (r.passed ? "Passes: " : "Fails: ") : ""}</span>
                      {c.title} <code className="inline-code">{c.id}</code>
                      {c.guard ? <small> guard</small> : null}
                    </span>
                    <span className="result-message">
                      <InlineText text={r?.message ?? c.failMessage} />
                    </span>
                    <span className="result-hint">
                      {c.spec.kind}
                      {c.hint ? (
                        <>
                          {" "}
                          · hint: <InlineText text={c.hint} />
                        </>
                      ) : null}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
        {topology ? <TopologyPicture facts={topology} open={topologyOpen} onToggle={setTopologyOpen} trace={trace} /> : null}
      </div>

      <div className="terminal-bar">
        {hosts.length > 1 ? (
          <label className="host-picker">
            Host{" "}
            <select
              value={host}
              onChange={(e) => {
                setHost(e.target.value);
                labRef.current?.showHost(e.target.value);
              }}
            >
              {hosts.map((h) => (
                <option key={h}>{h}</option>
              ))}
            </select>
          </label>
        ) : (
          <span className="terminal-title">root@{host || "…"}</span>
        )}
        <p className="terminal-help">
          <kbd>Esc</kbd> <kbd>Tab</kbd> leaves the terminal
        </p>
        <button type="button" className="button button--small" onClick={reset} disabled={!ready || busy}>
          Reset lab
        </button>
      </div>
      <div className="terminal-wrap">
        <div ref={termRef} className="terminal-frame" data-status={ready ? "ready" : "loading"} />
        {!ready && !error ? <p className="terminal-status">Starting the lab…</p> : null}
        {error ? (
          <p className="terminal-status terminal-status--error" role="alert">
            The lab could not start: {error}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="studio-solutions-title">
        <h3 id="studio-solutions-title">Solutions</h3>
        {solutions.length === 0 ? <p>No solution yet: record one below.</p> : null}
        {solutions.map((s, i) => {
          const at = run?.solution === i ? run.next : 0;
          return (
            <div key={`${i}-${s.name}`} className="studio-solution" data-testid={`solution-${i}`}>
              <h4>
                {s.name}{" "}
                <small>{s.fails ? `must fail: ${s.fails.join(", ")}` : "must pass every check"}</small>
              </h4>
              <ol className="studio-lines">
                {s.lines.map((l, k) => (
                  <li key={k} aria-current={run?.solution === i && k === at ? "step" : undefined} data-done={run?.solution === i && k < at ? "true" : undefined}>
                    <code>{l}</code>
                  </li>
                ))}
              </ol>
              <div className="actions">
                <button type="button" className="button button--small" onClick={() => step(i)} disabled={!ready || busy || at >= s.lines.length}>
                  {run?.solution === i ? `Step ${at + 1} of ${s.lines.length}` : "Step through"}
                </button>
                <button type="button" className="button button--small" onClick={() => void runAll(i)} disabled={!ready || busy}>
                  Run all
                </button>
                {finished === s && verdict ? (
                  <span className={verdict.ok ? "form-ok" : "form-error"} data-testid={`verdict-${i}`}>
                    {verdict.text}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="studio-record-title">
        <h3 id="studio-record-title">Record a solution</h3>
        <p>Type in the terminal while recording; the lines become a solution to paste (or to use in the form).</p>
        <div className="actions">
          {recordFrom === undefined ? (
            <button type="button" className="button" onClick={startRecording} disabled={!ready}>
              Start recording
            </button>
          ) : (
            <button type="button" className="button button--primary" onClick={stopRecording}>
              Stop recording
            </button>
          )}
          {Object.keys(exercise.variant.values).length ? (
            <label>
              <input type="checkbox" checked={asTemplate} onChange={(e) => setAsTemplate(e.target.checked)} /> write this variant&apos;s values as{" "}
              <code>{"{{name}}"}</code>
            </label>
          ) : null}
          {recordFrom !== undefined ? <span role="status">Recording…</span> : null}
        </div>
        {recorded ? (
          <div className="studio-recorded">
            <pre className="replay" data-testid="recorded-solution">
              {solutionBlock(recorded.lines)}
            </pre>
            {recorded.skipped.length ? (
              <ul>
                {recorded.skipped.map((s, i) => (
                  <li key={i}>
                    Left out: <InlineText text={s} />
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="actions">
              <button type="button" className="button button--small" onClick={() => void navigator.clipboard?.writeText(solutionBlock(recorded.lines))}>
                Copy
              </button>
              {onRecorded ? (
                <button type="button" className="button button--small" onClick={() => onRecorded(recorded.lines)}>
                  Use as the reference solution
                </button>
              ) : null}
            </div>
          </div>
        ) : null}
      </section>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}

/** Whether a solution run to its end did what it must: the reference passes all; a wrong one fails exactly what it names. */
export function verdictOf(s: StudioSolution, report: GradeReport): { ok: boolean; text: string } {
  const failed = report.results.filter((r) => !r.passed).map((r) => r.id);
  if (!s.fails) {
    return report.score === 1
      ? { ok: true, text: `${s.name}: every check passes (score 1).` }
      : { ok: false, text: `${s.name}: scores ${report.score}; failing: ${failed.join(", ")}.` };
  }
  const want = [...s.fails].sort().join(", ");
  const got = [...failed].sort().join(", ");
  return want === got
    ? { ok: true, text: `${s.name}: fails exactly ${want}, as it must.` }
    : { ok: false, text: `${s.name}: must fail ${want || "nothing"}, fails ${got || "nothing"}.` };
}
