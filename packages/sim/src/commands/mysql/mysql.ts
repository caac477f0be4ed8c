/**
 * mysql / mariadb (MariaDB 10.11's client, "Ver 15.1 Distrib 10.11.19"):
 * connect to the host's server (socket or TCP, passwords, initial database),
 * run statements from -e, from standard input (`mysql db < dump.sql`) or
 * SOURCEd files, and print results in the layout the real client chooses:
 * boxed on a terminal, tab-separated when piped, vertical with \G. With its
 * input on a terminal and nothing to execute it is the interactive monitor
 * (monitor.ts). A bare -p asks `Enter password: ` on the terminal without
 * echo (even when standard input is a file); with no terminal at all it
 * reads the first line of standard input, losing the rest of its first
 * 4096 bytes as the real client does.
 */
import { utf8Decode } from "../../bytes.js";
import { connect } from "../../services/mysqld/connect.js";
import { SqlError } from "../../services/mysqld/errors.js";
import type { MysqlSession } from "../../services/mysqld/session.js";
import { CLIENT_VERSION_LINE } from "../../services/mysqld/version.js";
import type { Process } from "../../process/process.js";
import { readTtyLine } from "../../process/tty-line.js";
import type { Terminal } from "../../process/tty.js";
import type { Command } from "../types.js";
import { CONNECTION_OPTIONS, count, last, type OptionSpec, parseClientOptions, passwordOption } from "./client-options.js";
import { boxTable, queryOk, rowsInSet, tabSeparated, vertical } from "./format.js";
import { runMonitor } from "./monitor.js";
import { ERROR_TAIL, HELP_LIST, unsupportedCommand } from "./monitor-text.js";
import { type ClientItem, splitInput } from "./split.js";

/** what one stdio read of a pipe or file takes (glibc's buffer: st_blksize) */
const STDIO_BUFFER = 4096;

const MYSQL_OPTIONS: OptionSpec[] = [
  ...CONNECTION_OPTIONS,
  { long: "execute", short: "e", arg: "required" },
  { long: "database", short: "D", arg: "required" },
  { long: "batch", short: "B", arg: "none" },
  { long: "skip-column-names", short: "N", arg: "none" },
  { long: "column-names", arg: "none" },
  { long: "table", short: "t", arg: "none" },
  { long: "silent", short: "s", arg: "none" },
  { long: "vertical", short: "E", arg: "none" },
  { long: "raw", short: "r", arg: "none" },
  { long: "force", short: "f", arg: "none" },
  { long: "one-database", short: "o", arg: "none" },
  { long: "print-query-on-error", arg: "none" },
  { long: "unbuffered", short: "n", arg: "none" },
  { long: "no-beep", short: "b", arg: "none" },
  { long: "comments", short: "c", arg: "none" },
  { long: "line-numbers", arg: "none" },
  { long: "show-warnings", arg: "none" },
  { long: "auto-rehash", arg: "none" },
  { long: "no-auto-rehash", short: "A", arg: "none" },
];

const MAN = `MYSQL(1)                   MariaDB Database System                  MYSQL(1)

NAME
       mysql - the MariaDB command-line tool (mariadb)

SYNOPSIS
       mysql [options] db_name

DESCRIPTION
       mysql is a simple SQL shell. Started on a terminal without -e it is
       interactive: type statements at the MariaDB [db]> prompt, each
       ending with ; (or \\G for vertical output); USE db changes the
       database, \\c clears the statement being typed, exit or quit
       leaves. It also runs statements given with -e, read from standard
       input (mysql db_name < script.sql) or SOURCEd from a file, and prints
       results as boxed tables on a terminal and as tab-separated lines
       otherwise.

OPTIONS
       -u, --user=name       MariaDB user name (default: your login name)
       -p, --password[=pw]   password; with a bare -p it is asked for
       -h, --host=name       server host (localhost: the unix socket)
       -D, --database=name   database to use
       -e, --execute=stmts   execute the statements and quit
       -B, --batch           tab-separated output, no history
       -N, --skip-column-names
       -t, --table           boxed output
       -s, --silent          less output; twice: no column names
       -E, --vertical        print rows vertically (as with \\G)
       -f, --force           continue after an SQL error
       -v, --verbose         echo statements; -vv counts rows; -vvv timings
       -A, --no-auto-rehash  do not read table names when changing database

MariaDB 10.11                                                       MYSQL(1)
`;

