/**
 * arp (net-tools 2.10): the kernel's IPv4 neighbour table in arp's layouts:
 * the table (`arp`, `arp -n`), BSD style (`arp -a`), one address, and
 * `arp -d`. Unresolved and failed entries show as "(incomplete)"; every
 * resolved state is flag C (complete). Names come from /etc/hosts only.
 */
import type { Command } from "../types.js";
import { reverse4 } from "./traffic/resolve.js";

const HEADER = "Address                  HWtype  HWaddress           Flags Mask            Iface\n";

export const arp: Command = {
  name: "arp",
  summary: "arp - manipulate the system ARP cache",
  man: `NAME
arp - manipulate the system ARP cache

SYNOPSIS
arp [-n] [-a] [-i if] [hostname]
arp -d hostname

DESCRIPTION
Arp manipulates or displays the kernel's IPv4 network neighbour cache.

OPTIONS
-n   shows numerical addresses instead of trying to determine symbolic host names.
-a   use the alternate BSD style output format.
-i   select an interface.
-d   remove an entry.
`,
  complete: () => ["-n", "-a", "-d", "-i"],
  run(proc) {
    let numeric = false;
    let bsd = false;
    let del = false;
    let iface: string | undefined;
    const names: string[] = [];
    const args = proc.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === "-i") iface = args[++i];
      else if (/^-[nave]+$/.test(a)) {
        numeric ||= a.includes("n");
        bsd ||= a.includes("a");
      } else if (a === "-d") del = true;
      else if (a.startsWith("-")) {
        proc.stderr.write(`arp: invalid option -- '${a.slice(1, 2)}'\n`);
        return 255;
      } else names.push(a);
    }
    const k = proc.host.kernel;
    const link = iface !== undefined ? k.linkByName(iface) : undefined;
    if (iface !== undefined && !link) {
      proc.stderr.write(`SIOCGIFINDEX: No such device\n`);
      return 255;
    }
    if (del) {
      const target = names[0];
      if (!target) {
        proc.stderr.write("arp: need host name\n");
        return 255;
      }
      const n = k.net.neighFlush(link?.ifindex, (e) => e.ip === target);
      if (n === 0) {
        proc.stderr.write("No ARP entry for " + target + "\n");
        return 255;
      }
      return 0;
    }
    const entries = k.net
      .neighbours()
      .filter((n) => (link === undefined || n.ifindex === link.ifindex) && (names.length === 0 || names.includes(n.ip)));
    if (names.length > 0 && entries.length === 0) {
      proc.stdout.write(`${names[0]} (${names[0]}) -- no entry\n`);
      return 0;
    }
    const resolved = (s: string) => s !== "INCOMPLETE" && s !== "FAILED";
    const dev = (ifindex: number) => k.linkByIndex(ifindex)?.name ?? "?";
    if (bsd) {
      for (const n of entries) {
        const name = numeric ? n.ip : (reverse4(proc, n.ip) ?? "?");
        const hw = resolved(n.state) ? `${n.mac} [ether]` : "<incomplete>";
        proc.stdout.write(`${name} (${n.ip}) at ${hw} on ${dev(n.ifindex)}\n`);
      }
      return 0;
    }
    if (entries.length === 0) return 0;
    proc.stdout.write(HEADER);
    for (const n of entries) {
      const addr = numeric ? n.ip : (reverse4(proc, n.ip) ?? n.ip);
      const line = resolved(n.state)
        ? `${addr.padEnd(25)}${"ether".padEnd(8)}${(n.mac ?? "").padEnd(20)}${"C".padEnd(6)}${"".padEnd(16)}${dev(n.ifindex)}`
        : `${addr.padEnd(25)}${"".padEnd(8)}${"(incomplete)".padEnd(20)}${"".padEnd(6)}${"".padEnd(16)}${dev(n.ifindex)}`;
      proc.stdout.write(`${line}\n`);
    }
    return 0;
  },
};
