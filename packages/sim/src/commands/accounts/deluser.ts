/**
 * deluser and delgroup (Debian's adduser 3.134): `deluser [--remove-home]
 * USER` (userdel's removal: passwd, shadow, memberships, subordinate ids,
 * the private group when no one else has it as primary; with
 * --remove-home the home and mail spool too), `deluser USER GROUP`,
 * `delgroup [--only-if-empty] GROUP`. Statuses as 3.134's: 2 no such
 * user, 3 no such group, 5 group not empty, 6 not a member, 8's groupdel
 * failure reported as 1. Without crontab installed it warns as the real one
 * does. Not covered: --backup, --remove-all-files, --system, deluser.conf.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { exists, removeTree } from "./home-dir.js";
import { LoginDefs, mailDir } from "./login-defs.js";
import { AccountDb, memberList } from "./shadow-db.js";
import { dropMemberships } from "./userdel.js";

const FLAGS = new Set(["remove-home", "only-if-empty", "quiet", "system", "force", "verbose", "debug", "group"]);

function removeUser(proc: Process, P: string, name: string, removeHome: boolean, db: AccountDb): number {
  const fs = proc.host.fs;
  const user = db.user(name);
  if (!user) {
    proc.stderr.write(`${P}: The user \`${name}' does not exist.\n`);
    return 2;
  }
  const [gid, home] = [Number(user[3]), user[5]];
  if (removeHome) {
    proc.stdout.write("Looking for files to backup/remove ...\nRemoving files ...\n");
    const spool = `${mailDir(new LoginDefs(fs))}/${name}`;
    if (fs.lstat(spool).ok) fs.unlink(spool);
    if (exists(fs, home)) removeTree(fs, home);
  }
  if (!fs.stat("/usr/bin/crontab").ok)
    proc.stderr.write(`${P}: \`/usr/bin/crontab' not executed. Skipping crontab removal. Package \`cron' required.\n`);
  proc.stdout.write(`Removing user \`${name}' ...\n`);
  db.table("passwd").remove(name);
  db.table("shadow").remove(name);
  dropMemberships(db, name);
  db.table("subuid").remove(name);
  db.table("subgid").remove(name);
  const own = db.group(name);
  if (own && Number(own[2]) === gid && !db.table("passwd").records().some((f) => Number(f[3]) === gid)) {
    db.table("group").remove(name);
    db.table("gshadow").remove(name);
  }
  db.commit();
  proc.stdout.write("Done.\n");
  return 0;
}

function removeFromGroup(proc: Process, P: string, name: string, group: string, db: AccountDb): number {
  if (!db.user(name)) {
    proc.stderr.write(`${P}: The user \`${name}' does not exist.\n`);
    return 2;
  }
  const grp = db.group(group);
  if (!grp) {
    proc.stderr.write(`${P}: The group \`${group}' does not exist.\n`);
    return 3;
  }
  if (!memberList(grp[3]).includes(name)) {
    proc.stderr.write(`${P}: The user \`${name}' is not a member of group \`${group}'.\n`);
    return 6;
  }
  proc.stdout.write(`Removing user \`${name}' from group \`${group}' ...\n`);
  for (const file of ["group", "gshadow"] as const) {
    const rec = db.table(file).find(group);
    if (!rec) continue;
    rec[3] = memberList(rec[3]).filter((m) => m !== name).join(",");
    db.table(file).touched();
  }
  db.commit();
  proc.stdout.write("Done.\n");
  return 0;
}

function removeGroup(proc: Process, P: string, group: string, onlyIfEmpty: boolean, db: AccountDb): number {
  const grp = db.group(group);
  if (!grp) {
    proc.stderr.write(`${P}: The group \`${group}' does not exist.\n`);
    return 3;
  }
  if (onlyIfEmpty && memberList(grp[3]).length > 0) {
    proc.stderr.write(`${P}: The group \`${group}' is not empty!\n`);
    return 5;
  }
  const primaryOf = db.table("passwd").records().find((f) => f[3] === grp[2]);
  if (primaryOf) {
    proc.stdout.write(`Removing group \`${group}' ...\n`);
    proc.stderr.write(`groupdel: cannot remove the primary group of user '${primaryOf[0]}'\n${P}: \`/sbin/groupdel ${group}' returned error code 8. Exiting.\n`);
    return 1;
  }
  proc.stdout.write(`Removing group \`${group}' ...\n`);
  db.table("group").remove(group);
  db.table("gshadow").remove(group);
  db.commit();
  proc.stdout.write("Done.\n");
  return 0;
}

function runDeluserAs(proc: Process, P: string): number {
  const opts = new Set<string>();
  const names: string[] = [];
  for (const a of proc.argv.slice(1)) {
    if (a.startsWith("--") && FLAGS.has(a.slice(2))) opts.add(a.slice(2));
    else if (a.startsWith("-") && a !== "-") {
      proc.stderr.write(`Unknown option: ${a.replace(/^--?/, "")}\n`);
      proc.stdout.write(`${P} USER\n  remove a normal user from the system\n`);
      return 1;
    } else names.push(a);
  }
  if ((proc.euid ?? 0) !== 0) {
    proc.stderr.write(`${P}: Only root may remove a user or group from the system.\n`);
    return 1;
  }
  if (names.length === 0) {
    // 3.134 asks, and reads nothing usable without a terminal
    proc.stdout.write(`Enter a ${P === "delgroup" ? "group" : "user"} name to remove: `);
    proc.stderr.write(
      `Use of uninitialized value $answer in chomp at /usr/sbin/deluser line 140.\n` +
        `Use of uninitialized value $names[0] in numeric eq (==) at /usr/sbin/deluser line 144.\n${P}: Only one or two names allowed.\n`,
    );
    return 1;
  }
  if (names.length > 2) {
    proc.stderr.write(`${P}: Only one or two names allowed.\n`);
    return 1;
  }
  const db = new AccountDb(proc.host.fs);
  if (names.length === 2) return removeFromGroup(proc, P, names[0], names[1], db);
  if (P === "delgroup" || opts.has("group")) return removeGroup(proc, P, names[0], opts.has("only-if-empty"), db);
  return removeUser(proc, P, names[0], opts.has("remove-home"), db);
}

const MAN = `NAME
deluser, delgroup - remove a user or group from the system

SYNOPSIS
deluser [options] [--remove-home] [--remove-all-files] user
deluser --group [options] group
delgroup [options] [--only-if-empty] group
deluser [options] user group

DESCRIPTION
deluser and delgroup remove users and groups from the system according to
command line options and configuration information in /etc/deluser.conf
and /etc/adduser.conf. They are friendlier front ends to the userdel and
groupdel programs, removing the home directory as option or even all files
on the system owned by the user to be removed.

deluser user group removes a user from a group.

OPTIONS
--only-if-empty
       Only remove if no members are left.
--remove-home
       Remove the home directory of the user and its mailspool.

EXIT VALUES
0 success; 1 creating the user or group failed; 2 no such user;
3 no such group; 5 the group is not empty; 6 the user is not a member.

FILES
/etc/deluser.conf, /etc/adduser.conf
`;

export const deluser: Command = {
  name: "deluser",
  summary: "deluser - remove a user or group from the system",
  man: MAN,
  run: (proc) => runDeluserAs(proc, "deluser"),
  complete: () => ["--remove-home"],
};

export const delgroup: Command = {
  name: "delgroup",
  summary: "delgroup - remove a user or group from the system",
  man: MAN,
  run: (proc) => runDeluserAs(proc, "delgroup"),
  complete: () => ["--only-if-empty"],
};
