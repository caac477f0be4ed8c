/**
 * kill (procps-ng 4.0.2, /usr/bin/kill): what runs when a learner names the
 * program by path (`kill` alone is bash's builtin, shell/builtins/jobs.ts).
 * Options as its kill_main reads them: a first `-SIGNAL` anywhere
 * (skill_sig_option), then getopt's -l [SIG], -L, -s SIG, -q VALUE, -h, -V;
 * every remaining argument must be a whole number. Signals go through
 * process/kill.ts. Recorded in fixtures/kill.jsonl (record-kill.sh).
 */
import { STRERROR } from "../../kernel/errno.js";
import { sendSignal } from "../../process/kill.js";
import { parseSignal, signalName } from "../../process/signal-names.js";
import type { Command } from "../types.js";

const USAGE = `
Usage:
 kill [options] <pid> [...]

Options:
 <pid> [...]            send signal to every <pid> listed
 -<signal>, -s, --signal <signal>
                        specify the <signal> to be sent
 -q, --queue <value>    integer value to be sent with the signal
 -l, --list=[<signal>]  list all signal names, or convert one to a name
 -L, --table            list all signal names in a nice table

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see kill(1).
`;

/** procps names signals 1..31 only, and 29 as POLL */
function procpsName(sig: number): string | undefined {
  if (sig === 29) return "POLL";
  return sig >= 1 && sig <= 31 ? signalName(sig) : undefined;
}

/** signal_name_to_number: a number, or a name with or without SIG, any case; -1 when none */
function signalNumber(spec: string): number {
  if (/^[0-9]+$/.test(spec)) return Number(spec) <= 64 ? Number(spec) : -1;
  const name = spec.toUpperCase().replace(/^SIG/, "");
  if (name === "POLL") return 29;
  const n = parseSignal(name);
  return n === undefined || n === 0 ? -1 : n;
}

/** unix_print_signals: names on lines that break past column 73 */
function signalList(): string {
  let out = "";
  let pos = 0;
  for (let s = 1; s <= 31; s++) {
    if (s > 1) {
      if (pos > 73) {
        out += "\n";
        pos = 0;
      } else {
        out += " ";
        pos++;
      }
    }
    const name = procpsName(s)!;
    out += name;
    pos += name.length;
  }
  return out + "\n";
}

/** pretty_print_signals: seven "NN NAME" cells of 11 columns a line */
function signalTable(): string {
  let out = "";
  for (let s = 1; s <= 31; s++) {
    const cell = `${String(s).padStart(2)} ${procpsName(s)}`;
    out += s % 7 ? cell.padEnd(11) : `${cell}\n`;
  }
  return out + "\n";
}

