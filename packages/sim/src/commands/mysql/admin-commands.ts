/**
 * mysqladmin's commands over one connection, in the order given
 * (mysqladmin.cc's execute_commands): names may be shortened to a unique
 * prefix; each command sends what the real one sends and reports a failure
 * as "<prog>: <what> failed; error: '<server message>'" (with the bell
 * unless -b). The result is mysqladmin's: 0 all done, 1 a malformed command
 * line (unknown command, too few arguments), -1 the server refused one;
 * either stops the rest.
 */
import { hasPrivilege, isGlobalAll, nativePasswordHash } from "../../services/mysqld/accounts.js";
import { ER, SqlError } from "../../services/mysqld/errors.js";
import type { MysqlSession } from "../../services/mysqld/session.js";
import type { ResultSet } from "../../services/mysqld/sql/result.js";
import { globalStatusRows, statisticsLine } from "../../services/mysqld/status.js";
import type { MysqldState } from "../../services/mysqld/state.js";
import { adminVersionLine, COPYRIGHT_LINE, SERVER_VERSION, SOCKET_PATH } from "../../services/mysqld/version.js";
import type { Process } from "../../process/process.js";
import { readTtyLine } from "../../process/tty-line.js";

/** command_names[] in mysqladmin.cc's order (the order matters for nothing but the list) */
export const ADMIN_COMMANDS = [
  "create", "drop", "shutdown", "reload", "refresh", "version", "processlist", "status", "kill", "debug",
  "variables", "flush-logs", "flush-hosts", "flush-tables", "password", "ping", "extended-status",
  "flush-status", "flush-privileges", "start-slave", "stop-slave", "start-all-slaves", "stop-all-slaves",
  "flush-threads", "old-password", "flush-binary-log", "flush-engine-log", "flush-error-log",
  "flush-general-log", "flush-relay-log", "flush-slow-log", "flush-table-statistics",
  "flush-index-statistics", "flush-user-statistics", "flush-client-statistics", "flush-user-resources",
  "flush-all-status", "flush-all-statistics", "flush-ssl",
];

/** find_type(FIND_TYPE_BASIC): the exact name, or the one command the prefix starts; undefined when none or several */
export function findCommand(word: string): string | undefined {
  const w = word.toLowerCase();
  if (ADMIN_COMMANDS.includes(w)) return w;
  const hits = ADMIN_COMMANDS.filter((c) => c.startsWith(w));
  return hits.length === 1 ? hits[0] : undefined;
}

/** the FLUSH each flush-* command sends */
const FLUSH_WHAT: Record<string, string> = {
  "flush-logs": "logs",
  "flush-binary-log": "binary logs",
  "flush-engine-log": "engine logs",
  "flush-error-log": "error logs",
  "flush-general-log": "general logs",
  "flush-relay-log": "relay logs",
  "flush-slow-log": "slow logs",
  "flush-hosts": "hosts",
  "flush-tables": "tables",
  "flush-status": "status",
  "flush-table-statistics": "table_statistics",
  "flush-index-statistics": "index_statistics",
  "flush-ssl": "ssl",
  "flush-user-statistics": "user_statistics",
  "flush-user-resources": "user_resources",
  "flush-client-statistics": "client_statistics",
  "flush-all-statistics": "table_statistics,index_statistics,user_statistics,client_statistics",
  "flush-all-status": "status,table_statistics,index_statistics,user_statistics,client_statistics",
  "flush-privileges": "privileges",
  reload: "privileges",
};

/** COM_STATISTICS's line; a question only the first time this connection asks */
function statistics(ctx: AdminContext): string {
  const line = statisticsLine(ctx.proc.host, ctx.server, !ctx.askedStatistics);
  ctx.askedStatistics = true;
  return line;
}

export interface AdminContext {
  proc: Process;
  /** the name it was run as: mysqladmin or mariadb-admin */
  prog: string;
  session: MysqlSession;
  server: MysqldState;
  /** -f: drop without asking */
  force: boolean;
  /** -s given this often */
  silent: number;
  /** -v given this often */
  verbose: number;
  /** "\x07" before each error, "" with -b */
  bell: string;
  /** whether this connection has asked COM_STATISTICS already (only the first asking counts a question) */
  askedStatistics?: boolean;
  /** how the client reached the server, for `version` */
  via: { socket: string } | { host: string; port: number };
  /** standard input's lines still unread (answers to the drop prompt when it is not the terminal) */
  input: string[] | undefined;
}

function fail(ctx: AdminContext, message: string): void {
  ctx.proc.stderr.write(`${ctx.bell}${ctx.prog}: ${message}\n`);
}

/** my_printf_error's "%-.200s": the server's message, cut at 200 characters */
const msg = (e: SqlError) => e.message.slice(0, 200);

