/**
 * Debian's netfilter-persistent (package iptables-persistent): at boot,
 * before the network comes up (Before=network-pre.target), its unit runs
 * `netfilter-persistent start`, whose ip4tables plugin restores
 * /etc/iptables/rules.v4 with iptables-restore. So rules saved there with
 * `iptables-save > /etc/iptables/rules.v4` survive a reboot, and there is
 * never a moment with the network up and the firewall down.
 *
 * The restore runs through init's command runner (the booting host's shell),
 * so this module needs nothing of iptables itself.
 */
import { utf8Decode } from "../../bytes.js";
import type { Host } from "../../host/host.js";

export const RULES_V4 = "/etc/iptables/rules.v4";
export const NETFILTER_PERSISTENT_UNIT = "/lib/systemd/system/netfilter-persistent.service";
/** present when it runs at boot (the package enables it) */
export const NETFILTER_PERSISTENT_WANTS = "/etc/systemd/system/multi-user.target.wants/netfilter-persistent.service";

const UNIT = `[Unit]
Description=netfilter persistent configuration
DefaultDependencies=no
Wants=network-pre.target systemd-modules-load.service local-fs.target
Before=network-pre.target shutdown.target
After=systemd-modules-load.service local-fs.target
Conflicts=shutdown.target
Documentation=man:netfilter-persistent(8)

[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=/usr/sbin/netfilter-persistent start
ExecStop=/usr/sbin/netfilter-persistent stop

[Install]
WantedBy=multi-user.target
`;

/** what `apt-get install iptables-persistent` leaves on disk (answering "no" to saving the current rules) */
export function netfilterPersistentFiles(): Record<string, string> {
  return { [NETFILTER_PERSISTENT_UNIT]: UNIT, [NETFILTER_PERSISTENT_WANTS]: UNIT };
}

/**
 * At boot: restore the saved IPv4 rules when the service is enabled and the
 * file is there; returns the restore's exit status, undefined when nothing
 * was to be done.
 */
export function restoreSavedRules(host: Host, runCommandLine: (line: string) => number): number | undefined {
  if (!host.fs.stat(NETFILTER_PERSISTENT_WANTS).ok) return undefined;
  const saved = host.fs.readFile(RULES_V4);
  if (!saved.ok || utf8Decode(saved.value).trim() === "") return undefined;
  return runCommandLine(`iptables-restore < ${RULES_V4}`);
}
