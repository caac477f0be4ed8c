/**
 * The ifup and ifdown programs. Hook lines (`up`, `post-up`, ...) need a
 * shell: the shell that starts these commands supplies it as
 * `runCommandLine` on the process; without one, hook lines are reported and
 * treated as failed (status 127, as a missing /bin/sh would).
 */
import type { Process } from "../../../process/process.js";
import type { Command, CompletionContext } from "../../types.js";
import { ifupdown } from "./ifupdown.js";

/** a process whose shell can run a nested command line (set by the shell for ifup/ifdown) */
export type ProcessWithShell = Process & { runCommandLine?: (line: string) => number };

function runner(proc: ProcessWithShell): (line: string) => number {
  return (
    proc.runCommandLine ??
    ((line: string) => {
      proc.stderr.write(`/bin/sh: 1: ${line.split(/\s+/)[0]}: not found\n`);
      return 127;
    })
  );
}

function make(mode: "up" | "down"): Command {
  const name = mode === "up" ? "ifup" : "ifdown";
  const verb = mode === "up" ? "bring a network interface up" : "take a network interface down";
  return {
    name,
    summary: `${name} - ${verb}`,
    man: `IFUP(8)                     System Manager's Manual                    IFUP(8)

NAME
       ifup - bring a network interface up
       ifdown - take a network interface down

SYNOPSIS
       ifup [-nv] [--no-act] [--verbose] [-i FILE|--interfaces=FILE]
            [--allow CLASS] [-a|IFACE...]
       ifdown [-nv] [--no-act] [--verbose] [-i FILE|--interfaces=FILE]
            [--allow CLASS] [-a|IFACE...]

DESCRIPTION
       The ifup and ifdown commands may be used to configure (or,
       respectively, deconfigure) network interfaces based on interface
       definitions in the file /etc/network/interfaces.

OPTIONS
       -a, --all
              If given to ifup, affect all interfaces marked auto.
              Interfaces are brought up in the order in which they are
              defined in /etc/network/interfaces. If given to ifdown,
              affect all defined interfaces that are up.

       -i FILE, --interfaces=FILE
              Read interface definitions from FILE instead of from
              /etc/network/interfaces.

       -n, --no-act
              Don't configure any interfaces or run any "up" or "down"
              commands.

       -v, --verbose
              Show commands as they are executed.

EXAMPLES
       ifup -a
              Bring up all the interfaces defined with auto in
              /etc/network/interfaces

       ifup eth0
              Bring up interface eth0

       ifdown eth0
              Take down interface eth0

FILES
       /etc/network/interfaces
              definitions of network interfaces See interfaces(5) for more
              information.

       /run/network/ifstate
              current state of network interfaces

SEE ALSO
       interfaces(5), ip(8)

ifupdown                           22 May 2004                          IFUP(8)
`,
    run(proc: Process): number {
      return ifupdown({ host: proc.host, stdout: proc.stdout, stderr: proc.stderr, runCommandLine: runner(proc) }, mode, proc.argv.slice(1));
    },
    complete(c: CompletionContext): string[] {
      return ["-a", "-v", "-n", "--force", "lo", "eth0"].filter((o) => o.startsWith(c.current));
    },
  };
}

export const ifup = make("up");
export const ifdown = make("down");
