/**
 * /run is a tmpfs: empty at every boot. Services (ifupdown's ifstate files,
 * pid files) rely on that to know nothing is up yet.
 */
import type { Vfs } from "../fs/types.js";

export function emptyDirectory(fs: Vfs, dir: string): void {
  const names = fs.readdir(dir);
  if (!names.ok) return;
  for (const name of names.value) {
    const path = `${dir === "/" ? "" : dir}/${name}`;
    const st = fs.lstat(path);
    if (st.ok && st.value.type === "dir") {
      emptyDirectory(fs, path);
      fs.rmdir(path);
    } else fs.unlink(path);
  }
}
