/**
 * groupdel (shadow 4.13, Debian 12): delete a group from /etc/group and
 * /etc/gshadow; refuses (8) the primary group of a user unless -f.
 * Not covered: -R/-P.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { AccountDb } from "./shadow-db.js";
import { fail, parseShadowArgs } from "./shadow-cli.js";
import { GROUPDEL_USAGE } from "./usage.js";

const P = "groupdel";

export function runGroupdel(proc: Process): number {
  const parsed = parseShadowArgs(proc, P, [{ key: "f", short: "f", long: "force" }], GROUPDEL_USAGE);
  if ("exit" in parsed) return parsed.exit;
  const { opts, operands } = parsed;
  if (operands.length !== 1) {
    proc.stderr.write(GROUPDEL_USAGE);
    return 2;
  }
  const name = operands[0];
  const db = new AccountDb(proc.host.fs);
  const group = db.group(name);
  if (!group) return fail(proc, P, `group '${name}' does not exist`, 6);
  const owner = db.table("passwd").records().find((f) => f[3] === group[2]);
  if (owner && !opts.has("f")) return fail(proc, P, `cannot remove the primary group of user '${owner[0]}'`, 8);
  db.table("group").remove(name);
  db.table("gshadow").remove(name);
  db.commit();
  return 0;
}

export const groupdel: Command = {
  name: "groupdel",
  summary: "groupdel - delete a group",
  man: `NAME
groupdel - delete a group

SYNOPSIS
groupdel [options] GROUP

DESCRIPTION
The groupdel command modifies the system account files, deleting all
entries that refer to GROUP. The named group must exist.

OPTIONS
-f, --force
       This option forces the removal of the group, even if there's some
       user having the group as the primary one.

CAVEATS
You may not remove the primary group of any existing user. You must remove
the user before you remove the group.

EXIT VALUES
0 success; 2 invalid command syntax; 6 specified group doesn't exist;
8 can't remove user's primary group; 10 can't update group file.
`,
  run: runGroupdel,
  complete: () => ["-f"],
};
