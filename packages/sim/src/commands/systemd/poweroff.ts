/**
 * poweroff (systemd 252: /sbin/poweroff is a link to systemctl, which acts on the
 * name it was called by): switches the machine off once the command line has
 * finished; the console then waits for reset. Options in compat-halt.ts.
 */
import type { Command } from "../types.js";
import { haltMain } from "./compat-halt.js";

export const poweroff: Command = {
  name: "poweroff",
  summary: "poweroff - Halt, power-off or reboot the machine",
  man: `POWEROFF(8)                          poweroff                          POWEROFF(8)

NAME
       halt, poweroff, reboot - Halt, power-off or reboot the machine

SYNOPSIS
       poweroff [OPTIONS...]

DESCRIPTION
       poweroff may be used to power off the machine. In the lab the
       machine's console then offers reset to power it on again.

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
           Force immediate power-off, without contacting the system manager.

EXIT STATUS
       On success, 0 is returned, a non-zero failure code otherwise.

SEE ALSO
       systemd(1), systemctl(1), shutdown(8), wall(1)

systemd 252                                                          POWEROFF(8)
`,
  run: (proc) => haltMain(proc, "poweroff"),
  complete: () => ["--help", "--force", "--no-wall", "--halt", "--poweroff", "--reboot"],
};
