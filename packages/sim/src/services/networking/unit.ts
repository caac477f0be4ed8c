/**
 * networking.service, ifupdown 0.8.41's unit on Debian 12 ("Raise network
 * interfaces"): a Type=oneshot, RemainAfterExit=yes unit (the machinery is
 * services/systemd/oneshot.ts) whose Exec lines are those of
 * /lib/systemd/system/networking.service (fs/debian-tree/ifupdown.ts):
 * start brings up lo and the `auto` interfaces, then, after a stop left
 * /run/network/restart-hotplug, the allow-hotplug ones; stop takes down
 * every configured interface but lo and leaves that file. So `systemctl
 * restart networking` applies an edited /etc/network/interfaces, and an
 * interface ifup cannot bring up fails the unit.
 *
 * The lines are carried out in place (ifupdown's code, the shell's test,
 * touch's), not parsed by a shell: boot starts this unit before any
 * program group has loaded, and a reboot must stay quick. ifupdown's own
 * up/down lines still run through the shell systemd was given.
 */
import { utf8Decode } from "../../bytes.js";
import { ifupdown } from "../../commands/net/ifupdown/ifupdown.js";
import { NETWORKING_UNIT, NETWORKING_WANTS } from "../../fs/debian-tree.js";
import type { Host } from "../../host/host.js";
import { STRERROR } from "../../kernel/errno.js";
import type { OutputStream } from "../../process/streams.js";
import { type ExecLine, oneshotUnit } from "../systemd/oneshot.js";
import type { UnitRunner } from "../systemd/unit.js";

const RESTART_HOTPLUG = "/run/network/restart-hotplug";

/** ifup / ifdown with `argv`, its stdout and stderr collected (the unit's journal) */
function ifupdownRun(host: Host, run: UnitRunner, mode: "up" | "down", argv: string[]): { status: number; output: string } {
  let output = "";
  const out: OutputStream = {
    write(text) {
      output += text;
    },
    writeBytes(bytes) {
      output += utf8Decode(bytes);
    },
    isTTY: false,
  };
  const status = ifupdown({ host, stdout: out, stderr: out, runCommandLine: run }, mode, argv);
  return { status, output };
}

const HOTPLUG_ARGV = ["-a", "--read-environment", "--allow=hotplug"];

const EXEC: ExecLine[] = [
  {
    name: "ExecStart",
    argv: ["/sbin/ifup", "-a", "--read-environment"],
    direct: (host, run) => ifupdownRun(host, run, "up", ["-a", "--read-environment"]),
  },
  {
    name: "ExecStart",
    argv: ["/bin/sh", "-c", `if [ -f ${RESTART_HOTPLUG} ]; then /sbin/ifup ${HOTPLUG_ARGV.join(" ")}; fi`],
    ignoreFailure: true,
    direct: (host, run) => (host.fs.stat(RESTART_HOTPLUG).ok ? ifupdownRun(host, run, "up", HOTPLUG_ARGV) : { status: 0, output: "" }),
  },
  {
    name: "ExecStop",
    argv: ["/sbin/ifdown", "-a", "--read-environment", "--exclude=lo"],
    direct: (host, run) => ifupdownRun(host, run, "down", ["-a", "--read-environment", "--exclude=lo"]),
  },
  {
    name: "ExecStopPost",
    argv: ["/usr/bin/touch", RESTART_HOTPLUG],
    direct: (host) => {
      const r = host.fs.touch(RESTART_HOTPLUG);
      return r.ok ? { status: 0, output: "" } : { status: 1, output: `/usr/bin/touch: cannot touch '${RESTART_HOTPLUG}': ${STRERROR[r.errno]}\n` };
    },
  },
];

export const networkingUnit = oneshotUnit({
  name: "networking.service",
  description: "Raise network interfaces",
  docs: ["man:interfaces(5)"],
  path: NETWORKING_UNIT,
  wants: NETWORKING_WANTS,
  exec: EXEC,
  stateKey: "networking",
  installed: (host) => host.fs.stat(NETWORKING_UNIT).ok,
  // the cgroup's CPU time: ifup and the shell of the start, ifdown and touch of a stop
  cpuMs: (runs) => 21 + (runs.some((r) => r.name === "ExecStop") ? 9 : 0),
  // /etc/init.d/networking: its usage line for an action `service` does not hand to systemctl
  initScript: { path: "/etc/init.d/networking", usage: "{start|stop|reload|restart|force-reload}", actions: {} },
});