interface ClientMode {
  table: boolean;
  header: boolean;
  vertical: boolean;
  raw: boolean;
  verbose: number;
  force: boolean;
  /** errors print "at line N" and the failing query */
  batch: boolean;
}

function printResult(proc: Process, mode: ClientMode, item: ClientItem & { kind: "sql" }, r: ReturnType<MysqlSession["execute"]>): void {
  if (r instanceof SqlError) return;
  const out = proc.stdout;
  if (r.kind === "rows") {
    if (r.rows.length > 0 || mode.verbose >= 2) {
      if (item.vertical || mode.vertical) out.write(vertical(r));
      else if (r.rows.length > 0) out.write(mode.table ? boxTable(r, mode.header) : tabSeparated(r, mode.header, mode.raw));
    }
    if (mode.verbose >= 2) out.write(`${rowsInSet(r.rows.length, mode.verbose >= 3)}\n\n`);
    return;
  }
  if (mode.verbose >= 2) {
    out.write(`${queryOk(r.affectedRows, mode.verbose >= 3)}\n`);
    if (r.info) out.write(`${r.info}\n`);
    out.write("\n");
  }
}

/** Run client input; returns false when an error stops it. */
function runItems(proc: Process, session: MysqlSession, mode: ClientMode, input: string, file: string | undefined, depth: number): boolean {
  let ok = true;
  const where = (line: number) => (mode.batch ? ` at line ${line}${file !== undefined ? ` in file: '${file}'` : ""}` : "");
  for (const item of splitInput(input)) {
    proc.budget.charge(1);
    if (item.kind === "quit") break;
    if (item.kind === "empty") continue;
    if (item.kind === "help") {
      proc.stdout.write(HELP_LIST);
      continue;
    }
    if (item.kind === "unsupported") {
      proc.stderr.write(unsupportedCommand(item.name));
      continue;
    }
    if (item.kind === "unknown-command") {
      proc.stderr.write(`ERROR${mode.batch ? ` at line ${item.line}` : ""}: Unknown command '\\${item.char}'.\n`);
      ok = false;
      if (!mode.force) return false;
      continue;
    }
    if (item.kind === "use") {
      const r = session.execute(`USE \`${item.db.replace(/`/g, "``")}\``);
      if (r instanceof SqlError) {
        proc.stderr.write(`ERROR ${r.code} (${r.sqlState})${where(item.line)}: ${r.message}\n`);
        ok = false;
        if (!mode.force) return false;
      }
      continue;
    }
    if (item.kind === "source") {
      const path = proc.resolve(item.file);
      const data = proc.host.fs.readFile(path);
      if (!data.ok || depth >= 16) {
        proc.stderr.write(`ERROR${mode.batch ? ` at line ${item.line}` : ""}: Failed to open file '${item.file}', error: ${data.ok ? 24 : data.errno === "ENOENT" ? 2 : data.errno === "EISDIR" ? 21 : 13}\n`);
        ok = false;
        if (!mode.force) return false;
        continue;
      }
      if (!runItems(proc, session, mode, utf8Decode(data.value), item.file, depth + 1)) {
        ok = false;
        if (!mode.force) return false;
      }
      continue;
    }
    if (mode.verbose >= 1) proc.stdout.write(`--------------\n${item.text}\n--------------\n\n`);
    const r = session.execute(item.text);
    if (r instanceof SqlError) {
      if (mode.batch && mode.verbose === 0) proc.stderr.write(`--------------\n${item.text}\n--------------\n\n`);
      proc.stderr.write(`ERROR ${r.code} (${r.sqlState})${where(item.line)}: ${r.message}\n`);
      ok = false;
      if (!mode.force) return false;
      continue;
    }
    if (r.kind === "rows") proc.budget.charge(Math.floor(r.rows.length / 100));
    printResult(proc, mode, item, r);
  }
  return ok;
}

/** Output redirected but input on the terminal: batch mode reads typed lines (the tty echoes them) until Ctrl-D. */
function readTerminalInput(proc: Process, tty: Terminal): string {
  let text = "";
  for (let n = 0; n < 10_000; n++) {
    const r = readTtyLine(tty, { echo: true });
    if (r.type !== "line") break;
    text += `${r.text}\n`;
  }
  return text;
}

