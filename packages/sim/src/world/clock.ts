/**
 * Virtual time. Nothing in the simulation reads the wall clock: time is a
 * number of milliseconds since the world was made, moved only by `advance()`.
 * Timers are plain data (kind + payload) so that a snapshot can carry them;
 * whoever advances the clock is handed each due timer in (time, insertion)
 * order and dispatches it by kind.
 */
export interface TimerState {
  id: number;
  /** ms of virtual time at which the timer fires */
  at: number;
  kind: string;
  /** what the handler needs; must be JSON */
  data: unknown;
  /**
   * Among timers due at the same time, the order they fire in (absent: the
   * id, i.e. the order they were scheduled in). A timer that stands for a
   * chain of periodic wake-ups that it skipped (cron) keeps its chain's
   * place, as if it had been rescheduled at each wake-up it skipped.
   */
  order?: number;
}

/** the order of timers due at the same time */
const orderOf = (t: TimerState): number => t.order ?? t.id;

export interface ClockState {
  /** ms of virtual time since the world was made */
  now: number;
  nextTimerId: number;
  /** kept sorted by (at, order ?? id) */
  timers: TimerState[];
}

/** 2026-11-30 09:00:00 UTC: what `date` shows at virtual time 0. */
export const EPOCH_MS = 1_796_029_200_000;

export function newClockState(): ClockState {
  return { now: 0, nextTimerId: 1, timers: [] };
}

export class Clock {
  constructor(readonly state: ClockState) {}

  /** ms of virtual time since the world was made */
  get now(): number {
    return this.state.now;
  }

  /** Unix time in ms, for timestamps shown to the learner. */
  get unixMs(): number {
    return EPOCH_MS + this.state.now;
  }

  /** Schedule a timer `delayMs` from now; returns its id. `order`: see `TimerState.order`. */
  schedule(delayMs: number, kind: string, data: unknown, order?: number): number {
    const id = this.state.nextTimerId++;
    const timer: TimerState = { id, at: this.state.now + Math.max(0, delayMs), kind, data };
    if (order !== undefined) timer.order = order;
    const timers = this.state.timers;
    const key = orderOf(timer);
    let i = timers.length;
    while (i > 0 && (timers[i - 1].at > timer.at || (timers[i - 1].at === timer.at && orderOf(timers[i - 1]) > key))) i--;
    timers.splice(i, 0, timer);
    return id;
  }

  cancel(id: number): void {
    const i = this.state.timers.findIndex((t) => t.id === id);
    if (i >= 0) this.state.timers.splice(i, 1);
  }

  /**
   * Move time forward by `ms`, handing each timer that falls due to `fire`
   * with the clock set to that timer's time. Timers scheduled by a handler
   * fire in the same call if they fall due before the end.
   */
  advance(ms: number, fire: (timer: TimerState) => void): void {
    const end = this.state.now + Math.max(0, ms);
    for (;;) {
      const next = this.state.timers[0];
      if (!next || next.at > end) break;
      this.state.timers.shift();
      this.state.now = Math.max(this.state.now, next.at);
      fire(next);
    }
    // a handler may itself let time pass (a cron job running `sleep`): never go back
    this.state.now = Math.max(this.state.now, end);
  }
}
