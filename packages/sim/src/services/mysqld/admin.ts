/**
 * Statements run as root over the socket for tools outside the simulated
 * machine (the grader's `sql` check): the server's own answers, rows as
 * strings (NULL as null), or why nothing could run. It connects like any
 * client, so a stopped server answers nothing, as it would to an admin.
 */
import type { Host } from "../../host/host.js";
import { connect } from "./connect.js";
import { SqlError } from "./errors.js";
import type { Cell } from "./state.js";
import { splitStatements } from "./sql/statements.js";

export type AdminQueryResult =
  /** one entry per statement: its rows (empty for statements that return none) */
  | { ok: true; results: Cell[][][] }
  /** "ERROR 2002 (HY000): Can't connect ...", or the first failing statement's error */
  | { ok: false; error: string };

export function queryAsRoot(host: Host, sql: string, database?: string): AdminQueryResult {
  const session = connect(host, { user: "root", osUser: "root", database });
  if (session instanceof SqlError) return { ok: false, error: `ERROR ${session.code} (${session.sqlState}): ${session.message}` };
  const results: Cell[][][] = [];
  for (const statement of splitStatements(sql)) {
    const r = session.execute(statement);
    if (r instanceof SqlError) return { ok: false, error: `ERROR ${r.code} (${r.sqlState}): ${r.message}` };
    results.push(r.kind === "rows" ? r.rows : []);
  }
  return { ok: true, results };
}
