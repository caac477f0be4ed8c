/**
 * userdel (shadow 4.13, Debian 12): delete a user. Drops the passwd and
 * shadow entries, the user's memberships in group and gshadow, the
 * subordinate ids, and the group of the user's name (USERGROUPS_ENAB) unless
 * it is another user's primary group. -r removes the mail spool and home,
 * warning when either is missing (exit still 0); -f is accepted.
 * Not covered: -R/-P, -Z, the check for a logged-in user.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { exists, removeTree } from "./home-dir.js";
import { LoginDefs, mailDir } from "./login-defs.js";
import { AccountDb, memberList } from "./shadow-db.js";
import { fail, parseShadowArgs } from "./shadow-cli.js";
import { USERDEL_USAGE } from "./usage.js";

const SPECS = [
  { key: "f", short: "f", long: "force" },
  { key: "r", short: "r", long: "remove" },
];

const P = "userdel";

/** take `name` out of every member list of group and gshadow */
export function dropMemberships(db: AccountDb, name: string): void {
  for (const file of ["group", "gshadow"] as const) {
    const t = db.table(file);
    for (const f of t.records()) {
      // both keep members in field 3; gshadow's administrators are field 2
      const members = memberList(f[3]);
      if (members.includes(name)) {
        f[3] = members.filter((m) => m !== name).join(",");
        t.touched();
      }
      if (file === "gshadow" && memberList(f[2]).includes(name)) {
        f[2] = memberList(f[2]).filter((m) => m !== name).join(",");
        t.touched();
      }
    }
  }
}

export function runUserdel(proc: Process): number {
  const parsed = parseShadowArgs(proc, P, SPECS, USERDEL_USAGE);
  if ("exit" in parsed) return parsed.exit;
  const { opts, operands } = parsed;
  if (operands.length !== 1) {
    proc.stderr.write(USERDEL_USAGE);
    return 2;
  }
  const name = operands[0];
  const fs = proc.host.fs;
  const defs = new LoginDefs(fs);
  const db = new AccountDb(fs);
  const user = db.user(name);
  if (!user) return fail(proc, P, `user '${name}' does not exist`, 6);
  const [uid, gid, home] = [Number(user[2]), Number(user[3]), user[5]];

  db.table("passwd").remove(name);
  db.table("shadow").remove(name);
  dropMemberships(db, name);
  db.table("subuid").remove(name);
  db.table("subgid").remove(name);
  const own = db.group(name);
  if (own && defs.bool("USERGROUPS_ENAB", false) && Number(own[2]) === gid) {
    const others = db.table("passwd").records().some((f) => Number(f[3]) === gid);
    if (others && !opts.has("f")) proc.stderr.write(`${P}: group ${name} is the primary group of another user and is not removed.\n`);
    else {
      db.table("group").remove(name);
      db.table("gshadow").remove(name);
    }
  }
  db.commit();

  let status = 0;
  if (opts.has("r")) {
    const spool = `${mailDir(defs)}/${name}`;
    const mail = fs.lstat(spool);
    if (!mail.ok) proc.stderr.write(`${P}: ${name} mail spool (${spool}) not found\n`);
    else if (mail.value.uid !== uid && !opts.has("f")) {
      // a spool someone else made is left, the home still goes, and the status tells
      proc.stderr.write(`${P}: ${spool} not owned by ${name}, not removing\n`);
      status = 12;
    } else fs.unlink(spool);
    if (!exists(fs, home)) proc.stderr.write(`${P}: ${name} home directory (${home}) not found\n`);
    else {
      const st = fs.stat(home);
      if (st.ok && st.value.uid !== uid && !opts.has("f")) {
        proc.stderr.write(`${P}: ${home} not owned by ${name}, not removing\n`);
        return 12;
      }
      removeTree(fs, home);
    }
  }
  return status;
}

export const userdel: Command = {
  name: "userdel",
  summary: "userdel - delete a user account and related files",
  man: `NAME
userdel - delete a user account and related files

SYNOPSIS
userdel [options] LOGIN

DESCRIPTION
The userdel command modifies the system account files, deleting all
entries that refer to the user name LOGIN. The named user must exist.

OPTIONS
-f, --force
       This option forces the removal of the user account, even if the
       user is still logged in.
-r, --remove
       Files in the user's home directory will be removed along with the
       home directory itself and the user's mail spool.

EXIT VALUES
0 success; 1 can't update password file; 2 invalid command syntax;
6 specified user doesn't exist; 8 user currently logged in;
10 can't update group file; 12 can't remove home directory.
`,
  run: runUserdel,
  complete: () => ["-f", "-r"],
};
