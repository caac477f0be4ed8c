/**
 * getent (glibc 2.36, Debian 2.36-9+deb12u14): entries of the NSS databases
 * through the "files" backend (nss-files.ts). With no key, every entry;
 * with keys, one line per key found, exit 2 if any was not. aliases,
 * ethers, netgroup and rpc have no file on the simulated hosts, so they are
 * empty; ahosts*, and initgroups are not simulated (exit 126, said so).
 */
import type { Vfs } from "../../fs/types.js";
import type { Process } from "../../process/process.js";
import { parseOptions } from "../files/options.js";
import type { Command } from "../types.js";
import {
  colonAll,
  colonLookup,
  GROUP,
  GSHADOW,
  hostsAll,
  hostsLookup,
  type Line,
  networksAll,
  networksLookup,
  PASSWD,
  protocolsAll,
  protocolsLookup,
  SHADOW,
  servicesAll,
  servicesLookup,
} from "./nss-files.js";

interface Database {
  all(fs: Vfs): Line[];
  lookup(fs: Vfs, key: string): Line | undefined;
}

const EMPTY: Database = { all: () => [], lookup: () => undefined };

const DATABASES: Record<string, Database | "unsimulated"> = {
  ahosts: "unsimulated",
  ahostsv4: "unsimulated",
  ahostsv6: "unsimulated",
  aliases: EMPTY,
  ethers: EMPTY,
  group: { all: (fs) => colonAll(fs, GROUP), lookup: (fs, k) => colonLookup(fs, GROUP, k) },
  gshadow: { all: (fs) => colonAll(fs, GSHADOW), lookup: (fs, k) => colonLookup(fs, GSHADOW, k) },
  hosts: { all: hostsAll, lookup: hostsLookup },
  initgroups: "unsimulated",
  netgroup: EMPTY,
  networks: { all: networksAll, lookup: networksLookup },
  passwd: { all: (fs) => colonAll(fs, PASSWD), lookup: (fs, k) => colonLookup(fs, PASSWD, k) },
  protocols: { all: protocolsAll, lookup: protocolsLookup },
  rpc: EMPTY,
  services: { all: servicesAll, lookup: servicesLookup },
  shadow: { all: (fs) => colonAll(fs, SHADOW), lookup: (fs, k) => colonLookup(fs, SHADOW, k) },
};

const TRY = "Try `getent --help' or `getent --usage' for more information.\n";

function runGetent(proc: Process): number {
  const r = parseOptions(proc.argv.slice(1), [
    { key: "A", short: "A", long: "no-addrconfig" },
    { key: "i", short: "i", long: "no-idn" },
    { key: "s", short: "s", long: "service", arg: "required" },
    { key: "help", short: "?", long: "help" },
    { key: "usage", long: "usage" },
    { key: "version", short: "V", long: "version" },
  ]);
  if (!r.ok) {
    proc.stderr.write(`getent: ${r.error}\n${TRY}`);
    return 64;
  }
  const keys = new Set(r.list.map((o) => o.key));
  if (keys.has("help")) {
    proc.stdout.write(HELP);
    return 0;
  }
  if (keys.has("usage")) {
    proc.stdout.write(USAGE);
    return 0;
  }
  if (keys.has("version")) {
    proc.stdout.write(VERSION);
    return 0;
  }
  const [name, ...wanted] = r.operands;
  if (name === undefined) {
    proc.stderr.write(`getent: wrong number of arguments\n${TRY}`);
    return 1;
  }
  const db = Object.hasOwn(DATABASES, name) ? DATABASES[name] : undefined;
  if (db === undefined) {
    proc.stderr.write(`Unknown database: ${name}\n${TRY}`);
    return 1;
  }
  if (db === "unsimulated") {
    proc.stderr.write(`getent: the ${name} database is not simulated in Rootlab yet\n`);
    return 126;
  }
  const fs = proc.host.fs;
  if (wanted.length === 0) {
    for (const line of db.all(fs)) proc.stdout.write(`${line}\n`);
    return 0;
  }
  let status = 0;
  for (const key of wanted) {
    const line = db.lookup(fs, key);
    if (line === undefined) status = 2;
    else proc.stdout.write(`${line}\n`);
  }
  return status;
}

const HELP = `Usage: getent [OPTION...] database [key ...]
Get entries from administrative database.

  -A, --no-addrconfig        do not filter out unsupported IPv4/IPv6 addresses
                             (with ahosts*)
  -i, --no-idn               disable IDN encoding
  -s, --service=CONFIG       Service configuration to be used
  -?, --help                 Give this help list
      --usage                Give a short usage message
  -V, --version              Print program version

Mandatory or optional arguments to long options are also mandatory or optional
for any corresponding short options.

Supported databases:
ahosts ahostsv4 ahostsv6 aliases ethers group gshadow hosts initgroups
netgroup networks passwd protocols rpc services shadow

For bug reporting instructions, please see:
<http://www.debian.org/Bugs/>.
`;

const USAGE = `Usage: getent [-Ai?V] [-s CONFIG] [--no-addrconfig] [--no-idn]
            [--service=CONFIG] [--help] [--usage] [--version]
            database [key ...]
`;

const VERSION = `getent (Debian GLIBC 2.36-9+deb12u14) 2.36
Copyright (C) 2022 Free Software Foundation, Inc.
This is free software; see the source for copying conditions.  There is NO
warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.
Written by Thorsten Kukuk.
`;

export const getent: Command = {
  name: "getent",
  summary: "getent - get entries from Name Service Switch libraries",
  man: `NAME
       getent - get entries from Name Service Switch libraries

SYNOPSIS
       getent [option]... database key...

DESCRIPTION
       The getent command displays entries from databases supported by the
       Name Service Switch libraries, which are configured in
       /etc/nsswitch.conf. If one or more key arguments are provided, then
       only the entries that match the supplied keys will be displayed.
       Otherwise, if no key is provided, all entries will be displayed
       (unless the database does not support enumeration).

       The database may be any of those supported by the GNU C Library:
       group, gshadow, hosts, networks, passwd, protocols, services,
       shadow, and others.

       passwd, group   When no key is provided, all entries are shown. A
                       key is a name, or a numeric user or group ID.
       hosts           A key is a hostname or an IPv4 or IPv6 address.
       services        A key is NAME or PORT, optionally followed by
                       /PROTOCOL (getent services ssh, getent services 53/udp).

EXIT STATUS
       0   Command completed successfully.
       1   Missing arguments, or database unknown.
       2   One or more supplied key could not be found in the database.
       3   Enumeration not supported on this database.

EXAMPLES
       getent passwd alice
       getent group sudo
       getent hosts localhost
`,
  run: runGetent,
};
