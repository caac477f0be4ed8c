/**
 * mysqladmin's usage text (mysqladmin.cc's usage(): the copyright, the
 * option-file paragraph, my_print_help and my_print_variables over its
 * options, the command list), as mariadb-admin 10.11.19 prints it with no
 * command or with --help; copied from fixtures/admin.txt.
 */
import { adminVersionLine, COPYRIGHT_LINE } from "../../services/mysqld/version.js";

export function adminUsage(prog: string): string {
  return `${adminVersionLine(prog)}
${COPYRIGHT_LINE}

Administration program for the mysqld daemon.
Usage: ${prog} [OPTIONS] command command....

Default options are read from the following files in the given order:
/etc/my.cnf /etc/mysql/my.cnf ~/.my.cnf 
The following groups are read: mysqladmin mariadb-admin client client-server client-mariadb
The following options may be given as the first argument:
--print-defaults          Print the program argument list and exit.
--no-defaults             Don't read default options from any option file.
The following specify which files/extra groups are read (specified before remaining options):
--defaults-file=#         Only read default options from the given file #.
--defaults-extra-file=#   Read this file after the global files are read.
--defaults-group-suffix=# Additionally read default groups with # appended as a suffix.

  -c, --count=#       Number of iterations to make. This works with -i
                      (--sleep) only.
  --debug-check       Check memory and open file usage at exit.
  --debug-info        Print some debug info at exit.
  -f, --force         Don't ask for confirmation on drop database; with
                      multiple commands, continue even if an error occurs.
  -C, --compress      Use compression in server/client protocol.
  --character-sets-dir=name 
                      Directory for character set files.
  --default-character-set=name 
                      Set the default character set.
  -?, --help          Display this help and exit.
  -h, --host=name     Connect to host.
  -l, --local         Local command, don't write to binlog.
  -b, --no-beep       Turn off beep on error.
  -p, --password[=name] 
                      Password to use when connecting to server. If password is
                      not given it's asked from the tty.
  -P, --port=#        Port number to use for connection or 0 for default to, in
                      order of preference, my.cnf, \$MYSQL_TCP_PORT,
                      /etc/services, built-in default (3306).
  --protocol=name     The protocol to use for connection (tcp, socket, pipe).
  -r, --relative      Show difference between current and previous values when
                      used with -i. Currently only works with extended-status.
  -s, --silent        Silently exit if one can't connect to server.
  -S, --socket=name   The socket file to use for connection.
  -i, --sleep=#       Execute commands repeatedly with a sleep between.
  --ssl               Enable SSL for connection (automatically enabled with
                      other flags).
                      (Defaults to on; use --skip-ssl to disable.)
  --ssl-ca=name       CA file in PEM format (check OpenSSL docs, implies
                      --ssl).
  --ssl-capath=name   CA directory (check OpenSSL docs, implies --ssl).
  --ssl-cert=name     X509 cert in PEM format (implies --ssl).
  --ssl-cipher=name   SSL cipher to use (implies --ssl).
  --ssl-key=name      X509 key in PEM format (implies --ssl).
  --ssl-crl=name      Certificate revocation list (implies --ssl).
  --ssl-crlpath=name  Certificate revocation list path (implies --ssl).
  --tls-version=name  TLS protocol version for secure connection.
  --ssl-verify-server-cert 
                      Verify server's certificate to prevent man-in-the-middle
                      attacks
  -u, --user=name     User for login if not current user.
  -v, --verbose       Write more information.Using it will print more
                      information for 'processlist.Using it 2 times will print
                      even more information for 'processlist'.
                      (Defaults to on; use --skip-verbose to disable.)
  -V, --version       Output version information and exit.
  -E, --vertical      Print output vertically. Is similar to --relative, but
                      prints output vertically.
  -w, --wait[=#]      Wait and retry if connection is down.
  --connect-timeout=# 
  --shutdown-timeout=# 
  --wait-for-all-slaves 
                      Defers shutdown until after all binlogged events have
                      been sent to all connected slaves
  --plugin-dir=name   Directory for client-side plugins.
  --default-auth=name Default authentication client-side plugin to use.

Variables (--variable-name=value)
and boolean options {FALSE|TRUE}  Value (after reading options)
--------------------------------- ----------------------------------------
count                             0
debug-check                       FALSE
debug-info                        FALSE
force                             FALSE
compress                          FALSE
character-sets-dir                (No default value)
default-character-set             auto
host                              (No default value)
local                             FALSE
no-beep                           FALSE
port                              0
relative                          FALSE
socket                            /run/mysqld/mysqld.sock
sleep                             0
ssl                               TRUE
ssl-ca                            (No default value)
ssl-capath                        (No default value)
ssl-cert                          (No default value)
ssl-cipher                        (No default value)
ssl-key                           (No default value)
ssl-crl                           (No default value)
ssl-crlpath                       (No default value)
tls-version                       (No default value)
ssl-verify-server-cert            FALSE
user                              (No default value)
verbose                           TRUE
vertical                          FALSE
connect-timeout                   43200
shutdown-timeout                  3600
wait-for-all-slaves               FALSE
plugin-dir                        (No default value)
default-auth                      (No default value)

Where command is a one or more of: (Commands may be shortened)
  create databasename\t  Create a new database
  debug\t\t\t  Instruct server to write debug information to log
  drop databasename\t  Delete a database and all its tables
  extended-status         Gives an extended status message from the server
  flush-all-statistics    Flush all statistics tables
  flush-all-status        Flush status and statistics
  flush-client-statistics Flush client statistics
  flush-hosts             Flush all cached hosts
  flush-index-statistics  Flush index statistics
  flush-logs              Flush all logs
  flush-privileges        Reload grant tables (same as reload)
  flush-binary-log        Flush binary log
  flush-engine-log        Flush engine log(s)
  flush-error-log         Flush error log
  flush-general-log       Flush general log
  flush-relay-log         Flush relay log
  flush-slow-log          Flush slow query log
  flush-ssl               Flush SSL certificates
  flush-status            Clear status variables
  flush-table-statistics  Clear table statistics
  flush-tables            Flush all tables
  flush-threads           Flush the thread cache
  flush-user-statistics   Flush user statistics
  flush-user-resources    Flush user resources
  kill id,id,...\tKill mysql threads
  password [new-password] Change old password to new-password in current format
  old-password [new-password] Change old password to new-password in old format
  ping\t\t\tCheck if mysqld is alive
  processlist\t\tShow list of active threads in server
  reload\t\tReload grant tables
  refresh\t\tFlush all tables and close and open logfiles
  shutdown\t\tTake server down
  status\t\tGives a short status message from the server
  start-all-slaves\tStart all slaves
  start-slave\t\tStart slave
  stop-all-slaves\tStop all slaves
  stop-slave\t\tStop slave
  variables             Prints variables available
  version\t\tGet version info from server
`;
}
