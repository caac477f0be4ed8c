/**
 * chown and chgrp (coreutils 9.1, chown-core): set the owner and/or group of
 * files, as root. chown takes OWNER, OWNER:GROUP, OWNER: (the owner's login
 * group), :GROUP, a number for either, and the old OWNER.GROUP with its
 * warning; chgrp takes GROUP. Names come from the host's /etc/passwd and
 * /etc/group (accounts.ts). A symlink operand changes its target unless -h;
 * -R walks directories in readdir order, directory before contents, changing
 * symlinks themselves (-P, the default). -v/-c report as chown-core's
 * describe_change, -f hides errors, --reference copies a file's owners.
 * Not covered: --from, -H/-L, --preserve-root.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { Accounts, numericId } from "./accounts.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, resolveOperand, strerror, usageError } from "./program.js";
import { quoteAlways, quoteLocale } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "R", short: "R", long: "recursive" },
  { key: "v", short: "v", long: "verbose" },
  { key: "c", short: "c", long: "changes" },
  { key: "f", short: "f", long: "silent" },
  { key: "f", long: "quiet" },
  { key: "h", short: "h", long: "no-dereference" },
  { key: "deref", long: "dereference" },
  { key: "P", short: "P" },
  { key: "ref", long: "reference", arg: "required" },
];

interface Change {
  /** -1: leave as is */
  uid: number;
  gid: number;
}

interface Settings {
  prog: string;
  recurse: boolean;
  verbosity: "off" | "changes" | "high";
  silent: boolean;
  noFollow: boolean;
  db: Accounts;
}

/** parse_user_spec: OWNER[:GROUP] (or OWNER.GROUP), or an error text */
function parseSpec(spec: string, db: Accounts, warn: (msg: string) => void): Change | string {
  const colon = spec.indexOf(":");
  let user = colon < 0 ? spec : spec.slice(0, colon);
  let group = colon < 0 ? undefined : spec.slice(colon + 1);
  // the old separator, when the whole is not a user name
  if (colon < 0 && spec.includes(".") && !db.userByName(spec)) {
    const dot = spec.indexOf(".");
    const u = spec.slice(0, dot);
    const g = spec.slice(dot + 1);
    if ((u === "" || db.userByName(u) || numericId(u) !== undefined) && (g === "" || db.groupByName(g) || numericId(g) !== undefined)) {
      warn(`warning: '.' should be ':': ${quoteLocale(spec)}`);
      user = u;
      group = g;
    }
  }
  let uid = -1;
  let gid = -1;
  if (user !== "") {
    const entry = db.userByName(user);
    const n = numericId(user);
    if (entry) uid = entry.uid;
    else if (n !== undefined) uid = n;
    else return `invalid user: ${quoteLocale(spec)}`;
    // OWNER: takes the owner's login group
    if (group === "") {
      if (!entry) return `invalid spec: ${quoteLocale(spec)}`;
      gid = entry.gid;
    }
  }
  if (group !== undefined && group !== "") {
    const entry = db.groupByName(group);
    const n = numericId(group);
    if (entry) gid = entry.gid;
    else if (n !== undefined) gid = n;
    else return `invalid group: ${quoteLocale(spec)}`;
  }
  return { uid, gid };
}

/** chown-core's describe_change for -v/-c */
function describe(s: Settings, shown: string, want: Change, old: Change, changed: boolean): string {
  const userName = (uid: number) => s.db.userById(uid)?.name ?? String(uid);
  const groupName = (gid: number) => s.db.groupById(gid)?.name ?? String(gid);
  const spec = (c: Change) =>
    want.uid !== -1 ? (want.gid !== -1 ? `${userName(c.uid)}:${groupName(c.gid)}` : userName(c.uid)) : want.gid !== -1 ? groupName(c.gid) : "";
  const name = quoteAlways(shown);
  const what = want.uid !== -1 ? "ownership" : want.gid !== -1 ? "group" : "";
  if (what === "") return changed ? `no change to ownership of ${name}\n` : `ownership of ${name} retained\n`;
  const now = { uid: want.uid === -1 ? old.uid : want.uid, gid: want.gid === -1 ? old.gid : want.gid };
  return changed ? `changed ${what} of ${name} from ${spec(old)} to ${spec(now)}\n` : `${what} of ${name} retained as ${spec(now)}\n`;
}

/** change one file (and below it with -R); the exit status */
function change(proc: Process, s: Settings, shown: string, path: string, want: Change): number {
  proc.budget.charge(1);
  const fs = proc.host.fs;
  // -R (-P) changes symlinks themselves, operands included; without -R a symlink is followed unless -h
  const noFollow = s.noFollow || s.recurse;
  const st = noFollow ? fs.lstat(path) : fs.stat(path);
  if (!st.ok) {
    if (!s.silent) proc.stderr.write(`${s.prog}: cannot access ${quoteAlways(shown)}: ${strerror(st.errno)}\n`);
    return 1;
  }
  let status = 0;
  const old = { uid: st.value.uid, gid: st.value.gid };
  const r = fs.chown(path, want.uid, want.gid, { noFollow });
  if (!r.ok) {
    if (!s.silent) proc.stderr.write(`${s.prog}: changing ${want.uid !== -1 ? "ownership" : "group"} of ${quoteAlways(shown)}: ${strerror(r.errno)}\n`);
    status = 1;
  } else if (s.verbosity !== "off") {
    const changed = !((want.uid === -1 || want.uid === old.uid) && (want.gid === -1 || want.gid === old.gid));
    if (changed || s.verbosity === "high") proc.stdout.write(describe(s, shown, want, old, changed));
  }
  if (s.recurse && st.value.type === "dir") {
    const names = fs.readdir(path);
    if (names.ok) {
      for (const n of names.value) {
        const child = `${path === "/" ? "" : path.replace(/\/$/, "")}/${n}`;
        status = Math.max(status, change(proc, s, `${shown.replace(/\/$/, "")}/${n}`, child, want));
      }
    }
  }
  return status;
}

