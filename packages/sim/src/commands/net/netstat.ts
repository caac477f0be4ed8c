/**
 * netstat(8) from net-tools 2.10: the routing table (-r, as `route -e` prints
 * it; -e switches to route's plain layout) and the interface table (-i, -ie).
 * Socket listings (-t -u -l -p -a, the default) are nettools/socket-list.ts.
 */
import type { Process } from "../../process/process.js";
import type { Command, CompletionContext } from "../types.js";
import { interfaceListing } from "./ifconfig.js";
import { type FibLayout, formatFib, formatRouteCache } from "./nettools/fib-print.js";
import { listSockets } from "./nettools/socket-list.js";

const VERSION = `net-tools 2.10
Fred Baumgarten, Alan Cox, Bernd Eckenfels, Phil Blundell, Tuan Hoang, Brian Micek and others
+NEW_ADDRT +RTF_IRTT +RTF_REJECT +FW_MASQUERADE +I18N +SELINUX
AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH
HW:  +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 
`;

const IFACE_HEADER = "Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n";

/** the options parsed from argv; `sockets` is whatever selects a socket listing */
export interface NetstatOptions {
  route: boolean;
  interfaces: boolean;
  numeric: boolean;
  /** -e given this many times */
  extend: number;
  all: boolean;
  cache: boolean;
  /** letters of socket options (t u w x l p a o c ...) for the socket listing */
  socketFlags: string[];
}

/** the socket options netstat takes, as letters and long names */
const SOCKET_FLAGS = new Set(["t", "u", "l", "p", "x", "4", "6", "tcp", "udp", "listening", "programs", "unix", "inet", "inet6"]);

/** what net-tools 2.10 prints after a bad option (exit 3) */
const USAGE = `usage: netstat [-vWeenNcCF] [<Af>] -r         netstat {-V|--version|-h|--help}
       netstat [-vWnNcaeol] [<Socket> ...]
       netstat { [-vWeenNac] -i | [-cnNe] -M | -s [-6tuw] }

        -r, --route              display routing table
        -i, --interfaces         display interface table
        -g, --groups             display multicast group memberships
        -s, --statistics         display networking statistics (like SNMP)
        -M, --masquerade         display masqueraded connections

        -v, --verbose            be verbose
        -W, --wide               don't truncate IP addresses
        -n, --numeric            don't resolve names
        --numeric-hosts          don't resolve host names
        --numeric-ports          don't resolve port names
        --numeric-users          don't resolve user names
        -N, --symbolic           resolve hardware names
        -e, --extend             display other/more information
        -p, --programs           display PID/Program name for sockets
        -o, --timers             display timers
        -c, --continuous         continuous listing

        -l, --listening          display listening server sockets
        -a, --all                display all sockets (default: connected)
        -F, --fib                display Forwarding Information Base (default)
        -C, --cache              display routing cache instead of FIB
        -Z, --context            display SELinux security context for sockets

  <Socket>={-t|--tcp} {-u|--udp} {-U|--udplite} {-S|--sctp} {-w|--raw}
           {-x|--unix} --ax25 --ipx --netrom
  <AF>=Use '-6|-4' or '-A <af>' or '--<af>'; default: inet
  List of possible address families (which support routing):
    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) 
    ddp (Appletalk DDP) x25 (CCITT X.25) 
`;

function parse(proc: Process): NetstatOptions | number {
  const o: NetstatOptions = { route: false, interfaces: false, numeric: false, extend: 0, all: false, cache: false, socketFlags: [] };
  for (const a of proc.argv.slice(1)) {
    if (a.startsWith("--")) {
      const n = a.slice(2);
      if (n === "route") o.route = true;
      else if (n === "interfaces") o.interfaces = true;
      else if (n === "numeric") o.numeric = true;
      else if (n === "extend") o.extend++;
      else if (n === "all") o.all = true;
      else if (n === "cache") o.cache = true;
      else if (n === "version") {
        proc.stdout.write(VERSION);
        return 0;
      } else if (SOCKET_FLAGS.has(n)) o.socketFlags.push(n);
      else {
        proc.stderr.write(`netstat: unrecognized option '${a}'\n${USAGE}`);
        return 3;
      }
      continue;
    }
    if (!a.startsWith("-")) {
      proc.stderr.write(`netstat: unrecognized argument '${a}'\n`);
      return 1;
    }
    for (const c of a.slice(1)) {
      if (c === "r") o.route = true;
      else if (c === "i") o.interfaces = true;
      else if (c === "n") o.numeric = true;
      else if (c === "e") o.extend++;
      else if (c === "a") o.all = true;
      else if (c === "C") o.cache = true;
      else if (c === "V") {
        proc.stdout.write(VERSION);
        return 0;
      } else if (SOCKET_FLAGS.has(c)) o.socketFlags.push(c);
      else {
        proc.stderr.write(`netstat: invalid option -- '${c}'\n${USAGE}`);
        return 3;
      }
    }
  }
  return o;
}

function run(proc: Process): number {
  const o = parse(proc);
  if (typeof o === "number") return o;
  if (o.route) {
    // netstat -r prints route -e's layout; each -e steps back to route's plain, then route -ee's
    const layout = (o.extend === 0 ? 1 : o.extend === 1 ? 0 : 2) as FibLayout;
    proc.stdout.write(o.cache ? formatRouteCache(layout) : formatFib(proc.host.kernel, proc.host.fs, layout, o.numeric));
    return 0;
  }
  if (o.interfaces) {
    const k = proc.host.kernel;
    if (o.extend > 0) proc.stdout.write(`Kernel Interface table\n${interfaceListing(k, o.all, false)}`);
    else proc.stdout.write(`Kernel Interface table\n${IFACE_HEADER}${interfaceListing(k, o.all, true)}`);
    return 0;
  }
  return listSockets(proc, o);
}

function complete(c: CompletionContext): string[] {
  return ["-r", "-rn", "-i", "-ie", "-tlnp", "-tan"].filter((o) => o.startsWith(c.current));
}

export const netstat: Command = {
  name: "netstat",
  summary: "netstat - Print network connections, routing tables, interface statistics, masquerade connections, and multicast memberships",
  man: `NETSTAT(8)               Linux System Administrator's Manual               NETSTAT(8)

NAME
       netstat - Print network connections, routing tables, interface
       statistics, masquerade connections, and multicast memberships

SYNOPSIS
       netstat [address_family_options] [--tcp|-t] [--udp|-u] [--listening|-l]
               [--all|-a] [--numeric|-n] [--program|-p] [--extend|-e]

       netstat {--route|-r} [--numeric|-n] [--extend|-e]

       netstat {--interfaces|-i} [--all|-a] [--extend|-e]

DESCRIPTION
       Netstat prints information about the Linux networking subsystem.

   --route, -r
       Display the kernel routing tables. netstat -r and route -e produce
       the same output.

   --interfaces, -i
       Display a table of all network interfaces.

OPTIONS
       --numeric, -n
              Show numerical addresses instead of trying to determine
              symbolic host, port or user names.

       --extend, -e
              Display additional information. Use this option twice for
              maximum detail.

       --all, -a
              Show both listening and non-listening sockets. With the
              --interfaces option, show interfaces that are not up.

SEE ALSO
       route(8), ifconfig(8), ip(8), ss(8)

net-tools                         2014-10-07                       NETSTAT(8)
`,
  run,
  complete,
};
