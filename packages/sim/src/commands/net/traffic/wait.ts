/**
 * Letting virtual time pass while a program waits for the network. The
 * whole world moves (frames cross links, other hosts answer, timers fire);
 * the clock stops on whole milliseconds between steps, so a command always
 * ends on an integral `now`, while packets inside a step keep their
 * sub-millisecond times (RTTs of 0.1 ms are measured from them).
 */
import type { Process } from "../../../process/process.js";

/**
 * Advance until `done()` holds or `maxMs` have passed; true when done. Each
 * step jumps to the next due timer (at least 1 ms), so an idle wait of 10 s
 * costs one step. Every step is charged to the line's budget.
 */
export function waitUntil(proc: Process, done: () => boolean, maxMs: number): boolean {
  const world = proc.host.world;
  const end = world.clock.now + Math.max(0, maxMs);
  for (;;) {
    if (done()) return true;
    const now = world.clock.now;
    if (now >= end) return false;
    const next = world.clock.state.timers[0]?.at;
    const step = next === undefined ? end - now : Math.min(end - now, Math.max(1, Math.ceil(next) - now));
    proc.budget.charge(1);
    world.advanceNetwork(step);
  }
}

/** ms of virtual time now */
export function nowMs(proc: Process): number {
  return proc.host.world.clock.now;
}
