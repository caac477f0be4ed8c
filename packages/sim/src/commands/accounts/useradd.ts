/**
 * useradd (shadow 4.13, Debian 12): create a user. Adds the passwd and
 * shadow entries (password "!" locked, last change today by the virtual
 * clock), a group of the user's name (USERGROUPS_ENAB yes) in group and
 * gshadow, supplementary memberships (-G), subordinate ids, and with -m
 * the home from /etc/skel. Settings from /etc/login.defs and
 * /etc/default/useradd. Covers -m -M -d -b -k -s -u -o -g -G -c -r -N -U
 * -e -f -p --badname; exit codes as shadow's: 2 usage, 3 bad argument,
 * 4 uid in use, 6 no such group, 9 name in use, 12 home.
 * -D alone prints the defaults. Not covered: -D with options (setting the
 * defaults), -R/-P, -Z, -K, lastlog.
 */
import { EMPTY_BYTES } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { exists, createHome } from "./home-dir.js";
import { addSubIds, newId } from "./id-allocation.js";
import { LoginDefs, useraddDefaults } from "./login-defs.js";
import { isValidUserName } from "./names.js";
import { AccountDb, memberList } from "./shadow-db.js";
import { fail, parseShadowArgs } from "./shadow-cli.js";
import { expiryDay, today } from "./shadow-days.js";
import { USERADD_USAGE } from "./usage.js";

const SPECS = [
  { key: "badname", long: "badname" },
  { key: "b", short: "b", long: "base-dir", arg: "required" as const },
  { key: "c", short: "c", long: "comment", arg: "required" as const },
  { key: "d", short: "d", long: "home-dir", arg: "required" as const },
  { key: "D", short: "D", long: "defaults" },
  { key: "e", short: "e", long: "expiredate", arg: "required" as const },
  { key: "f", short: "f", long: "inactive", arg: "required" as const },
  { key: "g", short: "g", long: "gid", arg: "required" as const },
  { key: "G", short: "G", long: "groups", arg: "required" as const },
  { key: "k", short: "k", long: "skel", arg: "required" as const },
  { key: "l", short: "l", long: "no-log-init" },
  { key: "m", short: "m", long: "create-home" },
  { key: "M", short: "M", long: "no-create-home" },
  { key: "N", short: "N", long: "no-user-group" },
  { key: "o", short: "o", long: "non-unique" },
  { key: "p", short: "p", long: "password", arg: "required" as const },
  { key: "r", short: "r", long: "system" },
  { key: "s", short: "s", long: "shell", arg: "required" as const },
  { key: "u", short: "u", long: "uid", arg: "required" as const },
  { key: "U", short: "U", long: "user-group" },
];

const P = "useradd";

/** the user's umask for new homes: HOME_MODE, else UMASK (022 on Debian) */
function homeUmask(defs: LoginDefs): number {
  const mode = defs.get("HOME_MODE");
  if (mode && /^[0-7]+$/.test(mode)) return 0o777 & ~parseInt(mode, 8);
  const umask = defs.get("UMASK");
  return umask && /^[0-7]+$/.test(umask) ? parseInt(umask, 8) : 0o022;
}

