/**
 * Fast-forward for the lab's virtual clock: time in a lab moves only while
 * commands wait (sleep, ping, hping3, conntrack -E) or when the learner lets
 * it pass here, e.g. to watch a TIME_WAIT entry expire after 120 s without
 * waiting for real. Each press is one `advance` in the saved transcript, so
 * it replays (and grades) like `sleep N`. Plain buttons: keyboard operable;
 * the workbench announces the new time after each skip (the clock is not a
 * live region: it moves with every command that takes lab time).
 */
const STEPS: { ms: number; label: string; name: string }[] = [
  { ms: 10_000, label: "+10 s", name: "Let 10 seconds pass" },
  { ms: 60_000, label: "+1 min", name: "Let 1 minute pass" },
  { ms: 120_000, label: "+2 min", name: "Let 2 minutes pass" },
  { ms: 600_000, label: "+10 min", name: "Let 10 minutes pass" },
];

/** "09:02:10": the lab clock (UTC, as the simulated hosts keep it) */
export function labTime(unixMs: number): string {
  return new Date(unixMs).toISOString().slice(11, 19);
}

export function TimeControl({ clockMs, disabled, onAdvance }: { clockMs: number | undefined; disabled: boolean; onAdvance: (ms: number) => void }) {
  return (
    <div className="time-control" role="group" aria-label="Lab time">
      <span className="time-control-clock">
        Lab time <time>{clockMs === undefined ? "…" : labTime(clockMs)}</time>
      </span>
      {STEPS.map((s) => (
        <button key={s.ms} type="button" className="button button--small" aria-label={s.name} title={s.name} disabled={disabled} onClick={() => onAdvance(s.ms)}>
          {s.label}
        </button>
      ))}
    </div>
  );
}