function run(proc: Process, prog: "chown" | "chgrp"): number {
  const usage =
    prog === "chown"
      ? "Usage: chown [OPTION]... [OWNER][:[GROUP]] FILE...\n  or:  chown [OPTION]... --reference=RFILE FILE...\n"
      : "Usage: chgrp [OPTION]... GROUP FILE...\n  or:  chgrp [OPTION]... --reference=RFILE FILE...\n";
  const parsed = parseOrUsage(proc, prog, SPECS, { help: `${usage}See 'man ${prog}' for the options this system supports.\n` });
  if ("exit" in parsed) return parsed.exit;
  const { opts, operands } = parsed;
  const db = new Accounts(proc.host.fs);
  const reference = opts.value("ref");
  if (operands.length === 0) return usageError(proc, prog, "missing operand");
  if (reference === undefined && operands.length === 1) return usageError(proc, prog, `missing operand after ${quoteLocale(operands[0])}`);
  let want: Change;
  let files: string[];
  if (reference !== undefined) {
    const st = proc.host.fs.stat(resolveOperand(proc, reference));
    if (!st.ok) {
      proc.stderr.write(`${prog}: failed to get attributes of ${quoteAlways(reference)}: ${strerror(st.errno)}\n`);
      return 1;
    }
    want = { uid: prog === "chown" ? st.value.uid : -1, gid: st.value.gid };
    files = operands;
  } else if (prog === "chown") {
    const spec = parseSpec(operands[0], db, (msg) => proc.stderr.write(`chown: ${msg}\n`));
    if (typeof spec === "string") {
      proc.stderr.write(`chown: ${spec}\n`);
      return 1;
    }
    want = spec;
    files = operands.slice(1);
  } else {
    const name = operands[0];
    const gid = name === "" ? -1 : (db.groupByName(name)?.gid ?? numericId(name));
    if (gid === undefined) {
      proc.stderr.write(`chgrp: invalid group: ${quoteLocale(name)}\n`);
      return 1;
    }
    want = { uid: -1, gid };
    files = operands.slice(1);
  }
  const settings: Settings = {
    prog,
    recurse: opts.has("R"),
    verbosity: opts.has("v") ? "high" : opts.has("c") ? "changes" : "off",
    silent: opts.has("f"),
    noFollow: opts.has("h"),
    db,
  };
  let status = 0;
  for (const file of files) status = Math.max(status, change(proc, settings, file, resolveOperand(proc, file), want));
  return status;
}

export const chown: Command = {
  name: "chown",
  summary: "chown - change file owner and group",
  man: `NAME
chown - change file owner and group

SYNOPSIS
chown [OPTION]... [OWNER][:[GROUP]] FILE...
chown [OPTION]... --reference=RFILE FILE...

DESCRIPTION
chown changes the user and/or group ownership of each given file. If only an
owner (a user name or numeric user ID) is given, that user is made the owner
of each given file, and the files' group is not changed. If the owner is
followed by a colon and a group name (or numeric group ID), with no spaces
between them, the group ownership of the files is changed as well. If a colon
but no group name follows the user name, that user is made the owner of the
files and the group of the files is changed to that user's login group. If
the colon and group are given, but the owner is omitted, only the group of
the files is changed.

-c, --changes
       like verbose but report only when a change is made
-f, --silent, --quiet
       suppress most error messages
-v, --verbose
       output a diagnostic for every file processed
-h, --no-dereference
       affect symbolic links instead of any referenced file
--reference=RFILE
       use RFILE's owner and group rather than specifying OWNER:GROUP values
-R, --recursive
       operate on files and directories recursively

EXAMPLES
chown root /u
       Change the owner of /u to "root".
chown root:staff /u
       Likewise, but also change its group to "staff".
chown -hR root /u
       Change the owner of /u and subfiles to "root".
`,
  run: (proc) => run(proc, "chown"),
};

export const chgrp: Command = {
  name: "chgrp",
  summary: "chgrp - change group ownership",
  man: `NAME
chgrp - change group ownership

SYNOPSIS
chgrp [OPTION]... GROUP FILE...
chgrp [OPTION]... --reference=RFILE FILE...

DESCRIPTION
Change the group of each FILE to GROUP. With --reference, change the group of
each FILE to that of RFILE.

-c, --changes
       like verbose but report only when a change is made
-f, --silent, --quiet
       suppress most error messages
-v, --verbose
       output a diagnostic for every file processed
-h, --no-dereference
       affect symbolic links instead of any referenced file
--reference=RFILE
       use RFILE's group rather than specifying a GROUP value
-R, --recursive
       operate on files and directories recursively

EXAMPLES
chgrp staff /u
       Change the group of /u to "staff".
chgrp -hR staff /u
       Change the group of /u and subfiles to "staff".
`,
  run: (proc) => run(proc, "chgrp"),
};
