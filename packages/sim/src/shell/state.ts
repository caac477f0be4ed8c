/**
 * The shell's persistent state: what survives between command lines and goes
 * into world snapshots. Plain JSON only. Variables live in a record keyed by
 * name; learner-chosen names such as `__proto__` or `constructor` must never
 * reach Object.prototype, so every access goes through vars.ts.
 */
export interface ShellVar {
  value: string;
  exported: boolean;
}

export interface ShellState {
  /** absolute, logical working directory (symlinks not resolved) */
  cwd: string;
  vars: Record<string, ShellVar>;
  /** interactive lines, oldest first; `history` numbers them from 1 */
  history: string[];
  /** $? after the last line */
  lastStatus: number;
  /**
   * Shell functions defined so far, as their definition's source text
   * (`name() { ...; }`); re-parsed when called. Optional so that a state
   * written before functions existed still loads.
   */
  functions?: Record<string, string>;
  /** aliases (`alias ll='ls -l'`): name -> replacement text; expanded in interactive lines (aliases.ts) */
  aliases?: Record<string, string>;
  /** the job table (jobs.ts): background jobs not yet reported ended; absent when none */
  jobs?: JobState[];
  /** $!: the pid of the last background job; absent before the first */
  lastBg?: number;
  /** [pid, status] of the last background jobs reaped, for `wait PID` after their notice (bash's bgpids) */
  reaped?: [number, number][];
  /** the file mode creation mask (`umask`); absent: Debian's 022 (builtins/umask.ts) */
  umask?: number;
}

/** a background job (jobs.ts) */
export interface JobState {
  /** the job number: `%1`, `[1]` */
  id: number;
  /** its processes (kernel tasks), one per pipeline stage, with the text bash prints for each */
  procs: { pid: number; text: string }[];
  /** the directory it was started in (`jobs` adds "(wd: DIR)" once the shell is elsewhere) */
  wd: string;
  /** it ended (or this line's `kill` signalled it) as the prompt came: bash reaps it after the prompt, so it is reported after the next line (jobs.ts) */
  reapAfterPrompt?: boolean;
  /** its stop was reported */
  stopNotified?: boolean;
  /** stopped on touching the terminal: the command `fg` runs again in the foreground (jobs.ts) */
  rerun?: string;
  /** what its commands wrote after their first wait: shown once virtual time reaches `at` (ms), dropped if it dies first */
  pending?: { at: number; fd: 1 | 2; bytes: string }[];
}

/** PS1 from Debian 12's /etc/bash.bashrc (root's .bashrc leaves it alone). */
export const DEBIAN_PS1 = "${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ ";
export const DEBIAN_ROOT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** The environment of a root login shell on Debian 12. */
export function newShellState(opts: { user: string; home: string; hostname: string }): ShellState {
  const vars: Record<string, ShellVar> = {};
  const set = (name: string, value: string, exported: boolean) => {
    vars[name] = { value, exported };
  };
  set("HOME", opts.home, true);
  set("USER", opts.user, true);
  set("LOGNAME", opts.user, true);
  set("SHELL", "/bin/bash", true);
  set("PATH", DEBIAN_ROOT_PATH, true);
  set("PWD", opts.home, true);
  set("TERM", "xterm-256color", true);
  set("LANG", "C.UTF-8", true);
  set("SHLVL", "1", true);
  set("MAIL", `/var/mail/${opts.user}`, true);
  set("HOSTNAME", opts.hostname, false);
  set("HOSTTYPE", "x86_64", false);
  set("OSTYPE", "linux-gnu", false);
  set("MACHTYPE", "x86_64-pc-linux-gnu", false);
  set("BASH", "/bin/bash", false);
  set("BASH_VERSION", "5.2.15(1)-release", false);
  set("IFS", " \t\n", false);
  set("PS1", DEBIAN_PS1, false);
  set("PS2", "> ", false);
  set("PS4", "+ ", false);
  set("HISTFILE", `${opts.home}/.bash_history`, false);
  set("HISTSIZE", "500", false);
  set("HISTFILESIZE", "500", false);
  set("OPTIND", "1", false);
  set("UID", opts.user === "root" ? "0" : "1000", false);
  set("EUID", opts.user === "root" ? "0" : "1000", false);
  set("PPID", "1", false);
  return { cwd: opts.home, vars, history: [], lastStatus: 0, functions: {} };
}
