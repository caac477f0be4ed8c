/**
 * netfilter-persistent.service as Debian 12 ships it: a Type=oneshot unit
 * with RemainAfterExit=yes (the machinery is services/systemd/oneshot.ts).
 * Starting runs ExecStart (`/usr/sbin/netfilter-persistent start`, the real
 * script, through init's or the caller's shell) and the unit stays "active
 * (exited)"; stopping runs ExecStop (`... stop`, which only says that
 * automatic flushing is off) and the unit goes "inactive (dead)"; a
 * non-zero exit leaves it "failed". What the script prints goes to the
 * unit's journal as `netfilter-persistent[PID]: ...`, beside systemd's own
 * Starting/Finished lines, for `systemctl status`.
 */
import type { Host } from "../../host/host.js";
import { type OneshotState, oneshotUnit } from "../systemd/oneshot.js";
import type { UnitRunner } from "../systemd/unit.js";
import { NETFILTER_PERSISTENT_ALIASES, NETFILTER_PERSISTENT_BIN, NETFILTER_PERSISTENT_UNIT, NETFILTER_PERSISTENT_WANTS } from "./install.js";

/** the unit's runtime state (HostState.services.netfilterPersistent) */
export type NetfilterPersistentState = OneshotState;

export const netfilterPersistentUnit = oneshotUnit({
  name: "netfilter-persistent.service",
  description: "netfilter persistent configuration",
  docs: ["man:netfilter-persistent(8)"],
  path: NETFILTER_PERSISTENT_UNIT,
  aliases: NETFILTER_PERSISTENT_ALIASES,
  wants: [NETFILTER_PERSISTENT_WANTS],
  exec: [
    { name: "ExecStart", argv: [NETFILTER_PERSISTENT_BIN, "start"] },
    { name: "ExecStop", argv: [NETFILTER_PERSISTENT_BIN, "stop"] },
  ],
  stateKey: "netfilterPersistent",
  installed: (host) => host.fs.stat(NETFILTER_PERSISTENT_UNIT).ok && host.fs.stat(NETFILTER_PERSISTENT_BIN).ok,
  // the cgroup's CPU time: the start's shell, run-parts and iptables-restore, and the stop's shell
  cpuMs: (runs) => (runs.some((r) => r.name === "ExecStop") ? 24 : 17),
  dropIns: [`${NETFILTER_PERSISTENT_UNIT}.d/iptables.conf`],
  // /etc/init.d/netfilter-persistent's actions that have no systemctl verb
  initScript: {
    path: "/etc/init.d/netfilter-persistent",
    usage: "{start|restart|reload|force-reload|save|flush}",
    actions: {
      save: { message: "Saving netfilter rules", run: `${NETFILTER_PERSISTENT_BIN} save` },
      flush: { message: "Flushing netfilter rules", run: `${NETFILTER_PERSISTENT_BIN} flush` },
    },
  },
});

/** systemd at boot (init/boot.ts, before networking): the enabled unit is started with init's shell */
export function bootNetfilterPersistent(host: Host, run: UnitRunner): void {
  netfilterPersistentUnit.bootStart(host, run);
}
