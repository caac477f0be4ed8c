/**
 * systemd-sysctl at boot: apply /etc/sysctl.conf, then /etc/sysctl.d/*.conf in
 * name order. Lines are `key = value` (dots or slashes), `#` and `;` start
 * comments, a leading `-` ignores failure. Unknown keys are skipped, as
 * systemd-sysctl only logs them.
 */
import { utf8Decode } from "../bytes.js";
import type { Host } from "../host/host.js";

export function parseSysctlConf(text: string): { key: string; value: string; line: number }[] {
  const out: { key: string; value: string; line: number }[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) return;
    const eq = line.indexOf("=");
    if (eq < 0) return;
    const key = line.slice(0, eq).trim().replace(/^-/, "").replaceAll("/", ".");
    out.push({ key, value: line.slice(eq + 1).trim(), line: i + 1 });
  });
  return out;
}

export function applySysctlFiles(host: Host): void {
  const files = ["/etc/sysctl.conf"];
  const dir = host.fs.readdir("/etc/sysctl.d");
  if (dir.ok) files.push(...dir.value.filter((n) => n.endsWith(".conf")).map((n) => `/etc/sysctl.d/${n}`));
  for (const path of files) {
    const data = host.fs.readFile(path);
    if (!data.ok) continue;
    for (const { key, value } of parseSysctlConf(utf8Decode(data.value))) host.kernel.sysctlSet(key, value);
  }
}
