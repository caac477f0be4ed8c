/**
 * The user and group databases as glibc's NSS "files" reads them: whole
 * entries of /etc/passwd and /etc/group (owners.ts has only id -> name), for
 * programs that look names up both ways and need memberships (id, chown,
 * chgrp). Read from the host on each call, so a learner's edit is seen; the
 * first entry of a name or id wins, as getpwnam/getpwuid return it.
 */
import type { Vfs } from "../../fs/types.js";
import { colonRecords, GROUP, PASSWD } from "./colon-db.js";

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

export class Accounts {
  readonly users: readonly PasswdEntry[];
  readonly groups: readonly GroupEntry[];
  constructor(fs: Vfs) {
    // colon-db.ts decides which lines are entries (and remembers each file's parse)
    this.users = colonRecords(fs, PASSWD)
      .filter((f) => /^\d+$/.test(f[3]))
      .map((f) => ({ name: f[0], uid: Number(f[2]), gid: Number(f[3]) }));
    this.groups = colonRecords(fs, GROUP).map((f) => ({ name: f[0], gid: Number(f[2]), members: f[3].split(",").filter((m) => m !== "") }));
  }

  userByName(name: string): PasswdEntry | undefined {
    return this.users.find((u) => u.name === name);
  }
  userById(uid: number): PasswdEntry | undefined {
    return this.users.find((u) => u.uid === uid);
  }
  groupByName(name: string): GroupEntry | undefined {
    return this.groups.find((g) => g.name === name);
  }
  groupById(gid: number): GroupEntry | undefined {
    return this.groups.find((g) => g.gid === gid);
  }

  /** getgrouplist(3): the primary group, then every group naming the user as a member, in file order */
  groupList(user: PasswdEntry): number[] {
    const out = [user.gid];
    for (const g of this.groups) if (g.members.includes(user.name) && !out.includes(g.gid)) out.push(g.gid);
    return out;
  }
}

/** a decimal id as chown and id accept one (no sign, fits in 32 bits) */
export function numericId(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 0xfffffffe ? n : undefined;
}
