/**
 * Pathname expansion against the filesystem. A pattern is split at `/`; each
 * component with pattern characters is matched against a directory listing
 * (names starting with `.` only when the component starts with `.`).
 * Results are sorted; no match returns null and the caller keeps the word.
 */
import type { Vfs } from "../fs/types.js";
import { compilePattern, hasGlobChars, matchPattern, unescapePattern } from "./pattern.js";
import { joinPath } from "./path.js";

export function globExpand(pattern: string, cwd: string, fs: Vfs, charge: (n: number) => void): string[] | null {
  const absolute = pattern.startsWith("/");
  const comps = pattern.split("/").filter((c, i) => c !== "" || i === 0);
  // (display prefix, absolute dir) pairs reached so far
  let paths: { shown: string; abs: string }[] = [{ shown: absolute ? "/" : "", abs: absolute ? "/" : cwd }];
  const parts = absolute ? comps.slice(1) : comps;
  const trailingSlash = pattern.endsWith("/") && pattern.length > 1;
  for (let k = 0; k < parts.length; k++) {
    const comp = parts[k];
    const last = k === parts.length - 1;
    const next: { shown: string; abs: string }[] = [];
    for (const p of paths) {
      const sep = p.shown === "" || p.shown.endsWith("/") ? "" : "/";
      if (!hasGlobChars(comp)) {
        const name = unescapePattern(comp);
        next.push({ shown: p.shown + sep + name, abs: joinPath(p.abs, name) });
        continue;
      }
      const list = fs.readdir(p.abs);
      if (!list.ok) continue;
      charge(1 + (list.value.length >> 4));
      const tokens = compilePattern(comp);
      const dotOk = comp.startsWith(".") || comp.startsWith("\\.");
      for (const name of list.value) {
        if (name.startsWith(".") && !dotOk) continue;
        if (!matchPattern(tokens, name)) continue;
        const abs = joinPath(p.abs, name);
        if (!last || trailingSlash) {
          const st = fs.stat(abs);
          if (!st.ok || st.value.type !== "dir") continue;
        }
        next.push({ shown: p.shown + sep + name, abs });
      }
    }
    paths = next;
    if (paths.length === 0) return null;
  }
  // literal components must exist too
  const out = paths.filter((p) => fs.lstat(p.abs).ok).map((p) => p.shown + (trailingSlash ? "/" : ""));
  if (out.length === 0) return null;
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
