/**
 * systemd-sysctl at boot: apply the *.conf files of the sysctl.d directories
 * in name order (Debian's /etc/sysctl.d/99-sysctl.conf links to
 * /etc/sysctl.conf, which is how that file applies). A key the kernel does
 * not have or a value it refuses is only logged, as systemd-sysctl does.
 */
import type { Host } from "../host/host.js";
import { parseSysctlConf, readText, sysctlDFiles } from "../commands/system/sysctl-conf.js";

export { parseSysctlConf };

export function applySysctlFiles(host: Host): void {
  for (const path of sysctlDFiles(host.fs)) {
    const text = readText(host.fs, path);
    if (text === undefined) continue;
    for (const { key, value } of parseSysctlConf(text).settings) host.kernel.sysctlSet(key, value);
  }
}
