/**
 * kill(2) from userland: a signal to a pid of the host's process table.
 * The login's background jobs are the kernel's tasks (kernel/task.ts);
 * a daemon's main process hands the signal to its service (`DAEMON_SIGNALS`:
 * sshd, mariadbd, cron), which does what the daemon and systemd do with it
 * (services/systemd/main-exit.ts). Processes the
 * simulation only lists (kernel threads, journald, the login's own sshd and
 * bash, which ignore SIGTERM when interactive) take the signal and go on.
 * Pids the table does not hold: ESRCH.
 */
import type { Host } from "../host/host.js";
import { type Result, fail, ok } from "../kernel/errno.js";
import { processTable } from "./table.js";
import { signalSshd } from "../services/sshd/daemon.js";
import { signalMysqld } from "../services/mysqld/daemon.js";
import { signalCrond } from "../services/cron/crond.js";

/** each daemon's answer to a signal to `pid`: true when the pid was its main process */
const DAEMON_SIGNALS: ((host: Host, pid: number, sig: number) => boolean)[] = [signalSshd, signalMysqld, signalCrond];

/** kill(pid, sig); pid <= 0 names a process group: the login's own (0) or |pid|'s */
export function sendSignal(host: Host, pid: number, sig: number): Result {
  if (pid === 0) return ok(); // the shell's own process group: the interactive shell ignores TERM, its jobs have groups of their own
  const target = Math.abs(pid);
  if (host.kernel.tasks().some((t) => t.pid === target)) return host.kernel.signalTask(target, sig);
  if (!processTable(host).some((p) => p.pid === target)) return fail("ESRCH");
  if (sig === 0) return ok();
  for (const h of DAEMON_SIGNALS) if (h(host, target, sig)) return ok();
  return ok();
}
