/**
 * netstat's socket listing (net-tools 2.10), the mode without -r or -i:
 * TCP and UDP sockets of the host's kernel as /proc/net/tcp, tcp6, udp and
 * udp6 list them, in netstat's fixed columns (an address wider than 23
 * characters pushes the rest along), then the UNIX domain sockets' header.
 *
 *   -t -u pick protocols (neither: both, and UNIX sockets); -l only
 *   listening (UDP: unconnected) sockets, -a both kinds, neither connected
 *   ones; -n numbers instead of /etc/hosts and /etc/services names; -p the
 *   owner as PID/program (its cmdline's first word, a path cut to its base
 *   name, the whole field cut to 19 characters); -4 / -6 (--inet, --inet6)
 *   one family; -x the UNIX header alone.
 *
 * UNIX domain sockets are not modelled: their section is its header only
 * (a real box lists the sockets of systemd, journald and the daemons).
 * Recorded against the real tool in a network namespace (socket-list.test.ts).
 */
import type { SocketState } from "../../../kernel/net/packet/state.js";
import type { Process } from "../../../process/process.js";
import { processTable } from "../../../process/table.js";
import { reverse4 } from "../traffic/resolve.js";
import { serviceName } from "../traffic/services.js";

export interface SocketListOptions {
  numeric: boolean;
  all: boolean;
  /** letters and long names of the socket options given (t u l p x 4 6, tcp, listening, ...) */
  socketFlags: string[];
}

const INET_HEADER = "Proto Recv-Q Send-Q Local Address           Foreign Address         State      ";
const PROGRAM_HEADER = " PID/Program name    ";
const UNIX_HEADER = "Proto RefCnt Flags       Type       State         I-Node   Path\n";

export function listSockets(proc: Process, o: SocketListOptions): number {
  const has = (short: string, long: string) => o.socketFlags.includes(short) || o.socketFlags.includes(long);
  const listening = has("l", "listening");
  const program = has("p", "programs");
  let tcp = has("t", "tcp");
  let udp = has("u", "udp");
  const unixOnly = has("x", "unix");
  const v4 = has("4", "inet");
  const v6 = has("6", "inet6");
  const inet = !unixOnly || tcp || udp;
  if (!tcp && !udp) tcp = udp = true;
  // no protocol and no family named: the UNIX domain sockets too
  const unix = unixOnly || (!has("t", "tcp") && !has("u", "udp") && !v4 && !v6);
  const scope = o.all ? "servers and established" : listening ? "only servers" : "w/o servers";
  if (inet) {
    proc.stdout.write(`Active Internet connections (${scope})\n${INET_HEADER}${program ? PROGRAM_HEADER : ""}\n`);
    const all = proc.host.kernel.net.sockets().filter((s) => s.parent === undefined);
    // each process's first command-line word, as /proc/PID/cmdline has it (sshd rewrites its own)
    const table = program ? new Map(processTable(proc.host).map((p) => [p.pid, p.argv[0]])) : undefined;
    const argv0 = (pid: number) => table?.get(pid);
    const families = v4 && !v6 ? [false] : v6 && !v4 ? [true] : [false, true];
    for (const proto of ["tcp", "udp"] as const) {
      if ((proto === "tcp" && !tcp) || (proto === "udp" && !udp)) continue;
      for (const six of families) {
        const mine = all.filter((s) => s.proto === proto && (s.family === "inet6") === six && shown(s, o.all, listening));
        // /proc/net/tcp lists the listening hash before the established one
        const ordered = [...mine.filter((s) => s.state === "LISTEN"), ...mine.filter((s) => s.state !== "LISTEN")];
        for (const s of ordered) proc.stdout.write(`${row(proc, s, o.numeric, program ? argv0 : undefined)}\n`);
      }
    }
  }
  if (unix) proc.stdout.write(`Active UNIX domain sockets (${scope})\n${UNIX_HEADER}`);
  return 0;
}

/** listening: LISTEN (TCP) or unconnected (UDP); without -l or -a, the others */
function shown(s: SocketState, all: boolean, listening: boolean): boolean {
  if (all) return true;
  const server = s.proto === "udp" ? s.remote === undefined || s.state === "CLOSE" : s.state === "LISTEN";
  return listening ? server : !server;
}

function row(proc: Process, s: SocketState, numeric: boolean, argv0: ((pid: number) => string | undefined) | undefined): string {
  const six = s.family === "inet6";
  const name = `${s.proto}${six ? "6" : ""}`;
  const recvQ = s.state === "LISTEN" ? (s.acceptQueue?.length ?? 0) : s.rx.length + s.messages.reduce((n, m) => n + (m.data?.length ?? 0), 0);
  const sendQ = s.state === "LISTEN" ? 0 : (s.tcp?.unacked.reduce((n, u) => n + u.data.length, 0) ?? 0);
  const local = endpoint(proc, s, s.local, s.lport, numeric);
  const remote = endpoint(proc, s, s.remote, s.rport, numeric);
  // UDP shows a state only once connected
  const state = s.proto === "udp" ? (s.remote === undefined || s.state === "CLOSE" ? "" : "ESTABLISHED") : s.state;
  let line = `${name.padEnd(4)}  ${String(recvQ).padStart(6)} ${String(sendQ).padStart(6)} ${local.padEnd(23)} ${remote.padEnd(23)} ${state.padEnd(11)}`;
  if (argv0) line += ` ${programField(s, argv0).padEnd(20)}`;
  return line;
}

/** "addr:port" as netstat prints it: ":::22" numeric, "[::]:ssh" with names, "localhost:mysql" from /etc/hosts and /etc/services */
function endpoint(proc: Process, s: SocketState, addr: string | undefined, port: number | undefined, numeric: boolean): string {
  const six = s.family === "inet6";
  const any = six ? "::" : "0.0.0.0";
  const a = addr ?? any;
  const p = port === undefined || port === 0 ? "*" : numeric ? String(port) : (serviceName(s.proto as "tcp" | "udp", port) ?? String(port));
  if (numeric) return `${a}:${p}`;
  if (a === any) return six ? `[::]:${p}` : `${a}:${p}`;
  const host = six ? undefined : reverse4(proc, a);
  return `${host ?? a}:${p}`;
}

/** "PID/program" of the socket's first owner, cut to the 19 characters net-tools keeps; "-" when no process holds it */
function programField(s: SocketState, argv0: (pid: number) => string | undefined): string {
  const owner = s.owners[0];
  if (!owner) return "-";
  const cmdline = argv0(owner.pid) ?? owner.comm;
  // net-tools takes the base name only of a command line that starts with a path
  const name = cmdline.startsWith("/") ? cmdline.slice(cmdline.lastIndexOf("/") + 1) : cmdline;
  return `${owner.pid}/${name}`.slice(0, 19);
}
