/**
 * systemctl (systemd 252), reduced to the units the simulation has
 * (services/systemd/unit.ts): start, stop, restart, reload, status,
 * is-active, is-enabled, enable, disable. Alias names (mysql.service ->
 * mariadb.service) work except for enable/disable, which refuse them as the
 * real systemctl does.
 */
import type { Host } from "../../host/host.js";
import { type UnitDriver, type UnitRunner, findUnit } from "../../services/systemd/unit.js";
import type { Command } from "../types.js";
import { unitStatus } from "./status.js";

const VERBS = ["start", "stop", "restart", "reload", "try-restart", "status", "is-active", "is-enabled", "enable", "disable"];

const full = (n: string) => (n.includes(".") ? n : `${n}.service`);

/** Run one systemctl verb; what `service` calls too. Writes like the real tool and returns its status. */
export function systemctlVerb(
  host: Host,
  verb: string,
  names: string[],
  out: { stdout: (s: string) => void; stderr: (s: string) => void },
  /** the caller's shell, for units whose Exec lines are scripts (netfilter-persistent) */
  run?: UnitRunner,
): number {
  if (names.length === 0) {
    if (verb === "status") {
      out.stderr("systemctl: the simulation shows the status of a named unit only (systemctl status mariadb)\n");
      return 1;
    }
    out.stderr(`Too few arguments.\n`);
    return 1;
  }
  let status = 0;
  for (const name of names) {
    const found = findUnit(host, name);
    const unitName = full(name);
    switch (verb) {
      case "start":
      case "stop":
      case "restart":
      case "reload":
      case "try-restart": {
        if (!found) {
          const what = verb === "try-restart" ? "try-restart" : verb;
          out.stderr(`Failed to ${what} ${unitName}: Unit ${unitName} not found.\n`);
          status = 5;
          continue;
        }
        const u = found.unit;
        if (verb === "stop") u.stop(host, run);
        else if (verb === "start") status = startJob(host, u, run, out) || status;
        else if (verb === "restart" || (verb === "try-restart" && u.isActive(host))) {
          u.stop(host, run);
          // a daemon takes a moment to go down and come up; a oneshot's scripts are quick
          if (!u.oneshot) host.world.advance(1000);
          status = startJob(host, u, run, out) || status;
        } else if (verb === "reload") {
          out.stderr(`Failed to reload ${u.name}: Job type reload is not applicable for unit ${u.name}.\n`);
          status = 1;
        }
        continue;
      }
      case "status": {
        if (!found) {
          out.stderr(`Unit ${unitName} could not be found.\n`);
          status = 4;
          continue;
        }
        out.stdout(unitStatus(host, found.unit));
        if (!found.unit.isActive(host)) status = 3;
        continue;
      }
      case "is-active": {
        const active = found?.unit.isActive(host) ?? false;
        // a daemon a signal ended (main-exit.ts): waiting for its Restart= job, or failed without one
        const exit = active ? undefined : found?.unit.mainExit?.(host)?.exit;
        const restarting = exit?.restartAt !== undefined;
        const failed = found?.unit.oneshot?.(host).state === "failed" || (exit !== undefined && !restarting && exit.result !== "success");
        out.stdout(`${active ? "active" : restarting ? "activating" : failed ? "failed" : "inactive"}\n`);
        if (!active) status = 3;
        continue;
      }
      case "is-enabled": {
        if (!found) {
          out.stderr(`Failed to get unit file state for ${unitName}: No such file or directory\n`);
          status = 1;
          continue;
        }
        if (found.viaAlias) {
          out.stdout("alias\n");
          continue;
        }
        const on = found.unit.isEnabled(host);
        out.stdout(`${on ? "enabled" : "disabled"}\n`);
        if (!on) status = 1;
        continue;
      }
      case "enable":
      case "disable": {
        if (!found) {
          out.stderr(`Failed to ${verb} unit: Unit file ${unitName} does not exist.\n`);
          status = 1;
          continue;
        }
        if (found.viaAlias) {
          out.stderr(`Failed to ${verb} unit: Refusing to operate on alias name or linked unit file: ${unitName}\n`);
          status = 1;
          continue;
        }
        const u = found.unit;
        const base = u.name.replace(/\.service$/, "");
        out.stderr(
          `Synchronizing state of ${u.name} with SysV service script with /lib/systemd/systemd-sysv-install.\n` +
            `Executing: /lib/systemd/systemd-sysv-install ${verb} ${base}\n`,
        );
        const links = u.wants ?? [`/etc/systemd/system/multi-user.target.wants/${u.name}`];
        for (const link of links) {
          // a daemon keeps its enablement in its state; a unit with WantedBy= links has them on disk
          const exists = u.wants ? host.fs.lstat(link).ok : u.isEnabled(host);
          if (verb === "enable" && !exists) out.stderr(`Created symlink ${link} → ${u.path}.\n`);
          if (verb === "disable" && exists) out.stderr(`Removed "${link}".\n`);
        }
        u.setEnabled(host, verb === "enable");
        continue;
      }
    }
  }
  return status;
}

