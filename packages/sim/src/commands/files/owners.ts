/**
 * User and group names as NSS "files" gives them: read from /etc/passwd and
 * /etc/group of the host on each call, so a learner's `useradd` or edit is
 * seen. An id without a name is shown as the number, as ls and stat do.
 */
import type { Vfs } from "../../fs/types.js";
import { type ColonDb, colonRecords, GROUP, PASSWD } from "./colon-db.js";

/** id -> name, the first entry of an id winning as getpwuid's does */
function table(fs: Vfs, db: ColonDb): ReadonlyMap<number, string> {
  const out = new Map<number, string>();
  for (const f of colonRecords(fs, db)) {
    const id = Number(f[2]);
    if (!out.has(id)) out.set(id, f[0]);
  }
  return out;
}

export class Owners {
  private users: ReadonlyMap<number, string> | undefined;
  private groups: ReadonlyMap<number, string> | undefined;
  constructor(private readonly fs: Vfs) {}

  /** the name of `uid`, or `unknown` (default: the number, as ls shows it; stat says UNKNOWN) */
  user(uid: number, unknown = String(uid)): string {
    this.users ??= table(this.fs, PASSWD);
    return this.users.get(uid) ?? unknown;
  }

  group(gid: number, unknown = String(gid)): string {
    this.groups ??= table(this.fs, GROUP);
    return this.groups.get(gid) ?? unknown;
  }
}
