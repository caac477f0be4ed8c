/**
 * reboot (systemd 252): asks for a reboot, which happens once the command
 * line has finished (the session boots the host again and logs in anew).
 * As on Debian, runtime configuration is lost and files are kept.
 */
import type { Command } from "../types.js";

const HELP = `reboot [OPTIONS...]

Reboot the system.

Options:
     --help      Show this help
     --halt      Halt the machine
  -p --poweroff  Switch off the machine
     --reboot    Reboot the machine
  -f --force     Force immediate halt/power-off/reboot
  -w --wtmp-only Don't halt/power-off/reboot, just write wtmp record
  -d --no-wtmp   Don't write wtmp record
     --no-wall   Don't send wall message before halt/power-off/reboot

See the halt(8) man page for details.
`;

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
  run(proc) {
    for (const a of proc.argv.slice(1)) {
      if (a === "--help") {
        proc.stdout.write(HELP);
        return 0;
      }
      if (!["-f", "--force", "--reboot", "--no-wall", "-d", "--no-wtmp"].includes(a)) {
        const opt = a.startsWith("--") ? a : a.startsWith("-") ? a.slice(0, 2) : a;
        if (!a.startsWith("-")) {
          proc.stderr.write("Too many arguments.\n");
          return 1;
        }
        proc.stderr.write(
          a.startsWith("--") ? `reboot: unrecognized option '${opt}'\n` : `reboot: invalid option -- '${opt.slice(1)}'\n`,
        );
        return 1;
      }
    }
    proc.host.requestReboot();
    return 0;
  },
  complete: () => ["--help", "--force", "--no-wall"],
};
