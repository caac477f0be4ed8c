/**
 * File type and permission bits as text: ls's `drwxr-xr-x` and stat's
 * "directory" / "regular file".
 */
import type { FileType, Stat } from "../../fs/types.js";

const TYPE_CHAR: Record<FileType, string> = { file: "-", dir: "d", symlink: "l", chardev: "c", blockdev: "b" };

/** "drwxrwxrwt": 10 characters */
export function modeString(type: FileType, mode: number): string {
  const rwx = (bits: number, special: boolean, ch: string) =>
    (bits & 4 ? "r" : "-") + (bits & 2 ? "w" : "-") + (special ? (bits & 1 ? ch : ch.toUpperCase()) : bits & 1 ? "x" : "-");
  return (
    TYPE_CHAR[type] +
    rwx((mode >> 6) & 7, (mode & 0o4000) !== 0, "s") +
    rwx((mode >> 3) & 7, (mode & 0o2000) !== 0, "s") +
    rwx(mode & 7, (mode & 0o1000) !== 0, "t")
  );
}

/** stat(1)'s %F */
export function typeName(st: Stat): string {
  switch (st.type) {
    case "file":
      return st.size === 0 ? "regular empty file" : "regular file";
    case "dir":
      return "directory";
    case "symlink":
      return "symbolic link";
    case "chardev":
      return "character special file";
    case "blockdev":
      return "block special file";
  }
}

/** 1K blocks as ls and du count them (st_blocks is in 512-byte units) */
export function kBlocks(st: Stat): number {
  if (st.blocks !== undefined) return Math.ceil(st.blocks / 2);
  return st.type === "file" || st.type === "dir" ? Math.ceil(st.size / 4096) * 4 : 0;
}

/**
 * `ls -h` / `du -h` sizes: powers of 1024, rounded up, one decimal below 10
 * ("4.0K", "1.3K", "15K", "2.1M"); bytes below 1024 as they are.
 */
export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ["K", "M", "G", "T", "P", "E"];
  let v = bytes;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  if (v < 10) {
    const t = Math.ceil(v * 10 - 1e-9) / 10;
    if (t >= 10) return `10${units[u]}`;
    return `${t.toFixed(1)}${units[u]}`;
  }
  const r = Math.ceil(v - 1e-9);
  if (r >= 1024 && u < units.length - 1) return `1.0${units[u + 1]}`;
  return `${r}${units[u]}`;
}
