/**
 * adduser and addgroup (Debian's adduser 3.134): the policy layer over
 * shadow's databases. `adduser NAME` makes a user with its own group, the
 * home from /etc/skel (DIR_MODE 0700), subordinate ids, membership of
 * EXTRA_GROUPS ("users"); on a terminal it then runs passwd's dialogue
 * ("Try again? [y/N]" after a failure) and chfn's ("Full Name []:" …
 * "Is the information correct? [Y/n]") unless --disabled-password/-login
 * or --gecos/--comment say otherwise. `adduser --system NAME` (nogroup,
 * /nonexistent, nologin; --group, --home), `adduser USER GROUP`,
 * `addgroup [--system] NAME`. Ids: the lowest free in adduser.conf's
 * ranges. Messages on standard error, as 3.134 logs them. Not covered:
 * --uid/--gid/--firstuid…, --ingroup, --conf, --quiet/--debug, --no-create-home
 * with an existing home's warnings, quotas, adduser.local.
 */
import type { Process } from "../../process/process.js";
import { readTtyLine } from "../../process/tty-line.js";
import type { Command } from "../types.js";
import { AdduserConf, badNameText, firstFree } from "./adduser-conf.js";
import { hashPassword } from "./crypt.js";
import { createHome, exists } from "./home-dir.js";
import { addSubIds } from "./id-allocation.js";
import { LoginDefs } from "./login-defs.js";
import { askNewPassword, PamConversation } from "./passwd.js";
import { AccountDb, memberList } from "./shadow-db.js";
import { today } from "./shadow-days.js";

export const ADDUSER_USAGE = `adduser [--uid id] [--firstuid id] [--lastuid id]
        [--gid id] [--firstgid id] [--lastgid id] [--ingroup group]
        [--add-extra-groups] [--shell shell]
        [--comment comment] [--home dir] [--no-create-home]
        [--allow-all-names] [--allow-bad-names]
        [--disabled-password] [--disabled-login]
        [--conf file] [--quiet] [--verbose] [--debug]
        user
    Add a normal user

adduser --system
        [--uid id] [--group] [--ingroup group] [--gid id]
        [--shell shell] [--comment comment] [--home dir] [--no-create-home]
        [--conf file] [--quiet] [--verbose] [--debug]
        user
   Add a system user

adduser --group
        [--gid ID] [--firstgid id] [--lastgid id]
        [--conf file] [--quiet] [--verbose] [--debug]
        group
addgroup
        [--gid ID] [--firstgid id] [--lastgid id]
        [--conf file] [--quiet] [--verbose] [--debug]
        group
   Add a user group

addgroup --system
        [--gid id]
        [--conf file] [--quiet] [--verbose] [--debug]
        group
   Add a system group

adduser USER GROUP
   Add an existing user to an existing group
`;

const FLAGS = new Set(["system", "group", "disabled-password", "disabled-login", "allow-bad-names", "allow-all-names", "force-badname", "add-extra-groups", "no-create-home", "quiet", "verbose", "debug"]);
const VALUED = new Set(["gecos", "comment", "home", "shell"]);

/** Getopt::Long's reading of the line: options anywhere, --opt=value or --opt value */
export function parseAdduserArgs(args: string[]): { opts: Map<string, string>; names: string[] } | { unknown: string } {
  const opts = new Map<string, string>();
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      names.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      names.push(a);
      continue;
    }
    const body = a.replace(/^--?/, "");
    const eq = body.indexOf("=");
    const key = eq < 0 ? body : body.slice(0, eq);
    if (FLAGS.has(key)) opts.set(key, "");
    else if (VALUED.has(key)) opts.set(key, eq < 0 ? (args[++i] ?? "") : body.slice(eq + 1));
    else return { unknown: key };
  }
  return { opts, names };
}

/** one answer at the terminal (echoed), or a line of standard input; undefined at end of input */
function askLine(proc: Process, prompt: string, lines: { rest?: string[] }): string | undefined {
  proc.stdout.write(prompt);
  if (proc.stdin.isTTY && proc.tty) {
    const r = readTtyLine(proc.tty, { echo: true, signals: false });
    return r.type === "line" ? r.text : undefined;
  }
  lines.rest ??= proc.stdin.text().replace(/\n$/, "").split("\n").filter((_, i, all) => all.length > 1 || all[0] !== "");
  return lines.rest.shift();
}

