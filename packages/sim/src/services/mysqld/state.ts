import type { MainExit } from "../systemd/main-exit.js";

/**
 * The MariaDB server's state on one host, plain JSON kept in
 * `HostState.services.mysqld` so that snapshots, replay and reboots carry it.
 * What lives on disk in a real server (/var/lib/mysql: databases, tables,
 * rows, the grant tables) survives a reboot; `running` is the daemon's
 * runtime state and boot sets it from `enabled`.
 */

/** A stored cell: the value as the text protocol sends it (canonical for the column type), or SQL NULL. */
export type Cell = string | null;

export type BaseType =
  | "tinyint" | "smallint" | "mediumint" | "int" | "bigint"
  | "decimal" | "float" | "double"
  | "char" | "varchar" | "tinytext" | "text" | "mediumtext" | "longtext"
  | "date" | "datetime" | "timestamp" | "time" | "year"
  | "enum" | "blob";

export interface ColumnType {
  base: BaseType;
  /** display width (int(11)), string length (varchar(50)) or decimal precision */
  length?: number;
  /** digits after the point for decimal */
  scale?: number;
  unsigned?: boolean;
  zerofill?: boolean;
  /** enum members, unquoted */
  values?: string[];
}

export interface ColumnDef {
  name: string;
  type: ColumnType;
  notNull: boolean;
  /** the DEFAULT as stored: a constant cell, or "CURRENT_TIMESTAMP"; undefined = no DEFAULT clause */
  default?: { value: Cell } | { expr: "current_timestamp" };
  autoIncrement: boolean;
  comment?: string;
}

export interface IndexDef {
  /** "PRIMARY" for the primary key */
  name: string;
  kind: "primary" | "unique" | "key";
  columns: string[];
}

export interface TableState {
  name: string;
  columns: ColumnDef[];
  indexes: IndexDef[];
  engine: string;
  charset: string;
  collation: string;
  /** next AUTO_INCREMENT value; 1 for a new table */
  autoIncrement: number;
  /**
   * Rows in clustered-index order (InnoDB): sorted by the primary key when
   * there is one, otherwise in insertion order. Each row has one cell per column.
   */
  rows: Cell[][];
}

export interface DatabaseState {
  name: string;
  charset: string;
  collation: string;
  /** by table name */
  tables: Record<string, TableState>;
}

/** One privilege grant: on `*.*` (db undefined), `db.*` or `db.table`. */
export interface GrantState {
  db?: string;
  table?: string;
  /** upper-case privilege names ("SELECT", "INSERT", ...); "ALL PRIVILEGES" expands to all */
  privileges: string[];
  withGrantOption: boolean;
}

export interface UserAccount {
  user: string;
  host: string;
  /** mysql_native_password hash ("*" + 40 hex digits), "" for no password, "invalid" for none that can match */
  authString: string;
  /** Debian's root@localhost: the unix_socket plugin lets the OS user of the same name in */
  unixSocket: boolean;
  grants: GrantState[];
}

export interface MysqldState {
  /** the daemon is up and accepts connections */
  running: boolean;
  /** `systemctl enable`d: boot starts it */
  enabled: boolean;
  /** pid of the running mariadbd, for `systemctl status` */
  pid?: number;
  /** ms of virtual time the daemon started */
  startedAt?: number;
  /** how the last mariadbd ended when a signal (not systemctl) ended it; cleared by systemctl start/stop */
  mainExit?: MainExit;
  /** client connections since the daemon started (each gets the next connection id); absent: none yet */
  connections?: number;
  /** statements run since the daemon started (the server's query_id: status's "Questions"); absent: none yet */
  questions?: number;
  databases: Record<string, DatabaseState>;
  users: UserAccount[];
}

export const ALL_PRIVILEGES = [
  "SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "RELOAD", "SHUTDOWN", "PROCESS", "FILE",
  "REFERENCES", "INDEX", "ALTER", "SHOW DATABASES", "SUPER", "CREATE TEMPORARY TABLES", "LOCK TABLES",
  "EXECUTE", "REPLICATION SLAVE", "BINLOG MONITOR", "CREATE VIEW", "SHOW VIEW", "CREATE ROUTINE",
  "ALTER ROUTINE", "CREATE USER", "EVENT", "TRIGGER", "CREATE TABLESPACE", "DELETE HISTORY",
  "SET USER", "FEDERATED ADMIN", "CONNECTION ADMIN", "READ_ONLY ADMIN", "REPLICATION SLAVE ADMIN",
  "REPLICATION MASTER ADMIN", "BINLOG ADMIN", "BINLOG REPLAY", "SLAVE MONITOR",
];

/** The databases a fresh Debian 12 `mariadb-server` install has (information_schema is virtual). */
export const SYSTEM_DATABASES = ["mysql", "performance_schema", "sys"];

/**
 * A fresh `apt-get install mariadb-server` on Debian 12: the daemon enabled
 * and running, the system schemas, and root@localhost that logs in through
 * the unix socket without a password (mysql_native_password "invalid" OR
 * unix_socket), plus the mysql@localhost and mariadb.sys accounts.
 */
export function newMysqldState(): MysqldState {
  const databases: Record<string, DatabaseState> = {};
  for (const name of SYSTEM_DATABASES) {
    databases[name] = { name, charset: "utf8mb4", collation: "utf8mb4_general_ci", tables: {} };
  }
  const all: GrantState = { privileges: ["ALL PRIVILEGES"], withGrantOption: true };
  return {
    running: true,
    enabled: true,
    databases,
    users: [
      { user: "mariadb.sys", host: "localhost", authString: "", unixSocket: false, grants: [] },
      { user: "root", host: "localhost", authString: "invalid", unixSocket: true, grants: [all] },
      { user: "mysql", host: "localhost", authString: "invalid", unixSocket: true, grants: [all] },
    ],
  };
}
