/** uname (coreutils 9.1): system information from the kernel's UTS fields. */
import { OS_RELEASE } from "../../kernel/power-on.js";
import type { Command } from "../types.js";

const VERSION = "#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)";

export const uname: Command = {
  name: "uname",
  summary: "uname - print system information",
  man: `UNAME(1)                         User Commands                        UNAME(1)

NAME
       uname - print system information

SYNOPSIS
       uname [OPTION]...

DESCRIPTION
       Print certain system information.  With no OPTION, same as -s.

       -a, --all
              print all information, in the following order, except omit -p
              and -i if unknown:

       -s, --kernel-name
              print the kernel name

       -n, --nodename
              print the network node hostname

       -r, --kernel-release
              print the kernel release

       -v, --kernel-version
              print the kernel version

       -m, --machine
              print the machine hardware name

       -o, --operating-system
              print the operating system

GNU coreutils 9.1                 September 2022                     UNAME(1)
`,
  run(proc) {
    const fields = { s: "Linux", n: proc.host.kernel.hostname, r: OS_RELEASE, v: VERSION, m: "x86_64", o: "GNU/Linux" };
    const long: Record<string, string> = {
      "--kernel-name": "s",
      "--nodename": "n",
      "--kernel-release": "r",
      "--kernel-version": "v",
      "--machine": "m",
      "--operating-system": "o",
    };
    const want = new Set<string>();
    for (const a of proc.argv.slice(1)) {
      if (a === "-a" || a === "--all") "snrvmo".split("").forEach((c) => want.add(c));
      else if (long[a]) want.add(long[a]);
      else if (/^-[snrvmpio]+$/.test(a)) a.slice(1).split("").forEach((c) => want.add(c));
      else {
        proc.stderr.write(
          a.startsWith("-")
            ? `uname: ${a.startsWith("--") ? `unrecognized option '${a}'` : `invalid option -- '${a.replace(/^-[snrvmpio]*/, "")[0]}'`}\nTry 'uname --help' for more information.\n`
            : `uname: extra operand '${a}'\nTry 'uname --help' for more information.\n`,
        );
        return 1;
      }
    }
    if (want.size === 0) want.add("s");
    const all = proc.argv.includes("-a") || proc.argv.includes("--all");
    const order = all ? "snrvmo" : "snrvmpio";
    const out = order
      .split("")
      .filter((c) => want.has(c))
      .map((c) => (c === "p" || c === "i" ? "unknown" : fields[c as keyof typeof fields]));
    proc.stdout.write(`${out.join(" ")}\n`);
    return 0;
  },
};
