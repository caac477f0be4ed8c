/**
 * timeout (GNU coreutils 9.1): run a command and signal it when DURATION of
 * virtual time has passed (world/deadline.ts): the waits inside it (sleep,
 * ping, a download) run up to the deadline, the command dies there, and
 * timeout exits 124 (or 128+SIGNAL with --preserve-status). The command
 * runs as env runs one: a child through runCommandLine, with what was piped
 * to timeout as its input.
 *
 * What the process model cannot do, and how it is answered here:
 * - programs do not catch signals, so the command dies at the first one,
 *   except for a signal whose default action is to ignore it (CHLD, CONT,
 *   URG, WINCH): the command then runs on, to -k's KILL if there is one;
 * - a command that computes without waiting is not bounded by time but by
 *   the line's step limit (process/limits.ts);
 * - a process killed by SIGKILL: the calling shell's "Killed" (dash's, and
 *   interactive bash's) has no process death to report it from, so
 *   timeout writes it, once it was itself sent KILL (not with --foreground).
 */
import type { Process } from "../../process/process.js";
import { parseSignal, signalName } from "../../process/signal-names.js";
import { execError, shellWord } from "../files/find/exec-line.js";
import { quoteLocale } from "../files/quote.js";
import type { Command } from "../types.js";

const EXIT_TIMEDOUT = 124;
const EXIT_CANCELED = 125;
const SIGKILL = 9;
const SIGTERM = 15;
/** signals whose default action is to do nothing: the command runs on */
const IGNORED_BY_DEFAULT = new Set([17, 18, 23, 28]);
const UNIT_S: Record<string, number> = { "": 1, s: 1, m: 60, h: 3600, d: 86400 };
/** the longest timeout the simulation arms: a week, as sleep moves the clock at most (a longer one never fires here) */
const MAX_TIMEOUT_MS = 7 * 86_400_000;

/** options that take a value (short letter -> long name) */
const VALUED: Record<string, string> = { k: "kill-after", s: "signal" };
const LONGS = ["foreground", "kill-after", "preserve-status", "signal", "verbose", "help", "version"];

/** DURATION in ms (0: no timeout), or undefined when it is not one */
function parseDuration(text: string): number | undefined {
  const m = /^[ \t]*(\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)([smhd]?)$/.exec(text);
  if (!m) return undefined;
  const s = Number(m[1]) * UNIT_S[m[2]];
  if (!Number.isFinite(s)) return MAX_TIMEOUT_MS;
  return s === 0 ? 0 : Math.min(MAX_TIMEOUT_MS, Math.max(1, Math.round(s * 1000)));
}

