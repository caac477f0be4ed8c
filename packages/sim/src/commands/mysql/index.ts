/** MariaDB's clients: mysql = mariadb, mysqldump = mariadb-dump, mysqladmin = mariadb-admin. The server is services/mysqld; systemctl is commands/systemd. */
import { queryAsRoot } from "../../services/mysqld/admin.js";
import type { Command } from "../types.js";
import { provideAdminQuery } from "./admin-query.js";
import { mariadb, mysql } from "./mysql.js";
import { mariadbAdmin, mysqladmin } from "./mysqladmin.js";
import { mariadbDump, mysqldump } from "./mysqldump.js";

export const mysqlCommands: Command[] = [mysql, mariadb, mysqldump, mariadbDump, mysqladmin, mariadbAdmin];

// the grader's `sql` check reaches the server through this group (admin-query.ts)
provideAdminQuery(queryAsRoot);