export function runUseradd(proc: Process): number {
  const parsed = parseShadowArgs(proc, P, SPECS, USERADD_USAGE);
  if ("exit" in parsed) return parsed.exit;
  const { opts, operands } = parsed;
  const fs = proc.host.fs;
  const defs = new LoginDefs(fs);
  const dflt = useraddDefaults(fs);
  const db = new AccountDb(fs);

  // what getopt's loop checks, in its order
  const uidText = opts.value("u");
  if (uidText !== undefined && !/^\d+$/.test(uidText)) return fail(proc, P, `invalid user ID '${uidText}'`, 3);
  const shell = opts.value("s") ?? dflt.shell;
  if (opts.has("s") && (/[:,\n]/.test(shell) || (shell !== "" && !shell.startsWith("/") && !shell.startsWith("*"))))
    return fail(proc, P, `invalid shell '${shell}'`, 3);
  const comment = opts.value("c") ?? "";
  if (/[:\n]/.test(comment)) return fail(proc, P, `invalid comment '${comment}'`, 3);
  const homeOpt = opts.value("d");
  if (homeOpt !== undefined && !homeOpt.startsWith("/")) return fail(proc, P, `invalid home directory '${homeOpt}'`, 3);
  let expire = dflt.expire === "" ? "" : (expiryDay(dflt.expire) ?? "");
  const expireText = opts.value("e");
  if (expireText !== undefined) {
    const e = expiryDay(expireText);
    if (e === undefined) return fail(proc, P, `invalid date '${expireText}'`, 3);
    expire = e;
  }
  let primary: string[] | undefined;
  const gText = opts.value("g");
  if (gText !== undefined) {
    primary = db.groupByKey(gText);
    if (!primary) return fail(proc, P, `group '${gText}' does not exist`, 6);
  }
  const extra: string[][] = [];
  for (const g of opts.values("G").flatMap((v) => v.split(",")).filter((g) => g !== "")) {
    const grp = db.groupByKey(g);
    if (!grp) return fail(proc, P, `group '${g}' does not exist`, 6);
    if (!extra.includes(grp)) extra.push(grp);
  }
  if (opts.has("D")) {
    if (operands.length > 0 || opts.list.length > 1) return fail(proc, P, "changing the defaults (-D with options) is not simulated in Rootlab yet", 2);
    const skel = dflt.skel;
    proc.stdout.write(
      `GROUP=${dflt.group}\nHOME=${dflt.home}\nINACTIVE=${dflt.inactive}\nEXPIRE=${dflt.expire}\nSHELL=${dflt.shell}\n` +
        `SKEL=${skel}\nCREATE_MAIL_SPOOL=${dflt.createMailSpool ? "yes" : "no"}\nLOG_INIT=yes\n`,
    );
    return 0;
  }
  if (operands.length !== 1) {
    proc.stderr.write(USERADD_USAGE);
    return 2;
  }
  const name = operands[0];
  if (!opts.has("badname") && !isValidUserName(name)) return fail(proc, P, `invalid user name '${name}': use --badname to ignore`, 3);

  if (db.user(name)) return fail(proc, P, `user '${name}' already exists`, 9);
  const system = opts.has("r");
  const userGroup = opts.has("U") || (!opts.has("N") && gText === undefined && defs.bool("USERGROUPS_ENAB", false));
  if (userGroup && db.group(name)) return fail(proc, P, `group ${name} exists - if you want to add this user to that group, use -g.`, 9);

  let uid: number;
  if (uidText !== undefined) {
    uid = Number(uidText);
    if (!opts.has("o") && db.userByUid(uid)) return fail(proc, P, `UID ${uid} is not unique`, 4);
  } else {
    const found = newId(defs, "UID", db.uids(), system);
    if (found === undefined) return fail(proc, P, "can't create user", 4);
    uid = found;
  }
  let gid: number;
  if (userGroup) {
    const found = newId(defs, "GID", db.gids(), system, uid);
    if (found === undefined) return fail(proc, P, "can't create group", 4);
    gid = found;
  } else gid = primary ? Number(primary[2]) : dflt.group;

  const home = homeOpt ?? `${opts.value("b") ?? dflt.home}/${name}`;
  const day = String(today(proc.host.clock.unixMs));
  db.table("passwd").add([name, "x", String(uid), String(gid), comment, home, shell]);
  const password = opts.value("p") ?? "!";
  const inactive = opts.value("f") ?? (dflt.inactive < 0 ? "" : String(dflt.inactive));
  if (system) db.table("shadow").add([name, password, day, "", "", "", inactive, expire, ""]);
  else
    db.table("shadow").add([
      name, password, day, String(defs.number("PASS_MIN_DAYS", 0)), String(defs.number("PASS_MAX_DAYS", 99999)),
      String(defs.number("PASS_WARN_AGE", 7)), inactive, expire, "",
    ]);
  for (const grp of extra) {
    grp[3] = [...memberList(grp[3]), name].join(",");
    db.table("group").touched();
    const gs = db.table("gshadow").find(grp[0]);
    if (gs) {
      while (gs.length < 4) gs.push("");
      gs[3] = [...memberList(gs[3]), name].join(",");
      db.table("gshadow").touched();
    }
  }
  if (userGroup) {
    db.table("group").add([name, "x", String(gid), ""]);
    db.table("gshadow").add([name, "!", "", ""]);
  }
  if (!system) {
    addSubIds(db, defs, name);
  }
  db.commit();

  const makeHome = opts.has("m") || (!opts.has("M") && !system && defs.bool("CREATE_HOME", false));
  if (makeHome) {
    if (exists(fs, home)) {
      proc.stderr.write(`${P}: warning: the home directory ${home} already exists.\n${P}: Not copying any file from skel directory into it.\n`);
    } else if (!createHome(fs, home, opts.value("k") ?? dflt.skel, uid, gid, homeUmask(defs))) {
      return fail(proc, P, `cannot create directory ${home}`, 12);
    }
  }
  if (dflt.createMailSpool) {
    const spool = `${defs.get("MAIL_DIR") ?? "/var/mail"}/${name}`;
    if (!exists(fs, spool)) {
      fs.writeFile(spool, EMPTY_BYTES, { mode: 0o660 });
      fs.chmod(spool, 0o660);
      fs.chown(spool, uid, db.group("mail") ? Number(db.group("mail")![2]) : gid);
    }
  }
  return 0;
}

