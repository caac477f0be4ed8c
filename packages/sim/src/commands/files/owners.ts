/**
 * User and group names as NSS "files" gives them: read from /etc/passwd and
 * /etc/group of the host on each call, so a learner's `useradd` or edit is
 * seen. An id without a name is shown as the number, as ls and stat do.
 */
import { utf8Decode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";

function table(fs: Vfs, path: string): Map<number, string> {
  const out = new Map<number, string>();
  const r = fs.readFile(path);
  if (!r.ok) return out;
  for (const line of utf8Decode(r.value).split("\n")) {
    const f = line.split(":");
    if (f.length < 3) continue;
    const id = Number(f[2]);
    if (Number.isInteger(id) && !out.has(id)) out.set(id, f[0]);
  }
  return out;
}

export class Owners {
  private users: Map<number, string> | undefined;
  private groups: Map<number, string> | undefined;
  constructor(private readonly fs: Vfs) {}

  user(uid: number): string {
    this.users ??= table(this.fs, "/etc/passwd");
    return this.users.get(uid) ?? String(uid);
  }

  group(gid: number): string {
    this.groups ??= table(this.fs, "/etc/group");
    return this.groups.get(gid) ?? String(gid);
  }
}
