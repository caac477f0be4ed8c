/**
 * What the MariaDB monitor prints besides results, as MariaDB 10.11's
 * client does on an xterm (fixtures/interactive.json): informational lines
 * in bold (mysql.cc's put_info through tputs: "\e(B\e[0;1m" ... "\e(B\e[m"),
 * errors followed by a bell and an empty standout span, the banner, the
 * continuation prompts and the `help` list.
 */
import { SERVER_VERSION } from "../../services/mysqld/version.js";

const BOLD = "\x1b(B\x1b[0;1m";
const SGR0 = "\x1b(B\x1b[m";

/** an informational line (or lines) in bold, as put_info(INFO_INFO) writes them on a terminal */
export function info(text: string): string {
  return `${BOLD}${text}${SGR0}`;
}

/** what follows an error on a terminal: the bell, then standout switched on and off */
export const ERROR_TAIL = "\x07\x1b(B\x1b[0;7m\x1b(B\x1b[m";

/** printed when the monitor starts in, or USEs, a database that has tables (unless -A) */
export const READING_TABLES =
  "Reading table information for completion of table and column names\nYou can turn off this feature to get a quicker startup with -A\n\n";

export function banner(connectionId: number, versionComment: string): string {
  return (
    info("Welcome to the MariaDB monitor.  Commands end with ; or \\g.\n") +
    info(`Your MariaDB connection id is ${connectionId}\nServer version: ${SERVER_VERSION} ${versionComment}\n\n`) +
    info("Copyright (c) 2000, 2018, Oracle, MariaDB Corporation Ab and others.\n\n") +
    info("Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.\n\n")
  );
}

/** the prompt while a statement is open, by what it is inside */
export const CONTINUATION_PROMPTS = {
  statement: "    -> ",
  "'": "    '> ",
  '"': '    "> ',
  "`": "    `> ",
  comment: "   /*> ",
} as const;

/** `help` / `\h`: the client's command list (batch mode prints only the list) */
export const HELP_LIST = `?         (\\?) Synonym for \`help'.
charset   (\\C) Switch to another charset. Might be needed for processing binlog with multi-byte charsets.
clear     (\\c) Clear the current input statement.
connect   (\\r) Reconnect to the server. Optional arguments are db and host.
delimiter (\\d) Set statement delimiter.
edit      (\\e) Edit command with $EDITOR.
ego       (\\G) Send command to MariaDB server, display result vertically.
exit      (\\q) Exit mysql. Same as quit.
go        (\\g) Send command to MariaDB server.
help      (\\h) Display this help.
nopager   (\\n) Disable pager, print to stdout.
notee     (\\t) Don't write into outfile.
nowarning (\\w) Don't show warnings after every statement.
pager     (\\P) Set PAGER [to_pager]. Print the query results via PAGER.
print     (\\p) Print current command.
prompt    (\\R) Change your mysql prompt.
quit      (\\q) Quit mysql.
rehash    (\\#) Rebuild completion hash.
sandbox   (\\-) Disallow commands that access the file system (except \\P without an argument and \\e).
source    (\\.) Execute an SQL script file. Takes a file name as an argument.
status    (\\s) Get status information from the server.
system    (\\!) Execute a system shell command.
tee       (\\T) Set outfile [to_outfile]. Append everything into given outfile.
use       (\\u) Use another database. Takes database name as argument.
warnings  (\\W) Show warnings after every statement.
`;

export function interactiveHelp(): string {
  return (
    info("\nGeneral information about MariaDB can be found at\nhttp://mariadb.org\n\n") +
    info("List of all client commands:\n") +
    info("Note that all text commands must be first on line and end with ';'\n") +
    HELP_LIST +
    info("\nFor server side help, type 'help contents'\n\n")
  );
}

/** a client command the simulation does not have: said plainly instead of pretending */
export function unsupportedCommand(name: string): string {
  return `mysql: the '${name}' command is not simulated in Rootlab yet\n`;
}
