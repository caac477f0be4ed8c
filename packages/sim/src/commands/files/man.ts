/**
 * man (man-db): show a command's manual page, formatted as man prints it to
 * a pipe: a header line "LS(1)  User Commands  LS(1)", section headings flush
 * left, body indented by 7 columns, a footer line; 78 columns as man-db
 * uses for 80-column output. Pages come from the `man` text of registered
 * commands (commands/registry.ts).
 *
 * Convention for `Command.man` texts: section headings (NAME, SYNOPSIS, ...)
 * are lines in capitals at column 0; every other non-empty line is body text
 * and gets the 7-column indent added (so option descriptions written with 7
 * spaces end up at column 14, as in real pages). Lines are not refilled.
 */
import { IPTABLES_LINKS, USR_BIN, USR_SBIN } from "../../fs/debian-tree/programs.js";
import type { Process } from "../../process/process.js";
import { commandNames, findCommand, requireCommandGroups } from "../registry.js";
import type { Command } from "../types.js";

const LINE = 78;

/** footer "source" and "date" of the pages Debian 12 ships, by program */
const SOURCES: Record<string, [string, string]> = {
  grep: ["GNU grep 3.8", "2019-12-29"],
  less: ["", "Version 590: 03 Jun 2021"],
  more: ["util-linux 2.38.1", "2022-08-04"],
  man: ["2.11.2", "2022-12-24"],
  ip: ["iproute2", "20 Dec 2011"],
  iptables: ["iptables 1.8.9", ""],
  "iptables-save": ["iptables 1.8.9", ""],
  "iptables-restore": ["iptables 1.8.9", ""],
  diff: ["diffutils 3.8", "August 2021"],
  cmp: ["diffutils 3.8", "August 2021"],
};
const COREUTILS = new Set([
  "basename", "cat", "chmod", "comm", "cp", "cut", "dirname", "head", "ln", "ls", "mkdir", "mv", "rm", "rmdir",
  "sort", "stat", "tail", "tee", "touch", "tr", "uniq", "wc", "date", "echo", "pwd", "uname", "md5sum",
]);

/** programs in /usr/bin whose page Debian 12 files in section 8 (recorded with `man -w`) */
const BIN_PAGES_IN_8 = new Set(["apt", "apt-get", "ip", "lsblk", "mount", "netstat", "pidof", "ping", "run-parts", "ss", "tcpdump", "tracepath", "umount"]);

export function manSection(name: string): number {
  if (BIN_PAGES_IN_8.has(name)) return 8;
  return (USR_SBIN.includes(name) || name in IPTABLES_LINKS) && !USR_BIN.includes(name) ? 8 : 1;
}

/**
 * One line of whatis/apropos: "ls (1)               - list directory contents",
 * the description cut with "..." where the line would pass `width` columns
 * (man-db: the terminal's width, 80 on a pipe).
 */
function whatisLine(name: string, summary: string, width: number): string {
  const desc = summary.includes(" - ") ? summary.slice(summary.indexOf(" - ") + 3) : summary;
  const head = `${`${name} (${manSection(name)})`.padEnd(20, " ")} - `;
  return head.length + desc.length > width ? `${head}${desc.slice(0, Math.max(0, width - head.length - 3))}...` : head + desc;
}

/** whatis: the one-line description of each page named exactly */
function whatis(proc: Process, names: string[], width: number): number {
  if (names.length === 0) {
    proc.stderr.write("whatis what?\n");
    return 1;
  }
  let status = 0;
  for (const n of names) {
    const c = findCommand(n);
    if (c && c.man.trim() !== "") proc.stdout.write(`${whatisLine(n, c.summary, width)}\n`);
    else {
      proc.stderr.write(`${n}: nothing appropriate.\n`);
      status = 16;
    }
  }
  return status;
}

/** a line with `left`, `mid` centred, `right` flush right (groff's .tl) */
function titleLine(left: string, mid: string, right: string): string {
  const midStart = Math.ceil((LINE - mid.length) / 2);
  let s = left;
  s = s.padEnd(Math.max(s.length + 1, midStart), " ") + mid;
  s = s.padEnd(Math.max(s.length + 1, LINE - right.length), " ") + right;
  return s;
}

