/**
 * shutdown (systemd 252: /sbin/shutdown is a link to systemctl, which acts
 * on the name it was called by; systemctl-compat-shutdown.c). `now` acts
 * at once as poweroff/halt/reboot do (compat-halt.ts); a later time
 * (`+MIN`, `HH:MM`, no time: in one minute) is scheduled with logind
 * (services/systemd/logind-shutdown.ts) in virtual time, with logind's wall
 * message; `-c` cancels it, `--show` shows it, `-k` only sends the wall.
 * Times are read and shown in UTC (the lab's zone unless timedatectl
 * changed it).
 */
import type { Process } from "../../process/process.js";
import { cancelShutdown, pendingShutdown, scheduleShutdown, type ShutdownAction } from "../../services/systemd/logind-shutdown.js";
import { formatWallTime } from "../../world/calendar.js";
import type { Command } from "../types.js";
import { requestAction } from "./compat-halt.js";

/** recorded: `shutdown --help` on Debian 12 */
export const SHUTDOWN_HELP = `shutdown [OPTIONS...] [TIME] [WALL...]

Shut down the system.

Options:
     --help      Show this help
  -H --halt      Halt the machine
  -P --poweroff  Power-off the machine
  -r --reboot    Reboot the machine
  -h             Equivalent to --poweroff, overridden by --halt
  -k             Don't halt/power-off/reboot, just send warnings
     --no-wall   Don't send wall message before halt/power-off/reboot
  -c             Cancel a pending shutdown
     --show      Show pending shutdown

See the shutdown(8) man page for details.
`;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** parse_shutdown_time_spec: "now" is 0 (at once), else the virtual time (ms) it names; undefined when invalid */
export function parseTimeSpec(spec: string, now: number, unixNow: number): number | undefined {
  if (spec === "now") return 0;
  if (!spec.includes(":")) {
    const m = /^\+?(\d+)$/.exec(spec);
    return m ? now + Number(m[1]) * MINUTE : undefined;
  }
  const m = /^(\d+):(\d+)$/.exec(spec);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  const dayStart = unixNow - (((unixNow % DAY) + DAY) % DAY);
  let at = dayStart + (hour * 60 + minute) * MINUTE;
  while (at <= unixNow) at += DAY;
  return now + (at - unixNow);
}

const PRETTY: Record<ShutdownAction, string> = { poweroff: "Shutdown", halt: "Shutdown", reboot: "Reboot" };
const WALL_VERB: Record<ShutdownAction, string> = { poweroff: "power off", halt: "halt", reboot: "reboot" };

function wall(proc: Process, text: string): void {
  const host = proc.host;
  proc.stdout.write(`\nBroadcast message from root@${host.kernel.hostname} on pts/0 (${formatWallTime(host.clock.unixMs)}):\n\n${text}\n\n`);
}

function scheduledLine(proc: Process, action: ShutdownAction, at: number): string {
  const unix = proc.host.clock.unixMs + (at - proc.host.clock.now);
  return `${PRETTY[action]} scheduled for ${formatWallTime(unix)}, use 'shutdown -c' to cancel.\n`;
}

