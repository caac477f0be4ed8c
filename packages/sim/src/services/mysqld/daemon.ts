/**
 * mariadbd on a host: installing the package (a fresh server's state),
 * starting and stopping it, what boot does, and its systemd unit. When it is
 * down, clients get error 2002 (no socket to connect to).
 */
import type { Host } from "../../host/host.js";
import type { UnitDriver } from "../systemd/unit.js";
import type { MysqldState } from "./state.js";
import { type DaemonSignals, mainProcessSignal } from "../systemd/main-exit.js";

/** the server's state on `host`, or undefined when mariadb-server is not installed */
export function mysqldOf(host: Host): MysqldState | undefined {
  return host.state.services?.mysqld;
}

export function startMysqld(host: Host): void {
  const s = mysqldOf(host);
  if (!s || s.running) return;
  s.running = true;
  // pids of daemons started at boot are small; later starts take the next free ones
  s.pid = 400 + host.prng.int(0, 3000);
  s.startedAt = host.clock.now;
  s.connections = 0;
  delete s.questions;
  delete s.mainExit;
}

/**
 * The id of a new connection. A real server's ids depend on its history
 * (Debian's debian-start and the server's own threads take some); the
 * simulation counts client connections since the start from FIRST_CONNECTION_ID.
 */
export const FIRST_CONNECTION_ID = 31;
export function nextConnectionId(s: MysqldState): number {
  s.connections = (s.connections ?? 0) + 1;
  return FIRST_CONNECTION_ID + s.connections - 1;
}

export function stopMysqld(host: Host): void {
  const s = mysqldOf(host);
  if (!s || !s.running) return;
  s.running = false;
  s.pid = undefined;
  s.startedAt = host.clock.now;
  delete s.mainExit;
}

/**
 * mariadbd's signals: SIGTERM and SIGQUIT shut it down cleanly (exit 0;
 * its signal thread, sql/mysqld.cc), SIGHUP reloads logs and privileges.
 * Debian 12's mariadb.service: Restart=on-abort, RestartSec=5s.
 */
export const MARIADB_SIGNALS: DaemonSignals = {
  unit: "mariadb.service",
  description: "MariaDB 10.11.19 database server",
  execStart: "/usr/sbin/mariadbd $MYSQLD_OPTS $_WSREP_NEW_CLUSTER $_WSREP_START_POSITION",
  ident: "mariadbd",
  handles(sig) {
    if (sig === 15 || sig === 3) return { exit: 0 };
    if (sig === 1) return "ignore";
    return undefined;
  },
  restart: "on-abort",
  restartSecMs: 5000,
  start(host) {
    const s = mysqldOf(host);
    const exit = s?.mainExit;
    startMysqld(host);
    if (s && exit) s.mainExit = exit;
  },
};

/**
 * A client's COM_SHUTDOWN (`mysqladmin shutdown`, SHUTDOWN): mariadbd ends
 * as it does on SIGTERM, cleanly with status 0, so systemd leaves the unit
 * inactive (dead), "Deactivated successfully", and Restart=on-abort does
 * not start it again.
 */
export function shutdownMysqld(host: Host): void {
  const s = mysqldOf(host);
  if (s?.running && s.pid !== undefined) signalMysqld(host, s.pid, 15);
}

/** kill(2) to mariadbd: true when `pid` is it */
export function signalMysqld(host: Host, pid: number, sig: number): boolean {
  const s = mysqldOf(host);
  if (!s?.running || s.pid !== pid) return false;
  const exit = mainProcessSignal(host, MARIADB_SIGNALS, pid, s.startedAt ?? host.state.bootedAt, sig, s.mainExit?.restarts ?? 0);
  if (!exit) return true;
  s.running = false;
  s.pid = undefined;
  s.startedAt = exit.at;
  s.mainExit = exit;
  return true;
}

export const mariadbUnit: UnitDriver = {
  name: "mariadb.service",
  aliases: ["mysql.service", "mysqld.service"],
  path: "/lib/systemd/system/mariadb.service",
  description: "MariaDB 10.11.19 database server",
  docs: ["man:mariadbd(8)", "https://mariadb.com/docs/server/server-management/starting-and-stopping-mariadb/systemd"],
  installed: (host) => mysqldOf(host) !== undefined,
  isActive: (host) => mysqldOf(host)?.running === true,
  isEnabled: (host) => mysqldOf(host)?.enabled === true,
  start: startMysqld,
  stop: stopMysqld,
  setEnabled(host, enabled) {
    const s = mysqldOf(host);
    if (s) s.enabled = enabled;
  },
  runningLines(host) {
    const pid = mysqldOf(host)?.pid ?? 0;
    return [
      `   Main PID: ${pid} (mariadbd)`,
      '     Status: "Taking your SQL requests now..."',
      "      Tasks: 9 (limit: 4645)",
      "     Memory: 78.4M",
      "        CPU: 412ms",
      "     CGroup: /system.slice/mariadb.service",
      `             └─${pid} /usr/sbin/mariadbd`,
    ];
  },
  since: (host) => mysqldOf(host)?.startedAt,
  mainExit: (host) => {
    const e = mysqldOf(host)?.mainExit;
    return e ? { exit: e, signals: MARIADB_SIGNALS } : undefined;
  },
  boot(host) {
    const s = mysqldOf(host);
    if (!s) return;
    s.running = false;
    s.pid = undefined;
    // a restart systemd had scheduled went with the old boot
    delete s.mainExit;
    if (s.enabled) startMysqld(host);
    else s.startedAt = undefined;
  },
};
