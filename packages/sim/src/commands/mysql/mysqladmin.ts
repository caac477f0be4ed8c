/**
 * mysqladmin / mariadb-admin (MariaDB 10.11's "Ver 10.0"): read the option
 * files, parse the options as the other clients do, connect once and run
 * the commands (admin-commands.ts). A failed connection prints
 * "connect to server at 'HOST' failed" and the library's error, with the
 * socket hint for 2002; the exit status is mysqladmin.cc's: 1 for a client
 * library error (no server), and for a server's refusal (1045) 0 when every
 * command was `ping` (the server answered, so it is alive), else 1.
 */
import { connect } from "../../services/mysqld/connect.js";
import { mysqldOf } from "../../services/mysqld/daemon.js";
import { SqlError } from "../../services/mysqld/errors.js";
import { adminVersionLine, SOCKET_PATH } from "../../services/mysqld/version.js";
import { readTtyLine } from "../../process/tty-line.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { ADMIN_COMMANDS, type AdminContext, connectionVia, findCommand, runAdminCommands } from "./admin-commands.js";
import { adminUsage } from "./admin-usage.js";
import { CONNECTION_OPTIONS, count, last, type OptionSpec, parseClientOptions, passwordOption } from "./client-options.js";
import { loadDefaults } from "./option-files.js";

const ADMIN_OPTIONS: OptionSpec[] = [
  ...CONNECTION_OPTIONS,
  { long: "count", short: "c", arg: "required" },
  { long: "debug-check", arg: "none" },
  { long: "debug-info", arg: "none" },
  { long: "force", short: "f", arg: "none" },
  { long: "character-sets-dir", arg: "required" },
  { long: "local", short: "l", arg: "none" },
  { long: "no-beep", short: "b", arg: "none" },
  { long: "relative", short: "r", arg: "none" },
  { long: "silent", short: "s", arg: "none" },
  { long: "sleep", short: "i", arg: "required" },
  { long: "vertical", short: "E", arg: "none" },
  { long: "wait", short: "w", arg: "optional" },
  { long: "connect-timeout", arg: "required" },
  { long: "shutdown-timeout", arg: "required" },
  { long: "wait-for-all-slaves", arg: "none" },
  { long: "plugin-dir", arg: "required" },
  { long: "default-auth", arg: "required" },
];

/** load_default_groups[] in mysqladmin.cc */
const GROUPS = ["mysqladmin", "mariadb-admin", "client", "client-server", "client-mariadb"];

const MAN = `MYSQLADMIN(1)              MariaDB Database System             MYSQLADMIN(1)

NAME
       mysqladmin - client for administering a MariaDB server (mariadb-admin)

SYNOPSIS
       mysqladmin [options] command [command-options] [command
       [command options]] ...

DESCRIPTION
       mysqladmin is a client for performing administrative operations:
       checking the server's configuration and current status, creating
       and dropping databases, and more. Commands may be shortened to any
       unique prefix.

COMMANDS
       create db_name     create a new database
       drop db_name       delete a database and all its tables (asks first)
       extended-status    the server's status variables and their values
       flush-logs, flush-privileges, flush-tables, flush-status, ...
       kill id,id,...     kill server threads
       password new_pw    set a new password
       ping               check whether the server is available
       processlist        list the active server threads
       reload, refresh    reload the grant tables; flush tables and logs
       shutdown           stop the server
       status             a short status message from the server
       variables          the server's system variables and their values
       version            version information from the server

OPTIONS
       -u, --user=name       MariaDB user name
       -p, --password[=pw]   password; with a bare -p it is asked for
       -h, --host=name       server host (localhost: the unix socket)
       -S, --socket=path     the unix socket to connect to
       -f, --force           drop without asking; go on after an error
       -s, --silent          exit silently if the server cannot be reached
       -v, --verbose         more output (processlist shows full queries)
       -i, --sleep=sec       run the commands again every sec seconds
       -c, --count=n         with -i, run them n times (without -c, until
                             interrupted: in Rootlab, 4 times)
       --defaults-file=file  read options only from this file
       --no-defaults         read no option file (else /etc/my.cnf,
                             /etc/mysql/my.cnf and ~/.my.cnf)

EXIT STATUS
       0 when every command succeeded, 1 otherwise. ping exits 0 whenever
       the server answered, even to refuse the login.

MariaDB 10.11                                                  MYSQLADMIN(1)
`;

function readPassword(proc: Process): string {
  proc.stderr.write("Enter password: ");
  if (proc.tty) {
    // libmariadb's get_tty_password: the terminal, no echo, Ctrl-C a character
    const r = readTtyLine(proc.tty, { echo: false, echoNewline: true, signals: false });
    return r.type === "line" ? r.text : "";
  }
  const text = proc.stdin.text();
  const nl = text.indexOf("\n");
  return nl < 0 ? text : text.slice(0, nl);
}

