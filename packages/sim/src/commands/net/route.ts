/**
 * route(8) from net-tools 2.10 (route.c, lib/inet_sr.c, lib/inet_gr.c):
 * lists the main table (names from /etc/hosts and /etc/networks unless -n)
 * and adds or deletes IPv4 routes through the SIOCADDRT / SIOCDELRT ioctls.
 * Exit statuses as net-tools gives them: 3 for bad syntax (E_OPTERR), 6 for
 * a name that does not resolve (E_LOOKUP), 7 when the kernel refuses
 * (E_SOCK).
 */
import { STRERROR } from "../../kernel/errno.js";
import { formatIp4, prefixOfMask } from "../../kernel/net/inet4.js";
import type { Process } from "../../process/process.js";
import type { Command, CompletionContext } from "../types.js";
import { type FibLayout, formatFib, formatRouteCache } from "./nettools/fib-print.js";
import { inetResolve } from "./nettools/resolve.js";

const E_OPTERR = 3;
const E_LOOKUP = 6;
const E_SOCK = 7;

const ROUTE_USAGE = `Usage: route [-nNvee] [-FC] [<AF>]           List kernel routing tables
       route [-v] [-FC] {add|del|flush} ...  Modify routing table for AF.

       route {-h|--help} [<AF>]              Detailed usage syntax for specified AF.
       route {-V|--version}                  Display version/author and exit.

        -v, --verbose            be verbose
        -n, --numeric            don't resolve names
        -e, --extend             display other/more information
        -F, --fib                display Forwarding Information Base (default)
        -C, --cache              display routing cache instead of FIB

  <AF>=Use -4, -6, '-A <af>' or '--<af>'; default: inet
  List of possible address families (which support routing):
`;

/** print_aflist() writes to stderr whatever the usage went to */
const AF_LIST = `    inet (DARPA Internet) inet6 (IPv6) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) ipx (Novell IPX) 
    ddp (Appletalk DDP) x25 (CCITT X.25) 
`;

export const INET_ROUTE_USAGE = `Usage: inet_route [-vF] del {-host|-net} Target[/prefix] [gw Gw] [metric M] [[dev] If]
       inet_route [-vF] add {-host|-net} Target[/prefix] [gw Gw] [metric M]
                              [netmask N] [mss Mss] [window W] [irtt I]
                              [mod] [dyn] [reinstate] [[dev] If]
       inet_route [-vF] add {-host|-net} Target[/prefix] [metric M] reject
       inet_route [-FC] flush      NOT supported
`;

const VERSION = `net-tools 2.10
+NEW_ADDRT +RTF_IRTT +RTF_REJECT +I18N +SELINUX
AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH
HW:  +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 
`;

function usage(proc: Process, rc: number): number {
  (rc ? proc.stderr : proc.stdout).write(ROUTE_USAGE);
  proc.stderr.write(AF_LIST);
  return rc;
}

function inetUsage(proc: Process, rc: number): number {
  (rc ? proc.stderr : proc.stdout).write(INET_ROUTE_USAGE);
  return rc;
}

/** net-tools' "/prefix" hack: the mask is ~(0xffffffff >> len), with the shift taken modulo 32 as x86 does */
function prefixMask(len: number): number {
  return ~(0xffffffff >>> (len & 31)) >>> 0;
}

