/**
 * The systemd units a host knows, as drivers over their daemon's state.
 * `systemctl` and `service` (commands/systemd) and boot (init/boot.ts) go
 * through this list; a new daemon (cron) adds its driver to `UNITS`.
 */
import type { Host } from "../../host/host.js";
import { mariadbUnit } from "../mysqld/daemon.js";
import { sshUnit } from "../sshd/daemon.js";

export interface UnitDriver {
  /** the unit file's name ("mariadb.service") */
  name: string;
  /** names that are symlinks to it ("mysql.service"): start/stop/status work, enable refuses */
  aliases: string[];
  /** the unit file's path ("/lib/systemd/system/mariadb.service") */
  path: string;
  description: string;
  /** documentation lines of `systemctl status` */
  docs: string[];
  /** the package is installed on this host */
  installed(host: Host): boolean;
  isActive(host: Host): boolean;
  isEnabled(host: Host): boolean;
  start(host: Host): void;
  stop(host: Host): void;
  setEnabled(host: Host, enabled: boolean): void;
  /** the lines after Docs: in `systemctl status` while running (Main PID, Status, Tasks, ...) */
  runningLines(host: Host): string[];
  /** ms of virtual time (clock.now) the unit last changed state */
  since(host: Host): number | undefined;
  /** what boot does: start the unit when it is enabled, with the runtime state of a fresh machine */
  boot(host: Host): void;
}

export const UNITS: UnitDriver[] = [mariadbUnit, sshUnit];

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

/** Start what is enabled (called once the kernel and networking are up). */
export function bootUnits(host: Host): void {
  for (const u of UNITS) if (u.installed(host)) u.boot(host);
}
