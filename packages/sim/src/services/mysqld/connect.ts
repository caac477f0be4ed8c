/**
 * A client connecting: which transport (the unix socket for `localhost` or
 * no -h, TCP for 127.0.0.1 and other names), whether the server is up
 * (client errors 2002 / 2003 / 2005), authentication (1045), the initial
 * database (1044 / 1049). Returns a session or the error exactly as the
 * client prints it.
 */
import type { Host } from "../../host/host.js";
import { authenticate, canSeeDatabase } from "./accounts.js";
import { mysqldOf, nextConnectionId, shutdownMysqld } from "./daemon.js";
import { ER, SqlError } from "./errors.js";
import { MysqlSession } from "./session.js";
import { SOCKET_PATH } from "./version.js";

/** A client library error (no SQLSTATE is printed for these: "ERROR 2002 (HY000): ..."). */
export function clientError(code: number, message: string): SqlError {
  return new SqlError(code, "HY000", message);
}

export interface ConnectOptions {
  user: string;
  password?: string;
  /** -h: undefined or "localhost" = the unix socket */
  host?: string;
  port?: number;
  socket?: string;
  database?: string;
  /** the OS user running the client (root in a lab shell) */
  osUser: string;
}

export function connect(host: Host, opts: ConnectOptions): MysqlSession | SqlError {
  const viaSocket = opts.host === undefined || opts.host === "localhost";
  const server = mysqldOf(host);
  if (viaSocket) {
    const socket = opts.socket ?? SOCKET_PATH;
    if (!server?.running || socket !== SOCKET_PATH) {
      return clientError(2002, `Can't connect to local server through socket '${socket}' (2)`);
    }
  } else {
    const target = opts.host!;
    const local = ["127.0.0.1", "::1", host.kernel.hostname].includes(target);
    if (!local) return clientError(2005, `Unknown server host '${target}' (-2)`);
    if (!server?.running || (opts.port ?? 3306) !== 3306) {
      return clientError(2002, `Can't connect to server on '${target}' (115)`);
    }
  }
  const fromHost = viaSocket ? "localhost" : "localhost";
  const acct = authenticate(server!, { user: opts.user, password: opts.password, fromHost, osUser: viaSocket ? opts.osUser : "" });
  if (acct instanceof SqlError) return acct;
  if (opts.database !== undefined) {
    if (!canSeeDatabase(acct, opts.database)) return ER.dbAccessDenied(opts.user, fromHost, opts.database);
    if (!server!.databases[opts.database] && opts.database.toLowerCase() !== "information_schema") return ER.badDb(opts.database);
  }
  return new MysqlSession({
    connectionId: nextConnectionId(server!),
    server: server!,
    account: acct,
    login: { user: opts.user, host: fromHost },
    database: opts.database ?? null,
    now: () => host.clock.unixMs,
    hostname: host.kernel.hostname,
    shutdown: () => shutdownMysqld(host),
  });
}
