/**
 * halt (systemd 252: /sbin/halt is a link to systemctl, which acts on the
 * name it was called by): halts the machine once the command line has
 * finished; the console then waits for reset. Options in compat-halt.ts.
 */
import type { Command } from "../types.js";
import { haltMain } from "./compat-halt.js";

export const halt: Command = {
  name: "halt",
  summary: "halt - Halt, power-off or reboot the machine",
  man: `HALT(8)                          halt                          HALT(8)

NAME
       halt, poweroff, reboot - Halt, power-off or reboot the machine

SYNOPSIS
       halt [OPTIONS...]

DESCRIPTION
       halt may be used to halt the machine: the system stops, the power
       stays on. In the lab the machine's console then offers reset.

OPTIONS
       --help
           Print a short help text and exit.

       --halt
           Halt the machine, regardless of which one of the three commands
           is invoked.

       -p, --poweroff
           Power-off the machine, regardless of which one of the three
           commands is invoked.

       --reboot
           Reboot the machine, regardless of which one of the three
           commands is invoked.

       -f, --force
           Force immediate halt, without contacting the system manager.

EXIT STATUS
       On success, 0 is returned, a non-zero failure code otherwise.

SEE ALSO
       systemd(1), systemctl(1), shutdown(8), wall(1)

systemd 252                                                          HALT(8)
`,
  run: (proc) => haltMain(proc, "halt"),
  complete: () => ["--help", "--force", "--no-wall", "--halt", "--poweroff", "--reboot"],
};
