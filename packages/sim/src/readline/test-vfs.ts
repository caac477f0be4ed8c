/**
 * A tiny read-only Vfs for completion tests (not used by the editor).
 */
import { asBytes, type ByteString } from "../bytes.js";
import type { Stat, Vfs } from "../fs/types.js";
import { fail, ok, type Result } from "../kernel/errno.js";

/** A read-only Vfs over a list of paths: "/a/" is a directory, "/a/x*" an executable file, "/a/x" a file. */
export function fakeVfs(paths: string[], files: Record<string, string> = {}): Vfs {
  const entries = new Map<string, { type: "dir" | "file"; mode: number }>([["/", { type: "dir", mode: 0o755 }]]);
  for (const p of paths) {
    const isDir = p.endsWith("/");
    const exec = p.endsWith("*");
    const clean = p.replace(/[/*]$/, "");
    entries.set(clean, { type: isDir ? "dir" : "file", mode: exec ? 0o755 : 0o644 });
  }
  for (const p of Object.keys(files)) entries.set(p, { type: "file", mode: 0o644 });
  const stat = (path: string): Result<Stat> => {
    const e = entries.get(path);
    if (!e) return fail("ENOENT");
    return ok({ ino: 1, type: e.type, mode: e.mode, uid: 0, gid: 0, size: 0, nlink: 1, mtime: 0 });
  };
  const unsupported = (): never => {
    throw new Error("not used by completion");
  };
  return {
    stat,
    lstat: stat,
    readFile: (path: string): Result<ByteString> => (path in files ? ok(asBytes(files[path])) : fail("ENOENT")),
    readdir: (path: string): Result<string[]> => {
      const e = entries.get(path);
      if (!e) return fail("ENOENT");
      if (e.type !== "dir") return fail("ENOTDIR");
      const prefix = path === "/" ? "/" : `${path}/`;
      const names = [...entries.keys()]
        .filter((p) => p.startsWith(prefix) && p !== path && !p.slice(prefix.length).includes("/"))
        .map((p) => p.slice(prefix.length))
        .sort();
      return ok(names);
    },
    writeFile: unsupported,
    mkdir: unsupported,
    rmdir: unsupported,
    unlink: unsupported,
    rename: unsupported,
    symlink: unsupported,
    readlink: unsupported,
    chmod: unsupported,
    chown: unsupported,
    touch: unsupported,
    utimes: unsupported,
  };
}