function runMysqladmin(proc: Process): number {
  const prog = proc.argv[0].slice(proc.argv[0].lastIndexOf("/") + 1);
  const defaults = loadDefaults(proc, proc.argv.slice(1), GROUPS);
  if ("error" in defaults) {
    proc.stderr.write(`${defaults.error}\n`);
    return defaults.exit;
  }
  const parsed = parseClientOptions(prog, defaults.argv, ADMIN_OPTIONS);
  if ("error" in parsed) {
    // an unknown name from an option file is my_getopt's "unknown variable 'name=value'" (exit 7)
    const bad = /unknown option '--([^']*)'$/.exec(parsed.error)?.[1];
    const fromFile = bad !== undefined ? [...defaults.fromFiles].find((o) => o === `--${bad}` || o.startsWith(`--${bad}=`)) : undefined;
    if (fromFile !== undefined) {
      proc.stderr.write(`${prog}: unknown variable '${fromFile.slice(2)}'\n`);
      return 7;
    }
    if (bad?.startsWith("defaults-")) {
      // --defaults-file= after other options: my_getopt no longer takes it
      const given = defaults.argv.find((a) => a.startsWith(`--${bad}`))!;
      proc.stderr.write(`${prog}: unknown variable '${given.slice(2)}'\n`);
      return 7;
    }
    proc.stderr.write(`${parsed.error}\n`);
    return parsed.exit;
  }
  if (count(parsed, "version")) {
    proc.stdout.write(`${adminVersionLine(prog)}\n`);
    return 0;
  }
  if (count(parsed, "help")) {
    proc.stdout.write(adminUsage(prog));
    return 0;
  }
  const words = parsed.positional;
  if (words.length === 0) {
    proc.stdout.write(adminUsage(prog));
    return 1;
  }
  const silent = count(parsed, "silent");
  const bell = count(parsed, "no-beep") ? "" : "\x07";
  const pw = passwordOption(parsed);
  const password = pw.ask ? readPassword(proc) : pw.value;
  const host = last(parsed, "host");
  const portText = last(parsed, "port");
  const port = portText === undefined ? undefined : Number(portText);
  const socket = last(parsed, "socket");
  const osUser = proc.env.USER ?? "root";
  const session = connect(proc.host, { user: last(parsed, "user") ?? osUser, password, host, port, socket, osUser });
  if (session instanceof SqlError) {
    if (silent === 0) {
      proc.stderr.write(`${bell}${prog}: connect to server at '${host ?? "localhost"}' failed\nerror: '${session.message}'\n`);
      if (session.code === 2002) proc.stderr.write(`Check that mariadbd is running and that the socket: '${socket ?? SOCKET_PATH}' exists!\n`);
      else if (session.code === 2003 || session.code === 2005) {
        const p = port ?? 3306;
        proc.stderr.write(`Check that mariadbd is running on ${host} and that the port is ${p}.\nYou can check this by doing 'telnet ${host} ${p}'\n`);
      }
    }
    // a client library error (CR_*, 2000-2999) means no server; a server's refusal still answers a ping
    if (session.code >= 2000 && session.code <= 2999) return 1;
    return words.every((w) => findCommand(w) === "ping") ? 0 : 1;
  }
  const ctx: AdminContext = {
    proc,
    prog,
    session,
    server: mysqldOf(proc.host)!,
    force: count(parsed, "force") > 0,
    silent,
    verbose: count(parsed, "verbose"),
    bell,
    via: connectionVia(host, port, socket),
    // fgets(stdin) for the drop question goes on after a password read from it
    input: proc.stdin.isTTY ? undefined : proc.stdin.text().split("\n").slice(pw.ask && !proc.tty ? 1 : 0),
  };
  // -i SECONDS repeats the commands with that much virtual time between, -c N times (-c alone does nothing, as in
  // mysqladmin.cc); with no -c the real one runs until Ctrl-C: here it stops after REPEATS_UNTIL_INTERRUPT as if
  // interrupted, as ping does without -c
  const interval = atoi(last(parsed, "sleep"));
  const countText = last(parsed, "count");
  let left = countText === undefined ? undefined : atoi(countText);
  for (let done = 1; ; done++) {
    if (runAdminCommands(ctx, words) !== 0) return 1;
    if (interval <= 0) return 0;
    if (left !== undefined && --left <= 0) return 0;
    if (left === undefined && done >= REPEATS_UNTIL_INTERRUPT) {
      proc.stdout.write("^C");
      return 0;
    }
    proc.host.world.advance(interval * 1000);
  }
}

/** iterations of -i without -c before the simulation stops it as a learner's Ctrl-C would */
const REPEATS_UNTIL_INTERRUPT = 4;

/** C's atoi, as mysqladmin reads -i and -c: leading digits, else 0 */
function atoi(text: string | undefined): number {
  const m = /^\s*([-+]?\d+)/.exec(text ?? "");
  return m ? Number(m[1]) : 0;
}

export const mysqladmin: Command = {
  name: "mysqladmin",
  summary: "mysqladmin - client for administering a MariaDB server",
  man: MAN,
  run: runMysqladmin,
  complete: () => [...ADMIN_COMMANDS, "--user=", "--password=", "--host=", "--socket=", "--force", "--silent", "--verbose", "--version", "--help"],
};

/** mariadb-admin: the same program under MariaDB's own name (/usr/bin/mysqladmin links to it) */
export const mariadbAdmin: Command = { ...mysqladmin, name: "mariadb-admin", summary: "mariadb-admin - client for administering a MariaDB server" };
