/**
 * sysctl configuration files: the `key = value` format of sysctl.conf(5) and
 * sysctl.d(5), and which files apply in which order. Shared by sysctl(8)
 * (`-p`, `--system`) and init's systemd-sysctl at boot.
 */
import { utf8Decode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";

export interface SysctlLine {
  key: string;
  value: string;
  /** 1-based line number */
  line: number;
  /** a leading "-": systemd-sysctl ignores a failure of this line */
  ignoreFailure: boolean;
}

export interface ParsedConf {
  settings: SysctlLine[];
  /** line numbers without "=" (procps: "invalid syntax, continuing...") */
  invalid: number[];
}

/** Lines are `key = value` (dots or slashes in key), `#` and `;` start comments. */
export function parseSysctlConf(text: string): ParsedConf {
  const out: ParsedConf = { settings: [], invalid: [] };
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || line.startsWith(";")) return;
    const eq = line.indexOf("=");
    if (eq < 0) {
      out.invalid.push(i + 1);
      return;
    }
    let key = line.slice(0, eq).trim();
    const ignoreFailure = key.startsWith("-");
    if (ignoreFailure) key = key.slice(1);
    out.settings.push({ key: key.replaceAll("/", "."), value: line.slice(eq + 1).trim(), line: i + 1, ignoreFailure });
  });
  return out;
}

/** the sysctl.d directories in precedence order (a name in an earlier one hides the same name in later ones) */
export const SYSCTL_D_DIRS = ["/etc/sysctl.d", "/run/sysctl.d", "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d", "/lib/sysctl.d"];

/** *.conf files of the sysctl.d directories, deduplicated by name and sorted by name (procps --system, systemd-sysctl) */
export function sysctlDFiles(fs: Vfs): string[] {
  const byName = new Map<string, string>();
  for (const dir of SYSCTL_D_DIRS) {
    const r = fs.readdir(dir);
    if (!r.ok) continue;
    for (const n of [...r.value].sort()) if (n.endsWith(".conf") && !byName.has(n)) byName.set(n, `${dir}/${n}`);
  }
  return [...byName.keys()].sort().map((n) => byName.get(n)!);
}

export function readText(fs: Vfs, path: string): string | undefined {
  const r = fs.readFile(path);
  return r.ok ? utf8Decode(r.value) : undefined;
}
