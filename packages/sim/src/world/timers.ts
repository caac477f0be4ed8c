/**
 * Timer dispatch by kind. A subsystem that schedules timers of a kind
 * registers the handler for it once, at module load; `World.advance` hands
 * each due timer to its handler. Kept apart from world.ts so that modules
 * the world itself imports (network.ts) can register without an import cycle.
 */
import type { TimerState } from "./clock.js";
import type { World } from "./world.js";

/** Dispatches a due timer; registered per timer kind by the subsystem that schedules it. */
export type TimerHandler = (world: World, timer: TimerState) => void;

const timerHandlers = new Map<string, TimerHandler>();

export function registerTimerHandler(kind: string, handler: TimerHandler): void {
  timerHandlers.set(kind, handler);
}

export function timerHandler(kind: string): TimerHandler | undefined {
  return timerHandlers.get(kind);
}
