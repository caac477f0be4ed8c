/**
 * Pseudo filesystems: trees computed on each access from kernel state, never
 * stored in the snapshot (/proc and /sys). A node is a directory whose
 * children are listed on demand, a file whose text is produced when read, or
 * a symlink. The Vfs walks them like stored inodes; writes go to the node's
 * `write`, which is where a sysctl write reaches the kernel.
 */
import type { ByteString } from "../bytes.js";
import type { Result } from "../kernel/errno.js";

export interface PseudoDir {
  type: "dir";
  /** permission bits, e.g. 0o555 */
  mode: number;
  /** children by name; computed when called */
  children(): Record<string, PseudoNode>;
}

export interface PseudoFile {
  type: "file";
  mode: number;
  /** st_size shown by ls/stat (procfs: 0, sysfs attributes: 4096); default 0 */
  size?: number;
  read(): Result<ByteString>;
  /**
   * Absent: the file has no write handler. `openWriteErrno` is what open(2)
   * for writing fails with then (sysfs: EACCES); when open succeeds the
   * write(2) fails with EIO (procfs).
   */
  write?(data: ByteString): Result;
  openWriteErrno?: "EACCES";
}

export interface PseudoSymlink {
  type: "symlink";
  target: string;
}

export type PseudoNode = PseudoDir | PseudoFile | PseudoSymlink;

/** A read-only file whose text is computed on read. */
export function textFile(text: () => string, mode = 0o444): PseudoFile {
  return { type: "file", mode, read: () => ({ ok: true, value: text() as ByteString }) };
}

/** A directory with a fixed or computed set of children. */
export function dirOf(children: () => Record<string, PseudoNode>, mode = 0o555): PseudoDir {
  return { type: "dir", mode, children };
}

/**
 * A stable inode number for a pseudo path (FNV-1a), so `ls -i` and `stat`
 * agree between calls. Kept above 2^31 to stay clear of the stored inodes.
 */
export function pseudoIno(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 0x80000000 + (h % 0x7fffffff);
}