function addToGroup(db: AccountDb, grp: string[], name: string): void {
  grp[3] = [...memberList(grp[3]), name].join(",");
  db.table("group").touched();
  const gs = db.table("gshadow").find(grp[0]);
  if (gs) {
    while (gs.length < 4) gs.push("");
    gs[3] = [...memberList(gs[3]), name].join(",");
    db.table("gshadow").touched();
  }
}

function runAddgroup(proc: Process, P: string, name: string, system: boolean, conf: AdduserConf, db: AccountDb): number {
  if (db.group(name)) {
    proc.stderr.write(`${P}: The group \`${name}' already exists.\n`);
    return 1;
  }
  const gid = system
    ? firstFree(conf.number("FIRST_SYSTEM_GID"), conf.number("LAST_SYSTEM_GID"), db.gids())
    : firstFree(conf.number("FIRST_GID"), conf.number("LAST_GID"), db.gids());
  if (gid === undefined) {
    proc.stderr.write(`${P}: No GID is available in the range.\n`);
    return 1;
  }
  proc.stdout.write(`Adding group \`${name}' (GID ${gid}) ...\n`);
  db.table("group").add([name, "x", String(gid), ""]);
  db.table("gshadow").add([name, "!", "", ""]);
  db.commit();
  proc.stdout.write("Done.\n");
  return 0;
}

function runAddToGroup(proc: Process, P: string, user: string, group: string, db: AccountDb): number {
  if (!db.user(user)) {
    proc.stderr.write(`${P}: The user \`${user}' does not exist.\n`);
    return 1;
  }
  const grp = db.group(group);
  if (!grp) {
    proc.stderr.write(`${P}: The group \`${group}' does not exist.\n`);
    return 1;
  }
  if (memberList(grp[3]).includes(user)) {
    proc.stderr.write(`${P}: The user \`${user}' is already a member of \`${group}'.\n`);
    return 0;
  }
  proc.stdout.write(`Adding user \`${user}' to group \`${group}' ...\n`);
  addToGroup(db, grp, user);
  db.commit();
  proc.stdout.write("Done.\n");
  return 0;
}

/** passwd's dialogue as adduser runs it, asking "Try again?" after each failure */
function setPassword(proc: Process, db: AccountDb, name: string): void {
  const lines = {};
  for (;;) {
    const password = askNewPassword(new PamConversation(proc), (t) => proc.stderr.write(t));
    if (password !== undefined) {
      const entry = db.table("shadow").find(name)!;
      entry[1] = hashPassword(password, proc.host.prng);
      db.table("shadow").touched();
      db.commit();
      proc.stderr.write("passwd: password updated successfully\n");
      return;
    }
    proc.stderr.write("passwd: Authentication token manipulation error\npasswd: password unchanged\n");
    const again = askLine(proc, "Try again? [y/N] ", lines);
    if (!again || !/^y/i.test(again)) return;
  }
}

/** chfn's dialogue: the GECOS field */
function askGecos(proc: Process, name: string): string {
  const lines = {};
  for (;;) {
    proc.stdout.write(`Changing the user information for ${name}\nEnter the new value, or press ENTER for the default\n`);
    const f: string[] = [];
    for (const label of ["Full Name", "Room Number", "Work Phone", "Home Phone", "Other"]) f.push(askLine(proc, `\t${label} []: `, lines) ?? "");
    const ok = askLine(proc, "Is the information correct? [Y/n] ", lines);
    if (ok === undefined || !/^n/i.test(ok)) return f.slice(0, 4).join(",") + (f[4] !== "" ? `,${f[4]}` : "");
  }
}

