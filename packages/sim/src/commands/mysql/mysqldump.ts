/**
 * mysqldump / mariadb-dump (MariaDB 10.11, "Ver 10.19"): write SQL that
 * recreates databases and tables. `mysqldump db [tables]`,
 * `--databases db...`, `--all-databases` (user databases; the system schema
 * `mysql` is not modelled as tables and is left out), `--no-data`,
 * `--add-drop-database`, `--single-transaction`, `--skip-add-locks`,
 * `--skip-add-drop-table`, `--no-create-info`, `--skip-extended-insert`,
 * `--skip-dump-date`. Errors and exit codes as the real tool: 2 for server
 * errors, 6 for a missing table, 1 for usage.
 *
 * Standard output is written when the dump ends, as the real tool's
 * buffered stdout reaches a file or pipe: error messages come first.
 */
import { hasPrivilege } from "../../services/mysqld/accounts.js";
import { connect } from "../../services/mysqld/connect.js";
import { mysqldOf } from "../../services/mysqld/daemon.js";
import { SqlError } from "../../services/mysqld/errors.js";
import type { DatabaseState, TableState } from "../../services/mysqld/state.js";
import { utf8Encode } from "../../bytes.js";
import { DUMP_VERSION_LINE } from "../../services/mysqld/version.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { CONNECTION_OPTIONS, count, last, type OptionSpec, type ParsedOptions, parseClientOptions, passwordOption } from "./client-options.js";
import { processZone } from "../files/file-time.js";
import { databaseSection, dumpFooter, dumpHeader, escapeValue, tableData, tableStructure } from "./dump-format.js";

const DUMP_OPTIONS: OptionSpec[] = [
  ...CONNECTION_OPTIONS,
  { long: "all-databases", short: "A", arg: "none" },
  { long: "databases", short: "B", arg: "none" },
  { long: "no-data", short: "d", arg: "none" },
  { long: "no-create-info", short: "t", arg: "none" },
  { long: "add-drop-database", arg: "none" },
  { long: "add-drop-table", arg: "none" },
  { long: "add-locks", arg: "none" },
  { long: "extended-insert", short: "e", arg: "none" },
  { long: "single-transaction", arg: "none" },
  { long: "lock-tables", short: "l", arg: "none" },
  { long: "quick", short: "q", arg: "none" },
  { long: "opt", arg: "none" },
  { long: "routines", short: "R", arg: "none" },
  { long: "triggers", arg: "none" },
  { long: "events", short: "E", arg: "none" },
  { long: "dump-date", arg: "none" },
  { long: "comments", short: "i", arg: "none" },
  { long: "result-file", short: "r", arg: "required" },
  { long: "net-buffer-length", arg: "required" },
  { long: "force", short: "f", arg: "none" },
];

const USAGE = `Usage: mysqldump [OPTIONS] database [tables]
OR     mysqldump [OPTIONS] --databases DB1 [DB2 DB3...]
OR     mysqldump [OPTIONS] --all-databases
OR     mysqldump [OPTIONS] --system=[SYSTEMOPTIONS]]
For more options, use mysqldump --help
`;

const MAN = `MYSQLDUMP(1)               MariaDB Database System              MYSQLDUMP(1)

NAME
       mysqldump - a database backup program (mariadb-dump)

SYNOPSIS
       mysqldump [options] db_name [tbl_name ...]
       mysqldump [options] --databases db_name ...
       mysqldump [options] --all-databases

DESCRIPTION
       mysqldump writes SQL statements that recreate the dumped databases
       and tables with their rows. Restore a dump by feeding it to the
       client: mysql db_name < dump.sql (or gunzip < dump.sql.gz | mysql
       db_name for a compressed one).

OPTIONS
       -A, --all-databases     dump all databases
       -B, --databases         the arguments are database names; adds
                               CREATE DATABASE and USE statements
       -d, --no-data           table structure only, no rows
       --add-drop-database     DROP DATABASE before each CREATE DATABASE
       --single-transaction    a consistent snapshot without locking tables
       -u, --user=name, -p, --password[=pw], -h, --host=name

MariaDB 10.11                                                   MYSQLDUMP(1)
`;

/** whether a flag is on: given, or on by default unless --skip-NAME removed it (the parser deletes skipped flags) */
function flag(p: ParsedOptions, name: string, argv: string[], byDefault: boolean): boolean {
  if (count(p, name) > 0) return true;
  if (!byDefault) return false;
  return !argv.some((a) => a === `--skip-${name}` || a.replace(/_/g, "-") === `--skip-${name}`);
}

