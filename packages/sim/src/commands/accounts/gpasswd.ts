/**
 * gpasswd (shadow 4.13, Debian 12) as root: -a USER GROUP and -d USER GROUP
 * change the member lists of /etc/group and /etc/gshadow, saying what they
 * do on standard output first ("Adding user alice to group devs"), then
 * failing (3) if the user was not a member. Errors exit 3 as gpasswd's
 * failure() does.
 * Not covered: setting the group password (without options), -r -R -M -A.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { AccountDb, memberList } from "./shadow-db.js";
import { fail, parseShadowArgs } from "./shadow-cli.js";
import { GPASSWD_USAGE } from "./usage.js";

const SPECS = [
  { key: "a", short: "a", long: "add", arg: "required" as const },
  { key: "d", short: "d", long: "delete", arg: "required" as const },
];

const P = "gpasswd";

export function runGpasswd(proc: Process): number {
  const parsed = parseShadowArgs(proc, P, SPECS, GPASSWD_USAGE);
  if ("exit" in parsed) return parsed.exit;
  const { opts, operands } = parsed;
  if (operands.length !== 1 || (opts.has("a") && opts.has("d"))) {
    proc.stderr.write(GPASSWD_USAGE);
    return 2;
  }
  const name = operands[0];
  const db = new AccountDb(proc.host.fs);
  const user = opts.value("a") ?? opts.value("d");
  if (user !== undefined && !db.user(user)) return fail(proc, P, `user '${user}' does not exist`, 3);
  const group = db.group(name);
  if (!group) return fail(proc, P, `group '${name}' does not exist in /etc/group`, 3);
  if (user === undefined) {
    if (!proc.stdin.isTTY || !proc.tty) return fail(proc, P, "Not a tty", 1);
    return fail(proc, P, "setting a group password is not simulated in Rootlab yet", 1);
  }
  const entries = [group, db.table("gshadow").find(name)].filter((f): f is string[] => f !== undefined);
  if (opts.has("a")) {
    proc.stdout.write(`Adding user ${user} to group ${name}\n`);
    for (const f of entries) {
      while (f.length < 4) f.push("");
      if (!memberList(f[3]).includes(user)) f[3] = [...memberList(f[3]), user].join(",");
    }
  } else {
    proc.stdout.write(`Removing user ${user} from group ${name}\n`);
    if (!entries.some((f) => memberList(f[3]).includes(user))) return fail(proc, P, `user '${user}' is not a member of '${name}'`, 3);
    for (const f of entries) f[3] = memberList(f[3]).filter((m) => m !== user).join(",");
  }
  db.table("group").touched();
  db.table("gshadow").touched();
  db.commit();
  return 0;
}

export const gpasswd: Command = {
  name: "gpasswd",
  summary: "gpasswd - administer /etc/group and /etc/gshadow",
  man: `NAME
gpasswd - administer /etc/group and /etc/gshadow

SYNOPSIS
gpasswd [option] group

DESCRIPTION
The gpasswd command is used to administer /etc/group, and /etc/gshadow.
Every group can have administrators, members and a password.

OPTIONS
-a, --add user
       Add the user to the named group.
-d, --delete user
       Remove the user from the named group.
`,
  run: runGpasswd,
  complete: () => ["-a", "-d"],
};
