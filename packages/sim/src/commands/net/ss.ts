/**
 * ss (iproute2 6.1): TCP and UDP sockets of the host's kernel, in ss's
 * column layout: each column as wide as its widest cell, addresses
 * right-aligned with their colon, ports left-aligned, "Process" glued to the
 * peer port as iproute2 6.1 prints it. Netlink and Unix sockets, which a
 * real `ss -a` also lists, are not modelled.
 */
import { parseOptions } from "../files/options.js";
import type { Command } from "../types.js";
import type { SocketState, TcpState } from "../../kernel/net/packet/state.js";
import { serviceName } from "./traffic/services.js";

const STATE: Record<TcpState, string> = {
  ESTABLISHED: "ESTAB",
  SYN_SENT: "SYN-SENT",
  SYN_RECV: "SYN-RECV",
  FIN_WAIT1: "FIN-WAIT-1",
  FIN_WAIT2: "FIN-WAIT-2",
  TIME_WAIT: "TIME-WAIT",
  CLOSE: "UNCONN",
  CLOSE_WAIT: "CLOSE-WAIT",
  LAST_ACK: "LAST-ACK",
  LISTEN: "LISTEN",
  CLOSING: "CLOSING",
};

/** the states ss shows without -a/-l (SS_CONN): not LISTEN, CLOSE, TIME-WAIT or SYN-RECV */
function connected(s: SocketState): boolean {
  return !["LISTEN", "CLOSE", "TIME_WAIT", "SYN_RECV"].includes(s.state);
}

interface Col {
  head: string;
  align: "left" | "right";
  /** printed before the column */
  delim: string;
}

const USAGE = `Usage: ss [ OPTIONS ]
       ss [ OPTIONS ] [ FILTER ]
   -h, --help          this message
   -V, --version       output version information
   -n, --numeric       don't resolve service names
   -a, --all           display all sockets
   -l, --listening     display listening sockets
   -p, --processes     show process using socket
   -4, --ipv4          display only IP version 4 sockets
   -t, --tcp           display only TCP sockets
   -u, --udp           display only UDP sockets
`;

export const ss: Command = {
  name: "ss",
  summary: "ss - another utility to investigate sockets",
  man: `NAME
ss - another utility to investigate sockets

SYNOPSIS
ss [options]

OPTIONS
-n  Do not try to resolve service names.
-a  Display both listening and non-listening sockets.
-l  Display only listening sockets.
-p  Show process using socket.
-t  Display TCP sockets.
-u  Display UDP sockets.
-4  Display only IP version 4 sockets.

EXAMPLES
ss -tlnp   listening TCP sockets with their processes
ss -tan    every TCP socket, numeric
`,
  complete: () => ["-t", "-u", "-l", "-n", "-p", "-a", "-4"],
  run(proc) {
    const parsed = parseOptions(proc.argv.slice(1), [
      { key: "t", short: "t", long: "tcp" },
      { key: "u", short: "u", long: "udp" },
      { key: "l", short: "l", long: "listening" },
      { key: "a", short: "a", long: "all" },
      { key: "n", short: "n", long: "numeric" },
      { key: "p", short: "p", long: "processes" },
      { key: "4", short: "4", long: "ipv4" },
      { key: "h", short: "h", long: "help" },
    ]);
    if (!parsed.ok) {
      proc.stderr.write(`ss: ${parsed.error}\n${USAGE}`);
      return 1;
    }
    const has = (k: string) => parsed.list.some((x) => x.key === k);
    if (has("h")) {
      proc.stdout.write(USAGE);
      return 0;
    }
    let protos: ("tcp" | "udp")[] = [];
    if (has("t")) protos.push("tcp");
    if (has("u")) protos.push("udp");
    if (protos.length === 0) protos = ["udp", "tcp"];
    const want = (s: SocketState) =>
      has("a") ? true : has("l") ? s.state === "LISTEN" || (s.proto === "udp" && s.state === "CLOSE") : connected(s);
    const all = proc.host.kernel.net.sockets().filter((s) => s.proto !== "icmp" && !(has("4") && s.family === "inet6"));
    const rows: SocketState[] = [];
    for (const p of ["udp", "tcp"] as const) {
      if (!protos.includes(p)) continue;
      const mine = all.filter((s) => s.proto === p && want(s) && s.parent === undefined);
      // inet_diag dumps IPv4 before IPv6; listeners (newest first) before connections
      for (const v6 of [false, true]) {
        const fam = mine.filter((s) => (s.family === "inet6") === v6);
        rows.push(...fam.filter((s) => s.state === "LISTEN").reverse(), ...fam.filter((s) => s.state !== "LISTEN"));
      }
    }
    const netid = protos.length > 1;
    const numeric = has("n");
    const addr = (s: SocketState, a: string | undefined) => (s.family === "inet6" ? (a === undefined || a === "::" ? "[::]" : `[${a}]`) : (a ?? "0.0.0.0"));
    const port = (s: SocketState, p: number | undefined) =>
      p === undefined || p === 0 ? "*" : numeric ? String(p) : (serviceName(s.proto as "tcp" | "udp", p) ?? String(p));
    const cells = rows.map((s) => {
      const recvQ = s.state === "LISTEN" ? (s.acceptQueue?.length ?? 0) : s.rx.length + s.messages.reduce((n, m) => n + (m.data?.length ?? 0), 0);
      const sendQ =
        s.state === "LISTEN" ? (s.backlog ?? 0) : (s.tcp?.unacked.reduce((n, u) => n + u.data.length, 0) ?? 0);
      // ss prints the process field with a leading blank: " users:((...))"
      const users = s.owners.length ? ` users:(${s.owners.map((o) => `("${o.comm}",pid=${o.pid},fd=${o.fd})`).join(",")})` : "";
      const cols = [
        STATE[s.state],
        String(recvQ),
        String(sendQ),
        `${addr(s, s.local)}:`,
        port(s, s.lport),
        `${addr(s, s.remote)}:`,
        port(s, s.rport),
        has("p") ? users : "",
      ];
      return netid ? [s.proto, ...cols] : cols;
    });
    const colsDef: Col[] = [
      ...(netid ? [{ head: "Netid", align: "left" as const, delim: "" }] : []),
      { head: "State", align: "left", delim: netid ? " " : "" },
      { head: "Recv-Q", align: "left", delim: " " },
      { head: "Send-Q", align: "left", delim: " " },
      { head: "Local Address:", align: "right", delim: " " },
      { head: "Port", align: "left", delim: "" },
      { head: "Peer Address:", align: "right", delim: " " },
      { head: "Port", align: "left", delim: "" },
      { head: "Process", align: "left", delim: "" },
    ];
    const widths = colsDef.map((c, i) => Math.max(c.head.length, ...cells.map((r) => r[i].length)));
    const render = (r: string[]) =>
      r.map((cell, i) => colsDef[i].delim + (colsDef[i].align === "right" ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("");
    proc.stdout.write(`${render(colsDef.map((c) => c.head))}\n`);
    for (const r of cells) proc.stdout.write(`${render(r)}\n`);
    return 0;
  },
};