function runAddSystemUser(proc: Process, P: string, name: string, opts: Map<string, string>, conf: AdduserConf, db: AccountDb): number {
  const fs = proc.host.fs;
  if (db.user(name)) {
    const uid = Number(db.user(name)![2]);
    if (uid >= conf.number("FIRST_SYSTEM_UID") && uid <= conf.number("LAST_SYSTEM_UID")) {
      proc.stdout.write(`The system user \`${name}' already exists. Exiting.\n`);
      return 0;
    }
    proc.stderr.write(`${P}: The user \`${name}' already exists, but is not a system user. Exiting.\n`);
    return 1;
  }
  const uid = firstFree(conf.number("FIRST_SYSTEM_UID"), conf.number("LAST_SYSTEM_UID"), db.uids());
  if (uid === undefined) {
    proc.stderr.write(`${P}: No UID is available in the range.\n`);
    return 1;
  }
  proc.stdout.write(`Adding system user \`${name}' (UID ${uid}) ...\n`);
  let gid = 65534;
  let groupName = "nogroup";
  if (opts.has("group")) {
    const found = firstFree(conf.number("FIRST_SYSTEM_GID"), conf.number("LAST_SYSTEM_GID"), db.gids())!;
    gid = found;
    groupName = name;
    proc.stdout.write(`Adding new group \`${name}' (GID ${gid}) ...\n`);
    db.table("group").add([name, "x", String(gid), ""]);
    db.table("gshadow").add([name, "!", "", ""]);
  }
  proc.stdout.write(`Adding new user \`${name}' (UID ${uid}) with group \`${groupName}' ...\n`);
  const home = opts.get("home") ?? "/nonexistent";
  const comment = opts.get("comment") ?? opts.get("gecos") ?? "";
  db.table("passwd").add([name, "x", String(uid), String(gid), comment, home, opts.get("shell") ?? "/usr/sbin/nologin"]);
  db.table("shadow").add([name, "!", String(today(proc.host.clock.unixMs)), "", "", "", "", "", ""]);
  db.commit();
  if (home === "/nonexistent" || opts.has("no-create-home")) proc.stdout.write(`Not creating \`${home}'.\n`);
  else if (!exists(fs, home)) {
    proc.stdout.write(`Creating home directory \`${home}' ...\n`);
    const mode = parseInt(conf.get("SYS_DIR_MODE"), 8);
    createHome(fs, home, "/nonexistent-skel", uid, gid, 0o777 & ~mode);
  }
  return 0;
}

function runAddUser(proc: Process, P: string, name: string, opts: Map<string, string>, conf: AdduserConf, db: AccountDb): number {
  const fs = proc.host.fs;
  const uid = firstFree(conf.number("FIRST_UID"), conf.number("LAST_UID"), db.uids(), db.gids());
  if (uid === undefined) {
    proc.stderr.write(`${P}: No UID/GID pair is available in the range.\n`);
    return 1;
  }
  const gid = uid;
  proc.stdout.write(`Adding user \`${name}' ...\n`);
  proc.stdout.write(`Adding new group \`${name}' (${gid}) ...\n`);
  db.table("group").add([name, "x", String(gid), ""]);
  db.table("gshadow").add([name, "!", "", ""]);
  proc.stdout.write(`Adding new user \`${name}' (${uid}) with group \`${name} (${gid})' ...\n`);
  const home = opts.get("home") ?? `${conf.get("DHOME")}/${name}`;
  const defs = new LoginDefs(fs);
  db.table("passwd").add([name, "x", String(uid), String(gid), "", home, opts.get("shell") ?? conf.get("DSHELL")]);
  db.table("shadow").add([
    name, "!", String(today(proc.host.clock.unixMs)), String(defs.number("PASS_MIN_DAYS", 0)),
    String(defs.number("PASS_MAX_DAYS", 99999)), String(defs.number("PASS_WARN_AGE", 7)), "", "", "",
  ]);
  addSubIds(db, defs, name);
  db.commit();
  if (!opts.has("no-create-home")) {
    if (exists(fs, home)) proc.stdout.write(`The home directory \`${home}' already exists.  Not copying from \`${conf.get("SKEL")}'.\n`);
    else {
      proc.stdout.write(`Creating home directory \`${home}' ...\n`);
      proc.stdout.write(`Copying files from \`${conf.get("SKEL")}' ...\n`);
      createHome(fs, home, conf.get("SKEL"), uid, gid, 0o777 & ~parseInt(conf.get("DIR_MODE"), 8));
    }
  }
  if (!opts.has("disabled-password") && !opts.has("disabled-login")) setPassword(proc, db, name);
  const gecos = opts.get("comment") ?? opts.get("gecos") ?? askGecos(proc, name);
  const entry = db.user(name)!;
  entry[4] = gecos === "" ? ",,," : gecos;
  db.table("passwd").touched();
  const extras = conf.get("ADD_EXTRA_GROUPS") === "1" || opts.has("add-extra-groups") ? conf.get("EXTRA_GROUPS").split(/\s+/).filter((g) => g !== "") : [];
  if (extras.length > 0) {
    proc.stdout.write(`Adding new user \`${name}' to supplemental / extra groups \`${extras.join(" ")}' ...\n`);
    for (const g of extras) {
      const grp = db.group(g);
      if (!grp) continue;
      proc.stdout.write(`Adding user \`${name}' to group \`${g}' ...\n`);
      addToGroup(db, grp, name);
    }
  }
  db.commit();
  return 0;
}

