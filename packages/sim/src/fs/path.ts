/**
 * Path text, as the shell and programs handle it before the kernel sees it:
 * joining a relative path to the working directory and normalising `.`, `..`
 * and repeated slashes lexically. No symlink is resolved here (the Vfs does
 * that while walking), so `/a/link/..` becomes `/a`, as `cd` (without -P)
 * shows it.
 */

/**
 * An absolute, normalised path for `path` seen from `cwd`. A leading `~` or
 * `~/` is replaced by `home` when given (tilde expansion proper is the shell's
 * job; this is a convenience for callers that have none).
 */
export function resolvePath(cwd: string, path: string, home?: string): string {
  let p = path;
  if (home !== undefined && (p === "~" || p.startsWith("~/"))) p = home + p.slice(1);
  const full = p.startsWith("/") ? p : `${cwd}/${p}`;
  const out: string[] = [];
  for (const part of full.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return `/${out.join("/")}`;
}

/** Split a path into its components, ignoring empty ones (`//`, trailing `/`). */
export function pathParts(path: string): string[] {
  // every file operation walks a path: a loop, not split().filter(), which allocates twice and calls back per component
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== 47) continue;
    if (i > start) parts.push(path.slice(start, i));
    start = i + 1;
  }
  return parts;
}

/**
 * dirname(1) semantics: strip the last component and trailing slashes;
 * "a" -> ".", "/a" -> "/", "/" -> "/", "a/b/" -> "a".
 */
export function dirname(path: string): string {
  let p = path;
  while (p.length > 1 && p.endsWith("/")) p = p.slice(0, -1);
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  let d = p.slice(0, i);
  while (d.length > 1 && d.endsWith("/")) d = d.slice(0, -1);
  return d === "" ? "/" : d;
}

/** basename(1) semantics: the last component without trailing slashes; "/" -> "/". */
export function basename(path: string): string {
  if (path === "") return "";
  let p = path;
  while (p.length > 1 && p.endsWith("/")) p = p.slice(0, -1);
  if (p === "/") return "/";
  const i = p.lastIndexOf("/");
  return i < 0 ? p : p.slice(i + 1);
}
