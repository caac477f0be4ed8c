/**
 * passwd (shadow 4.13 with Debian 12's PAM stack, pam_unix yescrypt) as
 * root. `passwd [USER]` asks "New password: " and "Retype new password: "
 * (PAM's prompts, on standard error; on a terminal the typed text does not
 * echo and PAM ends each answer with a line break), then stores the hash
 * (crypt.ts) and today's day in /etc/shadow. Without a terminal the answers
 * are lines of standard input. An empty answer is asked again, three times
 * at most; a mismatch or end of input fails with status 10.
 * -l/-u/-d change the shadow password field ("passwd: password changed."),
 * -S prints the status line. Exit 1 for an unknown user, 3 for a refused
 * unlock, 6 for usage.
 * -n/-x/-w/-i set the ageing fields ("password expiry information changed.").
 * Not covered: -a, -e, -k, -q, -r, -R, pam_unix's obscure checks.
 */
import type { Process } from "../../process/process.js";
import { readTtyLine } from "../../process/tty-line.js";
import type { Command } from "../types.js";
import { hashPassword } from "./crypt.js";
import { AccountDb } from "./shadow-db.js";
import { fail, parseShadowArgs } from "./shadow-cli.js";
import { isoDate, today } from "./shadow-days.js";
import { PASSWD_USAGE } from "./usage.js";

const SPECS = [
  { key: "d", short: "d", long: "delete" },
  { key: "l", short: "l", long: "lock" },
  { key: "S", short: "S", long: "status" },
  { key: "u", short: "u", long: "unlock" },
  { key: "i", short: "i", long: "inactive", arg: "required" as const },
  { key: "n", short: "n", long: "mindays", arg: "required" as const },
  { key: "w", short: "w", long: "warndays", arg: "required" as const },
  { key: "x", short: "x", long: "maxdays", arg: "required" as const },
];

/** the shadow field each ageing option sets */
const AGEING: [string, number][] = [["n", 3], ["x", 4], ["w", 5], ["i", 6]];

const P = "passwd";
const FAILED = `${P}: Authentication token manipulation error\n${P}: password unchanged\n`;

/** PAM's conversation: the answers to prompts, from the terminal or from standard input */
export class PamConversation {
  private lines: string[] | undefined;
  constructor(private readonly proc: Process) {}

  /** the answer to an echo-off prompt, undefined at end of input */
  ask(prompt: string): string | undefined {
    const proc = this.proc;
    proc.stderr.write(prompt);
    if (proc.stdin.isTTY && proc.tty) {
      const r = readTtyLine(proc.tty, { echo: false, signals: false });
      proc.stderr.write("\n");
      return r.type === "line" ? r.text : undefined;
    }
    if (!this.lines) {
      const text = proc.stdin.text();
      this.lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
    }
    return this.lines.shift();
  }
}

/** pam_unix's new-password dialogue: the password, or the message and status of its failure */
export function askNewPassword(conv: PamConversation, err: (text: string) => void): string | undefined {
  for (let tries = 0; tries < 3; tries++) {
    const first = conv.ask("New password: ");
    if (first === undefined) {
      err("Password change has been aborted.\n");
      return undefined;
    }
    const second = conv.ask("Retype new password: ");
    if (second === undefined) {
      err("Password change has been aborted.\n");
      return undefined;
    }
    if (first !== second) {
      err("Sorry, passwords do not match.\n");
      return undefined;
    }
    if (first !== "") return first;
    err("No password has been supplied.\n");
  }
  return undefined;
}

function status(entry: string[]): string {
  const pw = entry[1] ?? "";
  const state = pw === "" ? "NP" : pw.startsWith("!") || pw.startsWith("*") ? "L" : "P";
  const num = (f: string | undefined) => (f === undefined || f === "" ? "-1" : f);
  const last = entry[2] === undefined || entry[2] === "" ? "never" : entry[2] === "0" ? "password must be changed" : isoDate(Number(entry[2]));
  return `${entry[0]} ${state} ${last} ${num(entry[3])} ${num(entry[4])} ${num(entry[5])} ${num(entry[6])}\n`;
}