export const shutdown: Command = {
  name: "shutdown",
  summary: "shutdown - Halt, power-off or reboot the machine",
  man: `SHUTDOWN(8)                       shutdown                       SHUTDOWN(8)

NAME
       shutdown - Halt, power-off or reboot the machine

SYNOPSIS
       shutdown [OPTIONS...] [TIME] [WALL...]

DESCRIPTION
       shutdown may be used to halt, power-off or reboot the machine.

       The first argument may be a time string (which is usually "now").
       Optionally, this may be followed by a wall message to be sent to all
       logged-in users before going down.

       The time string may either be in the format "hh:mm" for hour/minutes
       specifying the time to execute the shutdown at, specified in 24h
       clock format. Alternatively it may be in the syntax "+m" referring to
       the specified number of minutes m from now. "now" is an alias for
       "+0", i.e. for triggering an immediate shutdown. If no time argument
       is specified, "+1" is implied.

       If the time argument is used, 5 minutes before the system goes down
       the /run/nologin file is created to ensure that further logins shall
       not be allowed.

OPTIONS
       --help
           Print a short help text and exit.

       -H, --halt
           Halt the machine.

       -P, --poweroff
           Power-off the machine (the default).

       -r, --reboot
           Reboot the machine.

       -h
           The same as --poweroff, but does not override the action to take
           if it is "halt". E.g.  shutdown --reboot -h means "poweroff", but
           shutdown --halt -h means "halt".

       -k
           Do not halt, power-off, reboot, just write wall message.

       --no-wall
           Do not send wall message before halt, power-off, reboot.

       -c
           Cancel a pending shutdown. This may be used to cancel the effect
           of an invocation of shutdown with a time argument that is not
           "+0" or "now".

       --show
           Show a pending shutdown action and time if there is any.

EXIT STATUS
       On success, 0 is returned, a non-zero failure code otherwise.

SEE ALSO
       systemd(1), systemctl(1), halt(8), wall(1)

systemd 252                                                        SHUTDOWN(8)
`,
  run(proc) {
    const prog = proc.argv[0] ?? "shutdown";
    let action: ShutdownAction = "poweroff";
    let halt = false;
    let dryRun = false;
    let noWall = false;
    let mode: "act" | "cancel" | "show" = "act";
    const operands: string[] = [];
    const args = proc.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === "--") {
        operands.push(...args.slice(i + 1));
        break;
      }
      if (a.startsWith("--")) {
        const opt = a.split("=")[0];
        if (opt === "--help") {
          proc.stdout.write(SHUTDOWN_HELP);
          return 0;
        }
        if (opt === "--halt") (action = "halt"), (halt = true);
        else if (opt === "--poweroff") action = "poweroff";
        else if (opt === "--reboot") action = "reboot";
        else if (opt === "--no-wall") noWall = true;
        else if (opt === "--show") mode = "show";
        else {
          proc.stderr.write(`${prog}: unrecognized option '${a}'\n`);
          return 1;
        }
        continue;
      }
      if (a.startsWith("-") && a.length > 1) {
        const flags = a.slice(1);
        for (let j = 0; j < flags.length; j++) {
          const c = flags[j];
          if (c === "H") (action = "halt"), (halt = true);
          else if (c === "P") action = "poweroff";
          else if (c === "r") action = "reboot";
          else if (c === "h") action = halt ? "halt" : "poweroff";
          else if (c === "k") dryRun = true;
          else if (c === "c") mode = "cancel";
          else if (c === "t") {
            // sysvinit's -t SECONDS, accepted and ignored
            if (j === flags.length - 1) i++;
            break;
          } else if (!"aFf".includes(c)) {
            proc.stderr.write(`${prog}: invalid option -- '${c}'\n`);
            return 1;
          }
        }
        continue;
      }
      operands.push(a);
    }
    const host = proc.host;
    const root = (proc.euid ?? 0) === 0;
    if (mode === "cancel") {
      if (!root) {
        proc.stderr.write("Failed to talk to logind, shutdown hasn't been cancelled: Access denied\n");
        return 1;
      }
      if (cancelShutdown(host) && !noWall) wall(proc, "System shutdown has been cancelled");
      return 0;
    }
    if (mode === "show") {
      const pending = pendingShutdown(host);
      if (!pending) {
        proc.stderr.write("No scheduled shutdown.\n");
        return 1;
      }
      proc.stderr.write(scheduledLine(proc, pending.action, pending.at));
      return 0;
    }
    let at: number | undefined = host.clock.now + MINUTE;
    if (operands.length > 0) {
      at = parseTimeSpec(operands[0], host.clock.now, host.clock.unixMs);
      if (at === undefined) {
        proc.stderr.write(`Failed to parse time specification: ${operands[0]}\n`);
        return 1;
      }
    }
    const message = operands.slice(1).join(" ");
    if (at === 0) return requestAction(proc, action, dryRun);
    if (!root) {
      proc.stderr.write("Failed to schedule shutdown: Access denied\n");
      return 1;
    }
    proc.stderr.write(scheduledLine(proc, action, at));
    // +0: logind's timer is already due; its "now" wall comes with the action
    if (at <= host.clock.now) return requestAction(proc, action, dryRun);
    if (!dryRun) scheduleShutdown(host, action, at);
    if (!noWall) wall(proc, `${message ? `${message}\n` : ""}The system will ${WALL_VERB[action]} at ${formatWallTime(host.clock.unixMs + (at - host.clock.now))}!`);
    return 0;
  },
  complete: () => ["--help", "--halt", "--poweroff", "--reboot", "--no-wall", "--show", "now"],
};
