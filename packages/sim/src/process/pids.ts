/**
 * Pids the simulation fixes so that transcripts replay identically and
 * every tool agrees: `$$` (shell/), the login's processes in `ps`
 * (process/table.ts).
 */

/** the login shell's pid: `$$` at the lab's terminal, `-bash` in ps */
export const LOGIN_SHELL_PID = 1234;