/** mysqladmin's own table layout: "| value |" with every column one wider than its widest entry */
export function adminTable(columns: string[], rows: (string | null)[][]): string {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? "").length)));
  const top = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+\n`;
  const line = (cells: (string | null)[]) => `|${cells.map((c, i) => ` ${(c ?? "").padEnd(widths[i] + 1)}|`).join("")}\n`;
  return top + line(columns) + top + rows.map(line).join("") + top;
}

/** mysqladmin.cc's nice_time: "2 days 1 hour 5 min 3 sec" */
export function niceTime(sec: number): string {
  let out = "";
  let s = sec;
  if (s >= 86400) {
    const d = Math.floor(s / 86400);
    s -= d * 86400;
    out += `${d}${d > 1 ? " days " : " day "}`;
  }
  if (s >= 3600) {
    const h = Math.floor(s / 3600);
    s -= h * 3600;
    out += `${h}${h > 1 ? " hours " : " hour "}`;
  }
  if (s >= 60) {
    const m = Math.floor(s / 60);
    s -= m * 60;
    out += `${m} min `;
  }
  return `${out}${s} sec`;
}

function query(ctx: AdminContext, sql: string): ReturnType<MysqlSession["execute"]> {
  return ctx.session.execute(sql);
}

/** fgets(stdin): the next line typed or piped, undefined at end of input */
function readAnswer(ctx: AdminContext): string | undefined {
  if (ctx.input) return ctx.input.length > 1 || ctx.input[0] !== "" ? ctx.input.shift() : undefined;
  if (!ctx.proc.tty) return undefined;
  const r = readTtyLine(ctx.proc.tty, { echo: true });
  return r.type === "line" ? r.text : undefined;
}

/** getpass(3) on the terminal for `password` without a new password */
function readPassword(ctx: AdminContext, prompt: string): string {
  ctx.proc.stderr.write(prompt);
  if (ctx.proc.tty) {
    const r = readTtyLine(ctx.proc.tty, { echo: false, echoNewline: true, signals: false });
    return r.type === "line" ? r.text : "";
  }
  return readAnswer(ctx) ?? "";
}

function dropDatabase(ctx: AdminContext, db: string): number {
  const out = ctx.proc.stdout;
  if (!ctx.force) {
    out.write("Dropping the database is potentially a very bad thing to do.\nAny data stored in the database will be destroyed.\n\n");
    out.write(`Do you really want to drop the '${db}' database [y/N] `);
    const answer = readAnswer(ctx);
    if (answer === undefined || (answer[0] !== "y" && answer[0] !== "Y")) {
      out.write("\nOK, aborting database drop!\n");
      return -1;
    }
  }
  const r = query(ctx, `drop database \`${db}\``);
  if (r instanceof SqlError) {
    fail(ctx, `DROP DATABASE ${db} failed;\nerror: '${msg(r)}'`);
    return -1;
  }
  out.write(`Database "${db}" dropped\n`);
  return 0;
}

function printVersion(ctx: AdminContext): void {
  const out = ctx.proc.stdout;
  out.write(`${adminVersionLine(ctx.prog)}\n${COPYRIGHT_LINE}\n\n`);
  // mysql_get_server_info(): the version the server sent in its handshake, not a query (which would count a question)
  out.write(`Server version\t\t${SERVER_VERSION}\nProtocol version\t10\n`);
  if ("socket" in ctx.via) out.write(`Connection\t\tLocalhost via UNIX socket\nUNIX socket\t\t${ctx.via.socket}\n`);
  else out.write(`Connection\t\t${ctx.via.host} via TCP/IP\nTCP port\t\t${ctx.via.port}\n`);
  // the status line, its uptime told in words and the rest below a blank line
  const status = statistics(ctx);
  const m = /^Uptime: (\d+) {2}(.*)$/.exec(status)!;
  out.write(`Uptime:\t\t\t${niceTime(Number(m[1]))}\n\n${m[2]}\n`);
}

/** `password` / `old-password`: SET PASSWORD with the hash made on the client side */
function changePassword(ctx: AdminContext, given: string | undefined): number {
  let typed = given;
  if (typed === undefined) {
    typed = readPassword(ctx, "New password: ");
    const verified = readPassword(ctx, "Confirm new password: ");
    if (typed !== verified) {
      ctx.proc.stderr.write(`\x07${ctx.prog}: Passwords don't match\n`);
      return -1;
    }
  }
  // "set sql_log_off=1" first: the server wants SUPER for it
  const acct = ctx.session.account;
  if (!isGlobalAll(acct) && !hasPrivilege(acct, "SUPER")) {
    fail(ctx, `Can't turn off logging; error: '${msg(ER.specificAccessDenied("SUPER"))}'`);
    return -1;
  }
  const hash = typed === "" ? "" : nativePasswordHash(typed);
  const r = query(ctx, `set password='${hash}'`);
  if (r instanceof SqlError) {
    fail(ctx, `unable to change password; error: '${msg(r)}'`);
    return -1;
  }
  return 0;
}

function printResultTable(ctx: AdminContext, r: ResultSet): void {
  ctx.proc.stdout.write(adminTable(r.columns.map((c) => c.name), r.rows));
}

