/**
 * MariaDB's clients (mysql = mariadb, mysqldump = mariadb-dump) and, riding
 * along until the registry lists it on its own, the systemd group
 * (systemctl, service) that starts and stops the server.
 */
import type { Command } from "../types.js";
import { systemdCommands } from "../systemd/index.js";
import { mariadb, mysql } from "./mysql.js";
import { mariadbDump, mysqldump } from "./mysqldump.js";

export const mysqlCommands: Command[] = [mysql, mariadb, mysqldump, mariadbDump, ...systemdCommands];
