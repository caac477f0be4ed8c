/**
 * Installing mariadb-server on a lab host: the fresh server's state, and
 * the lab's own SQL (databases, tables, users) run as root, as an author
 * would after `apt-get install mariadb-server`.
 */
import { utf8Decode, utf8Encode } from "../../bytes.js";
import { INSTALLED } from "../../fs/debian-tree.js";
import type { Host } from "../../host/host.js";
import { EPOCH_MS } from "../../world/clock.js";
import { splitStatements } from "./sql/statements.js";
import { connect } from "./connect.js";
import { startMysqld } from "./daemon.js";
import { SqlError } from "./errors.js";
import { type MysqldState, newMysqldState } from "./state.js";

/** the system account the package's postinst adds (adduser --system ... mysql): passwd, group, shadow lines */
export const MYSQL_ACCOUNT = {
  passwd: "mysql:x:102:109:MariaDB Server,,,:/nonexistent:/bin/false\n",
  group: "mysql:x:109:\n",
  // installed with the system (the day base-passwd's accounts were last changed)
  shadow: `mysql:!:${Math.floor((EPOCH_MS + INSTALLED) / 86_400_000)}::::::\n`,
};

function addAccount(host: Host): void {
  for (const [path, line] of [["/etc/passwd", MYSQL_ACCOUNT.passwd], ["/etc/group", MYSQL_ACCOUNT.group], ["/etc/shadow", MYSQL_ACCOUNT.shadow]] as const) {
    const r = host.fs.readFile(path);
    if (!r.ok) continue;
    const text = utf8Decode(r.value);
    if (text.split("\n").some((l) => l.startsWith("mysql:"))) continue;
    host.fs.writeFile(path, utf8Encode(text + line));
  }
}

/** `apt-get install mariadb-server`: the mysql account, a fresh server, enabled and running. */
export function installMysqld(host: Host): MysqldState {
  addAccount(host);
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
