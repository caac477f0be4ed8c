/**
 * Networking programs: ip (iproute2 6.1), ifconfig (net-tools 2.10),
 * hostname (hostname 3.23), ifup/ifdown (ifupdown 0.8.41). They reach the
 * kernel only through `proc.host.kernel` and files through `proc.host.fs`;
 * they import nothing from the shell, services or world layers.
 */
import type { Command } from "../types.js";
import { arp } from "./arp.js";
import { curl } from "./curl.js";
import { hostname } from "./hostname.js";
import { hping3 } from "./hping3/hping3.js";
import { ifconfig } from "./ifconfig.js";
import { ifdown, ifup } from "./ifupdown/index.js";
import { ip } from "./ip/index.js";
import { netstat } from "./netstat.js";
import { route } from "./route.js";
import { nc } from "./nc.js";
import { ping } from "./ping.js";
import { ss } from "./ss.js";
import { tcpdump } from "./tcpdump/index.js";
import { tracepath } from "./tracepath.js";
import { traceroute } from "./traceroute.js";
import { wget } from "./wget.js";

export const netCommands: Command[] = [ip, ifconfig, hostname, ifup, ifdown, route, netstat];
// the packet tools (ping, traceroute, tracepath, tcpdump, ss, nc, curl, wget, arp)
netCommands.push(ping, tcpdump, ss, arp, curl, wget, nc, traceroute, tracepath);
// packet crafting for the connection tracking lessons
netCommands.push(hping3);
