/**
 * `apt-get install iptables-persistent` on a lab host: the files of
 * netfilter-persistent and iptables-persistent 1.0.20, the unit enabled
 * (multi-user.target wants it), and /etc/iptables with rules.v4 and
 * rules.v6 as the postinst's autosave leaves them on a box with no rules:
 * empty (a lab that ships its own rules.v4 keeps it).
 *
 * At boot, systemd starts netfilter-persistent before the network comes
 * up (Before=network-pre.target; unit.ts): `netfilter-persistent start`
 * runs the plugins, and 15-ip4tables does `iptables-restore <
 * /etc/iptables/rules.v4`.
 */
import { utf8Encode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import { civilToUnixMs } from "../../world/calendar.js";
import { EPOCH_MS } from "../../world/clock.js";
import {
  DEFAULT_NETFILTER_PERSISTENT,
  NETFILTER_PERSISTENT,
  PLUGIN_IP4TABLES,
  PLUGIN_IP6TABLES,
  UNIT,
  UNIT_DROPIN_IPTABLES,
} from "./files.js";

export const NETFILTER_PERSISTENT_BIN = "/usr/sbin/netfilter-persistent";
export const NETFILTER_PERSISTENT_UNIT = "/lib/systemd/system/netfilter-persistent.service";
/** present when the unit starts at boot (systemctl enable) */
export const NETFILTER_PERSISTENT_WANTS = "/etc/systemd/system/multi-user.target.wants/netfilter-persistent.service";
/** unit names that are links to it (/etc/systemd/system/NAME) */
export const NETFILTER_PERSISTENT_ALIASES = ["iptables.service", "ip6tables.service"];
export const RULES_V4 = "/etc/iptables/rules.v4";
export const RULES_V6 = "/etc/iptables/rules.v6";

/** ms of virtual time of a UTC date */
function at(y: number, m: number, d: number, hh: number, mm: number): number {
  return civilToUnixMs(y, m, d, hh, mm) - EPOCH_MS;
}

const PACKAGE_FILES: [string, string, number, number][] = [
  [NETFILTER_PERSISTENT_BIN, NETFILTER_PERSISTENT, 0o755, at(2023, 5, 19, 11, 27)],
  ["/usr/share/netfilter-persistent/plugins.d/15-ip4tables", PLUGIN_IP4TABLES, 0o755, at(2023, 5, 13, 14, 39)],
  ["/usr/share/netfilter-persistent/plugins.d/25-ip6tables", PLUGIN_IP6TABLES, 0o755, at(2023, 5, 13, 14, 39)],
  ["/etc/default/netfilter-persistent", DEFAULT_NETFILTER_PERSISTENT, 0o644, at(2023, 5, 13, 14, 39)],
  [NETFILTER_PERSISTENT_UNIT, UNIT, 0o644, at(2023, 5, 19, 11, 27)],
  ["/lib/systemd/system/netfilter-persistent.service.d/iptables.conf", UNIT_DROPIN_IPTABLES, 0o644, at(2023, 5, 19, 11, 27)],
];

function must(r: { ok: boolean; errno?: string }, what: string): void {
  if (!r.ok) throw new Error(`installing iptables-persistent: ${what}: ${r.errno}`);
}

export function installNetfilterPersistent(host: Host): void {
  const fs = host.fs;
  for (const [path, text, mode, mtime] of PACKAGE_FILES) {
    must(fs.mkdir(path.slice(0, path.lastIndexOf("/")), { parents: true }), path);
    must(fs.writeFile(path, utf8Encode(text), { mode }), path);
    must(fs.chmod(path, mode), path);
    must(fs.utimes(path, mtime), path);
  }
  must(fs.mkdir("/etc/iptables", { parents: true }), "/etc/iptables");
  for (const rules of [RULES_V4, RULES_V6]) if (!fs.stat(rules).ok) must(fs.writeFile(rules, utf8Encode("")), rules);
  must(fs.mkdir("/etc/systemd/system/multi-user.target.wants", { parents: true }), "wants");
  if (!fs.lstat(NETFILTER_PERSISTENT_WANTS).ok) must(fs.symlink(NETFILTER_PERSISTENT_UNIT, NETFILTER_PERSISTENT_WANTS), "wants link");
  // the drop-in's Alias= (iptables.conf), made by deb-systemd-helper at install as on Debian 12
  for (const alias of NETFILTER_PERSISTENT_ALIASES) {
    const link = `/etc/systemd/system/${alias}`;
    if (!fs.lstat(link).ok) must(fs.symlink(NETFILTER_PERSISTENT_UNIT, link), link);
  }
}
