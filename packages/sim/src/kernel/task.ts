/**
 * Tasks userland starts that outlive the command line that started them:
 * a shell's background jobs (`sleep 10 &`). The simulation runs a program to
 * its end at once, so a task is its record: when it started, when it exits
 * by itself (the virtual time its program used) and with what status. It
 * runs until then unless a signal ends it first; SIGSTOP/SIGTSTP freeze
 * its remaining time and SIGCONT lets it run again. A dead task stays until
 * its parent reaps it (waitpid: the shell, when it reports the job); `ps`
 * lists only the ones that run or are stopped. Daemons and the login are not
 * tasks: process/table.ts derives them from the services' state.
 */
import { type Result, fail, ok } from "./errno.js";

export interface TaskState {
  pid: number;
  ppid: number;
  /** the command line ps shows (/proc/PID/cmdline) */
  argv: string[];
  /** controlling terminal ("pts/0"), undefined for none */
  tty?: string;
  /** ms of virtual time (clock.now) it started */
  started: number;
  /** ms of virtual time it exits by itself, with `status` (pushed back while it is stopped) */
  exitsAt: number;
  status: number;
  /** the signal that ended it and when (ms); absent while it lives or when it exited by itself */
  killed?: { signal: number; at: number };
  /** ms of virtual time it was stopped (SIGSTOP, SIGTSTP); absent while it runs */
  stoppedAt?: number;
}

/** what a task is doing at `now` */
export type TaskPhase =
  | { kind: "running" }
  | { kind: "stopped" }
  | { kind: "exited"; status: number; at: number }
  | { kind: "signaled"; signal: number; at: number };

export function taskPhase(t: TaskState, now: number): TaskPhase {
  if (t.killed) return { kind: "signaled", signal: t.killed.signal, at: t.killed.at };
  if (t.stoppedAt !== undefined) return { kind: "stopped" };
  if (now >= t.exitsAt) return { kind: "exited", status: t.status, at: t.exitsAt };
  return { kind: "running" };
}

export function taskAlive(t: TaskState, now: number): boolean {
  const k = taskPhase(t, now).kind;
  return k === "running" || k === "stopped";
}

/** default actions (signal(7)); "core" also ends the task (Debian's core limit is 0: no core file) */
function defaultAction(sig: number): "term" | "ign" | "stop" | "cont" {
  if (sig === 17 || sig === 23 || sig === 28) return "ign"; // SIGCHLD, SIGURG, SIGWINCH
  if (sig === 19 || sig === 20 || sig === 21 || sig === 22) return "stop"; // SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU
  if (sig === 18) return "cont";
  return "term";
}

/** kill(2) on one task: ESRCH when it is gone (dead tasks are zombies: signals to them do nothing) */
export function signalTask(tasks: TaskState[], pid: number, sig: number, now: number): Result {
  const t = tasks.find((x) => x.pid === pid);
  if (!t) return fail("ESRCH");
  if (sig === 0 || !taskAlive(t, now)) return ok();
  switch (defaultAction(sig)) {
    case "ign":
      break;
    case "stop":
      t.stoppedAt ??= now;
      break;
    case "cont":
      if (t.stoppedAt !== undefined) {
        t.exitsAt += now - t.stoppedAt;
        delete t.stoppedAt;
      }
      break;
    case "term":
      t.killed = { signal: sig, at: now };
      delete t.stoppedAt;
      break;
  }
  return ok();
}
