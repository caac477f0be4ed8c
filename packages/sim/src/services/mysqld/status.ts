/**
 * The server's status counters: the one line COM_STATISTICS answers
 * (`mysqladmin status`, sql_parse.cc's format in 10.11: no "Flush tables"
 * any more) and the few rows of SHOW GLOBAL STATUS the simulation can
 * vouch for (`mysqladmin extended-status`).
 *
 * Uptime is whole seconds of virtual time since the daemon started.
 * Questions is the server's query_id: statements run since the start
 * (MysqlSession.execute counts them) plus the COM_STATISTICS asking. The
 * table cache is not modelled: Opens and Open tables are what a fresh
 * Debian 12 server showed on the reference machine (17 and 10), and one
 * thread is connected: the one asking.
 */
import type { Host } from "../../host/host.js";
import type { MysqldState } from "./state.js";

/** the table-cache figures of a freshly started server, as recorded */
const OPENS_AT_START = 17;
const OPEN_TABLES_AT_START = 10;

export interface ServerStatus {
  /** s of virtual time since mariadbd started */
  uptime: number;
  threads: number;
  questions: number;
  slowQueries: number;
  opens: number;
  openTables: number;
}

export function serverStatus(host: Host, s: MysqldState): ServerStatus {
  const started = s.startedAt ?? host.state.bootedAt;
  return {
    uptime: Math.max(0, Math.floor((host.clock.now - started) / 1000)),
    threads: 1,
    questions: s.questions ?? 0,
    slowQueries: 0,
    opens: OPENS_AT_START,
    openTables: OPEN_TABLES_AT_START,
  };
}

/**
 * COM_STATISTICS: counts a question when `counted` (the first time a
 * connection asks: on Debian 12, `mysqladmin status status` and each turn
 * of `mysqladmin -i 1 status` show the same Questions), then answers
 * "Uptime: N  Threads: N  ...  Queries per second avg: N.NNN" (questions
 * per second of uptime in thousandths, truncated; 0 in the first second).
 */
export function statisticsLine(host: Host, s: MysqldState, counted = true): string {
  if (counted) s.questions = (s.questions ?? 0) + 1;
  const st = serverStatus(host, s);
  const qps1000 = st.uptime > 0 ? Math.floor((st.questions * 1000) / st.uptime) : 0;
  const qps = `${Math.floor(qps1000 / 1000)}.${String(qps1000 % 1000).padStart(3, "0")}`;
  return `Uptime: ${st.uptime}  Threads: ${st.threads}  Questions: ${st.questions}  Slow queries: ${st.slowQueries}  Opens: ${st.opens}  Open tables: ${st.openTables}  Queries per second avg: ${qps}`;
}

/** SHOW GLOBAL STATUS as far as the simulation keeps count, in the server's (alphabetical) order */
export function globalStatusRows(host: Host, s: MysqldState): [string, string][] {
  s.questions = (s.questions ?? 0) + 1;
  const st = serverStatus(host, s);
  const rows: [string, string][] = [
    ["Aborted_clients", "0"],
    ["Aborted_connects", "0"],
    ["Connections", String(s.connections ?? 0)],
    ["Open_tables", String(st.openTables)],
    ["Opened_tables", String(st.opens)],
    ["Queries", String(st.questions)],
    ["Questions", String(st.questions)],
    ["Slow_queries", String(st.slowQueries)],
    ["Threads_connected", String(st.threads)],
    ["Threads_running", String(st.threads)],
    ["Uptime", String(st.uptime)],
    ["Uptime_since_flush_status", String(st.uptime)],
  ];
  return rows;
}
