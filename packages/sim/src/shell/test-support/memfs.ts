/**
 * A small in-memory `Vfs` for the shell's tests (the real one lives in fs/
 * and is written separately). Enough semantics for the shell: files,
 * directories, symlinks, modes, a /dev/null that swallows writes.
 */
import { type ByteString, asBytes, utf8Encode } from "../../bytes.js";
import { type Result, fail, ok } from "../../kernel/errno.js";
import type { FileType, Stat, Vfs, WriteOptions } from "../../fs/types.js";

interface Node {
  ino: number;
  type: FileType;
  mode: number;
  data: ByteString;
  target?: string;
  mtime: number;
}

function parentOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i <= 0 ? "/" : path.slice(0, i);
}

export class MemFs implements Vfs {
  private nodes = new Map<string, Node>();
  private nextIno = 1;
  private clock = 0;

  constructor() {
    this.nodes.set("/", this.node("dir", 0o755));
    for (const d of ["/dev", "/etc", "/root", "/tmp", "/usr", "/usr/bin", "/usr/sbin", "/usr/local", "/usr/local/bin", "/usr/local/sbin"]) {
      this.nodes.set(d, this.node("dir", 0o755));
    }
    this.nodes.set("/dev/null", this.node("chardev", 0o666));
    this.nodes.set("/etc/passwd", { ...this.node("file", 0o644), data: asBytes("root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/bash\n") });
  }

  private node(type: FileType, mode: number): Node {
    return { ino: this.nextIno++, type, mode, data: asBytes(""), mtime: this.clock++ };
  }

  /** follow symlinks in every component */
  private real(path: string, depth = 0): string | null {
    if (depth > 40) return null;
    const parts = path.split("/").filter(Boolean);
    let cur = "/";
    for (let i = 0; i < parts.length; i++) {
      const next = cur === "/" ? `/${parts[i]}` : `${cur}/${parts[i]}`;
      const n = this.nodes.get(next);
      if (n?.type === "symlink") {
        const t = n.target!.startsWith("/") ? n.target! : `${cur}/${n.target}`;
        const r = this.real(t, depth + 1);
        if (r === null) return null;
        cur = r;
      } else cur = next;
    }
    return cur;
  }

  private get(path: string): Result<Node> {
    const r = this.real(path);
    if (r === null) return fail("ELOOP");
    // a missing parent is ENOENT, a file parent ENOTDIR
    const parent = parentOf(r);
    if (r !== "/") {
      const p = this.nodes.get(parent);
      if (!p) return fail("ENOENT");
      if (p.type !== "dir") return fail("ENOTDIR");
    }
    const n = this.nodes.get(r);
    return n ? ok(n) : fail("ENOENT");
  }

  private statOf(n: Node): Stat {
    return { ino: n.ino, type: n.type, mode: n.mode, uid: 0, gid: 0, size: n.data.length, nlink: 1, mtime: n.mtime };
  }

  stat(path: string): Result<Stat> {
    const n = this.get(path);
    return n.ok ? ok(this.statOf(n.value)) : n;
  }
  lstat(path: string): Result<Stat> {
    const n = this.nodes.get(path);
    if (n?.type === "symlink") return ok(this.statOf(n));
    return this.stat(path);
  }
  readFile(path: string): Result<ByteString> {
    const n = this.get(path);
    if (!n.ok) return n;
    if (n.value.type === "dir") return fail("EISDIR");
    if (n.value.type === "chardev") return ok(asBytes(""));
    return ok(n.value.data);
  }
  writeFile(path: string, data: ByteString, opts: WriteOptions = {}): Result {
    const r = this.real(path) ?? path;
    const existing = this.nodes.get(r);
    if (existing) {
      if (existing.type === "dir") return fail("EISDIR");
      if (existing.type === "chardev") return ok();
      existing.data = (opts.append ? existing.data + data : data) as ByteString;
      existing.mtime = this.clock++;
      return ok();
    }
    const p = this.nodes.get(parentOf(r));
    if (!p) return fail("ENOENT");
    if (p.type !== "dir") return fail("ENOTDIR");
    const n = this.node("file", opts.mode ?? 0o644);
    n.data = data;
    this.nodes.set(r, n);
    return ok();
  }
  readdir(path: string): Result<string[]> {
    const n = this.get(path);
    if (!n.ok) return n;
    if (n.value.type !== "dir") return fail("ENOTDIR");
    const dir = this.real(path)!;
    const prefix = dir === "/" ? "/" : dir + "/";
    const names: string[] = [];
    for (const k of this.nodes.keys()) {
      if (k !== dir && k.startsWith(prefix) && !k.slice(prefix.length).includes("/")) names.push(k.slice(prefix.length));
    }
    return ok(names.sort());
  }
  mkdir(path: string, opts: { parents?: boolean; mode?: number } = {}): Result {
    if (this.nodes.has(path)) return opts.parents ? ok() : fail("EEXIST");
    if (!this.nodes.has(parentOf(path))) {
      if (!opts.parents) return fail("ENOENT");
      const r = this.mkdir(parentOf(path), opts);
      if (!r.ok) return r;
    }
    this.nodes.set(path, this.node("dir", opts.mode ?? 0o755));
    return ok();
  }
  rmdir(path: string): Result {
    this.nodes.delete(path);
    return ok();
  }
  unlink(path: string): Result {
    return this.nodes.delete(path) ? ok() : fail("ENOENT");
  }
  rename(from: string, to: string): Result {
    const n = this.nodes.get(from);
    if (!n) return fail("ENOENT");
    this.nodes.delete(from);
    this.nodes.set(to, n);
    return ok();
  }
  symlink(target: string, path: string): Result {
    const n = this.node("symlink", 0o777);
    n.target = target;
    this.nodes.set(path, n);
    return ok();
  }
  readlink(path: string): Result<string> {
    const n = this.nodes.get(path);
    return n?.type === "symlink" ? ok(n.target!) : fail("EINVAL");
  }
  chmod(path: string, mode: number): Result {
    const n = this.get(path);
    if (!n.ok) return n;
    n.value.mode = mode;
    return ok();
  }
  /** owners are not kept: every node is root's */
  chown(path: string): Result {
    return this.get(path).ok ? ok() : fail("ENOENT");
  }
  touch(path: string): Result {
    if (this.get(path).ok) return ok();
    return this.writeFile(path, asBytes(""));
  }
  utimes(path: string): Result {
    return this.get(path).ok ? ok() : fail("ENOENT");
  }

  /** test helper: create a file with text content */
  put(path: string, text: string, mode = 0o644): void {
    const r = this.mkdir(parentOf(path), { parents: true });
    if (!r.ok) throw new Error(`put ${path}: ${r.errno}`);
    this.writeFile(path, utf8Encode(text), { mode });
    this.chmod(path, mode);
  }

  /** test helper: file content as text */
  text(path: string): string | undefined {
    const r = this.readFile(path);
    return r.ok ? r.value : undefined;
  }
}
