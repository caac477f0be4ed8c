/**
 * usermod (shadow 4.13, Debian 12): change a user. -c -s -d (with -m the
 * home moves, as rename(2)), -g, -G (with -a appended to, else replacing
 * the supplementary groups, in group and gshadow alike), -l (a new name in
 * passwd, shadow and the member lists; the user's own group keeps its
 * name), -L/-U (a "!" before the shadow password), -e, -u, -o; a new uid
 * or primary group carries over to the home's files, a new uid to the mail
 * spool. Not covered: -p, -f, -r, -v/-V/-w/-W, -R/-P, -Z.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { chownTree, exists } from "./home-dir.js";
import { LoginDefs, mailDir } from "./login-defs.js";
import { isValidUserName } from "./names.js";
import { AccountDb, memberList } from "./shadow-db.js";
import { fail, parseShadowArgs } from "./shadow-cli.js";
import { expiryDay } from "./shadow-days.js";
import { USERMOD_USAGE } from "./usage.js";

const SPECS = [
  { key: "a", short: "a", long: "append" },
  { key: "b", short: "b", long: "badname" },
  { key: "c", short: "c", long: "comment", arg: "required" as const },
  { key: "d", short: "d", long: "home", arg: "required" as const },
  { key: "e", short: "e", long: "expiredate", arg: "required" as const },
  { key: "g", short: "g", long: "gid", arg: "required" as const },
  { key: "G", short: "G", long: "groups", arg: "required" as const },
  { key: "l", short: "l", long: "login", arg: "required" as const },
  { key: "L", short: "L", long: "lock" },
  { key: "m", short: "m", long: "move-home" },
  { key: "o", short: "o", long: "non-unique" },
  { key: "s", short: "s", long: "shell", arg: "required" as const },
  { key: "u", short: "u", long: "uid", arg: "required" as const },
  { key: "U", short: "U", long: "unlock" },
];

const P = "usermod";

function usage(proc: Process, text?: string): number {
  proc.stderr.write((text ? `${P}: ${text}\n` : "") + USERMOD_USAGE);
  return 2;
}

export function runUsermod(proc: Process): number {
  const parsed = parseShadowArgs(proc, P, SPECS, USERMOD_USAGE);
  if ("exit" in parsed) return parsed.exit;
  const { opts, operands } = parsed;
  const fs = proc.host.fs;
  const db = new AccountDb(fs);

  // checked while getopt runs
  const gText = opts.value("g");
  const primary = gText === undefined ? undefined : db.groupByKey(gText);
  if (gText !== undefined && !primary) return fail(proc, P, `group '${gText}' does not exist`, 6);
  const wanted: string[][] = [];
  for (const g of opts.values("G").flatMap((v) => v.split(",")).filter((g) => g !== "")) {
    const grp = db.groupByKey(g);
    if (!grp) return fail(proc, P, `group '${g}' does not exist`, 6);
    if (!wanted.includes(grp)) wanted.push(grp);
  }
  const eText = opts.value("e");
  const expire = eText === undefined ? undefined : expiryDay(eText);
  if (eText !== undefined && expire === undefined) return fail(proc, P, `invalid date '${eText}'`, 3);
  const uText = opts.value("u");
  if (uText !== undefined && !/^\d+$/.test(uText)) return fail(proc, P, `invalid user ID '${uText}'`, 3);
  const newName = opts.value("l");
  if (newName !== undefined && !opts.has("b") && !isValidUserName(newName)) return fail(proc, P, `invalid user name '${newName}': use --badname to ignore`, 3);
  const shell = opts.value("s");
  if (shell !== undefined && (/[:,\n]/.test(shell) || (shell !== "" && !shell.startsWith("/") && !shell.startsWith("*"))))
    return fail(proc, P, `invalid shell '${shell}'`, 3);
  const comment = opts.value("c");
  if (comment !== undefined && /[:\n]/.test(comment)) return fail(proc, P, `invalid field '${comment}'`, 3);
  const home = opts.value("d");
  if (home !== undefined && !home.startsWith("/")) return fail(proc, P, `homedir must be an absolute path`, 3);

  if (operands.length !== 1) return usage(proc);
  const name = operands[0];
  const user = db.user(name);
  if (!user) return fail(proc, P, `user '${name}' does not exist`, 6);
  if (opts.has("a") && !opts.has("G")) return usage(proc, "-a flag is only allowed with the -G flag");
  if (opts.has("L") && opts.has("U")) return usage(proc, "the -L and -U flags are exclusive");
  if (opts.has("m") && !opts.has("d")) return usage(proc, "-m flag is only allowed with the -d flag");
  const changing = ["c", "d", "e", "g", "G", "l", "L", "s", "u", "U"].some((k) => opts.has(k));
  if (!changing) return usage(proc, "no options");

  if (newName !== undefined && newName !== name && db.user(newName)) return fail(proc, P, `user '${newName}' already exists`, 9);
  if (uText !== undefined && !opts.has("o")) {
    const other = db.userByUid(Number(uText));
    if (other && other[0] !== name) return fail(proc, P, `UID '${uText}' already exists`, 4);
  }

  // an option that sets what is already there is no change; with nothing else, usermod says so
  const shadowNow = db.table("shadow").find(name);
  const differs =
    (comment !== undefined && comment !== user[4]) || (home !== undefined && home !== user[5]) ||
    (shell !== undefined && shell !== user[6]) || (primary !== undefined && primary[2] !== user[3]) ||
    (uText !== undefined && Number(uText) !== Number(user[2])) || (newName !== undefined && newName !== name) ||
    (expire !== undefined && expire !== (shadowNow?.[7] ?? "")) || ["G", "L", "U", "m"].some((k) => opts.has(k));
  if (!differs) {
    proc.stdout.write(`${P}: no changes\n`);
    return 0;
  }

  const passwd = db.table("passwd");
  const shadowEntry = db.table("shadow").find(name);
  if (home !== undefined && opts.has("m") && home !== user[5]) {
    if (exists(fs, home)) return fail(proc, P, `directory ${home} exists`, 12);
    if (exists(fs, user[5])) {
      const r = fs.rename(user[5], home);
      if (!r.ok) return fail(proc, P, `cannot rename directory ${user[5]} to ${home}`, 12);
    }
  }
  const [oldUid, oldGid] = [Number(user[2]), Number(user[3])];
  if (comment !== undefined) user[4] = comment;
  if (home !== undefined) user[5] = home;
  if (shell !== undefined) user[6] = shell;
  if (primary) user[3] = primary[2];
  if (uText !== undefined) user[2] = String(Number(uText));
  passwd.touched();

  if (shadowEntry) {
    const t = db.table("shadow");
    if (opts.has("L") && !shadowEntry[1].startsWith("!")) shadowEntry[1] = `!${shadowEntry[1]}`;
    if (opts.has("U") && shadowEntry[1].startsWith("!")) {
      if (shadowEntry[1].length === 1) {
        proc.stderr.write(
          `${P}: unlocking the user's password would result in a passwordless account.\n` +
            `You should set a password with usermod -p to unlock this user's password.\n`,
        );
      } else shadowEntry[1] = shadowEntry[1].slice(1);
    }
    if (expire !== undefined) {
      while (shadowEntry.length < 9) shadowEntry.push("");
      shadowEntry[7] = expire;
    }
    t.touched();
  }

  if (opts.has("G")) {
    const keep = new Set(wanted.map((g) => g[0]));
    for (const file of ["group", "gshadow"] as const) {
      const t = db.table(file);
      for (const f of t.records()) {
        while (f.length < 4) f.push("");
        const members = memberList(f[3]);
        const member = members.includes(name);
        if (keep.has(f[0]) && !member) f[3] = [...members, name].join(",");
        else if (!keep.has(f[0]) && member && !opts.has("a")) f[3] = members.filter((m) => m !== name).join(",");
        else continue;
        t.touched();
      }
    }
  }

  if (newName !== undefined && newName !== name) {
    user[0] = newName;
    if (shadowEntry) shadowEntry[0] = newName;
    for (const file of ["group", "gshadow"] as const) {
      const t = db.table(file);
      for (const f of t.records()) {
        for (const field of file === "gshadow" ? [2, 3] : [3]) {
          const members = memberList(f[field]);
          if (!members.includes(name)) continue;
          f[field] = members.map((m) => (m === name ? newName : m)).join(",");
          t.touched();
        }
      }
    }
  }
  db.commit();

  // the files of the home (and the mail spool's owner) follow a new uid or primary group
  const [newUid, newGid] = [Number(user[2]), Number(user[3])];
  if (newUid !== oldUid || newGid !== oldGid) {
    chownTree(fs, user[5], [oldUid, newUid], [oldGid, newGid]);
    const spool = `${mailDir(new LoginDefs(fs))}/${user[0]}`;
    const st = fs.lstat(spool);
    if (newUid !== oldUid && st.ok && st.value.uid === oldUid) fs.chown(spool, newUid, -1);
  }
  return 0;
}

export const usermod: Command = {
  name: "usermod",
  summary: "usermod - modify a user account",
  man: `NAME
usermod - modify a user account

SYNOPSIS
usermod [options] LOGIN

DESCRIPTION
The usermod command modifies the system account files.

OPTIONS
-a, --append
       Add the user to the supplementary group(s). Use only with the -G
       option.
-c, --comment COMMENT
       The new value of the user's password file comment field.
-d, --home HOME_DIR
       The user's new login directory. If the -m option is given, the
       contents of the current home directory will be moved to the new
       home directory.
-e, --expiredate EXPIRE_DATE
       The date on which the user account will be disabled, YYYY-MM-DD.
       An empty EXPIRE_DATE disables the expiration of the account.
-g, --gid GROUP
       The name or number of the user's new initial login group.
-G, --groups GROUP1[,GROUP2,...[,GROUPN]]]
       A list of supplementary groups which the user is also a member of.
       If the user is currently a member of a group which is not listed,
       the user will be removed from the group, unless -a is given.
-l, --login NEW_LOGIN
       The name of the user will be changed from LOGIN to NEW_LOGIN.
-L, --lock
       Lock a user's password. This puts a '!' in front of the encrypted
       password, effectively disabling the password.
-m, --move-home
       Move the content of the user's home directory to the new location.
-s, --shell SHELL
       The path of the user's new login shell.
-u, --uid UID
       The new numerical value of the user's ID.
-U, --unlock
       Unlock a user's password. This removes the '!' in front of the
       encrypted password.
`,
  run: runUsermod,
  complete: () => ["-a", "-G", "-s", "-d", "-m", "-l", "-L", "-U", "-e", "-c", "-g", "-u"],
};
