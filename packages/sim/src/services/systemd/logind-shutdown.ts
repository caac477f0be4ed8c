/**
 * systemd-logind's scheduled shutdown (ScheduleShutdown /
 * CancelScheduledShutdown, systemd 252): one pending action per host, kept
 * as a timer in virtual time. When it falls due the host asks for the
 * reboot or power-off, which the session carries out as for `reboot` or
 * `poweroff`. Runtime state: a boot forgets it (the timer's boot no longer
 * matches).
 */
import type { Host } from "../../host/host.js";
import type { TimerState } from "../../world/clock.js";
import { registerTimerHandler, type World } from "../../world/world.js";

export type ShutdownAction = "poweroff" | "halt" | "reboot";

const TIMER = "logind-shutdown";

interface ShutdownTimerData {
  host: string;
  bootedAt: number;
  action: ShutdownAction;
}

/** Schedule `action` at virtual time `at` (ms), replacing any pending one, as logind does. */
export function scheduleShutdown(host: Host, action: ShutdownAction, at: number): void {
  cancelShutdown(host);
  const data: ShutdownTimerData = { host: host.name, bootedAt: host.state.bootedAt, action };
  const timer = host.clock.schedule(at - host.clock.now, TIMER, data);
  host.state.shutdownScheduled = { action, at, timer };
}

/** Cancel the pending shutdown; whether there was one. */
export function cancelShutdown(host: Host): boolean {
  const pending = host.state.shutdownScheduled;
  if (!pending) return false;
  host.clock.cancel(pending.timer);
  delete host.state.shutdownScheduled;
  return true;
}

/** the pending shutdown of this boot, if any */
export function pendingShutdown(host: Host): Host["state"]["shutdownScheduled"] {
  return host.state.shutdownScheduled;
}

function due(world: World, timer: TimerState): void {
  const data = timer.data as ShutdownTimerData;
  const host = world.host(data.host);
  if (!host || host.state.bootedAt !== data.bootedAt || host.state.shutdownScheduled?.timer !== timer.id) return;
  delete host.state.shutdownScheduled;
  if (data.action === "reboot") host.requestReboot();
  else host.requestPowerOff(data.action);
}

registerTimerHandler(TIMER, due);
