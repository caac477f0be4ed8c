/**
 * The MariaDB build the simulation plays: Debian 12's mariadb-server as
 * recorded on the reference machine (10.11.19-MariaDB-0+deb12u1), and the
 * session variables a dump or a learner reads and sets.
 */
export const SERVER_VERSION = "10.11.19-MariaDB-0+deb12u1";
/** `mysql --version` */
export const CLIENT_VERSION_LINE = "mysql  Ver 15.1 Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64) using  EditLine wrapper";
/** `mysqldump --version` */
export const DUMP_VERSION_LINE = "mysqldump  Ver 10.19 Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)";
/** `mysqladmin --version`: mysqladmin.cc's print_version, with the name it was run as (mysqladmin or mariadb-admin) */
export function adminVersionLine(prog: string): string {
  return `${prog}  Ver 10.0 Distrib 10.11.19-MariaDB, for debian-linux-gnu on x86_64`;
}
/** the copyright line every MariaDB client prints under its version */
export const COPYRIGHT_LINE = "Copyright (c) 2000, 2018, Oracle, MariaDB Corporation Ab and others.";
export const SOCKET_PATH = "/run/mysqld/mysqld.sock";

export function systemVariableDefaults(hostname: string): Record<string, string> {
  return {
    autocommit: "1",
    character_set_client: "utf8mb3",
    character_set_connection: "utf8mb3",
    character_set_database: "utf8mb4",
    character_set_results: "utf8mb3",
    character_set_server: "utf8mb4",
    collation_connection: "utf8mb3_general_ci",
    collation_database: "utf8mb4_general_ci",
    collation_server: "utf8mb4_general_ci",
    datadir: "/var/lib/mysql/",
    foreign_key_checks: "1",
    hostname,
    max_allowed_packet: "16777216",
    port: "3306",
    socket: SOCKET_PATH,
    sql_mode: "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_CREATE_USER,NO_ENGINE_SUBSTITUTION",
    sql_notes: "1",
    time_zone: "SYSTEM",
    tx_isolation: "REPEATABLE-READ",
    unique_checks: "1",
    version: SERVER_VERSION,
    version_comment: "Debian 12",
    version_compile_machine: "x86_64",
    version_compile_os: "debian-linux-gnu",
  };
}
