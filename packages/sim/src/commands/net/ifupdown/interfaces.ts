/**
 * The interfaces(5) file format as ifupdown 0.8 reads it: `auto`,
 * `allow-hotplug` / `allow-CLASS`, `iface NAME FAMILY METHOD` stanzas with
 * indented `option value` lines, `source` / `source-directory`, comments
 * (a `#` at the start of a line) and backslash line continuation.
 */
import { type ByteString, utf8Decode } from "../../../bytes.js";
import { memoized } from "../../../memo.js";
import type { Vfs } from "../../../fs/types.js";

export interface IfaceStanza {
  name: string;
  family: string;
  method: string;
  /** option name -> values in file order (up/down may repeat) */
  options: [string, string][];
}

export interface InterfacesFile {
  /** interface names marked `auto`, in file order */
  auto: string[];
  /** names per allow class ("hotplug" -> ["eth0"]) */
  allow: Record<string, string[]>;
  ifaces: IfaceStanza[];
}

/** patterns already compiled (the same few `source` lines are read at every boot) */
const globs = new Map<string, RegExp>();

function globToRegExp(glob: string): RegExp {
  let re = globs.get(glob);
  if (!re) {
    re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
    if (globs.size < 64) globs.set(glob, re);
  }
  return re;
}

/** files a `source` pattern names, sorted; only the last path component may hold wildcards */
function expandSource(fs: Vfs, pattern: string): string[] {
  const slash = pattern.lastIndexOf("/");
  const dir = slash <= 0 ? "/" : pattern.slice(0, slash);
  const base = pattern.slice(slash + 1);
  if (!/[*?]/.test(base)) return fs.stat(pattern).ok ? [pattern] : [];
  const list = fs.readdir(dir);
  if (!list.ok) return [];
  const re = globToRegExp(base);
  return list.value.filter((n) => re.test(n)).map((n) => `${dir}/${n}`);
}

/** a file's statements (continuations joined, comments and blank lines dropped), split into words; by its bytes, as every boot reads the same files */
const statements = memoized((bytes: ByteString): readonly [string, readonly string[]][] => {
  const out: [string, string[]][] = [];
  for (const line of utf8Decode(bytes).replace(/\\\n/g, " ").split("\n")) {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) continue;
    const [key, ...rest] = t.split(/\s+/);
    out.push([key, rest]);
  }
  return out;
}, 32);

export function parseInterfaces(fs: Vfs, path: string, into?: InterfacesFile, depth = 0): InterfacesFile {
  const file = into ?? { auto: [], allow: {}, ifaces: [] };
  const r = fs.readFile(path);
  if (!r.ok || depth > 8) return file;
  let current: IfaceStanza | undefined;
  for (const [key, rest] of statements(r.value)) {
    if (key === "auto" || key === "allow-auto") {
      file.auto.push(...rest.filter((n) => !file.auto.includes(n)));
      current = undefined;
    } else if (key.startsWith("allow-")) {
      const cls = key.slice(6);
      (file.allow[cls] ??= []).push(...rest);
      current = undefined;
    } else if (key === "iface") {
      current = { name: rest[0], family: rest[1] ?? "inet", method: rest[2] ?? "manual", options: [] };
      file.ifaces.push(current);
    } else if (key === "source") {
      for (const f of expandSource(fs, rest.join(" "))) parseInterfaces(fs, f, file, depth + 1);
      current = undefined;
    } else if (key === "source-directory") {
      const dir = rest.join(" ");
      const list = fs.readdir(dir);
      if (list.ok) for (const n of list.value) if (/^[a-zA-Z0-9_-]+$/.test(n)) parseInterfaces(fs, `${dir}/${n}`, file, depth + 1);
      current = undefined;
    } else if (key === "mapping") {
      current = undefined;
    } else if (current) {
      current.options.push([key, rest.join(" ")]);
    }
  }
  return file;
}

export function option(st: IfaceStanza, name: string): string | undefined {
  return st.options.find(([k]) => k === name)?.[1];
}
