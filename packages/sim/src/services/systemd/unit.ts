/**
 * The systemd units a host knows, as drivers over their daemon's state.
 * `systemctl` and `service` (commands/systemd) and boot (init/boot.ts) go
 * through this list; a new daemon (cron) adds its driver to `UNITS`.
 */
import type { Host } from "../../host/host.js";
import { cronUnit } from "../cron/unit.js";
import { type DaemonSignals, type MainExit, RESTART_TIMER } from "./main-exit.js";
import { registerTimerHandler } from "../../world/timers.js";
import type { World } from "../../world/world.js";
import { mariadbUnit } from "../mysqld/daemon.js";
import { netfilterPersistentUnit } from "../netfilter-persistent/unit.js";
import { networkingUnit } from "../networking/unit.js";
import { sshUnit } from "../sshd/daemon.js";

/** runs a command line in a shell on the host (init's, or the calling program's child `sh -c`); returns its status */
export type UnitRunner = (line: string) => number;

/** one line of a unit's journal: `IDENT[PID]: MESSAGE` at a time */
export interface JournalLine {
  /** ms of virtual time */
  at: number;
  /** "systemd" (pid 1) or the program's syslog identifier */
  ident: string;
  pid?: number;
  message: string;
}

/** an ExecStart=/ExecStop=/ExecStopPost= process that ran and exited */
export interface ExecRun {
  name: "ExecStart" | "ExecStop" | "ExecStopPost";
  /** the command's argv joined by spaces, as systemctl status shows it (no quotes, no "-" prefix) */
  argv: string;
  pid: number;
  /** exit status */
  status: number;
}

/** what `systemctl status` needs of a Type=oneshot, RemainAfterExit=yes unit */
export interface OneshotStatus {
  state: "active" | "inactive" | "failed";
  runs: ExecRun[];
  /** ms of virtual time the unit last became active / stopped being active */
  activeEnter?: number;
  activeExit?: number;
  /** the lines status shows: this boot's, since the unit last left "inactive" (InactiveExitTimestamp) */
  journal: JournalLine[];
  /** the cgroup's CPU time ("CPU:" line), ms */
  cpuMs: number;
}

export interface UnitDriver {
  /** the unit file's name ("mariadb.service") */
  name: string;
  /** names that are symlinks to it ("mysql.service"): start/stop/status work, enable refuses */
  aliases: string[];
  /** the unit file's path ("/lib/systemd/system/mariadb.service") */
  path: string;
  /** the links `systemctl enable` makes (WantedBy=); absent: multi-user.target.wants/NAME */
  wants?: string[];
  description: string;
  /** documentation lines of `systemctl status` */
  docs: string[];
  /** the package is installed on this host */
  installed(host: Host): boolean;
  isActive(host: Host): boolean;
  isEnabled(host: Host): boolean;
  /** `run` executes the unit's Exec lines (units whose work is a script need it; daemons do not) */
  start(host: Host, run?: UnitRunner): void;
  stop(host: Host, run?: UnitRunner): void;
  setEnabled(host: Host, enabled: boolean): void;
  /** the lines after Docs: in `systemctl status` while running (Main PID, Status, Tasks, ...) */
  runningLines(host: Host): string[];
  /** ms of virtual time (clock.now) the unit last changed state */
  since(host: Host): number | undefined;
  /** what boot does: start the unit when it is enabled, with the runtime state of a fresh machine */
  boot(host: Host): void;
  /**
   * The package's SysV init script, for the actions `service NAME ACTION`
   * hands to it rather than to systemctl (those systemd has no verb for:
   * netfilter-persistent's save and flush): each prints its LSB
   * "MESSAGE..." then "done." or "failed.", running `run` in between.
   */
  initScript?: { path: string; usage: string; actions: Record<string, { message: string; run: string }> };
  /** drop-in files that extend the unit ("Drop-In:" in systemctl status) */
  dropIns?: string[];
  /** the last time a signal, not systemctl, ended the daemon (main-exit.ts): what status shows of it */
  mainExit?(host: Host): { exit: MainExit; signals: DaemonSignals } | undefined;
  /** present for Type=oneshot units with RemainAfterExit=yes: their state, exec runs and journal */
  oneshot?(host: Host): OneshotStatus;
}

export const UNITS: UnitDriver[] = [cronUnit, mariadbUnit, sshUnit, netfilterPersistentUnit, networkingUnit];

/** the unit a name refers to: "mysql", "mysql.service", "mariadb" ... */
export function findUnit(host: Host, name: string): { unit: UnitDriver; viaAlias: boolean } | undefined {
  const full = name.includes(".") ? name : `${name}.service`;
  for (const u of UNITS) {
    if (!u.installed(host)) continue;
    if (u.name === full) return { unit: u, viaAlias: false };
    if (u.aliases.includes(full)) return { unit: u, viaAlias: true };
  }
  return undefined;
}

// a Restart= job falls due (main-exit.ts): the daemon starts again, its last end kept for status
registerTimerHandler(RESTART_TIMER, (world: World, timer) => {
  const data = timer.data as { host: string; unit: string };
  const host = world.host(data.host);
  const unit = UNITS.find((u) => u.name === data.unit);
  if (host && unit) unit.mainExit?.(host)?.signals.start(host);
});

/** Start what is enabled (called once the kernel and networking are up). */
export function bootUnits(host: Host): void {
  for (const u of UNITS) if (u.installed(host)) u.boot(host);
}
