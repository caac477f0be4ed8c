/**
 * hostname(1) from hostname 3.23: show or set the UTS host name; -s, -f, -d
 * and -i look the name up in /etc/hosts (the simulation has no DNS: a name
 * missing there fails as a resolver with no reachable server does); -I lists
 * every address on the host's interfaces except loopback and link-local.
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command, CompletionContext } from "../types.js";

export const HOSTNAME_USAGE = `Usage: hostname [-b] {hostname|-F file}         set host name (from file)
       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name
       hostname                                 display host name

       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)
       {yp,nis,}domainname                      display NIS domain name

       dnsdomainname                            display dns domain name

       hostname -V|--version|-h|--help          print info and exit

Program name:
       {yp,nis,}domainname=hostname -y
       dnsdomainname=hostname -d

Program options:
    -a, --alias            alias names
    -A, --all-fqdns        all long host names (FQDNs)
    -b, --boot             set default hostname if none available
    -d, --domain           DNS domain name
    -f, --fqdn, --long     long host name (FQDN)
    -F, --file             read host name or NIS domain name from given file
    -i, --ip-address       addresses for the host name
    -I, --all-ip-addresses all addresses for the host
    -s, --short            short host name
    -y, --yp, --nis        NIS/YP domain name

Description:
   This command can get or set the host name or the NIS domain name. You can
   also get the DNS domain or the FQDN (fully qualified domain name).
   Unless you are using bind or NIS for host lookups you can change the
   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is
   part of the FQDN) in the /etc/hosts file.
`;

interface HostsEntry {
  addr: string;
  names: string[];
}

function readHosts(proc: Process): HostsEntry[] {
  const r = proc.host.fs.readFile("/etc/hosts");
  if (!r.ok) return [];
  const out: HostsEntry[] = [];
  for (const raw of utf8Decode(r.value).split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const [addr, ...names] = line.split(/\s+/);
    if (names.length) out.push({ addr, names });
  }
  return out;
}

/** the canonical name (first name of the first /etc/hosts line naming `name`) */
function lookup(proc: Process, name: string): { canon: string; addrs: string[] } | undefined {
  const hits = readHosts(proc).filter((e) => e.names.includes(name));
  if (hits.length === 0) return undefined;
  return { canon: hits[0].names[0], addrs: [...new Set(hits.map((h) => h.addr))] };
}

function allAddresses(proc: Process): string[] {
  const k = proc.host.kernel;
  const out: string[] = [];
  for (const l of k.links()) {
    if (l.kind === "loopback" || !l.up) continue;
    for (const a of k.addrs4(l.ifindex)) out.push(a.local);
  }
  for (const l of k.links()) {
    if (l.kind === "loopback" || !l.up) continue;
    for (const a of k.addrs6(l.ifindex)) if (a.scope === "global") out.push(a.address);
  }
  return out;
}

function run(proc: Process): number {
  const args = proc.argv.slice(1);
  const k = proc.host.kernel;
  let what: string | undefined;
  let newName: string | undefined;
  for (const a of args) {
    const long: Record<string, string> = {
      "--short": "s", "--fqdn": "f", "--long": "f", "--domain": "d", "--ip-address": "i",
      "--all-ip-addresses": "I", "--help": "h", "--version": "V", "--alias": "a", "--all-fqdns": "A",
    };
    if (a.startsWith("--")) {
      const w = long[a];
      if (!w) {
        proc.stderr.write(`hostname: unrecognized option '${a}'\n`);
        proc.stdout.write(HOSTNAME_USAGE);
        return 255;
      }
      what = w;
    } else if (a.startsWith("-") && a.length > 1) {
      for (const ch of a.slice(1)) {
        if (!"sfdiIhVaAy".includes(ch)) {
          proc.stderr.write(`hostname: invalid option -- '${ch}'\n`);
          proc.stdout.write(HOSTNAME_USAGE);
          return 255;
        }
        what = ch;
      }
    } else newName = a;
  }
  if (what === "h") {
    proc.stdout.write(HOSTNAME_USAGE);
    return 0;
  }
  if (what === "V") {
    proc.stderr.write("hostname 3.23\n");
    return 0;
  }
  if (newName !== undefined && what === undefined) {
    if (!/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(newName) || newName.length > 64) {
      proc.stderr.write("hostname: the specified hostname is invalid\n");
      return 1;
    }
    const r = k.setHostname(newName);
    if (!r.ok) {
      proc.stderr.write("hostname: you must be root to change the host name\n");
      return 1;
    }
    return 0;
  }
  const name = k.hostname;
  switch (what) {
    case undefined:
      proc.stdout.write(`${name}\n`);
      return 0;
    case "s":
      proc.stdout.write(`${name.split(".")[0]}\n`);
      return 0;
    case "I":
      proc.stdout.write(`${allAddresses(proc).map((a) => `${a} `).join("")}\n`);
      return 0;
    case "y":
      proc.stderr.write("hostname: Local domain name not set\n");
      return 1;
    default: {
      const hit = lookup(proc, name);
      if (!hit) {
        proc.stderr.write("hostname: Temporary failure in name resolution\n");
        return 1;
      }
      if (what === "f" || what === "A") proc.stdout.write(`${hit.canon}${what === "A" ? " " : ""}\n`);
      else if (what === "d") proc.stdout.write(`${hit.canon.includes(".") ? hit.canon.slice(hit.canon.indexOf(".") + 1) : ""}\n`);
      else if (what === "i") proc.stdout.write(`${hit.addrs.join(" ")}\n`);
      else if (what === "a") proc.stdout.write(`${readHosts(proc).find((e) => e.names.includes(name))?.names.slice(1).join(" ") ?? ""}\n`);
      return 0;
    }
  }
}

function complete(c: CompletionContext): string[] {
  return ["-I", "-i", "-s", "-f", "-d", "--fqdn", "--short", "--all-ip-addresses"].filter((o) => o.startsWith(c.current));
}

export const hostname: Command = {
  name: "hostname",
  summary: "hostname - show or set the system's host name",
  man: `HOSTNAME(1)                Linux Programmer's Manual                HOSTNAME(1)

NAME
       hostname - show or set the system's host name

SYNOPSIS
       hostname [-a|--alias] [-d|--domain] [-f|--fqdn|--long] [-A|--all-fqdns]
                [-i|--ip-address] [-I|--all-ip-addresses] [-s|--short]
       hostname [-b|--boot] [-F|--file filename] [hostname]

DESCRIPTION
       Hostname is used to display the system's DNS name, and to display or
       set its hostname.

       When called without any arguments, the program displays the current
       names: hostname will print the name of the system as returned by the
       gethostname(2) function.

       When called with one argument or with the --file option, the command
       sets the host name. Only the super-user can set the host name. The
       name set this way is lost at reboot; the permanent name lives in
       /etc/hostname.

OPTIONS
       -d, --domain
              Display the name of the DNS domain.

       -f, --fqdn, --long
              Display the FQDN (Fully Qualified Domain Name), as found in
              /etc/hosts.

       -i, --ip-address
              Display the network address(es) of the host name. Note that
              this works only if the host name can be resolved.

       -I, --all-ip-addresses
              Display all network addresses of the host. This option
              enumerates all configured addresses on all network interfaces.
              The loopback interface and IPv6 link-local addresses are
              omitted.

       -s, --short
              Display the short host name. This is the host name cut at the
              first dot.

FILES
       /etc/hostname  Historically this file was supposed to only contain
                      the hostname and not the full canonical FQDN.

       /etc/hosts     Usually, this is where the FQDN is found.

net-tools                         2009-09-16                        HOSTNAME(1)
`,
  run,
  complete,
};
