/**
 * The filesystem contract. The shell and every command reach files only
 * through `Vfs`; its implementation (vfs.ts) keeps an inode table in the
 * snapshot and mounts live views of kernel state at /proc and /sys.
 * Paths given to these functions are absolute (use `resolvePath` first).
 */
import type { ByteString } from "../bytes.js";
import type { Result } from "../kernel/errno.js";

export type FileType = "file" | "dir" | "symlink" | "chardev" | "blockdev";

export interface Stat {
  ino: number;
  type: FileType;
  /** permission bits, e.g. 0o644 */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  nlink: number;
  /** ms of virtual time (Clock.now) of the last change to the content */
  mtime: number;
  /** st_blocks: 512-byte blocks allocated (what `ls -s` and `total` count) */
  blocks?: number;
  /** device numbers of a chardev/blockdev (`ls -l /dev/null` shows "1, 3") */
  rdev?: { major: number; minor: number };
}

export interface WriteOptions {
  append?: boolean;
  /** mode for a file that is created; default 0o644 */
  mode?: number;
}

export interface Vfs {
  stat(path: string): Result<Stat>;
  /** like stat, but a symlink is described, not followed */
  lstat(path: string): Result<Stat>;
  readFile(path: string): Result<ByteString>;
  /**
   * Creates the file if missing (the parent must exist). An error raised by
   * write(2) itself rather than open(2) (a /proc file without a write
   * handler: EIO; a sysctl value that does not parse: EINVAL) carries
   * `detail: "write"`, so the shell prints `-bash: echo: write error: ...`.
   */
  writeFile(path: string, data: ByteString, opts?: WriteOptions): Result;
  /** names in the directory, sorted in C locale order, without "." and ".." */
  readdir(path: string): Result<string[]>;
  mkdir(path: string, opts?: { parents?: boolean; mode?: number }): Result;
  rmdir(path: string): Result;
  unlink(path: string): Result;
  rename(from: string, to: string): Result;
  symlink(target: string, path: string): Result;
  readlink(path: string): Result<string>;
  chmod(path: string, mode: number): Result;
  /**
   * chown(2) as root: set the owner and group (-1 keeps one), following a
   * final symlink unless `noFollow` (lchown(2)). Like the kernel, a change
   * of owner or group clears the set-user-ID and set-group-ID bits of a
   * non-directory. EPERM on /proc and /sys.
   */
  chown(path: string, uid: number, gid: number, opts?: { noFollow?: boolean }): Result;
  /** set mtime to now, creating an empty file if missing */
  /** the file's mtime to now; a missing file is created empty (with `mode`, default 0644) */
  touch(path: string, opts?: { mode?: number }): Result;
  /** set mtime (ms of virtual time) of an existing file, following symlinks (cp -p, tar x) */
  utimes(path: string, mtime: number): Result;
  /** mknod(2) for a device node (udev making /dev/sda1); EEXIST when the name is taken */
  mknod?(path: string, node: { type: "chardev" | "blockdev"; major: number; minor: number; mode: number; gid: number }): Result;
}
