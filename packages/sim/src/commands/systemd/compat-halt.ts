/**
 * What systemctl does when called as halt, poweroff or reboot (systemd
 * 252's systemctl-compat-halt.c, shared by the three programs): parse
 * their options, then ask logind for the action, which the session carries
 * out once the command line has finished. Without root, logind (no polkit
 * on a Debian server) refuses: "Call to PowerOff failed: Access denied".
 */
import type { Process } from "../../process/process.js";
import { cancelShutdown } from "../../services/systemd/logind-shutdown.js";

export type HaltAction = "halt" | "poweroff" | "reboot";

const OPTIONS = `Options:
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

const VERB: Record<HaltAction, string> = { halt: "Halt", poweroff: "Power off", reboot: "Reboot" };

/** `NAME --help` (recorded: fixtures/shutdown/) */
export function haltHelp(name: HaltAction): string {
  return `${name} [OPTIONS...]${name === "reboot" ? " [ARG]" : ""}\n\n${VERB[name]} the system.\n\n${OPTIONS}`;
}

/** logind's method for each action, as systemctl names it in "Call to %s failed" */
const METHOD: Record<HaltAction, string> = { halt: "Halt", poweroff: "PowerOff", reboot: "Reboot" };

/** Carry out `action` now (or refuse it without root); the exit status. */
export function requestAction(proc: Process, action: HaltAction, dryRun = false): number {
  if ((proc.euid ?? 0) !== 0) {
    proc.stderr.write(`Call to ${METHOD[action]} failed: Access denied\n`);
    return 1;
  }
  if (dryRun) return 0;
  // an immediate action replaces a pending scheduled one
  cancelShutdown(proc.host);
  if (action === "reboot") proc.host.requestReboot();
  else proc.host.requestPowerOff(action);
  return 0;
}

/** halt, poweroff, reboot: their options (parse_argv of systemctl-compat-halt.c) then the action. */
export function haltMain(proc: Process, name: HaltAction): number {
  const prog = proc.argv[0] ?? name;
  let action: HaltAction = name;
  let wtmpOnly = false;
  const args = proc.argv.slice(1);
  let operands = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      operands += args.length - i - 1;
      break;
    }
    if (a.startsWith("--")) {
      const opt = a.split("=")[0];
      if (opt === "--help") {
        proc.stdout.write(haltHelp(name));
        return 0;
      }
      if (opt === "--halt") action = "halt";
      else if (opt === "--poweroff") action = "poweroff";
      else if (opt === "--reboot") action = "reboot";
      else if (opt === "--wtmp-only") wtmpOnly = true;
      else if (!["--force", "--no-wtmp", "--no-wall", "--no-sync"].includes(opt)) {
        proc.stderr.write(`${prog}: unrecognized option '${a}'\n`);
        return 1;
      }
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (const c of a.slice(1)) {
        if (c === "p") action = "poweroff";
        else if (c === "w") wtmpOnly = true;
        else if (!"fdin".includes(c)) {
          proc.stderr.write(`${prog}: invalid option -- '${c}'\n`);
          return 1;
        }
      }
      continue;
    }
    operands++;
  }
  // reboot takes one argument for the firmware (reboot(2) RB_AUTOBOOT2)
  if (operands > (name === "reboot" ? 1 : 0)) {
    proc.stderr.write("Too many arguments.\n");
    return 1;
  }
  return requestAction(proc, action, wtmpOnly);
}
