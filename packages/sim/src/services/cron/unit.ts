/**
 * cron.service (cron 3.0pl1-162's unit, /lib/systemd/system/cron.service)
 * over the daemon of crond.ts: cron runs while its pid file /run/crond.pid
 * exists (the process table and the minute timer look at the same file), so
 * `systemctl stop cron` removes it and no job runs until a start writes it
 * again. Enabled is the WantedBy= link in multi-user.target.wants, as
 * deb-systemd-helper leaves it; a host whose link is gone boots without
 * cron running.
 */
import { utf8Encode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import { syslog } from "../syslog/syslog.js";
import type { UnitDriver } from "../systemd/unit.js";
import { CRON_SIGNALS, CROND_PIDFILE, crondPid, crondRunning, startCronDaemon } from "./crond.js";

/** the unit file (fs/debian-tree.ts writes the package's text) */
export const CRON_UNIT = "/lib/systemd/system/cron.service";
export const CRON_WANTS = "/etc/systemd/system/multi-user.target.wants/cron.service";

export function cronInstalled(host: Host): boolean {
  return host.fs.stat("/etc/crontab").ok || host.fs.stat("/var/spool/cron/crontabs").ok;
}

/** the WantedBy= link exists; a world saved before the unit file was in the tree (no cron.service) always started cron */
export function cronEnabled(host: Host): boolean {
  return host.fs.lstat(CRON_WANTS).ok || !host.fs.stat(CRON_UNIT).ok;
}

/** cron starting as `pid`: its pid file and the startup lines it logs (the @reboot jobs run only at boot: crond.ts) */
export function writeCronPid(host: Host, pid: number): void {
  host.fs.writeFile(CROND_PIDFILE, utf8Encode(`${pid}\n`));
  syslog(host, "cron", pid - 1, "(CRON) INFO (pidfile fd = 3)");
  syslog(host, "cron", pid, "(CRON) STARTUP (fork ok)");
}

export const cronUnit: UnitDriver = {
  name: "cron.service",
  aliases: [],
  path: CRON_UNIT,
  description: "Regular background program processing daemon",
  docs: ["man:cron(8)"],
  installed: cronInstalled,
  isActive: crondRunning,
  isEnabled: cronEnabled,
  start: startCronDaemon,
  stop(host) {
    if (!crondRunning(host)) return;
    host.fs.unlink(CROND_PIDFILE);
    const services = (host.state.services ??= {});
    services.cronStoppedAt = host.clock.now;
    delete services.cronExit;
  },
  setEnabled(host, enabled) {
    if (enabled) {
      host.fs.mkdir(CRON_WANTS.slice(0, CRON_WANTS.lastIndexOf("/")), { parents: true });
      if (!cronEnabled(host)) host.fs.symlink(CRON_UNIT, CRON_WANTS);
    } else if (cronEnabled(host)) host.fs.unlink(CRON_WANTS);
  },
  runningLines(host) {
    const pid = crondPid(host);
    return [
      `   Main PID: ${pid} (cron)`,
      "      Tasks: 1 (limit: 4645)",
      "     Memory: 408.0K",
      "        CPU: 4ms",
      "     CGroup: /system.slice/cron.service",
      `             └─${pid} /usr/sbin/cron -f`,
    ];
  },
  // the pid file is written when cron starts and removed when it stops: its time is the unit's last change
  since(host) {
    const services = host.state.services;
    if (services?.cronDown && services.cronExit) return services.cronExit.at;
    const st = host.fs.stat(CROND_PIDFILE);
    return st.ok ? st.value.mtime : services?.cronStoppedAt;
  },
  mainExit(host) {
    const exit = host.state.services?.cronExit;
    return exit ? { exit, signals: CRON_SIGNALS } : undefined;
  },
  // crond.ts's startCron, called by boot after the units, starts it when enabled
  boot() {},
};