/** INET_setroute: parse `add|del [-net|-host] TARGET[/len] [netmask M] [gw G] [metric N] [reject] [[dev] IF]` */
function setRoute(proc: Process, action: "add" | "del", args: string[]): number {
  const fs = proc.host.fs;
  const k = proc.host.kernel;
  let xflag: "net" | "host" | undefined;
  if (args[0] === "-net") xflag = "net";
  else if (args[0] === "-host") xflag = "host";
  if (xflag) args = args.slice(1);
  if (args.length === 0) return inetUsage(proc, E_OPTERR);
  let target = args[0];
  let i = 1;
  let mask: number | undefined;
  const slash = target.indexOf("/");
  if (slash >= 0) {
    const len = Number.parseInt(target.slice(slash + 1), 10) || 0;
    mask = prefixMask(len);
    target = target.slice(0, slash);
  }
  const t = inetResolve(fs, target, xflag === "host");
  if (!t.ok) {
    proc.stderr.write(`${target}: ${t.herror}\n`);
    return E_LOOKUP;
  }
  const isNet = xflag === "net" ? true : xflag === "host" ? false : t.isNet;
  let metric: number | undefined;
  let gateway: number | undefined;
  let gatewayText = "";
  let netmaskText = "";
  let reject = false;
  let dev: string | undefined;
  while (i < args.length) {
    const a = args[i];
    if (a === "metric") {
      const v = args[i + 1];
      if (v === undefined || !/^[0-9]/.test(v)) return inetUsage(proc, E_OPTERR);
      metric = Number.parseInt(v, 10);
      i += 2;
    } else if (a === "netmask") {
      const v = args[i + 1];
      if (v === undefined || mask) return inetUsage(proc, E_OPTERR);
      netmaskText = v;
      const m = inetResolve(fs, v, false);
      if (!m.ok) {
        proc.stderr.write(`${v}: ${m.herror}\n`);
        return E_LOOKUP;
      }
      mask = m.addr;
      i += 2;
    } else if (a === "gw" || a === "gateway") {
      const v = args[i + 1];
      if (v === undefined || gateway !== undefined) return inetUsage(proc, E_OPTERR);
      gatewayText = v;
      const g = inetResolve(fs, v, true);
      if (!g.ok) {
        proc.stderr.write(`${v}: ${g.herror}\n`);
        return E_LOOKUP;
      }
      if (g.isNet) {
        proc.stderr.write(`route: ${gatewayText}: cannot use a NETWORK as gateway!\n`);
        return inetUsage(proc, E_OPTERR);
      }
      gateway = g.addr;
      i += 2;
    } else if (a === "mss" || a === "mtu" || a === "window" || a === "irtt") {
      if (args[i + 1] === undefined) return inetUsage(proc, E_OPTERR);
      i += 2;
    } else if (a === "reject") {
      reject = true;
      i++;
    } else if (a === "mod" || a === "dyn" || a === "reinstate") i++;
    else if (a === "device" || a === "dev") {
      if (dev !== undefined || args[i + 1] === undefined) return inetUsage(proc, E_OPTERR);
      dev = args[i + 1];
      i += 2;
    } else {
      // a last bare word is the device; anything after it is a typo
      if (dev !== undefined || i + 1 < args.length) return inetUsage(proc, E_OPTERR);
      dev = a;
      i++;
    }
  }
  if (reject && dev === undefined) dev = "lo";
  const dst = t.addr;
  if (mask) {
    const inv = ~mask >>> 0;
    if (!isNet && inv !== 0xffffffff) {
      proc.stderr.write(`route: netmask ${inv.toString(16).padStart(8, "0")} doesn't make sense with host route\n`);
      return inetUsage(proc, E_OPTERR);
    }
    if ((inv & (inv + 1)) >>> 0 !== 0) {
      proc.stderr.write(`route: bogus netmask ${netmaskText}\n`);
      return inetUsage(proc, E_OPTERR);
    }
    if ((dst & inv) >>> 0 !== 0) {
      proc.stderr.write("route: netmask doesn't match route address\n");
      return inetUsage(proc, E_OPTERR);
    }
  }
  // rtentry_to_fib_config: a network's mask must cover the address; a host is a /32
  const len = isNet ? prefixOfMask(mask ?? 0) : 32;
  if (isNet && (len === undefined || (dst & ~(mask ?? 0)) >>> 0 !== 0)) return sockError(proc, action, "EINVAL");
  const dstText = len === 0 ? "default" : len === 32 ? formatIp4(dst) : `${formatIp4(dst)}/${len}`;
  let ifindex: number | undefined;
  let prefsrc: string | undefined;
  if (dev !== undefined) {
    const [base, alias] = dev.split(":");
    const link = k.linkByName(base);
    if (!link) return sockError(proc, action, "ENODEV");
    ifindex = link.ifindex;
    if (alias !== undefined) {
      // an alias names the address it labels: that becomes the route's source
      const a = k.addrs4(link.ifindex).find((x) => x.label === dev);
      if (!a) return sockError(proc, action, "ENODEV");
      prefsrc = a.local;
    }
  }
  const gw = gateway !== undefined && gateway !== 0 ? formatIp4(gateway) : undefined;
  const r =
    action === "add"
      ? k.addRouteIoctl({ dst: dstText, gateway: gw, ifindex: reject ? undefined : ifindex, metric, reject, prefsrc, protocol: "boot" })
      : k.delRoute({ dst: dstText, gateway: gw, ifindex: reject ? undefined : ifindex, metric, type: reject ? "unreachable" : "unicast" });
  return r.ok ? 0 : sockError(proc, action, r.errno);
}

function sockError(proc: Process, action: "add" | "del", errno: keyof typeof STRERROR): number {
  proc.stderr.write(`${action === "add" ? "SIOCADDRT" : "SIOCDELRT"}: ${STRERROR[errno]}\n`);
  return E_SOCK;
}

