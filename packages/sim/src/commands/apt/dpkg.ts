/**
 * dpkg 1.21 (Debian 12): the query actions a learner uses to see what is
 * installed (-l, -s, -L, which dpkg hands to dpkg-query); installing and
 * removing .deb files is not simulated (the hosts are offline and have no
 * .deb to install).
 */
import type { Command } from "../types.js";
import { listFiles, listPackages, showStatus } from "./queries.js";
import { DPKG_MAN } from "./man-pages.js";

const HELP_TAIL =
  "\nType dpkg --help for help about installing and deinstalling packages [*];\n" +
  "Use 'apt' or 'aptitude' for user-friendly package management;\n" +
  "Type dpkg -Dhelp for a list of dpkg debug flag values;\n" +
  "Type dpkg --force-help for a list of forcing options;\n" +
  "Type dpkg-deb --help for help about manipulating *.deb files;\n" +
  "\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n";

type Action = "list" | "status" | "listfiles";
const ACTIONS: Record<string, Action> = {
  "-l": "list", "--list": "list", "-s": "status", "--status": "status", "-L": "listfiles", "--listfiles": "listfiles",
};
const SHORT: Record<Action, string> = { list: "-l", status: "-s", listfiles: "-L" };

export const dpkg: Command = {
  name: "dpkg",
  summary: "dpkg - package manager for Debian",
  man: DPKG_MAN,
  run(proc) {
    const args = proc.argv.slice(1);
    let action: Action | undefined;
    const operands: string[] = [];
    for (const a of args) {
      if (Object.hasOwn(ACTIONS, a)) {
        const next = ACTIONS[a];
        if (action && action !== next) {
          proc.stderr.write(`dpkg: error: conflicting actions ${SHORT[next]} (--${next}) and ${SHORT[action]} (--${action})\n${HELP_TAIL}`);
          return 2;
        }
        action = next;
      }
      else if (a.startsWith("-") && a !== "-") {
        if (/^-[irPV]$|^--(install|remove|purge|unpack|configure|version)$/.test(a)) {
          proc.stderr.write(`dpkg: ${a} is not simulated in Rootlab yet: the hosts have the packages dpkg -l lists\n`);
          return 2;
        }
        proc.stderr.write(`dpkg: error: unknown option ${a}\n${HELP_TAIL}`);
        return 2;
      } else operands.push(a);
    }
    if (!action) {
      proc.stderr.write(`dpkg: error: need an action option\n${HELP_TAIL}`);
      return 2;
    }
    if (action === "list") return listPackages(proc, operands);
    if (action === "status") return showStatus(proc, operands);
    if (operands.length === 0) {
      proc.stderr.write(`dpkg-query: error: --${action} needs at least one package name argument\n\nUse --help for help about querying packages.\n`);
      return 2;
    }
    return listFiles(proc, operands);
  },
};
