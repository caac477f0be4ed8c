/**
 * Installing mariadb-server on a lab host: the fresh server's state, and
 * the lab's own SQL (databases, tables, users) run as root, as an author
 * would after `apt-get install mariadb-server`.
 */
import type { Host } from "../../host/host.js";
import { splitStatements } from "./sql/statements.js";
import { connect } from "./connect.js";
import { startMysqld } from "./daemon.js";
import { SqlError } from "./errors.js";
import { type MysqldState, newMysqldState } from "./state.js";

/** `apt-get install mariadb-server`: a fresh server, enabled and running. */
export function installMysqld(host: Host): MysqldState {
  host.state.services ??= {};
  const state = newMysqldState();
  state.running = false;
  host.state.services.mysqld = state;
  startMysqld(host);
  return state;
}

/** Run a lab's SQL as root over the socket; a failing statement is an authoring error. */
export function runInitSql(host: Host, sql: string, where: string): void {
  const session = connect(host, { user: "root", osUser: "root" });
  if (session instanceof SqlError) throw new Error(`${where}: cannot connect: ${session.message}`);
  for (const st of splitStatements(sql)) {
    const r = session.execute(st);
    if (r instanceof SqlError) throw new Error(`${where}: ${st}: ERROR ${r.code}: ${r.message}`);
  }
}