/** start a unit as a job; a oneshot whose ExecStart fails makes systemctl say so (exit 1) */
function startJob(host: Host, u: UnitDriver, run: UnitRunner | undefined, out: { stderr: (s: string) => void }): number {
  u.start(host, run);
  if (u.oneshot?.(host).state !== "failed") return 0;
  out.stderr(
    `Job for ${u.name} failed because the control process exited with error code.\n` +
      `See "systemctl status ${u.name}" and "journalctl -xeu ${u.name}" for details.\n`,
  );
  return 1;
}

export const systemctl: Command = {
  name: "systemctl",
  summary: "systemctl - Control the systemd system and service manager",
  man: `SYSTEMCTL(1)                       systemctl                      SYSTEMCTL(1)

NAME
       systemctl - Control the systemd system and service manager

SYNOPSIS
       systemctl [OPTIONS...] COMMAND [UNIT...]

DESCRIPTION
       systemctl may be used to introspect and control the state of the
       "systemd" system and service manager. In Rootlab it knows the units of
       the services the lab's hosts have installed (mariadb.service, also
       reachable as mysql.service; ssh.service; networking.service, ifupdown's
       unit that raises the interfaces of /etc/network/interfaces;
       netfilter-persistent.service with iptables-persistent).

COMMANDS
       start UNIT..., stop UNIT..., restart UNIT...
       status UNIT...         exit status 3 when the unit is not running
       is-active UNIT...      prints active or inactive
       is-enabled UNIT...
       enable UNIT..., disable UNIT...
                              whether the unit starts at boot

systemd 252                                                     SYSTEMCTL(1)
`,
  run(proc) {
    const args = proc.argv.slice(1).filter((a) => !["--no-pager", "-l", "--full", "-q", "--quiet", "--now"].includes(a));
    const now = proc.argv.includes("--now");
    const quiet = proc.argv.includes("-q") || proc.argv.includes("--quiet");
    const [verb, ...names] = args;
    if (!verb) {
      proc.stderr.write("systemctl: the simulation has no unit list; use systemctl status UNIT\n");
      return 1;
    }
    if (verb.startsWith("-")) {
      proc.stderr.write(`systemctl: unrecognized option '${verb}'\n`);
      return 1;
    }
    if (!VERBS.includes(verb)) {
      proc.stderr.write(`Unknown command verb '${verb}'.\n`);
      return 1;
    }
    const out = {
      stdout: (s: string) => {
        if (!quiet) proc.stdout.write(s);
      },
      stderr: (s: string) => proc.stderr.write(s),
    };
    const status = systemctlVerb(proc.host, verb, names, out, proc.runCommandLine);
    if (now && status === 0 && (verb === "enable" || verb === "disable")) {
      return systemctlVerb(proc.host, verb === "enable" ? "start" : "stop", names, out, proc.runCommandLine);
    }
    return status;
  },
  complete: () => VERBS,
};