function runMysql(proc: Process): number {
  // the name it was run as: mariadb / mariadb-dump print their own name in errors
  const prog = proc.argv[0].slice(proc.argv[0].lastIndexOf("/") + 1);
  const parsed = parseClientOptions(prog, proc.argv.slice(1), MYSQL_OPTIONS);
  if ("error" in parsed) {
    proc.stderr.write(`${parsed.error}\n`);
    return parsed.exit;
  }
  if (count(parsed, "version")) {
    proc.stdout.write(`${CLIENT_VERSION_LINE}\n`);
    return 0;
  }
  if (count(parsed, "help")) {
    proc.stdout.write(`${CLIENT_VERSION_LINE}\nCopyright (c) 2000, 2018, Oracle, MariaDB Corporation Ab and others.\n\nUsage: mysql [OPTIONS] [database]\n`);
    return 0;
  }
  const execute = last(parsed, "execute");
  const stdinTTY = proc.stdin.isTTY;
  let stdinText = stdinTTY ? "" : proc.stdin.text();
  // mysql.cc: the monitor needs both ends on the terminal and nothing to execute; its errors ring the bell
  const monitor = execute === undefined && stdinTTY && proc.stdout.isTTY && proc.tty !== undefined;
  const fail = (text: string) => {
    proc.stderr.write(text);
    if (monitor) proc.stdout.write(ERROR_TAIL);
    return 1;
  };
  const pw = passwordOption(parsed);
  let password = pw.value;
  if (pw.ask) {
    proc.stderr.write("Enter password: ");
    if (proc.tty) {
      // libmariadb's get_tty_password reads the terminal even when stdin is a file: no echo
      // (the line break still shows), Ctrl-C is just a character
      const r = readTtyLine(proc.tty, { echo: false, echoNewline: true, signals: false });
      password = r.type === "line" ? r.text : "";
    } else {
      // no terminal (a cron job): the password is the first line of standard input, read through
      // stdio, whose first 4096-byte buffer is lost to the client: it reads on from byte 4096
      const buffer = stdinText.slice(0, STDIO_BUFFER);
      const nl = buffer.indexOf("\n");
      password = nl < 0 ? buffer : buffer.slice(0, nl);
      stdinText = stdinText.slice(STDIO_BUFFER);
    }
  }
  const host = last(parsed, "host");
  const osUser = proc.env.USER ?? "root";
  const database = last(parsed, "database") ?? parsed.positional[0];
  const port = last(parsed, "port");
  const session = connect(proc.host, {
    user: last(parsed, "user") ?? osUser,
    password,
    host,
    port: port === undefined ? undefined : Number(port),
    socket: last(parsed, "socket"),
    database,
    osUser,
  });
  if (session instanceof SqlError) return fail(`ERROR ${session.code} (${session.sqlState}): ${session.message}\n`);
  if (monitor) {
    return runMonitor(proc, proc.tty!, session, {
      vertical: count(parsed, "vertical") > 0,
      autoRehash: count(parsed, "no-auto-rehash") === 0 || count(parsed, "auto-rehash") > 0,
    });
  }
  if (execute === undefined && stdinTTY && proc.tty) stdinText = readTerminalInput(proc, proc.tty);
  const stdoutTTY = proc.stdout.isTTY;
  // mysql.cc: input or output not a terminal means batch mode, one level of --silent; -s adds levels; -B at least one
  const batchByTerminal = !stdoutTTY || !stdinTTY ? 1 : 0;
  const silent = Math.max(count(parsed, "silent") + batchByTerminal, count(parsed, "batch") ? 1 : 0);
  const mode: ClientMode = {
    table: count(parsed, "table") > 0 || silent === 0,
    header: count(parsed, "skip-column-names") === 0 && silent < 2,
    vertical: count(parsed, "vertical") > 0,
    raw: count(parsed, "raw") > 0,
    verbose: count(parsed, "verbose"),
    force: count(parsed, "force") > 0,
    batch: true,
  };
  const ok = runItems(proc, session, mode, execute ?? stdinText, undefined, 0);
  if (mode.verbose >= 2) proc.stdout.write("Bye\n");
  return ok || mode.force ? 0 : 1;
}

export const mysql: Command = {
  name: "mysql",
  summary: "mysql - the MariaDB command-line tool",
  man: MAN,
  run: runMysql,
  complete: () => ["--user=", "--password=", "--host=", "--database=", "--execute=", "--batch", "--skip-column-names", "--table", "--silent", "--force", "--verbose", "--version", "--help"],
};

/** mariadb: the same program under MariaDB's own name */
export const mariadb: Command = { ...mysql, name: "mariadb", summary: "mariadb - the MariaDB command-line tool" };
