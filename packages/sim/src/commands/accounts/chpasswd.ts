/**
 * chpasswd (shadow 4.13 with Debian 12's PAM) as root: USER:PASSWORD lines
 * on standard input, each handed to PAM as it is read (so the good lines
 * take effect even when another fails), the hash stored as passwd does.
 * A line with no colon, an unknown user or an empty password is reported
 * and the exit status is 1.
 * Not covered: -e (hashes given), -c/-m/-s (PAM chooses the method), -R.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { hashPassword } from "./crypt.js";
import { AccountDb } from "./shadow-db.js";
import { parseShadowArgs } from "./shadow-cli.js";
import { today } from "./shadow-days.js";
import { CHPASSWD_USAGE } from "./usage.js";

const P = "chpasswd";

export function runChpasswd(proc: Process): number {
  const parsed = parseShadowArgs(proc, P, [], CHPASSWD_USAGE);
  if ("exit" in parsed) return parsed.exit;
  const db = new AccountDb(proc.host.fs);
  const shadow = db.table("shadow");
  const text = proc.stdin.text();
  const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
  let errors = 0;
  lines.forEach((line, i) => {
    proc.budget.charge(1);
    const n = i + 1;
    const colon = line.indexOf(":");
    if (colon < 0) {
      proc.stderr.write(`${P}: line ${n}: missing new password\n`);
      errors++;
      return;
    }
    const [name, password] = [line.slice(0, colon), line.slice(colon + 1)];
    const entry = db.user(name) ? shadow.find(name) : undefined;
    if (!entry || password === "") {
      if (entry) proc.stderr.write("No password has been supplied.\n".repeat(3));
      proc.stderr.write(
        `${P}: (user ${name}) pam_chauthtok() failed, error:\nAuthentication token manipulation error\n` +
          `${P}: (line ${n}, user ${name}) password not changed\n`,
      );
      errors++;
      return;
    }
    while (entry.length < 9) entry.push("");
    entry[1] = hashPassword(password, proc.host.prng);
    entry[2] = String(today(proc.host.clock.unixMs));
    shadow.touched();
  });
  db.commit();
  return errors > 0 ? 1 : 0;
}

export const chpasswd: Command = {
  name: "chpasswd",
  summary: "chpasswd - update passwords in batch mode",
  man: `NAME
chpasswd - update passwords in batch mode

SYNOPSIS
chpasswd [options]

DESCRIPTION
The chpasswd command reads a list of user name and password pairs from
standard input and uses this information to update a group of existing
users. Each line is of the format:

user_name:password

By default the passwords must be supplied in clear-text, and are encrypted
by chpasswd. This command is intended to be used in a large system
environment where many accounts are created at a single time.
`,
  run: runChpasswd,
};