export const useradd: Command = {
  name: "useradd",
  summary: "useradd - create a new user or update default new user information",
  man: `NAME
useradd - create a new user or update default new user information

SYNOPSIS
useradd [options] LOGIN
useradd -D
useradd -D [options]

DESCRIPTION
useradd is a low level utility for adding users. On Debian, administrators
should usually use adduser(8) instead.

When invoked without the -D option, the useradd command creates a new user
account using the values specified on the command line plus the default
values from the system. Depending on command line options, the useradd
command will update system files and may also create the new user's home
directory and copy initial files.

By default, a group will also be created for the new user (see -g, -N, -U,
and USERGROUPS_ENAB).

OPTIONS
-c, --comment COMMENT
       Any text string. It is generally a short description of the login.
-d, --home-dir HOME_DIR
       The new user will be created using HOME_DIR as the value for the
       user's login directory.
-e, --expiredate EXPIRE_DATE
       The date on which the user account will be disabled, YYYY-MM-DD.
-g, --gid GROUP
       The name or the number of the user's primary group.
-G, --groups GROUP1[,GROUP2,...[,GROUPN]]]
       A list of supplementary groups which the user is also a member of.
-m, --create-home
       Create the user's home directory if it does not exist. The files
       and directories contained in the skeleton directory are copied.
-M, --no-create-home
       Do no create the user's home directory.
-N, --no-user-group
       Do not create a group with the same name as the user.
-r, --system
       Create a system account.
-s, --shell SHELL
       The path of the user's login shell.
-u, --uid UID
       The numerical value of the user's ID.
-U, --user-group
       Create a group with the same name as the user.

FILES
/etc/passwd, /etc/shadow, /etc/group, /etc/gshadow, /etc/default/useradd,
/etc/login.defs, /etc/skel/, /etc/subuid, /etc/subgid

EXIT VALUES
0 success; 2 invalid command syntax; 3 invalid argument to option;
4 UID already in use; 6 specified group doesn't exist; 9 username or
group name already in use; 12 can't create home directory.
`,
  run: runUseradd,
  complete: () => ["-m", "-d", "-s", "-u", "-g", "-G", "-c", "-r", "-M", "-N", "-U", "-e"],
};