export const kill: Command = {
  name: "kill",
  summary: "kill - send a signal to a process",
  man: `NAME
kill - send a signal to a process

SYNOPSIS
kill [options] <pid> [...]

DESCRIPTION
The default signal for kill is TERM. Use -l or -L to list available signals.
Particularly useful signals include HUP, INT, KILL, STOP, CONT, and 0.
Alternate signals may be specified in three ways: -9, -SIGKILL or -KILL.
Negative PID values may be used to choose whole process groups; see the PGID
column in ps command output. A PID of -1 is special; it indicates all
processes except the kill process itself and init.

OPTIONS
<pid> [...]
       Send signal to every <pid> listed.
-<signal>, -s <signal>, --signal <signal>
       Specify the signal to be sent.
-q, --queue value
       Use sigqueue(3) rather than kill(2) and the value argument is used to
       specify an integer to be sent with the signal.
-l, --list [signal]
       List signal names. This option has optional argument, which will
       convert signal number to signal name, or other way round.
-L, --table
       List signal names in a nice table.

NOTES
Your shell (command line interpreter) may have a built-in kill command. You
may need to run the command described here as /bin/kill to solve the conflict.
`,
  run(proc) {
    const prog = proc.argv[0];
    const usage = (out: typeof proc.stdout, status: number) => {
      out.write(USAGE);
      return status;
    };
    const args = proc.argv.slice(1);
    if (args.length === 0) return usage(proc.stderr, 1);
    let sig = 15;
    // skill_sig_option: the first argument that is "-" and a signal is taken out
    const at = args.findIndex((a) => a.startsWith("-") && a !== "-" && signalNumber(a.slice(1)) >= 0);
    if (at >= 0) sig = signalNumber(args.splice(at, 1)[0].slice(1));
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i];
      if (a === "--") {
        i++;
        break;
      }
      if (!a.startsWith("-") || a === "-") break;
      if (a.startsWith("--")) {
        const [name, value] = a.includes("=") ? [a.slice(2, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a.slice(2), undefined];
        if (name === "list") return list(value ?? (args[i + 1] && !args[i + 1].startsWith("-") ? args[i + 1] : undefined));
        if (name === "table") return table();
        if (name === "help") return usage(proc.stdout, 0);
        if (name === "version") return version();
        if (name === "signal" || name === "queue") {
          const v = value ?? args[++i];
          if (v === undefined) return usage(proc.stderr, 1);
          if (name === "signal") sig = signalNumber(v);
          continue;
        }
        return usage(proc.stderr, 1);
      }
      // a cluster of short options, getopt "l::Ls:hVq:"
      for (let k = 1; k < a.length; k++) {
        const c = a[k];
        const rest = a.slice(k + 1);
        if (c === "l") return list(rest !== "" ? rest : args[i + 1] && !args[i + 1].startsWith("-") ? args[i + 1] : undefined);
        if (c === "L") return table();
        if (c === "h") return usage(proc.stdout, 0);
        if (c === "V") return version();
        if (c === "s" || c === "q") {
          const v = rest !== "" ? rest : args[++i];
          if (v === undefined) {
            proc.stderr.write(`${prog}: invalid argument ${c}\n`);
            return usage(proc.stderr, 1);
          }
          if (c === "s") sig = signalNumber(v);
          else if (!/^[+-]?[0-9]+$/.test(v)) {
            proc.stderr.write(`${prog}: must be an integer value to be passed with the signal: '${v}'\n`);
            return 1;
          }
          break;
        }
        proc.stderr.write(`${prog}: invalid argument ${c}\n`);
        return usage(proc.stderr, 1);
      }
    }
    const pids = args.slice(i);
    if (pids.length === 0) return usage(proc.stderr, 1);
    let status = 0;
    for (const p of pids) {
      if (!/^[+-]?[0-9]+$/.test(p)) {
        proc.stderr.write(`${prog}: failed to parse argument: '${p}'\n`);
        return 1;
      }
      const pid = Number(p);
      const r = sig < 0 ? (sendSignal(proc.host, pid, 0).ok ? ({ ok: false, errno: "EINVAL" } as const) : sendSignal(proc.host, pid, 0)) : sendSignal(proc.host, pid, sig);
      if (!r.ok) {
        proc.stderr.write(`${prog}: (${pid}): ${STRERROR[r.errno]}\n`);
        status = 1;
      }
    }
    return status;

    function list(spec: string | undefined): number {
      if (spec === undefined) {
        proc.stdout.write(signalList());
        return 0;
      }
      // strtosig: a number gives its name, a name its number
      if (/^[0-9]+$/.test(spec)) {
        const name = procpsName(Number(spec));
        if (name) proc.stdout.write(`${name}\n`);
        else proc.stderr.write(`${prog}: unknown signal name ${spec}\n`);
        return 0;
      }
      const n = signalNumber(spec);
      if (n > 0 && n <= 31) proc.stdout.write(`${n}\n`);
      else proc.stderr.write(`${prog}: unknown signal name ${spec}\n`);
      return 0;
    }
    function table(): number {
      proc.stdout.write(signalTable());
      return 0;
    }
    function version(): number {
      proc.stdout.write("kill from procps-ng 4.0.2\n");
      return 0;
    }
  },
};
