/**
 * service (Debian's init-system-helpers 1.65): on a systemd machine
 * `service NAME ACTION` hands over to `systemctl ACTION NAME.service`; an
 * action systemd has no verb for goes to the package's init script
 * (`service netfilter-persistent save` prints "Saving netfilter
 * rules...done.", recorded on Debian 12), which answers an unknown one
 * with its own usage line.
 */
import { findUnit } from "../../services/systemd/unit.js";
import type { Command } from "../types.js";
import { systemctlVerb } from "./systemctl.js";

export const service: Command = {
  name: "service",
  summary: "service - run a System V init script",
  man: `SERVICE(8)                 System Manager's Manual                SERVICE(8)

NAME
       service - run a System V init script

SYNOPSIS
       service SCRIPT COMMAND [OPTIONS]

DESCRIPTION
       service runs a System V init script or systemd unit. On Debian 12 with
       systemd, service NAME start|stop|restart|status becomes systemctl
       start|stop|restart|status NAME.service.

                                                                    SERVICE(8)
`,
  run(proc) {
    const [name, action] = proc.argv.slice(1);
    if (!name) {
      proc.stderr.write("Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]\n");
      return 1;
    }
    if (!findUnit(proc.host, name)) {
      proc.stderr.write(`${name}: unrecognized service\n`);
      return 1;
    }
    const script = findUnit(proc.host, name)!.unit.initScript;
    if (!action || !["start", "stop", "restart", "status", "reload", "force-reload", "try-restart"].includes(action)) {
      const act = action ? script?.actions[action] : undefined;
      if (act && proc.runCommandLine) {
        // lsb's log_action_begin_msg / log_action_end_msg around the script's command
        proc.stdout.write(`${act.message}...`);
        const rc = proc.runCommandLine(act.run);
        proc.stdout.write(rc === 0 ? "done.\n" : "failed.\n");
        return rc;
      }
      proc.stderr.write(`Usage: ${script?.path ?? `/etc/init.d/${name}`} ${script?.usage ?? "{start|stop|restart|reload|force-reload|status}"}\n`);
      return 1;
    }
    const verb = action === "force-reload" ? "restart" : action;
    return systemctlVerb(proc.host, verb, [name], { stdout: (s) => proc.stdout.write(s), stderr: (s) => proc.stderr.write(s) }, proc.runCommandLine);
  },
};