/** Run the command words in order; see the header for the result. */
export function runAdminCommands(ctx: AdminContext, words: string[]): number {
  const out = ctx.proc.stdout;
  let ret = 0;
  for (let i = 0; i < words.length; i++) {
    ctx.proc.budget.charge(1);
    const word = words[i];
    const command = findCommand(word);
    const arg = words[i + 1];
    const flush = command !== undefined ? FLUSH_WHAT[command] : undefined;
    if (flush !== undefined) {
      const r = query(ctx, `flush ${flush}`);
      if (r instanceof SqlError) {
        fail(ctx, `flush ${flush} failed; error: '${r.message}'`);
        return -1;
      }
      continue;
    }
    switch (command) {
      case "create": {
        if (arg === undefined) {
          fail(ctx, "Too few arguments to create");
          return 1;
        }
        const r = query(ctx, `create database \`${arg}\``);
        if (r instanceof SqlError) {
          fail(ctx, `CREATE DATABASE failed; error: '${msg(r)}'`);
          return -1;
        }
        i++;
        break;
      }
      case "drop":
        if (arg === undefined) {
          fail(ctx, "Too few arguments to drop");
          return 1;
        }
        if (dropDatabase(ctx, arg) !== 0) return -1;
        i++;
        break;
      case "shutdown": {
        const denied = ctx.session.comShutdown();
        if (denied) {
          fail(ctx, `shutdown failed; error: '${denied.message}'`);
          return -1;
        }
        if (ctx.verbose > 0 && "socket" in ctx.via) out.write("Shutdown signal sent to server;  Waiting for pid file to disappear\n");
        // shutdown is always the last command
        return ret;
      }
      case "refresh":
      case "flush-threads":
        // COM_REFRESH: the server checks RELOAD as for FLUSH
        if (query(ctx, "flush tables") instanceof SqlError) {
          fail(ctx, `refresh failed; error: '${ER.specificAccessDenied("RELOAD").message}'`);
          return -1;
        }
        break;
      case "version":
        printVersion(ctx);
        break;
      case "processlist": {
        const r = query(ctx, ctx.verbose > 0 ? "show full processlist" : "show processlist");
        if (r instanceof SqlError || r.kind !== "rows") {
          fail(ctx, `process list failed; error: '${r instanceof SqlError ? r.message : ""}'`);
          return -1;
        }
        printResultTable(ctx, r);
        break;
      }
      case "status":
        out.write(`${statistics(ctx)}\n`);
        break;
      case "kill": {
        if (arg === undefined) {
          fail(ctx, "Too few arguments to 'kill'");
          return 1;
        }
        let failed = false;
        for (const part of arg.split(",")) {
          const id = /^\d+/.exec(part)?.[0].replace(/^0+(?=\d)/, "") ?? "0";
          // the simulation's clients run one at a time: no other thread to kill
          if (id !== String(ctx.session.connectionId)) {
            fail(ctx, `kill failed on ${id}; error: 'Unknown thread id: ${id}'`);
            failed = true;
          }
        }
        i++;
        if (failed) return -1;
        break;
      }
      case "debug": {
        const denied = ctx.session.comDebug();
        if (denied) {
          fail(ctx, `debug failed; error: '${denied.message}'`);
          return -1;
        }
        break;
      }
      case "variables": {
        const r = query(ctx, "show /*!40003 GLOBAL */ variables");
        if (r instanceof SqlError || r.kind !== "rows") {
          fail(ctx, `unable to show variables; error: '${r instanceof SqlError ? r.message : ""}'`);
          return -1;
        }
        printResultTable(ctx, r);
        break;
      }
      case "extended-status":
        out.write(adminTable(["Variable_name", "Value"], globalStatusRows(ctx.proc.host, ctx.server)));
        break;
      case "password":
      case "old-password":
        if (changePassword(ctx, arg) !== 0) ret = -1;
        if (arg !== undefined) i++;
        break;
      case "ping":
        if (ctx.silent < 2) out.write("mysqld is alive\n");
        break;
      case "start-slave":
        fail(ctx, "Error starting slave: Misconfigured slave: MASTER_HOST was not set; Fix in config file or with CHANGE MASTER TO");
        return -1;
      case "stop-slave":
        break;
      case "start-all-slaves":
        if (ctx.silent === 0) out.write("No slaves to start\n");
        break;
      case "stop-all-slaves":
        if (ctx.silent === 0) out.write("All slaves was already stopped\n");
        break;
      default:
        fail(ctx, `Unknown command: '${word.slice(0, 60)}'`);
        return 1;
    }
  }
  return ret;
}

/** the socket or TCP port a connection went through */
export function connectionVia(host: string | undefined, port: number | undefined, socket: string | undefined): AdminContext["via"] {
  return host === undefined || host === "localhost" ? { socket: socket ?? SOCKET_PATH } : { host, port: port ?? 3306 };
}