export function formatManPage(cmd: Command): string {
  // A page written with its own title line ("IP(8)   Linux   IP(8)") is already laid out.
  if (/^[A-Za-z0-9_.-]+\(\d\)\s/.test(cmd.man)) return cmd.man.endsWith("\n") ? cmd.man : `${cmd.man}\n`;
  const sec = manSection(cmd.name);
  const title = `${cmd.name.toUpperCase()}(${sec})`;
  const [source, date] = SOURCES[cmd.name] ?? (COREUTILS.has(cmd.name) ? ["GNU coreutils 9.1", "September 2022"] : ["Debian", "2023"]);
  const lines = [titleLine(title, sec === 8 ? "System Manager's Manual" : "User Commands", title), ""];
  const body = cmd.man.replace(/\n+$/, "").split("\n");
  for (const l of body) {
    if (l === "") lines.push("");
    else if (/^[A-Z][A-Z0-9 ]*$/.test(l)) lines.push(l);
    else lines.push(`       ${l}`);
  }
  lines.push("", titleLine(source, date, title));
  return `${lines.join("\n")}\n`;
}

function run(proc: Process): number {
  const args = proc.argv.slice(1);
  const width = proc.stdout.isTTY && proc.tty ? proc.tty.cols : 80;
  if (args[0] === "-f" || proc.argv[0] === "whatis") return whatis(proc, args.filter((a) => a !== "-f"), width);
  if (args[0] === "-k" || proc.argv[0] === "apropos") {
    const words = proc.argv[0] === "apropos" ? args : args.slice(1);
    if (words.length === 0) {
      proc.stderr.write("apropos what?\n");
      return 1;
    }
    // every program's summary: all groups at once (a browser loads the missing ones, then runs the line again)
    requireCommandGroups();
    const hits: string[] = [];
    for (const n of commandNames()) {
      const c = findCommand(n)!;
      if (words.some((w) => c.summary.toLowerCase().includes(w.toLowerCase()))) hits.push(whatisLine(n, c.summary, width));
    }
    if (hits.length === 0) {
      proc.stderr.write(`${words.join(" ")}: nothing appropriate.\n`);
      return 16;
    }
    proc.stdout.write(`${hits.join("\n")}\n`);
    return 0;
  }
  const names = args.filter((a) => !/^\d$/.test(a) && !a.startsWith("-"));
  if (names.length === 0) {
    proc.stderr.write("What manual page do you want?\nFor example, try 'man man'.\n");
    return 1;
  }
  let status = 0;
  for (const n of names) {
    const c = findCommand(n);
    if (!c || c.man.trim() === "") {
      proc.stderr.write(`No manual entry for ${n}\n`);
      status = 16;
      continue;
    }
    proc.stdout.write(formatManPage(c));
  }
  return status;
}

export const man: Command = {
  name: "man",
  summary: "man - an interface to the system reference manuals",
  man: `NAME
man - an interface to the system reference manuals

SYNOPSIS
man [man options] [[section] page ...] ...
man -k [apropos options] regexp ...

DESCRIPTION
man is the system's manual pager. Each page argument given to man is
normally the name of a program. The manual page associated with it is
found and displayed.

-k     search the short descriptions for keywords (equivalent to apropos)

EXIT STATUS
0      successful program execution
1      usage, syntax or configuration file error
16     at least one of the pages/files/keywords didn't exist or wasn't matched
`,
  run,
};

export const whatisCommand: Command = {
  name: "whatis",
  summary: "whatis - display one-line manual page descriptions",
  man: `NAME
whatis - display one-line manual page descriptions

SYNOPSIS
whatis name ...

DESCRIPTION
Each manual page has a short description available within it. whatis
searches the manual page names and displays the manual page descriptions
of any name matched.

EXIT STATUS
0      successful program execution
1      usage, syntax or configuration file error
16     nothing was found that matched the criteria specified
`,
  run,
};

export const apropos: Command = {
  name: "apropos",
  summary: "apropos - search the manual page names and descriptions",
  man: `NAME
apropos - search the manual page names and descriptions

SYNOPSIS
apropos keyword ...

DESCRIPTION
Each manual page has a short description available within it. apropos
searches the descriptions for instances of keyword.
`,
  run,
};