function run(proc: Process): number {
  const args = proc.argv.slice(1);
  const usage = (msg?: string) => {
    proc.stderr.write(`${msg ? `timeout: ${msg}\n` : ""}Try 'timeout --help' for more information.\n`);
    return EXIT_CANCELED;
  };
  const opts: Record<string, string | true> = {};
  let i = 0;
  // getopt with "+": options end at the first operand (DURATION), the command's own options are its own
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const matches = LONGS.filter((l) => l.startsWith(name));
      const long = LONGS.includes(name) ? name : matches.length === 1 ? matches[0] : undefined;
      if (!long) {
        if (matches.length > 1) return usage(`option '${a}' is ambiguous; possibilities: ${matches.map((m) => `'--${m}'`).join(" ")}`);
        return usage(`unrecognized option '${a}'`);
      }
      const valued = Object.values(VALUED).includes(long);
      if (eq >= 0 && !valued) return usage(`option '--${long}' doesn't allow an argument`);
      if (valued && eq < 0) {
        if (i + 1 >= args.length) return usage(`option '--${long}' requires an argument`);
        opts[long] = args[++i];
      } else opts[long] = eq >= 0 ? a.slice(eq + 1) : true;
      continue;
    }
    if (!a.startsWith("-") || a === "-") break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c in VALUED) {
        if (j + 1 < a.length) opts[VALUED[c]] = a.slice(j + 1);
        else if (i + 1 < args.length) opts[VALUED[c]] = args[++i];
        else return usage(`option requires an argument -- '${c}'`);
        break;
      }
      if (c === "v") opts.verbose = true;
      else return usage(`invalid option -- '${c}'`);
    }
  }
  if (opts.help) {
    proc.stdout.write(
      "Usage: timeout [OPTION] DURATION COMMAND [ARG]...\n  or:  timeout [OPTION]\nSee 'man timeout' for the options this system supports.\n",
    );
    return 0;
  }
  if (opts.version) {
    proc.stdout.write("timeout (GNU coreutils) 9.1\n");
    return 0;
  }
  let killAfter = 0;
  if (typeof opts["kill-after"] === "string") {
    const k = parseDuration(opts["kill-after"]);
    if (k === undefined) return usage(`invalid time interval ${quoteLocale(opts["kill-after"])}`);
    killAfter = k;
  }
  let sig = SIGTERM;
  if (typeof opts.signal === "string") {
    const s = parseSignal(opts.signal);
    if (s === undefined || s === 0) return usage(`${quoteLocale(opts.signal)}: invalid signal`);
    sig = s;
  }
  const operands = args.slice(i);
  if (operands.length < 2) return usage();
  const duration = parseDuration(operands[0]);
  if (duration === undefined) return usage(`invalid time interval ${quoteLocale(operands[0])}`);
  const command = operands.slice(1);
  const errno = execError(proc, command[0]);
  if (errno !== undefined) {
    const text = errno === "ENOENT" ? "No such file or directory" : "Permission denied";
    proc.stderr.write(`timeout: failed to run command ${quoteLocale(command[0])}: ${text}\n`);
    return errno === "ENOENT" ? 127 : 126;
  }
  if (!proc.runCommandLine) {
    proc.stderr.write("timeout: running a command is not possible here\n");
    return EXIT_CANCELED;
  }
  const runCommand = proc.runCommandLine;
  const input = proc.stdin.isTTY ? "" : `printf '%s' ${shellWord(proc.stdin.text())} | `;
  const line = input + command.map(shellWord).join(" ");
  const world = proc.host.world;
  const verbose = opts.verbose === true;
  const foreground = opts.foreground === true;
  const preserve = opts["preserve-status"] === true;
  const sending = (s: number) => {
    if (verbose) proc.stderr.write(`timeout: sending signal ${signalName(s)} to command ${quoteLocale(command[0])}\n`);
  };
  /** the command was killed by `s` after the deadline */
  const killedBy = (s: number): number => {
    if (s === SIGKILL) {
      // timeout sent KILL to its process group, itself included, unless --foreground
      if (!foreground) proc.stderr.write("Killed\n");
      return 128 + SIGKILL;
    }
    return preserve ? 128 + s : EXIT_TIMEDOUT;
  };

  if (duration === 0) return runCommand(line);
  if (IGNORED_BY_DEFAULT.has(sig)) {
    // the signal changes nothing: the command runs on, until -k's KILL if any
    const start = world.waitClock;
    const r = killAfter > 0 ? world.withDeadline(duration + killAfter, () => runCommand(line)) : { reached: false as const, value: runCommand(line) };
    const elapsed = world.waitClock - start;
    if (r.reached) {
      sending(sig);
      sending(SIGKILL);
      return killedBy(SIGKILL);
    }
    if (elapsed > duration) {
      sending(sig);
      return preserve ? r.value : EXIT_TIMEDOUT;
    }
    return r.value;
  }
  const r = world.withDeadline(duration, () => runCommand(line));
  if (!r.reached) return r.value;
  sending(sig);
  return killedBy(sig);
}

export const timeout: Command = {
  name: "timeout",
  summary: "timeout - run a command with a time limit",
  man: `NAME
timeout - run a command with a time limit

SYNOPSIS
timeout [OPTION] DURATION COMMAND [ARG]...
timeout [OPTION]

DESCRIPTION
Start COMMAND, and kill it if still running after DURATION.

--preserve-status
       exit with the same status as COMMAND, even when the command times out

--foreground
       when not running timeout directly from a shell prompt, allow COMMAND
       to read from the TTY and get TTY signals; in this mode, children of
       COMMAND will not be timed out

-k, --kill-after=DURATION
       also send a KILL signal if COMMAND is still running this long after
       the initial signal was sent

-s, --signal=SIGNAL
       specify the signal to be sent on timeout; SIGNAL may be a name like
       'HUP' or a number; see 'kill -l' for a list of signals

-v, --verbose
       diagnose to stderr any signal sent upon timeout

DURATION is a floating point number with an optional suffix: 's' for
seconds (the default), 'm' for minutes, 'h' for hours or 'd' for days.  A
duration of 0 disables the associated timeout.

Upon timeout, send the TERM signal to COMMAND, if no other SIGNAL specified.
The TERM signal kills any process that does not block or catch that signal.
It may be necessary to use the KILL signal, since this signal can't be
caught.

EXIT STATUS
124    if COMMAND times out, and --preserve-status is not specified
125    if the timeout command itself fails
126    if COMMAND is found but cannot be invoked
127    if COMMAND cannot be found
137    if COMMAND (or timeout itself) is sent the KILL (9) signal (128+9)
-      the exit status of COMMAND otherwise

In Rootlab time is virtual: the command's waits (sleep, ping, a download)
run up to DURATION and it is stopped there.  A command that computes
without waiting is stopped by the simulation's step limit instead.

EXAMPLES
timeout 5 ping 192.0.2.1
       give up on the ping after 5 seconds (exit status 124)
`,
  run,
};
