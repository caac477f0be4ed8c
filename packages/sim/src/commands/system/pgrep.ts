/**
 * pgrep (procps-ng 4.0.2) and pidof (sysvinit-utils 3.06, Debian 12's):
 * pids of the host's processes (process/table.ts) by name. pgrep matches an
 * extended regular expression against the process name (the command line
 * with -f), never itself; pidof takes exact program names and lists the
 * pids newest first. Recorded in fixtures/pgrep.jsonl (record-pgrep.sh).
 */
import type { Process } from "../../process/process.js";
import { type Asker, LOGIN_TTY, type ProcEntry, processTable } from "../../process/table.js";
import { Accounts } from "../files/accounts.js";
import { parseOptions } from "../files/options.js";
import { translateRegex } from "../files/regex.js";
import { BoundedRegExp, RegexSyntaxError } from "../files/regex-machine.js";
import type { Command } from "../types.js";

const PGREP_USAGE = `
Usage:
 pgrep [options] <pattern>

Options:
 -d, --delimiter <string>  specify output delimiter
 -l, --list-name           list PID and process name
 -a, --list-full           list PID and full command line
 -v, --inverse             negates the matching
 -w, --lightweight         list all TID
 -c, --count               count of matching processes
 -f, --full                use full process name to match
 -g, --pgroup <PGID,...>   match listed process group IDs
 -G, --group <GID,...>     match real group IDs
 -i, --ignore-case         match case insensitively
 -n, --newest              select most recently started
 -o, --oldest              select least recently started
 -O, --older <seconds>     select where older than seconds
 -P, --parent <PPID,...>   match only child processes of the given parent
 -s, --session <SID,...>   match session IDs
 -t, --terminal <tty,...>  match by controlling terminal
 -u, --euid <ID,...>       match by effective IDs
 -U, --uid <ID,...>        match by real IDs
 -x, --exact               match exactly with the command name
 -F, --pidfile <file>      read PIDs from file
 -L, --logpidfile          fail if PID file is not locked
 -r, --runstates <state>   match runstates [D,S,Z,...]
 -A, --ignore-ancestors    exclude our ancestors from results
 --cgroup <grp,...>        match by cgroup v2 names
 --ns <PID>                match the processes that belong to the same
                           namespace as <pid>
 --nslist <ns,...>         list which namespaces will be considered for
                           the --ns option.
                           Available namespaces: ipc, mnt, net, pid, user, uts

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see pgrep(1).
`;

/** the program asking, and the pipeline it runs in (its other stages are processes too) */
function asker(proc: Process): Asker {
  return { argv: proc.argv, tty: proc.tty ? LOGIN_TTY : undefined, pipeline: proc.pipeline };
}

/** the command line as /proc/PID/cmdline reads, or the name for a kernel thread */
function cmdline(p: ProcEntry): string {
  return p.argv.length > 0 ? p.argv.join(" ") : p.comm;
}

