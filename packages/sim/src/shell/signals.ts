/**
 * Non-local control flow inside the interpreter, thrown and caught at the
 * construct that owns it: `break`/`continue` by loops, `return` by function
 * calls and `source`, `exit` by the shell (or subshell) it ends, and
 * `AbortCommand` by the top-level loop, which abandons the rest of the
 * current complete command as bash does after an expansion error.
 */
export class BreakSignal {
  constructor(public levels: number) {}
}
export class ContinueSignal {
  constructor(public levels: number) {}
}
export class ReturnSignal {
  constructor(readonly status: number) {}
}
export class ExitSignal {
  constructor(
    readonly status: number,
    /** the `exit` builtin (a login shell prints "logout"), not `set -e` */
    readonly explicit: boolean,
    /** printed after "logout" (bash reports a bad `exit` argument only then) */
    readonly message?: string,
  ) {}
}
export class AbortCommand {
  constructor(readonly status: number) {}
}

/**
 * A background job's program touched the terminal (jobs.ts): the kernel
 * stops it with SIGTTIN (reading) or SIGTTOU (writing), and the job waits,
 * stopped, for `fg`.
 */
export class JobStopped {
  constructor(readonly signal: 21 | 22) {}
}