function runAdduserAs(proc: Process, P: string): number {
  const parsed = parseAdduserArgs(proc.argv.slice(1));
  if ("unknown" in parsed) {
    proc.stderr.write(`Unknown option: ${parsed.unknown}\n`);
    proc.stdout.write(ADDUSER_USAGE);
    return 1;
  }
  const { opts, names } = parsed;
  if ((proc.euid ?? 0) !== 0) {
    proc.stderr.write(`${P}: Only root may add a user or group to the system.\n`);
    return 1;
  }
  if (names.length < 1 || names.length > 2) {
    proc.stderr.write(`${P}: Only one or two names allowed.\n`);
    return 1;
  }
  const conf = new AdduserConf(proc.host.fs);
  const db = new AccountDb(proc.host.fs);
  if (names.length === 2) return runAddToGroup(proc, P, names[0], names[1], db);
  const name = names[0];
  const group = P === "addgroup" || (opts.has("group") && !opts.has("system"));
  const system = opts.has("system");
  if (!opts.has("allow-all-names")) {
    const bad = badNameText(conf, name, system);
    if (bad !== undefined && !(opts.has("allow-bad-names") && bad.startsWith("Please"))) {
      proc.stderr.write(`${P}: ${bad}\n`);
      return 1;
    }
  }
  if (group) return runAddgroup(proc, P, name, system, conf, db);
  if (system) return runAddSystemUser(proc, P, name, opts, conf, db);
  if (db.user(name)) {
    proc.stderr.write(`${P}: The user \`${name}' already exists.\n`);
    return 1;
  }
  return runAddUser(proc, P, name, opts, conf, db);
}

const MAN = `NAME
adduser, addgroup - add or manipulate users or groups

SYNOPSIS
adduser [options] [--home DIR] [--shell SHELL] [--no-create-home]
        [--disabled-login] [--disabled-password] [--comment COMMENT] user
adduser --system [options] [--home DIR] [--group] user
adduser --group [options] group
addgroup [options] group
adduser [options] user group

DESCRIPTION
adduser and addgroup add users and groups to the system according to
command line options and configuration information in /etc/adduser.conf.
They are friendlier front ends to the low-level tools like useradd,
groupadd and usermod programs, by default choosing Debian policy conformant
UID and GID values, creating a home directory with skeletal configuration,
running a custom script, and other features.

adduser user group adds an existing user to an existing group.

OPTIONS
--disabled-login, --disabled-password
       Do not run passwd to set a password.
--gecos GECOS, --comment COMMENT
       Set the comment field (GECOS) for the new entry; chfn is not asked.
--group
       With --system, create a group with the same name and ID as the user.
--home DIR
       Use DIR as the user's home directory.
--shell SHELL
       Use SHELL as the user's login shell.
--system
       Create a system user or group.

EXIT VALUES
0 success (also when the user or group already exists as asked);
1 creating the user or group failed, or bad options.

FILES
/etc/adduser.conf
`;

export const adduser: Command = {
  name: "adduser",
  summary: "adduser - add or manipulate users or groups",
  man: MAN,
  run: (proc) => runAdduserAs(proc, "adduser"),
  complete: () => ["--system", "--group", "--disabled-password", "--gecos", "--home", "--shell"],
};

export const addgroup: Command = {
  name: "addgroup",
  summary: "addgroup - add or manipulate users or groups",
  man: MAN,
  run: (proc) => runAdduserAs(proc, "addgroup"),
  complete: () => ["--system"],
};
