/**
 * What a running program sees: its arguments, environment, working directory,
 * standard streams and the host it runs on. Commands receive a `Process` and
 * return an exit status; they never reach past `host` into another host.
 */
import type { ByteString } from "../bytes.js";
import type { Host } from "../host/host.js";
import type { Budget } from "./limits.js";
import type { InputStream, OutputStream } from "./streams.js";
import type { Terminal } from "./tty.js";

/** whose shell `su` starts, and where */
export interface UserLogin {
  user: string;
  uid: number;
  home: string;
  /** the login shell's path (/bin/bash, /bin/sh) */
  shell: string;
  /** `su -`: a login shell ("logout" on exit) */
  login: boolean;
  /** the directory it starts in */
  cwd: string;
}

export interface Process {
  /** argv[0] is the name the command was invoked as */
  argv: string[];
  /** exported variables (a copy: changes do not reach the shell) */
  env: Record<string, string>;
  /** absolute path */
  cwd: string;
  /** the file mode creation mask: what a file or directory it creates does not get (0o022 unless the shell's `umask` changed it) */
  umask: number;
  stdin: InputStream;
  stdout: OutputStream;
  stderr: OutputStream;
  host: Host;
  budget: Budget;
  /** an absolute, normalised path for `path` relative to cwd (no symlinks resolved) */
  resolve(path: string): string;
  /**
   * Run a command line in a child `/bin/sh -c` on the same host, its output
   * going to this process's stdout/stderr; returns its exit status. How
   * ifupdown runs its `up` hooks and how cron will run jobs. `stdin` feeds
   * the child instead of what is left of this process's input, `stdout`
   * takes its output (awk's `print | "cmd"` and `"cmd" | getline`).
   */
  runCommandLine?: (line: string, opts?: { host?: Host; stdin?: ByteString; stdout?: OutputStream; euid?: number }) => number;
  /**
   * Start an interactive shell rooted at `root` (a path in the host's mount
   * namespace) that takes over the terminal once this command line ends
   * (`chroot DIR` without a command); `exit` in it comes back. Only the
   * login shell at a terminal offers it.
   */
  enterShell?: (root: string) => void;
  /**
   * Start `user`'s shell (`su USER`), which takes over the terminal once
   * this command line ends; `exit` in it comes back. Only the login shell
   * at a terminal (or a shell started so) offers it.
   */
  enterUserShell?: (login: UserLogin) => void;
  /**
   * The effective user id: root's 0, or the user's in a shell `su` started.
   * Only id and whoami read it: the simulation checks no permissions.
   */
  euid?: number;
  /**
   * The controlling terminal (keys in, screen out, size), for programs that
   * take over the screen or prompt (nano, vi, less, `Enter password:`);
   * undefined when there is none (cron jobs, init). See process/tty.ts.
   */
  tty?: Terminal;
  /**
   * The command line's pipeline when this program is one of its stages: each
   * stage's argv as written (undefined where it is not a plain command of
   * literal words), and this one's index. The stages run one after another
   * here, but on a real system they run together: `ps aux | grep cron` lists
   * the grep.
   */
  pipeline?: { argvs: (string[] | undefined)[]; index: number };
}
