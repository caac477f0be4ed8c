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
}

export interface ClockState {
  /** ms of virtual time since the world was made */
  now: number;
  nextTimerId: number;
  /** kept sorted by (at, id) */
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

  /** Schedule a timer `delayMs` from now; returns its id. */
  schedule(delayMs: number, kind: string, data: unknown): number {
    const id = this.state.nextTimerId++;
    const timer: TimerState = { id, at: this.state.now + Math.max(0, delayMs), kind, data };
    const timers = this.state.timers;
    let i = timers.length;
    while (i > 0 && timers[i - 1].at > timer.at) i--;
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
