/**
 * which (debianutils 5.7): where PATH finds each named program. Debian's
 * which is a small /bin/sh script, and this follows it line for line rather
 * than GNU which: a name with a `/` is printed if it is an executable regular
 * file; otherwise each PATH element in turn (an empty one meaning `.`, a
 * trailing `:` counting as one) is tried with `[ -f E/NAME ] && [ -x E/NAME ]`
 * and `E/NAME` printed as written, the first match only unless `-a`. Nothing
 * is printed for a miss; the status is 1 if any name was not found (or none
 * given), 2 after a bad option (dash's getopts message, then the usage line).
 * Not covered: dash-specific `$0` spellings beyond argv[0] with a slash.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";

/** `[ -f P ] && [ -x P ]` as root: a regular file (after symlinks) with some execute bit */
function isExecutableFile(proc: Process, path: string): boolean {
  const st = proc.host.fs.stat(proc.resolve(path));
  return st.ok && st.value.type === "file" && (st.value.mode & 0o111) !== 0;
}

export const which: Command = {
  name: "which",
  summary: "which - locate a command",
  man: `NAME
which - locate a command

SYNOPSIS
which [-a] filename ...

DESCRIPTION
which returns the pathnames of the files (or links) which would be executed in
the current environment, had its arguments been given as commands in a
strictly POSIX-conformant shell. It does this by searching the PATH for
executable files matching the names of the arguments. It does not canonicalize
path names.

OPTIONS
-a     print all matching pathnames of each argument

EXIT STATUS
0      if all specified commands are found and executable
1      if one or more specified commands is nonexistent or not executable
2      if an invalid option is specified
`,
  run(proc) {
    // the script's $0: the path the kernel ran it by
    const self = proc.argv[0].includes("/") ? proc.argv[0] : "/usr/bin/which";
    const args = proc.argv.slice(1);
    let all = false;
    // getopts a: options until the first operand or `--`
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i];
      if (a === "--") {
        i++;
        break;
      }
      if (!a.startsWith("-") || a === "-") break;
      for (const ch of a.slice(1)) {
        if (ch !== "a") {
          proc.stderr.write(`Illegal option -${ch}\n`);
          proc.stdout.write(`Usage: ${self} [-a] args\n`);
          return 2;
        }
        all = true;
      }
    }
    const names = args.slice(i);
    let path = proc.env.PATH ?? "";
    // the script's `case $PATH in (*[!:]:) PATH="$PATH:"`: IFS splitting drops one trailing empty field
    if (/[^:]:$/.test(path)) path += ":";
    const elements = path === "" ? [] : path.split(":");
    if (path.endsWith(":")) elements.pop();
    let status = names.length === 0 ? 1 : 0;
    for (const name of names) {
      proc.budget.charge(1);
      let found = false;
      if (name.includes("/")) {
        if (isExecutableFile(proc, name)) {
          proc.stdout.write(`${name}\n`);
          found = true;
        }
      } else {
        for (const element of elements) {
          proc.budget.charge(1);
          const candidate = `${element === "" ? "." : element}/${name}`;
          if (!isExecutableFile(proc, candidate)) continue;
          proc.stdout.write(`${candidate}\n`);
          found = true;
          if (!all) break;
        }
      }
      if (!found) status = 1;
    }
    return status;
  },
};
