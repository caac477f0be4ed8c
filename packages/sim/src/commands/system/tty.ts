/**
 * tty (GNU coreutils 9.1): the name of the terminal on standard input, which
 * for the lab's login is its sshd pseudo-terminal; "not a tty" and status 1
 * when input is piped or redirected; -s prints nothing and only sets the status.
 */
import { LOGIN_TTY } from "../../process/table.js";
import { parseOrUsage, usageError } from "../files/program.js";
import { quoteLocale } from "../files/quote.js";
import type { Command } from "../types.js";

export const tty: Command = {
  name: "tty",
  summary: "tty - print the file name of the terminal connected to standard input",
  man: `NAME
tty - print the file name of the terminal connected to standard input

SYNOPSIS
tty [OPTION]...

DESCRIPTION
Print the file name of the terminal connected to standard input.

-s, --silent, --quiet
       print nothing, only return an exit status

EXIT STATUS
0 if standard input is a terminal, 1 if it is not, 2 on a usage error.
`,
  run(proc) {
    const parsed = parseOrUsage(
      proc,
      "tty",
      [
        { key: "s", short: "s", long: "silent" },
        { key: "s", long: "quiet" },
      ],
      { usageStatus: 2 },
    );
    if ("exit" in parsed) return parsed.exit;
    if (parsed.operands.length > 0) return usageError(proc, "tty", `extra operand ${quoteLocale(parsed.operands[0])}`, 2);
    const onTerminal = proc.stdin.isTTY;
    if (!parsed.opts.has("s")) proc.stdout.write(onTerminal ? `/dev/${LOGIN_TTY}\n` : "not a tty\n");
    return onTerminal ? 0 : 1;
  },
};
