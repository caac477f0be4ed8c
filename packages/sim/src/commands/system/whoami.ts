/**
 * whoami (coreutils 9.1): the name of the effective user: root, or the
 * user of a shell `su` started (Process.euid). Debian's
 * netfilter-persistent script asks it.
 */
import { Accounts } from "../files/accounts.js";
import { quoteLocale } from "../files/quote.js";
import { usageError } from "../files/program.js";
import type { Command } from "../types.js";

export const whoami: Command = {
  name: "whoami",
  summary: "whoami - print effective user name",
  man: `NAME
whoami - print effective user name

SYNOPSIS
whoami [OPTION]...

DESCRIPTION
Print the user name associated with the current effective user ID. Same as
id -un.
`,
  run(proc) {
    const args = proc.argv.slice(1);
    if (args.length > 0 && args[0] !== "--") return usageError(proc, "whoami", args[0].startsWith("-") && args[0] !== "-" ? `invalid option -- '${args[0].slice(1, 2)}'` : `extra operand ${quoteLocale(args[0])}`);
    const euid = proc.euid ?? 0;
    const name = euid === 0 ? "root" : new Accounts(proc.host.fs).userById(euid)?.name;
    if (name === undefined) {
      proc.stderr.write(`whoami: cannot find name for user ID ${euid}\n`);
      return 1;
    }
    proc.stdout.write(`${name}\n`);
    return 0;
  },
};
