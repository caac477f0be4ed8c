/**
 * id (coreutils 9.1): user and group ids. With no USER, the calling process:
 * root with no supplementary group but 0, or in a shell `su` started, that
 * user with the groups /etc/group gives it (Process.euid).
 * With USERs (a name, else a number), their passwd entry and the groups
 * /etc/group lists them in, as getgrouplist gives them. Covers the default
 * `uid=0(root) gid=0(root) groups=0(root)` format, -u/-g/-G with -n, -r
 * (the real ids are the effective ones here), -z, and the error texts.
 * Not covered: -Z (no SELinux: the real one's error), -a (accepted, ignored
 * as by the real one).
 */
import { type PasswdEntry, Accounts, numericId } from "../files/accounts.js";
import { parseOrUsage } from "../files/program.js";
import { quoteLocale } from "../files/quote.js";
import type { Command } from "../types.js";

const SPECS = [
  { key: "a", short: "a" },
  { key: "Z", short: "Z", long: "context" },
  { key: "g", short: "g", long: "group" },
  { key: "G", short: "G", long: "groups" },
  { key: "n", short: "n", long: "name" },
  { key: "r", short: "r", long: "real" },
  { key: "u", short: "u", long: "user" },
  { key: "z", short: "z", long: "zero" },
];

export const id: Command = {
  name: "id",
  summary: "id - print real and effective user and group IDs",
  man: `NAME
id - print real and effective user and group IDs

SYNOPSIS
id [OPTION]... [USER]...

DESCRIPTION
Print user and group information for each specified USER, or (when USER
omitted) for the current process.

-a     ignore, for compatibility with other versions
-Z, --context
       print only the security context of the process
-g, --group
       print only the effective group ID
-G, --groups
       print all group IDs
-n, --name
       print a name instead of a number, for -ugG
-r, --real
       print the real ID instead of the effective ID, with -ugG
-u, --user
       print only the effective user ID
-z, --zero
       delimit entries with NUL characters, not whitespace; not permitted in
       default format

Without any OPTION, print some useful set of identified information.
`,
  run(proc) {
    const parsed = parseOrUsage(proc, "id", SPECS, { help: "Usage: id [OPTION]... [USER]...\nSee 'man id' for the options this system supports.\n" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    const fail = (msg: string) => {
      proc.stderr.write(`id: ${msg}\n`);
      return 1;
    };
    const only = ["u", "g", "G"].filter((k) => opts.has(k));
    if (only.length > 1) return fail(`cannot print "only" of more than one choice`);
    if (opts.has("Z")) return fail("--context (-Z) works only on an SELinux-enabled kernel");
    if (only.length === 0 && (opts.has("n") || opts.has("r"))) return fail("cannot print only names or real IDs in default format");
    if (only.length === 0 && opts.has("z")) return fail("option --zero not permitted in default format");
    const db = new Accounts(proc.host.fs);
    const names = opts.has("n");
    const end = opts.has("z") ? "\0" : "\n";
    const userName = (uid: number) => db.userById(uid)?.name;
    const groupName = (gid: number) => db.groupById(gid)?.name;
    let status = 0;

    /** one id, as a name with -n (the number and an error when it has none) */
    const one = (idNum: number, name: string | undefined, kind: "user" | "group"): string => {
      if (!names) return String(idNum);
      if (name !== undefined) return name;
      proc.stderr.write(`id: cannot find name for ${kind} ID ${idNum}\n`);
      status = 1;
      return String(idNum);
    };

    const show = (user: PasswdEntry, groups: number[]) => {
      if (opts.has("u")) proc.stdout.write(one(user.uid, userName(user.uid), "user") + end);
      else if (opts.has("g")) proc.stdout.write(one(user.gid, groupName(user.gid), "group") + end);
      else if (opts.has("G")) {
        const sep = opts.has("z") ? "\0" : " ";
        proc.stdout.write(groups.map((g) => one(g, groupName(g), "group")).join(sep) + end);
      } else {
        const withName = (n: number, name: string | undefined) => (name === undefined ? String(n) : `${n}(${name})`);
        const list = groups.map((g) => withName(g, groupName(g))).join(",");
        proc.stdout.write(`uid=${withName(user.uid, userName(user.uid))} gid=${withName(user.gid, groupName(user.gid))} groups=${list}\n`);
      }
    };

    // the process itself: root, whose only group is 0 (not /etc/group's memberships), or the
    // user a `su` shell runs as, with the groups initgroups gave it
    if (operands.length === 0) {
      const self = proc.euid ? db.userById(proc.euid) : undefined;
      if (self) show(self, db.groupList(self));
      else show({ name: "root", uid: 0, gid: 0 }, [0]);
      return status;
    }
    for (const operand of operands) {
      proc.budget.charge(1);
      const n = numericId(operand);
      const user = db.userByName(operand) ?? (n === undefined ? undefined : db.userById(n));
      if (!user) {
        proc.stderr.write(`id: ${quoteLocale(operand)}: no such user\n`);
        status = 1;
        continue;
      }
      show(user, db.groupList(user));
    }
    return status;
  },
};
