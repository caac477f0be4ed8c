/** MariaDB's clients: mysql = mariadb, mysqldump = mariadb-dump. The server is services/mysqld; systemctl is commands/systemd. */
import type { Command } from "../types.js";
import { mariadb, mysql } from "./mysql.js";
import { mariadbDump, mysqldump } from "./mysqldump.js";

export const mysqlCommands: Command[] = [mysql, mariadb, mysqldump, mariadbDump];
