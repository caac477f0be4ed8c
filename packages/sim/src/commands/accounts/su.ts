/**
 * su (util-linux 2.38, Debian 12): run a shell as another user. `su [-]
 * [USER]` at the prompt starts USER's shell (from /etc/passwd, or -s),
 * which takes over the terminal until `exit` (Process.enterUserShell);
 * with `-`/-l it is a login shell in the user's home (with a warning when
 * the home is missing), else it stays in the current directory. `-c CMD`
 * runs CMD with the user's HOME, USER, LOGNAME and SHELL and returns its
 * status. root is not asked for a password; anyone else is ("Password: ",
 * checked against /etc/shadow's hash, crypt.ts), as pam_unix does. A
 * nologin shell prints its refusal and fails.
 * Not covered: -m/-p (accepted: the environment is kept anyway for -c),
 * -g/-G, -w, -P, -f, su's syslog lines. Commands run in the new shell keep
 * root's powers: the simulation has no permission checks.
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import { readTtyLine } from "../../process/tty-line.js";
import { parseOptions } from "../files/options.js";
import type { Command } from "../types.js";
import { verifyPassword } from "./crypt.js";
import { AccountDb } from "./shadow-db.js";

const SPECS = [
  { key: "l", short: "l", long: "login" },
  { key: "c", short: "c", long: "command", arg: "required" as const },
  { key: "s", short: "s", long: "shell", arg: "required" as const },
  { key: "m", short: "m", long: "preserve-environment" },
  { key: "p", short: "p" },
];

const P = "su";

/** a word the shell takes literally: single quotes, as sh_single_quote writes them */
const quoteShell = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
const USAGE_HINT = "Try 'su --help' for more information.\n";

/** pam_unix's password question, for a caller who is not root */
function authenticate(proc: Process, hash: string): boolean {
  proc.stderr.write("Password: ");
  let typed: string | undefined;
  if (proc.stdin.isTTY && proc.tty) {
    const r = readTtyLine(proc.tty, { echo: false, signals: false });
    proc.stderr.write("\n");
    typed = r.type === "line" ? r.text : undefined;
  } else typed = utf8Decode(proc.stdin.bytes()).split("\n")[0];
  return typed !== undefined && verifyPassword(typed, hash);
}

export function runSu(proc: Process): number {
  const args = proc.argv.slice(1);
  const parsed = parseOptions(args, SPECS);
  if (!parsed.ok) {
    proc.stderr.write(`${P}: ${parsed.error}\n${USAGE_HINT}`);
    return 1;
  }
  const opts = parsed.list;
  const has = (k: string) => opts.some((o) => o.key === k);
  const value = (k: string) => opts.filter((o) => o.key === k).at(-1)?.value;
  // a lone "-" before the user name means -l
  const operands = parsed.operands;
  const login = has("l") || operands[0] === "-";
  if (operands[0] === "-") operands.shift();
  const name = operands[0] ?? "root";
  const db = new AccountDb(proc.host.fs);
  const user = db.user(name);
  if (!user || user.length < 7) {
    proc.stderr.write(`${P}: user ${name} does not exist or the user entry does not contain all the required fields\n`);
    return 1;
  }
  const caller = proc.env.USER ?? "root";
  if (caller !== "root") {
    const hash = db.table("shadow").find(name)?.[1] ?? "";
    if (!authenticate(proc, hash)) {
      proc.stderr.write(`${P}: Authentication failure\n`);
      return 1;
    }
  }
  const [uid, home] = [Number(user[2]), user[5]];
  const shell = value("s") ?? (user[6] === "" ? "/bin/sh" : user[6]);
  if (/\/nologin$/.test(shell)) {
    proc.stdout.write("This account is currently not available.\n");
    return 1;
  }
  if (/\/false$/.test(shell)) return 1;
  const fs = proc.host.fs;
  let cwd = proc.cwd;
  if (login) {
    const st = fs.stat(home);
    if (st.ok && st.value.type === "dir") cwd = home;
    else proc.stderr.write(`${P}: warning: cannot change directory to ${home}: No such file or directory\n`);
  }
  const command = value("c");
  if (command !== undefined) {
    if (!proc.runCommandLine) return 1;
    const env = `HOME=${quoteShell(home)} USER=${quoteShell(name)} LOGNAME=${quoteShell(name)} SHELL=${quoteShell(shell)}`;
    return proc.runCommandLine(`export ${env}; cd ${quoteShell(cwd)} 2>/dev/null; ${command}`, { euid: uid });
  }
  if (!proc.enterUserShell) {
    proc.stderr.write(`${P}: a nested interactive shell is not simulated here; use su -c 'COMMANDS' ${name}\n`);
    return 1;
  }
  proc.enterUserShell({ user: name, uid, home, shell, login, cwd });
  return 0;
}

export const su: Command = {
  name: "su",
  summary: "su - run a command with substitute user and group ID",
  man: `NAME
su - run a command with substitute user and group ID

SYNOPSIS
su [options] [-] [user [argument...]]

DESCRIPTION
su allows commands to be run with a substitute user and group ID.

When called with no user specified, su defaults to running an interactive
shell as root. When user is specified, additional arguments can be
supplied, in which case they are passed to the shell.

OPTIONS
-c, --command command
       Pass command to the shell with the -c option.
-, -l, --login
       Start the shell as a login shell with an environment similar to a
       real login: clears all the environment variables except TERM,
       initializes HOME, SHELL, USER, LOGNAME, and PATH, and changes to the
       target user's home directory.
-s, --shell shell
       Run the specified shell instead of the default.
`,
  run: runSu,
  complete: () => ["-", "-l", "-c", "-s"],
};
