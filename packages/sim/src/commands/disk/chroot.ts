/**
 * chroot (coreutils 9.1): run a command, or an interactive shell, with a
 * directory as "/". `chroot /mnt CMD ARGS` runs CMD there and returns its
 * status; `chroot /mnt` starts a shell that takes over the terminal until
 * `exit` (the login shell's Process.enterShell). In the new root the
 * command is looked for on root's PATH, as the real one does through execvp.
 */
import type { Process } from "../../process/process.js";
import { STRERROR } from "../../kernel/errno.js";
import type { Command } from "../types.js";
import { CHROOT_MAN } from "./man-pages.js";
import { toNamespace } from "./namespace.js";

const PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** the command exists in the new root (an executable file, through PATH when it has no slash) */
function findsCommand(proc: Process, newRoot: ReturnType<Process["host"]["chrooted"]>, name: string): boolean {
  const candidates = name.includes("/") ? [name.startsWith("/") ? name : `/${name}`] : PATH.map((d) => `${d}/${name}`);
  return candidates.some((p) => {
    const st = newRoot.fs.stat(p);
    return st.ok && st.value.type === "file" && (st.value.mode & 0o111) !== 0;
  });
}

export const chroot: Command = {
  name: "chroot",
  summary: "chroot - run command or interactive shell with special root directory",
  man: CHROOT_MAN,
  run(proc) {
    const args = proc.argv.slice(1);
    if (args[0] === "--help") {
      proc.stdout.write("Usage: chroot [OPTION]... NEWROOT [COMMAND [ARG]...]\nRun COMMAND with root directory set to NEWROOT.\n");
      return 0;
    }
    if (args[0] === "--version") {
      proc.stdout.write("chroot (GNU coreutils) 9.1\n");
      return 0;
    }
    if (args.length === 0) {
      proc.stderr.write("chroot: missing operand\nTry 'chroot --help' for more information.\n");
      return 125;
    }
    const dir = proc.resolve(args[0]);
    const st = proc.host.fs.stat(dir);
    if (!st.ok || st.value.type !== "dir") {
      proc.stderr.write(`chroot: cannot change root directory to '${args[0]}': ${STRERROR[st.ok ? "ENOTDIR" : st.errno]}\n`);
      return 125;
    }
    const newRoot = proc.host.chrooted(dir);
    const command = args.length > 1 ? args.slice(1) : [proc.env.SHELL ?? "/bin/sh", "-i"];
    if (!findsCommand(proc, newRoot, command[0])) {
      proc.stderr.write(`chroot: failed to run command ‘${command[0]}’: No such file or directory\n`);
      return 127;
    }
    if (args.length === 1) {
      if (proc.enterShell) {
        proc.enterShell(toNamespace(proc, dir));
        return 0;
      }
      // no terminal to hand over: the shell reads its commands from stdin
      return proc.runCommandLine?.(proc.stdin.text(), { host: newRoot }) ?? 0;
    }
    return proc.runCommandLine?.(command.map(shellQuote).join(" "), { host: newRoot }) ?? 126;
  },
};