export function runPasswd(proc: Process): number {
  const parsed = parseShadowArgs(proc, P, SPECS, PASSWD_USAGE, 6);
  if ("exit" in parsed) return parsed.exit;
  const { opts, operands } = parsed;
  if (operands.length > 1) {
    proc.stderr.write(PASSWD_USAGE);
    return 6;
  }
  const name = operands[0] ?? proc.env.USER ?? "root";
  const db = new AccountDb(proc.host.fs);
  if (!db.user(name)) return fail(proc, P, `user '${name}' does not exist`, 1);
  const shadow = db.table("shadow");
  const entry = shadow.find(name);
  if (opts.has("S")) {
    proc.stdout.write(status(entry ?? [name, db.user(name)![1]]));
    return 0;
  }
  if (!entry) return fail(proc, P, `user '${name}' does not exist`, 1);
  while (entry.length < 9) entry.push("");
  for (const [key] of AGEING) {
    const v = opts.value(key);
    if (v !== undefined && !/^-?\d+$/.test(v)) return fail(proc, P, `invalid numeric argument '${v}'`, 6);
  }
  const ageing = AGEING.filter(([key]) => opts.has(key));
  if (ageing.length > 0 && !(opts.has("l") || opts.has("u") || opts.has("d"))) {
    for (const [key, field] of ageing) entry[field] = String(Number(opts.value(key)));
    shadow.touched();
    db.commit();
    proc.stdout.write(`${P}: password expiry information changed.\n`);
    return 0;
  }
  if (opts.has("l") || opts.has("u") || opts.has("d")) {
    if (opts.has("d")) {
      entry[1] = "";
      entry[2] = String(today(proc.host.clock.unixMs));
    } else if (opts.has("l")) {
      if (!entry[1].startsWith("!")) entry[1] = `!${entry[1]}`;
    } else if (entry[1].startsWith("!")) {
      if (entry[1].length === 1) {
        proc.stderr.write(
          `${P}: unlocking the password would result in a passwordless account.\n` +
            `You should set a password with usermod -p to unlock the password of this account.\n`,
        );
        return 3;
      }
      entry[1] = entry[1].slice(1);
    }
    shadow.touched();
    db.commit();
    proc.stdout.write(`${P}: password changed.\n`);
    return 0;
  }
  const password = askNewPassword(new PamConversation(proc), (t) => proc.stderr.write(t));
  if (password === undefined) {
    proc.stderr.write(FAILED);
    return 10;
  }
  entry[1] = hashPassword(password, proc.host.prng);
  entry[2] = String(today(proc.host.clock.unixMs));
  shadow.touched();
  db.commit();
  proc.stderr.write(`${P}: password updated successfully\n`);
  return 0;
}

export const passwd: Command = {
  name: "passwd",
  summary: "passwd - change user password",
  man: `NAME
passwd - change user password

SYNOPSIS
passwd [options] [LOGIN]

DESCRIPTION
The passwd command changes passwords for user accounts. A normal user may
only change the password for their own account, while the superuser may
change the password for any account.

OPTIONS
-d, --delete
       Delete a user's password (make it empty).
-l, --lock
       Lock the password of the named account. This option disables a
       password by changing it to a value which matches no possible
       encrypted value (it adds a '!' at the beginning of the password).
-S, --status
       Display account status information. The status information consists
       of 7 fields: the login name, L (locked password), NP (no password)
       or P (usable password), the date of the last password change, the
       minimum age, maximum age, warning period, and inactivity period.
-u, --unlock
       Unlock the password of the named account.

EXIT VALUES
0 success; 1 permission denied; 2 invalid combination of options;
3 unexpected failure, nothing done; 5 passwd file busy; 6 invalid argument
to option.
`,
  run: runPasswd,
  complete: () => ["-d", "-l", "-S", "-u"],
};
