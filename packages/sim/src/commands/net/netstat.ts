/**
 * netstat(8) from net-tools 2.10: the routing table (-r, as `route -e` prints
 * it; -e switches to route's plain layout) and the interface table (-i, -ie).
 * Socket listings (-t -u -l -p -a, the default) are a separate mode: they
 * belong to the sockets layer and answer here until it provides them.
 */
import type { Process } from "../../process/process.js";
import type { Command, CompletionContext } from "../types.js";
import { interfaceListing } from "./ifconfig.js";
import { type FibLayout, formatFib, formatRouteCache } from "./nettools/fib-print.js";

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

/** what a socket listing prints; the sockets layer replaces this */
export type SocketLister = (proc: Process, opts: NetstatOptions) => number;

let socketLister: SocketLister = (proc) => {
  proc.stderr.write("netstat: socket listings are not available in this simulation yet; try `netstat -r` or `netstat -i`\n");
  return 1;
};

/** the sockets layer installs its listing here (`netstat -tlnp` and friends) */
export function setNetstatSocketLister(f: SocketLister): void {
  socketLister = f;
}

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
      } else o.socketFlags.push(n);
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
      } else o.socketFlags.push(c);
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
  return socketLister(proc, o);
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
