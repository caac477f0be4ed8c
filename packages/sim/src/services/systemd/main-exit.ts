/**
 * A daemon's main process ended without systemctl asking (`kill PID`): what
 * systemd 252 makes of it (service_sigchld_event, service_enter_dead in
 * src/core/service.c). Sources, systemd.service(5):
 *
 * - SuccessExitStatus=: "exit code 0 and the signals SIGHUP, SIGINT,
 *   SIGTERM and SIGPIPE" are a clean end. A clean end leaves the unit
 *   inactive (dead), "Deactivated successfully."; anything else fails it:
 *   Result: exit-code for another status, Result: signal for another signal.
 * - Restart=on-failure restarts after an unclean exit code or signal;
 *   Restart=on-abort only after an unclean signal; RestartPreventExitStatus=
 *   keeps the listed statuses from restarting. RestartSec= (default 100ms)
 *   is the delay; the journal then says "Scheduled restart job, restart
 *   counter is at N." and the unit starts again with a new main pid.
 *
 * What the daemon does with the signal is its own (sshd exits 0 on SIGTERM
 * and 255 on SIGQUIT; mariadbd shuts down cleanly on SIGTERM): `DaemonSignals`.
 */
import type { Host } from "../../host/host.js";
import { signalName } from "../../process/signal-names.js";

/** how the main process ended (ExecMainCode/ExecMainStatus) and what systemd did then */
export interface MainExit {
  pid: number;
  /** ms of virtual time the process started and ended */
  startedAt: number;
  at: number;
  code: "exited" | "killed";
  /** the exit status, or the signal for "killed" */
  status: number;
  result: "success" | "exit-code" | "signal";
  /** what the daemon logged on its way out, if anything */
  logLine?: string;
  /** ms of virtual time systemd starts the unit again (Restart=); absent when it does not */
  restartAt?: number;
  /** the restart counter at that restart */
  restarts: number;
}

/** a daemon's signal handling and its unit's restart settings */
export interface DaemonSignals {
  unit: string;
  description: string;
  /** the ExecStart= line as systemctl status shows it */
  execStart: string;
  /** the daemon's syslog identifier */
  ident: string;
  /** what the daemon does with a signal it handles: exit with a status (logging a line), or ignore it; undefined: the default action */
  handles(sig: number): { exit: number; log?: string } | "ignore" | undefined;
  restart: "on-failure" | "on-abort" | "no";
  restartPreventExitStatus?: number[];
  /** RestartSec=, ms */
  restartSecMs: number;
  /** start the unit again (the Restart= job) */
  start(host: Host): void;
}

/** signals whose default action leaves a process running: CHLD, URG, WINCH; STOP/TSTP/TTIN/TTOU/CONT */
const HARMLESS = new Set([17, 18, 19, 20, 21, 22, 23, 28]);
/** SuccessExitStatus='s signals that are always clean */
const CLEAN_SIGNALS = new Set([1, 2, 13, 15]);

/** the timer kind of a Restart= job; unit.ts, which knows every unit, starts it */
export const RESTART_TIMER = "systemd.restart";

/**
 * The main process `pid` of `d` (started at `startedAt`) got `sig`: how it
 * ends, or undefined when it lives on. A restart is scheduled on the
 * world's clock when Restart= asks for one; `restarts` is the counter
 * before this end.
 */
export function mainProcessSignal(host: Host, d: DaemonSignals, pid: number, startedAt: number, sig: number, restarts: number): MainExit | undefined {
  if (sig === 0) return undefined;
  const h = d.handles(sig);
  if (h === "ignore" || (h === undefined && HARMLESS.has(sig))) return undefined;
  const at = host.clock.now;
  const exit: MainExit =
    h !== undefined
      ? { pid, startedAt, at, code: "exited", status: h.exit, result: h.exit === 0 ? "success" : "exit-code", logLine: h.log, restarts }
      : { pid, startedAt, at, code: "killed", status: sig, result: CLEAN_SIGNALS.has(sig) ? "success" : "signal", restarts };
  const prevented = exit.code === "exited" && d.restartPreventExitStatus?.includes(exit.status);
  const restart =
    exit.result !== "success" && !prevented && (d.restart === "on-failure" || (d.restart === "on-abort" && exit.code === "killed"));
  if (restart) {
    exit.restartAt = at + d.restartSecMs;
    exit.restarts = restarts + 1;
    host.clock.schedule(d.restartSecMs, RESTART_TIMER, { host: host.name, unit: d.unit });
  }
  return exit;
}

const EXIT_NAMES: Record<number, string> = { 0: "SUCCESS", 1: "FAILURE", 2: "INVALIDARGUMENT", 255: "EXCEPTION" };

/** "(code=exited, status=0/SUCCESS)", "(code=killed, signal=KILL)" */
export function exitStatusText(e: MainExit): string {
  if (e.code === "killed") return `(code=killed, signal=${signalName(e.status)})`;
  const name = EXIT_NAMES[e.status];
  return `(code=exited, status=${e.status}${name ? `/${name}` : ""})`;
}

export interface ExitJournalLine {
  /** ms of virtual time */
  at: number;
  ident: string;
  pid: number;
  message: string;
}

/** the journal lines the daemon and systemd write for the end, up to the restart's "Stopped" */
export function exitJournal(d: DaemonSignals, e: MainExit): ExitJournalLine[] {
  const lines: ExitJournalLine[] = [];
  const sd = (message: string, at = e.at) => lines.push({ at, ident: "systemd", pid: 1, message });
  if (e.logLine) lines.push({ at: e.at, ident: d.ident, pid: e.pid, message: e.logLine });
  if (e.result === "success") sd(`${d.unit}: Deactivated successfully.`);
  else {
    const how = e.code === "killed" ? `code=killed, status=${e.status}/${signalName(e.status)}` : `code=exited, status=${e.status}/${EXIT_NAMES[e.status] ?? ""}`;
    sd(`${d.unit}: Main process exited, ${how}`);
    sd(`${d.unit}: Failed with result '${e.result}'.`);
  }
  if (e.restartAt !== undefined) {
    sd(`${d.unit}: Scheduled restart job, restart counter is at ${e.restarts}.`, e.restartAt);
    sd(`Stopped ${d.unit} - ${d.description}.`, e.restartAt);
  }
  return lines;
}
