/**
 * groupadd (shadow 4.13, Debian 12): create a group in /etc/group and
 * /etc/gshadow (password "!"). -g GID (4 when taken, unless -o), -r a
 * system gid (the highest free below SYS_GID_MAX), -f (success when the
 * group exists; a taken -g is then dropped for a free gid).
 * Not covered: -K, -p, -U, -R/-P.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { newId } from "./id-allocation.js";
import { LoginDefs } from "./login-defs.js";
import { isValidGroupName } from "./names.js";
import { AccountDb } from "./shadow-db.js";
import { fail, parseShadowArgs } from "./shadow-cli.js";
import { GROUPADD_USAGE } from "./usage.js";

const SPECS = [
  { key: "f", short: "f", long: "force" },
  { key: "g", short: "g", long: "gid", arg: "required" as const },
  { key: "o", short: "o", long: "non-unique" },
  { key: "r", short: "r", long: "system" },
];

const P = "groupadd";

export function runGroupadd(proc: Process): number {
  const parsed = parseShadowArgs(proc, P, SPECS, GROUPADD_USAGE);
  if ("exit" in parsed) return parsed.exit;
  const { opts, operands } = parsed;
  const gText = opts.value("g");
  if (gText !== undefined && !/^\d+$/.test(gText)) return fail(proc, P, `invalid group ID '${gText}'`, 3);
  if (operands.length !== 1) {
    proc.stderr.write(GROUPADD_USAGE);
    return 2;
  }
  const name = operands[0];
  if (!isValidGroupName(name)) return fail(proc, P, `'${name}' is not a valid group name`, 3);
  const db = new AccountDb(proc.host.fs);
  if (db.group(name)) {
    if (opts.has("f")) return 0;
    return fail(proc, P, `group '${name}' already exists`, 9);
  }
  let gid: number | undefined = gText === undefined ? undefined : Number(gText);
  if (gid !== undefined && !opts.has("o") && db.groupByGid(gid)) {
    if (!opts.has("f")) return fail(proc, P, `GID '${gText}' already exists`, 4);
    gid = undefined;
  }
  gid ??= newId(new LoginDefs(proc.host.fs), "GID", db.gids(), opts.has("r"));
  if (gid === undefined) return fail(proc, P, "Can't get unique GID (no more available GIDs)", 4);
  db.table("group").add([name, "x", String(gid), ""]);
  db.table("gshadow").add([name, "!", "", ""]);
  db.commit();
  return 0;
}

export const groupadd: Command = {
  name: "groupadd",
  summary: "groupadd - create a new group",
  man: `NAME
groupadd - create a new group

SYNOPSIS
groupadd [options] group

DESCRIPTION
The groupadd command creates a new group account using the values
specified on the command line plus the default values from the system.
The new group will be entered into the system files as needed.

OPTIONS
-f, --force
       This option causes the command to simply exit with success status
       if the specified group already exists.
-g, --gid GID
       The numerical value of the group's ID.
-o, --non-unique
       Permit the creation of a group with an already used numerical ID.
-r, --system
       Create a system group.

EXIT VALUES
0 success; 2 invalid command syntax; 3 invalid argument to option;
4 GID is already used; 9 group name is already used; 10 can't update
group file.
`,
  run: runGroupadd,
  complete: () => ["-f", "-g", "-o", "-r"],
};
