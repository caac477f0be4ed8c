/**
 * ip(8) from iproute2 6.1: global options, object dispatch (`address`,
 * `link`, `route`, `rule`, `neighbour`, `help`) with iproute2's prefix abbreviations, and exit
 * statuses as the real binary gives them (1 for a bad argument it reports
 * itself, 2 for a netlink error, 255 for usage).
 */
import type { Command, CompletionContext } from "../../types.js";
import type { Process } from "../../../process/process.js";
import { doIpAddr } from "./addr.js";
import { type IpContext, IpExit, type IpOptions, die, matches } from "./context.js";
import { doIpLink } from "./link.js";
import { doIpNeigh } from "./neigh.js";
import { doIpRoute } from "./route.js";
import { doIpRule } from "./rule.js";
import { IP_USAGE } from "./usage.js";

/** ip.c's object table, in its order: the first entry an abbreviation matches wins */
const OBJECTS: [string, ((ctx: IpContext, argv: string[]) => number) | undefined][] = [
  ["address", doIpAddr],
  ["addrlabel", undefined],
  ["maddress", undefined],
  ["route", doIpRoute],
  ["rule", doIpRule],
  ["neighbor", doIpNeigh],
  ["neighbour", doIpNeigh],
  ["ntable", undefined],
  ["ntbl", undefined],
  ["link", doIpLink],
  ["l2tp", undefined],
  ["fou", undefined],
  ["ila", undefined],
  ["macsec", undefined],
  ["tunnel", undefined],
  ["tuntap", undefined],
  ["tap", undefined],
  ["token", undefined],
  ["tcpmetrics", undefined],
  ["monitor", undefined],
  ["xfrm", undefined],
  ["mroute", undefined],
  ["mrule", undefined],
  ["netns", undefined],
  ["netconf", undefined],
  ["vrf", undefined],
  ["sr", undefined],
  ["nexthop", undefined],
  ["mptcp", undefined],
  ["ioam", undefined],
  ["help", undefined],
];

export const IP_VERSION = "ip utility, iproute2-6.1.0, libbpf 1.1.2";

function usage(ctx: IpContext): never {
  return die(ctx, IP_USAGE.replace(/\n$/, ""));
}

function run(proc: Process): number {
  const opts: IpOptions = { brief: false, oneline: false, stats: 0, details: false, json: false, pretty: false };
  const ctx: IpContext = { proc, kernel: proc.host.kernel, opts };
  try {
    const argv = proc.argv.slice(1);
    while (argv.length > 0 && argv[0].startsWith("-") && argv[0] !== "-") {
      let opt = argv.shift()!;
      if (opt[1] === "-") opt = opt.slice(1);
      if (opt === "--") break;
      if (opt === "-4") opts.family = "inet";
      else if (opt === "-6") opts.family = "inet6";
      else if (opt === "-0" || opt === "-M" || opt === "-B") continue;
      else if (matches(opt, "-family")) {
        const f = argv.shift();
        if (f === undefined) usage(ctx);
        if (f === "inet") opts.family = "inet";
        else if (f === "inet6") opts.family = "inet6";
      } else if (matches(opt, "-human") || matches(opt, "-human-readable") || opt === "-iec") continue;
      else if (matches(opt, "-stats") || matches(opt, "-statistics")) opts.stats++;
      else if (matches(opt, "-details")) opts.details = true;
      else if (matches(opt, "-resolve")) continue;
      else if (matches(opt, "-oneline")) opts.oneline = true;
      else if (matches(opt, "-timestamp") || matches(opt, "-tshort")) continue;
      else if (matches(opt, "-Version")) {
        proc.stdout.write(`${IP_VERSION}\n`);
        return 0;
      } else if (matches(opt, "-brief")) opts.brief = true;
      else if (matches(opt, "-json")) opts.json = true;
      else if (matches(opt, "-pretty")) opts.pretty = true;
      else if (matches(opt, "-color") || opt.startsWith("-color=") || matches(opt, "-Numeric")) continue;
      else if (matches(opt, "-help")) usage(ctx);
      else die(ctx, `Option "${opt}" is unknown, try "ip -help".`);
    }
    if (argv.length === 0) usage(ctx);
    const [obj, ...rest] = argv;
    for (const [name, fn] of OBJECTS) {
      if (!matches(obj, name)) continue;
      if (name === "help") usage(ctx);
      if (!fn) {
        proc.stderr.write(`ip: ${name} is not available in this simulation\n`);
        return 1;
      }
      return fn(ctx, rest);
    }
    proc.stderr.write(`Object "${obj}" is unknown, try "ip help".\n`);
    return 1;
  } catch (e) {
    if (e instanceof IpExit) return e.status;
    throw e;
  }
}

const SUBCOMMANDS: Record<string, string[]> = {
  address: ["add", "del", "flush", "show", "help"],
  link: ["set", "show", "help"],
  route: ["add", "del", "get", "show", "help"],
};

