/**
 * gnulib's canonicalize_filename_mode, what readlink -f/-e/-m and realpath
 * use: an absolute name with no `.`, `..`, symlink or repeated slash, walked
 * one component at a time with lstat/readlink as the kernel sees the tree.
 *   - "existing" (readlink -e, realpath -e): every component must exist;
 *   - "all-but-last" (readlink -f, realpath): all but the last must exist,
 *     and a trailing slash makes the last one count too;
 *   - "missing" (readlink -m, realpath -m): nothing needs to exist, a name
 *     past a missing or non-directory component is taken as written, and a
 *     symlink loop is left unresolved (the loop's name stays).
 * A loop is the same symlink met twice with the same rest of the name.
 * `nolinks` (realpath -s) resolves `..` by name and follows no symlink
 * (checkNoLinks says what it still checks, found by trying the real one).
 * Errors are the errno the walk met (ENOENT, ENOTDIR, ELOOP).
 */
import type { Errno, Result } from "../../kernel/errno.js";
import { fail, ok } from "../../kernel/errno.js";
import type { Process } from "../../process/process.js";

export type CanonMode = "existing" | "all-but-last" | "missing";

/**
 * realpath -s: names are not resolved, but a component is looked at (stat,
 * following symlinks) as realpath does: a non-directory with something after
 * it is ENOTDIR, a loop ELOOP, a missing one ENOENT only with -e or before `..`.
 */
function checkNoLinks(proc: Process, path: string, mode: CanonMode, rest: string[]): Errno | undefined {
  const st = proc.host.fs.stat(path);
  if (st.ok) return st.value.type !== "dir" && rest.length > 0 ? "ENOTDIR" : undefined;
  if (st.errno === "ENOENT") {
    const next = rest.find((p) => p !== "" && p !== ".");
    return mode === "existing" || next === ".." ? "ENOENT" : undefined;
  }
  return st.errno;
}

export function canonicalize(proc: Process, name: string, mode: CanonMode, nolinks = false): Result<string> {
  const fs = proc.host.fs;
  if (name === "") return fail("ENOENT");
  // the working directory as getcwd gives it: physical
  let start = "/";
  if (!name.startsWith("/")) {
    if (nolinks) start = proc.cwd;
    else {
      const cwd = canonicalize(proc, proc.cwd, "missing");
      start = cwd.ok ? cwd.value : proc.cwd;
    }
  }
  const parts: string[] = start.split("/").filter((p) => p !== "");
  let rest = name.split("/");
  // gnulib's loop check: the same symlink met with the same rest of the name to resolve
  const seen = new Set<string>();
  while (rest.length > 0) {
    proc.budget.charge(1);
    const component = rest.shift()!;
    if (component === "" || component === ".") continue;
    if (component === "..") {
      parts.pop();
      continue;
    }
    const path = `/${[...parts, component].join("/")}`;
    parts.push(component);
    if (mode === "missing" && nolinks) continue;
    /** more components follow (a trailing slash alone does not count) */
    const more = rest.some((p) => p !== "");
    if (nolinks) {
      const err = checkNoLinks(proc, path, mode, rest);
      if (err) return fail(err);
      continue;
    }
    const st = fs.lstat(path);
    if (!st.ok) {
      if (mode === "existing" || (mode === "all-but-last" && more)) return fail(st.errno);
      continue;
    }
    if (st.value.type === "symlink") {
      const key = `${path}\0${rest.join("/")}`;
      if (seen.has(key)) {
        if (mode !== "missing") return fail("ELOOP");
        continue;
      }
      seen.add(key);
      parts.pop();
      const target = fs.readlink(path);
      if (!target.ok) return fail(target.errno);
      rest = [...target.value.split("/"), ...rest];
      if (target.value.startsWith("/")) parts.length = 0;
      continue;
    }
    // anything after a non-directory, even a trailing slash, needs it to be one
    if (st.value.type !== "dir" && rest.length > 0 && mode !== "missing") return fail("ENOTDIR");
  }
  return ok(`/${parts.join("/")}`);
}
