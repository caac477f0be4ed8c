/**
 * `queryAsRoot` (services/mysqld/admin.ts) as the package exports it, for
 * the grader's `sql` check, without the SQL engine: the engine comes with
 * this group's module (index.ts hands the function over), so a browser
 * downloads it only for a lab whose checks or commands use MariaDB. Before
 * that, asking throws `CommandsPending` for this group, and the caller
 * loads it and asks again (the lesson page grades again).
 */
import type { Host } from "../../host/host.js";
import type { AdminQueryResult } from "../../services/mysqld/admin.js";
import { CommandsPending } from "../registry.js";

type Query = (host: Host, sql: string, database?: string) => AdminQueryResult;

let query: Query | undefined;

export function provideAdminQuery(q: Query): void {
  query = q;
}

export function queryAsRoot(host: Host, sql: string, database?: string): AdminQueryResult {
  if (!query) throw new CommandsPending(["mysql"]);
  return query(host, sql, database);
}