/**
 * The objects Debian 12's bash-completion offers after `ip` (so `ip ad<Tab>`
 * gives `ip addr`, as there). Objects the simulation lacks answer with
 * iproute2's own error when run.
 */
const IP_OBJECTS = (
  "help address addrlabel amt fou ila ioam l2tp link macsec maddress monitor mptcp mroute mrule " +
  "neighbor neighbour netconf netns nexthop ntable ntbl route rule sr tap tcpmetrics token tunnel tuntap vrf xfrm"
).split(" ");

function complete(c: CompletionContext): string[] {
  const words = c.words.slice(1).filter((w) => !w.startsWith("-"));
  if (c.current.startsWith("-")) return ["-4", "-6", "-brief", "-details", "-json", "-oneline", "-pretty", "-statistics", "-Version"].filter((o) => o.startsWith(c.current));
  if (words.length === 0) return IP_OBJECTS.filter((o) => o.startsWith(c.current));
  const obj = Object.keys(SUBCOMMANDS).find((o) => matches(words[0], o));
  if (!obj) return [];
  if (words.length === 1) return SUBCOMMANDS[obj].filter((s) => s.startsWith(c.current));
  const last = words[words.length - 1];
  if (obj === "link" && words[1] && matches(words[1], "set") && words.length >= 3)
    return ["up", "down", "mtu", "name"].filter((s) => s.startsWith(c.current));
  if (obj === "address" && words.length >= 2) return ["dev", "label", "broadcast", "scope"].filter((s) => s.startsWith(c.current) && s !== last);
  if (obj === "route" && words.length >= 2) return ["via", "dev", "metric", "table", "onlink"].filter((s) => s.startsWith(c.current));
  return [];
}

export const ip: Command = {
  name: "ip",
  summary: "ip - show / manipulate routing, network devices, interfaces and tunnels",
  man: `IP(8)                                Linux                               IP(8)

NAME
       ip - show / manipulate routing, network devices, interfaces and tunnels

SYNOPSIS
       ip [ OPTIONS ] OBJECT { COMMAND | help }

       OBJECT := { link | address | route | ... }

       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -4 | -6 |
               -br[ief] | -o[neline] | -f[amily] { inet | inet6 } |
               -j[son] | -p[retty] }

OPTIONS
       -V, -Version
              Print the version of the ip utility and exit.

       -s, -stats, -statistics
              Output more information. If the option appears twice or more,
              the amount of information increases. As a rule, the
              information is statistics or some time values.

       -d, -details
              Output more detailed information.

       -4     shortcut for -family inet.

       -6     shortcut for -family inet6.

       -o, -oneline
              output each record on a single line, replacing line feeds
              with the '\\' character.

       -br, -brief
              Print only basic information in a tabular format for better
              readability. This option is currently only supported by ip
              addr show and ip link show commands.

       -j, -json
              Output results in JavaScript Object Notation (JSON).

       -p, -pretty
              The default JSON format is compact and more efficient to parse
              but hard for most users to read.  This flag adds indentation for
              readability.

IP - COMMAND SYNTAX
   OBJECT
       address
              - protocol (IP or IPv6) address on a device.

       link   - network device.

       route  - routing table entry.

       The names of all objects may be written in full or abbreviated form,
       for example address can be abbreviated as addr or just a.

   COMMAND
       Specifies the action to perform on the object. The set of possible
       actions depends on the object type. As a rule, it is possible to add,
       delete and show (or list ) objects, but some objects do not allow all
       of these operations or have some additional commands. The help
       command is available for all objects. It prints out a list of
       available commands and argument syntax conventions.

       If no command is given, some default command is assumed. Usually it
       is list or, if the objects of this class cannot be listed, help.

EXIT STATUS
       Exit status is 0 if command was successful, and 1 if there is a
       syntax error. If an error was reported by the kernel exit status is
       2.

EXAMPLES
       ip addr
           Shows addresses assigned to all network interfaces.

       ip addr add 192.168.1.11/24 dev eth0 label eth0:1
           Adds a second address to eth0, shown by ifconfig as eth0:1.

       ip addr del 192.168.1.11/24 dev eth0
           Removes that address again.

       ip link set dev eth0 up
           Brings up interface eth0.

       ip -d link show eth0
           Shows eth0 with its device details: MTU limits, queues,
           offload sizes and the bus it sits on.

       ip -s -s link show eth0
           Shows eth0's packet counters and, below them, its receive and
           transmit errors by cause.

       ip -j -p addr show dev eth0
           Shows eth0's addresses as indented JSON, for scripts (jq) and
           for reading.

       ip route
           Show table routes.

       ip route add default via 192.168.1.1 dev eth0
           Adds a default route (for all addresses) via the local gateway
           192.168.1.1 that can be reached on device eth0.

SEE ALSO
       ip-address(8), ip-link(8), ip-route(8), ifconfig(8)

iproute2                                                                 IP(8)
`,
  run,
  complete,
};