function run(proc: Process): number {
  let numeric = false;
  let ext = 0;
  let cache = false;
  let inet6 = false;
  const args = proc.argv.slice(1);
  const rest: string[] = [];
  // getopt_long with "A:eCFhnN64Vv?" stops permuting at the first non-option only for `add`/`del` arguments it cannot know; route passes them through
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (rest.length > 0 || a === "-net" || a === "-host" || !a.startsWith("-") || a === "-") {
      rest.push(a);
      continue;
    }
    if (a === "--") {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const name = a.slice(2);
      if (name === "numeric") numeric = true;
      else if (name === "extend") ext++;
      else if (name === "verbose" || name === "fib" || name === "inet") continue;
      else if (name === "cache") cache = true;
      else if (name === "inet6") inet6 = true;
      else if (name === "help") return usage(proc, 0);
      else if (name === "version") {
        proc.stdout.write(VERSION);
        return 0;
      } else {
        proc.stderr.write(`route: unrecognized option '${a}'\n`);
        return usage(proc, 0);
      }
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === "n" || c === "N") numeric = true;
      else if (c === "e") ext++;
      else if (c === "v" || c === "F" || c === "4") continue;
      else if (c === "C") cache = true;
      else if (c === "6") inet6 = true;
      else if (c === "V") {
        proc.stdout.write(VERSION);
        return 0;
      } else if (c === "h") return usage(proc, 0);
      else if (c === "A") {
        const af = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (af === undefined) {
          proc.stderr.write("route: option requires an argument -- 'A'\n");
          return usage(proc, 0);
        }
        if (af === "inet6") inet6 = true;
        else if (af !== "inet") {
          proc.stderr.write(`route: Unsupported address family \`${af}'!\n`);
          return 1;
        }
        break;
      } else {
        proc.stderr.write(`route: invalid option -- '${c}'\n`);
        return usage(proc, 0);
      }
    }
  }
  if (inet6) {
    proc.stderr.write("route: the IPv6 routing table is not available in this simulation; use `ip -6 route`\n");
    return 1;
  }
  const layout = Math.min(ext, 2) as FibLayout;
  if (rest.length === 0) {
    proc.stdout.write(cache ? formatRouteCache(layout) : formatFib(proc.host.kernel, proc.host.fs, layout, numeric));
    return 0;
  }
  const [action, ...params] = rest;
  if (action === "add" || action === "del") {
    if (cache) {
      proc.stderr.write("Modifying `inet' routing cache not supported\n");
      return inetUsage(proc, E_OPTERR);
    }
    if (params.length === 0) return inetUsage(proc, 0);
    return setRoute(proc, action, params);
  }
  if (action === "flush") {
    proc.stderr.write("Flushing `inet' routing table not supported\n");
    return inetUsage(proc, E_OPTERR);
  }
  return usage(proc, E_OPTERR);
}

function complete(c: CompletionContext): string[] {
  const words = c.words.slice(1);
  if (c.current.startsWith("-")) return ["-n", "-e", "-ee", "-net", "-host", "-v", "-C"].filter((o) => o.startsWith(c.current));
  if (!words.some((w) => w === "add" || w === "del")) return ["add", "del"].filter((s) => s.startsWith(c.current));
  return ["-net", "-host", "default", "gw", "netmask", "metric", "dev", "reject"].filter((s) => s.startsWith(c.current));
}

export const route: Command = {
  name: "route",
  summary: "route - show / manipulate the IP routing table",
  man: `ROUTE(8)                 Linux System Administrator's Manual                ROUTE(8)

NAME
       route - show / manipulate the IP routing table

SYNOPSIS
       route [-CFvnNee] [-A family |-4|-6]

       route  [-v] [-A family |-4|-6] add [-net|-host] target [netmask Nm]
              [gw Gw] [metric N] [mss M] [window W] [irtt I] [reject]
              [mod] [dyn] [reinstate] [[dev] If]

       route  [-v] [-A family |-4|-6] del [-net|-host] target [gw Gw]
              [netmask Nm] [metric M] [[dev] If]

       route  [-V] [--version] [-h] [--help]

DESCRIPTION
       Route manipulates the kernel's IP routing tables. Its primary use is
       to set up static routes to specific hosts or networks via an
       interface after it has been configured with the ifconfig(8) program.

       When the add or del options are used, route modifies the routing
       tables. Without these options, route displays the current contents
       of the routing tables.

OPTIONS
       -n     show numerical addresses instead of trying to determine
              symbolic host names.

       -e     use netstat(8)-format for displaying the routing table. -ee
              will generate a very long line with all parameters from the
              routing table.

       del    delete a route.

       add    add a new route.

       target the destination network or host. You can provide an
              addresses or symbolic network or host name. Optionally you can
              use /prefixlen notation instead of using the netmask option.

       -net   the target is a network.

       -host  the target is a host.

       netmask NM
              when adding a network route, the netmask to be used.

       gw GW  route packets via a gateway. NOTE: The specified gateway must
              be reachable first.

       metric M
              set the metric field in the routing table (used by routing
              daemons) to M.

       reject install a blocking route, which will force a route lookup to
              fail.

       dev If force the route to be associated with the specified device.
              If dev If is the last option on the command line, the word dev
              may be omitted.

EXAMPLES
       route add default gw mango
              adds a default route (which will be used if no other route
              matches). All packets using this route will be gatewayed
              through the address of a node named "mango".

       route add -net 192.56.76.0 netmask 255.255.255.0 dev eth0
              adds a route to the network 192.56.76.x via "eth0".

       route del default
              deletes the current default route.

OUTPUT
       Flags  U (route is up), H (target is a host), G (use gateway),
              ! (reject route).

       Metric The 'distance' to the target (usually counted in hops).

       Iface  Interface to which packets for this route will be sent.

SEE ALSO
       ip(8), ip-route(8), netstat(8), ifconfig(8)

net-tools                         2014-02-17                         ROUTE(8)
`,
  run,
  complete,
};