export const pgrep: Command = {
  name: "pgrep",
  summary: "pgrep - look up processes based on name and other attributes",
  man: `NAME
pgrep - look up processes based on name and other attributes

SYNOPSIS
pgrep [options] pattern

DESCRIPTION
pgrep looks through the currently running processes and lists the process
IDs which match the selection criteria to stdout. All the criteria have to
match. The pattern is an extended regular expression matched against the
process name (at most 15 characters), or the full command line with -f.
pgrep never lists itself.

OPTIONS
-l, --list-name     list the process name as well as the process ID
-a, --list-full     list the full command line as well as the process ID
-f, --full          match the pattern against the full command line
-x, --exact         only processes whose name (with -f: command line) matches exactly
-i, --ignore-case   match case insensitively
-v, --inverse       negate the matching
-c, --count         print the count of matching processes
-d, --delimiter D   separate the process IDs with D (default: newline)
-n, --newest        only the most recently started of the matching processes
-o, --oldest        only the least recently started
-u, --euid ID,...   only processes whose effective user ID is listed (names allowed)
-U, --uid ID,...    only processes whose real user ID is listed
-P, --parent PPID   only children of the listed parents

EXIT STATUS
0 one or more processes matched; 1 none; 2 syntax error.

EXAMPLES
pgrep -l cron       pid and name of cron
pgrep -a sshd       pids and command lines of the sshd processes
`,
  complete: () => ["-l", "-a", "-f", "-x", "-i", "-v", "-c", "-d", "-n", "-o", "-u", "-U", "-P", "--help", "--version"],
  run(proc) {
    const parsed = parseOptions(proc.argv.slice(1), [
      { key: "d", short: "d", long: "delimiter", arg: "required" },
      { key: "l", short: "l", long: "list-name" },
      { key: "a", short: "a", long: "list-full" },
      { key: "v", short: "v", long: "inverse" },
      { key: "c", short: "c", long: "count" },
      { key: "f", short: "f", long: "full" },
      { key: "i", short: "i", long: "ignore-case" },
      { key: "n", short: "n", long: "newest" },
      { key: "o", short: "o", long: "oldest" },
      { key: "P", short: "P", long: "parent", arg: "required" },
      { key: "u", short: "u", long: "euid", arg: "required" },
      { key: "U", short: "U", long: "uid", arg: "required" },
      { key: "x", short: "x", long: "exact" },
      { key: "h", short: "h", long: "help" },
      { key: "V", short: "V", long: "version" },
    ]);
    if (!parsed.ok) {
      proc.stderr.write(`pgrep: ${parsed.error}\n${PGREP_USAGE}`);
      return 2;
    }
    const has = (k: string) => parsed.list.some((o) => o.key === k);
    const values = (k: string) => parsed.list.filter((o) => o.key === k).map((o) => o.value ?? "");
    if (has("h")) {
      proc.stdout.write(PGREP_USAGE);
      return 0;
    }
    if (has("V")) {
      proc.stdout.write("pgrep from procps-ng 4.0.2\n");
      return 0;
    }
    if (parsed.operands.length > 1) {
      proc.stderr.write("pgrep: only one pattern can be provided\nTry `pgrep --help' for more information.\n");
      return 2;
    }
    const pattern = parsed.operands[0];
    const accounts = new Accounts(proc.host.fs);
    const ids = (k: string): number[] | undefined | "bad" => {
      const list = values(k);
      if (list.length === 0) return undefined;
      const out: number[] = [];
      for (const name of list.join(",").split(",").filter((n) => n !== "")) {
        const u = accounts.userByName(name);
        if (u) out.push(u.uid);
        else if (/^\d+$/.test(name)) out.push(Number(name));
        else {
          proc.stderr.write(`pgrep: invalid user name: ${name}\n`);
          return "bad";
        }
      }
      return out;
    };
    const euids = ids("u");
    if (euids === "bad") return 2;
    const ruids = ids("U");
    if (ruids === "bad") return 2;
    const parents = values("P").join(",").split(",").filter((p) => p !== "").map(Number);
    if (pattern === undefined && !euids && !ruids && parents.length === 0) {
      proc.stderr.write("pgrep: no matching criteria specified\nTry `pgrep --help' for more information.\n");
      return 2;
    }
    const full = has("f");
    let re: BoundedRegExp | undefined;
    if (pattern !== undefined) {
      const t = translateRegex(pattern, true);
      if (!t.ok) {
        proc.stderr.write(`pgrep: regex error: ${t.error}\n`);
        return 2;
      }
      const source = has("x") ? `^(?:${t.source})$` : t.source;
      try {
        re = new BoundedRegExp(source, has("i") ? "i" : "", (n) => proc.budget.charge(n));
      } catch (e) {
        if (!(e instanceof RegexSyntaxError)) throw e;
        proc.stderr.write(`pgrep: regex error: ${e.message}\n`);
        return 2;
      }
      if (!full && pattern.length > 15 && /^[\w -]*$/.test(pattern)) {
        proc.stderr.write("pgrep: pattern that searches for process name longer than 15 characters will result in zero matches\nTry `pgrep -f' option to match against the complete command line.\n");
        return 1;
      }
    }
    let found = processTable(proc.host, asker(proc)).filter((p) => {
      if (p.self) return false;
      if (euids && !euids.includes(p.uid)) return false;
      if (ruids && !ruids.includes(p.uid)) return false;
      if (parents.length > 0 && !parents.includes(p.ppid)) return false;
      if (!re) return true;
      return re.test(full ? cmdline(p) : p.comm) !== has("v");
    });
    if (has("n") && found.length > 0) found = [found.reduce((a, b) => (b.started >= a.started ? b : a))];
    if (has("o") && found.length > 0) found = [found.reduce((a, b) => (b.started < a.started ? b : a))];
    if (has("c")) {
      proc.stdout.write(`${found.length}\n`);
      return found.length > 0 ? 0 : 1;
    }
    const delimiter = values("d").pop() ?? "\n";
    const shown = found.map((p) => (has("a") ? `${p.pid} ${cmdline(p)}` : has("l") ? `${p.pid} ${p.comm}` : String(p.pid)));
    if (shown.length > 0) proc.stdout.write(`${shown.join(delimiter)}\n`);
    return found.length > 0 ? 0 : 1;
  },
};

/** pidof's match: the program's path or its base name as argv[0] has it, or the process name */
function runs(p: ProcEntry, name: string): boolean {
  const argv0 = p.argv[0] ?? "";
  return argv0 === name || argv0.split("/").pop() === name || p.comm === name;
}

export const pidof: Command = {
  name: "pidof",
  summary: "pidof - find the process ID of a running program",
  man: `NAME
pidof - find the process ID of a running program

SYNOPSIS
pidof [-s] [-c] [-n] [-x] [-z] [-o omitpid[,omitpid...]] [-d sep] program [program...]

DESCRIPTION
pidof finds the process IDs (PIDs) of the named programs and prints them,
newest first, on one line. It never lists itself.

OPTIONS
-s          single shot: return one PID only
-o omitpid  omit processes with that process ID (%PPID: the parent of pidof)
-d sep      use sep as the output separator (default: a space)

EXIT STATUS
0 at least one program was found running; 1 none was.
`,
  complete: () => ["-s", "-o", "-d", "-x"],
  run(proc) {
    const args = proc.argv.slice(1);
    let single = false;
    let sep = " ";
    const omit = new Set<number>();
    const names: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (names.length === 0 && a.startsWith("-") && a.length > 1) {
        for (let j = 1; j < a.length; j++) {
          const ch = a[j];
          if (ch === "s") single = true;
          else if (ch === "o" || ch === "d") {
            const v = a.slice(j + 1) || args[++i];
            j = a.length;
            if (v === undefined) return 1;
            if (ch === "d") sep = v;
            else for (const o of v.split(",")) if (/^\d+$/.test(o)) omit.add(Number(o));
          } else if (!"cnxzq".includes(ch)) return 1; // an unknown option: the real one exits 1 silently
        }
        continue;
      }
      names.push(a);
    }
    const table = processTable(proc.host, asker(proc)).filter((p) => !p.self);
    const pids: number[] = [];
    for (const name of names) {
      for (const p of [...table].reverse()) if (!omit.has(p.pid) && runs(p, name) && !pids.includes(p.pid)) pids.push(p.pid);
    }
    const out = single ? pids.slice(0, 1) : pids;
    if (out.length === 0) return 1;
    proc.stdout.write(`${out.join(sep)}\n`);
    return 0;
  },
};
