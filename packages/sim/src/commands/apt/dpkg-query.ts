/**
 * dpkg-query (dpkg 1.21.22): -l, -s, -L and -W (--show, with -f /
 * --showformat) over /var/lib/dpkg/status (queries.ts, show-format.ts).
 */
import type { Command } from "../types.js";
import { DPKG_QUERY_MAN } from "./man-pages.js";
import { listFiles, listPackages, showStatus } from "./queries.js";
import { showPackages } from "./show-format.js";

type Action = "list" | "status" | "listfiles" | "show";
const ACTIONS: Record<string, Action> = {
  "-l": "list", "--list": "list", "-s": "status", "--status": "status", "-L": "listfiles", "--listfiles": "listfiles", "-W": "show", "--show": "show",
};
const HELP = "\nUse --help for help about querying packages.\n";

export const dpkgQuery: Command = {
  name: "dpkg-query",
  summary: "dpkg-query - a tool to query the dpkg database",
  man: DPKG_QUERY_MAN,
  run(proc) {
    const args = proc.argv.slice(1);
    let action: Action | undefined;
    let format: string | undefined;
    const operands: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (Object.hasOwn(ACTIONS, a)) action = ACTIONS[a];
      else if (a === "-f" || a === "--showformat") {
        if (i + 1 >= args.length) {
          proc.stderr.write(`dpkg-query: error: option ${a} requires a value\n${HELP}`);
          return 2;
        }
        format = args[++i];
      } else if (a.startsWith("--showformat=")) format = a.slice("--showformat=".length);
      // "-f='${Package}\n'", as the man page writes it: dpkg's option parser takes the "=" as the separator
      else if (a.startsWith("-f") && a.length > 2) format = a.slice(a[2] === "=" ? 3 : 2);
      else if (a.startsWith("-") && a !== "-") {
        proc.stderr.write(`dpkg-query: error: unknown option ${a}\n${HELP}`);
        return 2;
      } else operands.push(a);
    }
    if (!action) {
      proc.stderr.write(`dpkg-query: error: need an action option\n${HELP}`);
      return 2;
    }
    if (action === "list") return listPackages(proc, operands);
    if (action === "show") return showPackages(proc, operands, format);
    if (action === "status") return showStatus(proc, operands);
    if (operands.length === 0) {
      proc.stderr.write(`dpkg-query: error: --listfiles needs at least one package name argument\n${HELP}`);
      return 2;
    }
    return listFiles(proc, operands);
  },
};
