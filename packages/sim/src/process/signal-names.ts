/**
 * Linux's signals on x86-64 by number: the names bash's and procps's kill
 * take and print (`kill -l`), and glibc 2.36's strsignal texts bash reports
 * a job's end with (`Terminated`, `Killed`). 32 and 33 are glibc's own
 * (NPTL), so SIGRTMIN is 34, as `kill -l` shows.
 */

const NAMES: Record<number, string> = {
  1: "HUP", 2: "INT", 3: "QUIT", 4: "ILL", 5: "TRAP", 6: "ABRT", 7: "BUS", 8: "FPE", 9: "KILL", 10: "USR1",
  11: "SEGV", 12: "USR2", 13: "PIPE", 14: "ALRM", 15: "TERM", 16: "STKFLT", 17: "CHLD", 18: "CONT", 19: "STOP",
  20: "TSTP", 21: "TTIN", 22: "TTOU", 23: "URG", 24: "XCPU", 25: "XFSZ", 26: "VTALRM", 27: "PROF", 28: "WINCH",
  29: "IO", 30: "PWR", 31: "SYS",
};

const DESCRIPTIONS: Record<number, string> = {
  1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap", 6: "Aborted",
  7: "Bus error", 8: "Floating point exception", 9: "Killed", 10: "User defined signal 1", 11: "Segmentation fault",
  12: "User defined signal 2", 13: "Broken pipe", 14: "Alarm clock", 15: "Terminated", 16: "Stack fault",
  17: "Child exited", 18: "Continued", 19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)",
  22: "Stopped (tty output)", 23: "Urgent I/O condition", 24: "CPU time limit exceeded", 25: "File size limit exceeded",
  26: "Virtual timer expired", 27: "Profiling timer expired", 28: "Window changed", 29: "I/O possible",
  30: "Power failure", 31: "Bad system call",
};

export const SIGRTMIN = 34;
export const SIGRTMAX = 64;
/** _NSIG - 1: the highest signal number */
export const MAX_SIGNAL = 64;

/** the name without "SIG" ("TERM", "RTMIN+3", "RTMAX-2"), as bash's signal_name gives it after SIG; undefined for 0, 32, 33 and beyond 64 */
export function signalName(sig: number): string | undefined {
  if (NAMES[sig]) return NAMES[sig];
  if (sig < SIGRTMIN || sig > SIGRTMAX) return undefined;
  // bash names the first half from RTMIN, the rest from RTMAX
  if (sig === SIGRTMIN) return "RTMIN";
  if (sig === SIGRTMAX) return "RTMAX";
  const mid = SIGRTMIN + Math.floor((SIGRTMAX - SIGRTMIN) / 2);
  return sig <= mid ? `RTMIN+${sig - SIGRTMIN}` : `RTMAX-${SIGRTMAX - sig}`;
}

/** strsignal(3) */
export function signalDescription(sig: number): string {
  if (DESCRIPTIONS[sig]) return DESCRIPTIONS[sig];
  if (sig >= SIGRTMIN && sig <= SIGRTMAX) return `Real-time signal ${sig - SIGRTMIN}`;
  return `Unknown signal ${sig}`;
}

/**
 * A signal by number or name, as bash's decode_signal reads it: a decimal
 * number 0..64, or a name with or without "SIG" in any case ("term",
 * "SIGKILL", "RTMIN+2"); undefined when it names none.
 */
export function parseSignal(spec: string): number | undefined {
  if (/^[0-9]+$/.test(spec)) {
    const n = Number(spec);
    return n <= MAX_SIGNAL && (n === 0 || signalName(n) !== undefined) ? n : undefined;
  }
  let name = spec.toUpperCase();
  if (name.startsWith("SIG")) name = name.slice(3);
  for (let s = 1; s <= MAX_SIGNAL; s++) if (signalName(s) === name) return s;
  return undefined;
}