function runDump(proc: Process): number {
  // the name it was run as: mariadb / mariadb-dump print their own name in errors
  const prog = proc.argv[0].slice(proc.argv[0].lastIndexOf("/") + 1);
  const argv = proc.argv.slice(1);
  const p = parseClientOptions(prog, argv, DUMP_OPTIONS);
  if ("error" in p) {
    proc.stderr.write(`${p.error}\n`);
    return p.exit;
  }
  if (count(p, "version")) {
    proc.stdout.write(`${DUMP_VERSION_LINE}\n`);
    return 0;
  }
  if (count(p, "help")) {
    proc.stdout.write(`${DUMP_VERSION_LINE}\n${USAGE}`);
    return 0;
  }
  const all = count(p, "all-databases") > 0;
  const asDatabases = count(p, "databases") > 0;
  if (!all && p.positional.length === 0) {
    proc.stdout.write(USAGE);
    return 1;
  }
  const pw = passwordOption(p);
  let password = pw.value;
  if (pw.ask) {
    proc.stderr.write("Enter password: ");
    if (proc.stdin.isTTY) {
      proc.stderr.write("\nmysqldump: typing a password at the terminal is not available yet in this simulation; give it as -pPASSWORD (no space)\n");
      return 2;
    }
    password = proc.stdin.text().split("\n")[0];
  }
  const osUser = proc.env.USER ?? "root";
  const user = last(p, "user") ?? osUser;
  const hostOpt = last(p, "host");
  const session = connect(proc.host, { user, password, host: hostOpt, socket: last(p, "socket"), osUser });
  if (session instanceof SqlError) {
    proc.stderr.write(`${prog}: Got error: ${session.code}: "${session.message}" when trying to connect\n`);
    return 2;
  }
  const server = mysqldOf(proc.host)!;
  const account = session.account;
  const opts = {
    noData: count(p, "no-data") > 0,
    noCreate: count(p, "no-create-info") > 0,
    addDropDatabase: count(p, "add-drop-database") > 0,
    addDropTable: flag(p, "add-drop-table", argv, true),
    addLocks: flag(p, "add-locks", argv, true),
    extended: flag(p, "extended-insert", argv, true),
    dumpDate: flag(p, "dump-date", argv, true),
    netBufferLength: Number(last(p, "net-buffer-length") ?? "") || undefined,
  };
  const hostShown = hostOpt ?? "localhost";
  const out: string[] = [];
  const fail = (msg: string, code: number) => {
    proc.stderr.write(`${msg}\n`);
    flush();
    return code;
  };
  const flush = () => {
    const text = out.join("");
    const resultFile = last(p, "result-file");
    if (resultFile) proc.host.fs.writeFile(proc.resolve(resultFile), utf8Encode(text));
    else proc.stdout.write(text);
  };

  const dumpTables = (db: DatabaseState, names: string[]) => {
    for (const name of names) {
      proc.budget.charge(1);
      const t = db.tables[name];
      if (!opts.noCreate) out.push(tableStructure(t, opts.addDropTable));
      if (!opts.noData) {
        proc.budget.charge(Math.floor(t.rows.length / 100));
        out.push(opts.extended ? tableData(t, { lockTables: opts.addLocks, netBufferLength: opts.netBufferLength }) : singleRowData(t, opts.addLocks));
      }
    }
  };

  if (all || asDatabases) {
    const names = all
      ? Object.keys(server.databases).filter((n) => !["mysql", "performance_schema", "sys", "information_schema"].includes(n)).sort()
      : p.positional;
    out.push(dumpHeader(hostShown, all ? "" : names[0]));
    for (const name of names) {
      const db = server.databases[name];
      const denied = !hasPrivilege(account, "SELECT", name) && !account.grants.some((g) => g.db === name);
      if (!db || denied) {
        const err = denied && db ? `Access denied for user '${user}'@'localhost' to database '${name}'` : `Unknown database '${name}'`;
        return fail(`${prog}: Got error: ${denied && db ? 1044 : 1049}: "${err}" when selecting the database`, 2);
      }
      out.push(databaseSection(db, opts.addDropDatabase));
      dumpTables(db, Object.keys(db.tables).sort());
    }
  } else {
    const [dbName, ...tables] = p.positional;
    out.push(dumpHeader(hostShown, dbName));
    const db = server.databases[dbName];
    const allowed = account.grants.some((g) => g.db === undefined || g.db === dbName);
    if (!allowed && db) return fail(`${prog}: Got error: 1044: "Access denied for user '${user}'@'localhost' to database '${dbName}'" when selecting the database`, 2);
    if (!db) return fail(`${prog}: Got error: 1049: "Unknown database '${dbName}'" when selecting the database`, 2);
    for (const t of tables) if (!db.tables[t]) return fail(`${prog}: Couldn't find table: "${t}"`, 6);
    dumpTables(db, tables.length ? tables : Object.keys(db.tables).sort());
  }
  const now = proc.host.clock.unixMs;
  out.push(dumpFooter(now, opts.dumpDate, processZone(proc)(now).utcOffset));
  flush();
  return 0;
}

/** --skip-extended-insert: one INSERT per row */
function singleRowData(t: TableState, lock: boolean): string {
  const name = `\`${t.name}\``;
  let out = `\n--\n-- Dumping data for table ${name}\n--\n\n`;
  if (lock) out += `LOCK TABLES ${name} WRITE;\n`;
  out += `/*!40000 ALTER TABLE ${name} DISABLE KEYS */;\n`;
  for (const row of t.rows) {
    const vals = row.map((c, k) => (c === null ? "NULL" : /int|decimal|float|double|year/.test(t.columns[k].type.base) ? c : `'${escapeValue(c)}'`));
    out += `INSERT INTO ${name} VALUES (${vals.join(",")});\n`;
  }
  out += `/*!40000 ALTER TABLE ${name} ENABLE KEYS */;\n`;
  if (lock) out += "UNLOCK TABLES;\n";
  return out;
}

export const mysqldump: Command = {
  name: "mysqldump",
  summary: "mysqldump - a database backup program",
  man: MAN,
  run: runDump,
  complete: () => ["--all-databases", "--databases", "--no-data", "--add-drop-database", "--single-transaction", "--user=", "--password=", "--result-file="],
};

export const mariadbDump: Command = { ...mysqldump, name: "mariadb-dump", summary: "mariadb-dump - a database backup program" };
