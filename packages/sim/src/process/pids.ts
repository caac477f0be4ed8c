/**
 * Pids the simulation fixes so that transcripts replay identically and
 * every tool agrees: `$$` (shell/), the login's processes in `ps`
 * (process/table.ts), and the least pid a process started now gets.
 */
import type { Host } from "../host/host.js";

/** the login shell's pid: `$$` at the lab's terminal, `-bash` in ps */
export const LOGIN_SHELL_PID = 1234;

/**
 * The least pid a process started now gets: after the login's, moving on as
 * virtual time passes (other programs, cron's jobs, take pids meanwhile), and
 * past every pid the kernel gave a background job (kernel/task.ts).
 */
export function nextPid(host: Host): number {
  const seconds = Math.floor(Math.max(0, host.clock.now - host.state.bootedAt) / 1000);
  return Math.max(LOGIN_SHELL_PID + 1 + (Math.floor(seconds / 3) % 30_000), (host.kernel.state.lastPid ?? 0) + 1);
}
