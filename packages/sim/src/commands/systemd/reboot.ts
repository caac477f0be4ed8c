/**
 * reboot (systemd 252): asks for a reboot, which happens once the command
 * line has finished (the session boots the host again and logs in anew).
 * As on Debian, runtime configuration is lost and files are kept. Options
 * and errors are halt's and poweroff's (compat-halt.ts).
 */
import type { Command } from "../types.js";
import { haltMain } from "./compat-halt.js";

export const reboot: Command = {
  name: "reboot",
  summary: "reboot - Halt, power-off or reboot the machine",
  man: `REBOOT(8)                          reboot                          REBOOT(8)

NAME
       halt, poweroff, reboot - Halt, power-off or reboot the machine

SYNOPSIS
       reboot [OPTIONS...]

DESCRIPTION
       reboot may be used to reboot the machine. Everything the kernel holds
       at run time (addresses added with ip or ifconfig, routes, sysctl values
       written to /proc/sys, firewall rules) is lost; what is written in files
       (/etc/network/interfaces, /etc/sysctl.conf, ...) is applied again at
       boot.

OPTIONS
       --help
           Print a short help text and exit.

       -f, --force
           Force immediate reboot.

EXIT STATUS
       On success, 0 is returned, a non-zero failure code otherwise.

systemd 252                                                          REBOOT(8)
`,
  run: (proc) => haltMain(proc, "reboot"),
  complete: () => ["--help", "--force", "--no-wall"],
};
