/**
 * systemd-sysctl at boot: apply the *.conf files of the sysctl.d directories
 * in name order (Debian's /etc/sysctl.d/99-sysctl.conf links to
 * /etc/sysctl.conf, which is how that file applies). A key the kernel does
 * not have or a value it refuses is only logged, as systemd-sysctl does.
 */
import type { Host } from "../host/host.js";
import { type ByteString, utf8Decode } from "../bytes.js";
import { parseSysctlConf, sysctlDFiles } from "../commands/system/sysctl-conf.js";
import { memoized } from "../memo.js";

export { parseSysctlConf };

export function applySysctlFiles(host: Host): void {
  for (const path of sysctlDFiles(host.fs)) {
    const bytes = host.fs.readFile(path);
    if (!bytes.ok) continue;
    for (const { key, value } of settingsOf(bytes.value)) host.kernel.sysctlSet(key, value);
  }
}

/** a file's settings by its bytes: every boot reads the same files (Debian's sysctl.conf is 2 KB of comments) */
const settingsOf = memoized((bytes: ByteString) => parseSysctlConf(utf8Decode(bytes)).settings, 32);
