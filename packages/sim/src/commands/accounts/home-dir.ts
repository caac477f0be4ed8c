/**
 * Home directories as useradd -m, usermod -d -m and userdel -r handle them:
 * made with the mode UMASK leaves (0755 with Debian's 022) and the skeleton
 * (/etc/skel) copied in with each file's own mode and time, everything owned by the
 * new user; moved as rename(2) moves it; removed recursively.
 */
import type { Vfs } from "../../fs/types.js";

/** copy `from`'s tree into the existing directory `to`, every copy owned by uid:gid */
function copyTree(fs: Vfs, from: string, to: string, uid: number, gid: number): void {
  const names = fs.readdir(from);
  if (!names.ok) return;
  for (const name of names.value) {
    const src = `${from}/${name}`;
    const dst = `${to}/${name}`;
    const st = fs.lstat(src);
    if (!st.ok) continue;
    if (st.value.type === "dir") {
      fs.mkdir(dst, { mode: st.value.mode });
      fs.chmod(dst, st.value.mode);
      copyTree(fs, src, dst, uid, gid);
    } else if (st.value.type === "symlink") {
      const target = fs.readlink(src);
      if (target.ok) fs.symlink(target.value, dst);
    } else if (st.value.type === "file") {
      const data = fs.readFile(src);
      if (!data.ok) continue;
      fs.writeFile(dst, data.value, { mode: st.value.mode });
      fs.chmod(dst, st.value.mode);
    } else continue;
    fs.chown(dst, uid, gid, { noFollow: true });
    // copy_tree keeps each file's times: ls -la in a new home shows skel's dates
    if (st.value.type !== "symlink") fs.utimes(dst, st.value.mtime);
  }
}

/** mkdir the home (its parents too, as root's) and copy the skeleton in; false when it could not be made */
export function createHome(fs: Vfs, home: string, skel: string, uid: number, gid: number, umask: number): boolean {
  const parent = home.slice(0, home.lastIndexOf("/")) || "/";
  if (!fs.stat(parent).ok) fs.mkdir(parent, { parents: true, mode: 0o755 });
  const mode = 0o777 & ~umask;
  if (!fs.mkdir(home, { mode }).ok) return false;
  fs.chmod(home, mode);
  fs.chown(home, uid, gid);
  if (fs.stat(skel).ok) copyTree(fs, skel, home, uid, gid);
  return true;
}

/** rm -r */
export function removeTree(fs: Vfs, path: string): void {
  const st = fs.lstat(path);
  if (!st.ok) return;
  if (st.value.type === "dir") {
    const names = fs.readdir(path);
    if (names.ok) for (const n of names.value) removeTree(fs, `${path}/${n}`);
    fs.rmdir(path);
  } else fs.unlink(path);
}

export function exists(fs: Vfs, path: string): boolean {
  return fs.lstat(path).ok;
}

/**
 * usermod -u/-g's chown_tree: under `path` (itself included, symlinks not
 * followed), what has the old uid gets the new one, and what has the old
 * gid the new one; anything else is left as it is.
 */
export function chownTree(fs: Vfs, path: string, uid: [number, number], gid: [number, number]): void {
  const st = fs.lstat(path);
  if (!st.ok) return;
  const newUid = st.value.uid === uid[0] ? uid[1] : -1;
  const newGid = st.value.gid === gid[0] ? gid[1] : -1;
  if (newUid !== -1 || newGid !== -1) fs.chown(path, newUid, newGid, { noFollow: true });
  if (st.value.type !== "dir") return;
  const names = fs.readdir(path);
  if (names.ok) for (const n of names.value) chownTree(fs, `${path}/${n}`, uid, gid);
}
