/**
 * ifconfig(8) from net-tools 2.10: the legacy ioctl interface. Aliases
 * ("eth0:0") are IPv4 addresses whose label carries the alias name; setting
 * an alias's address creates it, bringing an alias down deletes it
 * (devinet_ioctl), and setting an address also brings the device up.
 */
import { STRERROR, type Errno } from "../../kernel/errno.js";
import type { Kernel } from "../../kernel/kernel.js";
import { broadcastOf, classfulPrefix, formatIp4, maskOf, parseIp4, prefixOfMask } from "../../kernel/net/inet4.js";
import type { Inet4Addr, LinkState } from "../../kernel/state.js";
import type { Process } from "../../process/process.js";
import type { Command, CompletionContext } from "../types.js";

/** interface flags as SIOCGIFFLAGS reports them (IFF_* values) */
export function ifFlags(l: LinkState): number {
  let f = l.kind === "loopback" ? 0x8 : 0x2 | 0x1000;
  if (l.up) f |= 0x1;
  if (l.up && l.carrier) f |= 0x40;
  return f;
}

const FLAG_NAMES: [number, string][] = [
  [0x1, "UP"],
  [0x2, "BROADCAST"],
  [0x8, "LOOPBACK"],
  [0x40, "RUNNING"],
  [0x1000, "MULTICAST"],
];

/** net-tools' natural order: "eth0" < "eth0:0" < "eth0:10" < "lo" */
function nstrcmp(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i];
    const y = rb[i];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return ra.length - rb.length;
}

function bytesScaled(n: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let i = 0;
  let div = 1;
  while (n / div >= 1000 && i < units.length - 1) {
    div *= 1000;
    i++;
  }
  return `${(Math.floor((n * 10) / div) / 10).toFixed(1)} ${units[i]}`;
}

interface Entry {
  name: string;
  link: LinkState;
  /** an alias ("eth0:0") rather than the device itself */
  alias: boolean;
}

function entries(k: Kernel): Entry[] {
  const out: Entry[] = k.links().map((l) => ({ name: l.name, link: l, alias: false }));
  for (const a of k.addrs4()) {
    if (a.label.includes(":") && !out.some((e) => e.name === a.label)) {
      const link = k.linkByIndex(a.ifindex)!;
      out.push({ name: a.label, link, alias: true });
    }
  }
  return out.sort((x, y) => nstrcmp(x.name, y.name));
}

function firstAddr(k: Kernel, e: { name: string; link: LinkState }): Inet4Addr | undefined {
  return k.addrs4(e.link.ifindex).find((a) => a.label === e.name);
}

function formatLong(k: Kernel, e: Entry): string {
  const l = e.link;
  const flags = ifFlags(l);
  const names = FLAG_NAMES.filter(([bit]) => flags & bit).map(([, n]) => n);
  let s = `${e.name}: flags=${flags}<${names.join(",")}>  mtu ${l.mtu}\n`;
  const a = firstAddr(k, e);
  if (a) {
    s += `        inet ${a.local}  netmask ${formatIp4(maskOf(a.prefixlen))}`;
    if (l.kind !== "loopback") s += `  broadcast ${a.broadcast ?? "0.0.0.0"}`;
    s += "\n";
  }
  if (!e.alias) {
    for (const a6 of k.addrs6(l.ifindex)) {
      const scopeid = a6.scope === "host" ? "0x10<host>" : a6.scope === "link" ? "0x20<link>" : "0x0<global>";
      s += `        inet6 ${a6.address}  prefixlen ${a6.prefixlen}  scopeid ${scopeid}\n`;
    }
  }
  s += l.kind === "loopback" ? `        loop  txqueuelen ${l.txqlen}  (Local Loopback)\n` : `        ether ${l.mac}  txqueuelen ${l.txqlen}  (Ethernet)\n`;
  if (!e.alias) {
    const st = l.stats;
    s += `        RX packets ${st.rxPackets}  bytes ${st.rxBytes} (${bytesScaled(st.rxBytes)})\n`;
    s += `        RX errors ${st.rxErrors}  dropped ${st.rxDropped}  overruns 0  frame 0\n`;
    s += `        TX packets ${st.txPackets}  bytes ${st.txBytes} (${bytesScaled(st.txBytes)})\n`;
    s += `        TX errors ${st.txErrors}  dropped ${st.txDropped} overruns 0  carrier ${st.txCarrier}  collisions ${st.txCollisions}\n`;
  }
  return `${s}\n`;
}

const SHORT_HEADER = "Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n";

function formatShort(e: Entry): string {
  const l = e.link;
  const f = ifFlags(l);
  let s = `${e.name.slice(0, 15).padEnd(15)} ${String(l.mtu).padStart(5)} `;
  if (e.alias) s += "     - no statistics available -".padEnd(56);
  else {
    const st = l.stats;
    s += `${String(st.rxPackets).padStart(8)} ${String(st.rxErrors).padStart(6)} ${String(st.rxDropped).padStart(6)} ${"0".padEnd(6)} `;
    s += `${String(st.txPackets).padStart(8)} ${String(st.txErrors).padStart(6)} ${String(st.txDropped).padStart(6)} ${"0".padStart(6)} `;
  }
  let fl = "";
  if (f & 0x2) fl += "B";
  if (f & 0x8) fl += "L";
  if (f & 0x1000) fl += "M";
  if (f & 0x40) fl += "R";
  if (f & 0x1) fl += "U";
  return `${s}${fl}\n`;
}

const USAGE_HINT = "ifconfig: `--help' gives usage information.\n";

function resolveEntry(k: Kernel, name: string): Entry | undefined {
  const base = name.split(":")[0];
  const link = k.linkByName(base);
  if (!link) return undefined;
  return { name: name.includes(":") ? name : link.name, link, alias: name.includes(":") };
}

/** apply one address-changing ioctl: remove the label's address, add it back changed (inet_del_ifa + inet_insert_ifa) */
function replaceAddr(k: Kernel, e: Entry, change: (a: Inet4Addr | undefined) => Omit<Inet4Addr, "ifindex" | "label" | "secondary"> | undefined): Errno | undefined {
  const cur = firstAddr(k, e);
  const next = change(cur);
  if (!next) return cur ? undefined : "EADDRNOTAVAIL";
  if (cur) k.delAddr4({ ifindex: e.link.ifindex, local: cur.local, label: cur.label });
  const r = k.addAddr4({ ifindex: e.link.ifindex, local: next.local, prefixlen: next.prefixlen, broadcast: next.broadcast, label: e.name, scope: next.scope });
  return r.ok ? undefined : r.errno;
}

function configure(proc: Process, name: string, args: string[]): number {
  const k = proc.host.kernel;
  const err = (t: string) => proc.stderr.write(t);
  const e = resolveEntry(k, name);
  let status = 0;
  const ioctlFail = (req: string, errno: Errno) => {
    err(`${req}: ${STRERROR[errno]}\n`);
    status = 255;
  };
  /** set or clear IFF_UP as ifconfig's set_flag/clr_flag do (SIOCGIFFLAGS first) */
  const setUp = (up: boolean) => {
    if (!e) {
      err(`${name}: ERROR while getting interface flags: No such device\n`);
      status = 255;
      return;
    }
    if (e.alias) {
      // devinet_ioctl: flags on an alias only matter for IFF_UP off, which deletes it
      const a = firstAddr(k, e);
      if (!a) return ioctlFail("SIOCSIFFLAGS", "EADDRNOTAVAIL");
      if (!up) k.delAddr4({ ifindex: e.link.ifindex, local: a.local, label: a.label });
      return;
    }
    const r = k.setLinkUp(e.link.ifindex, up);
    if (!r.ok) ioctlFail("SIOCSIFFLAGS", r.errno);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "up") setUp(true);
    else if (a === "down") setUp(false);
    else if (a === "mtu" || a === "netmask" || a === "broadcast") {
      const v = args[++i];
      if (v === undefined) {
        err(USAGE_HINT);
        return 1;
      }
      if (!e) {
        ioctlFail(a === "mtu" ? "SIOCSIFMTU" : a === "netmask" ? "SIOCSIFNETMASK" : "SIOCSIFBRDADDR", "ENODEV");
        continue;
      }
      if (a === "mtu") {
        const r = k.setLinkMtu(e.link.ifindex, Number(v));
        if (!/^[0-9]+$/.test(v) || !r.ok) ioctlFail("SIOCSIFMTU", "EINVAL");
        continue;
      }
      const n = parseIp4(v);
      if (n === undefined) {
        err(`${v}: Unknown host\n${USAGE_HINT}`);
        return 1;
      }
      if (a === "netmask") {
        const len = prefixOfMask(n);
        if (len === undefined) {
          ioctlFail("SIOCSIFNETMASK", "EINVAL");
          continue;
        }
        const bad = replaceAddr(k, e, (cur) => {
          if (!cur || cur.prefixlen === len) return cur;
          const old = cur.broadcast === formatIp4(broadcastOf(parseIp4(cur.local)!, cur.prefixlen));
          const brd = old && len < 31 ? formatIp4(broadcastOf(parseIp4(cur.local)!, len)) : cur.broadcast;
          return { local: cur.local, prefixlen: len, broadcast: brd, scope: cur.scope };
        });
        if (bad) ioctlFail("SIOCSIFNETMASK", bad);
      } else {
        const bad = replaceAddr(k, e, (cur) => (cur ? { local: cur.local, prefixlen: cur.prefixlen, broadcast: v, scope: cur.scope } : undefined));
        if (bad) ioctlFail("SIOCSIFBRDADDR", bad);
      }
    } else if (a === "add" || a === "del" || a === "inet") {
      continue;
    } else {
      // the address
      const n = parseIp4(a);
      if (n === undefined) {
        err(/^[0-9.]+$/.test(a) ? `${a}: Unknown host\n${USAGE_HINT}` : `${a}: Host name lookup failure\n${USAGE_HINT}`);
        return 1;
      }
      if (!e) {
        ioctlFail("SIOCSIFADDR", "ENODEV");
        setUp(true);
        continue;
      }
      if (n >>> 28 >= 14) {
        ioctlFail("SIOCSIFADDR", "EINVAL");
        continue;
      }
      const bad = replaceAddr(k, e, (cur) => {
        if (cur && cur.local === a) return cur;
        const len = n === 0 ? 0 : classfulPrefix(n);
        const brd = e.link.kind !== "loopback" && len < 31 ? formatIp4(broadcastOf(n, len)) : undefined;
        return { local: a, prefixlen: len, broadcast: brd, scope: a.startsWith("127.") ? "host" : "global" };
      });
      if (bad) ioctlFail("SIOCSIFADDR", bad);
      else if (!e.alias && !e.link.up) setUp(true);
    }
  }
  return status;
}

/** the interfaces as `ifconfig [-a] [-s]` lists them, without the -s header (netstat -i / -ie print the same rows) */
export function interfaceListing(k: Kernel, all: boolean, short: boolean): string {
  let out = "";
  for (const e of entries(k)) {
    if (!all && !e.link.up) continue;
    if (e.alias && !firstAddr(k, e)) continue;
    out += short ? formatShort(e) : formatLong(k, e);
  }
  return out;
}

function run(proc: Process): number {
  const k = proc.host.kernel;
  let all = false;
  let short = false;
  const args = proc.argv.slice(1);
  while (args.length > 0 && args[0].startsWith("-")) {
    const o = args.shift()!;
    if (o === "-a") all = true;
    else if (o === "-s") short = true;
    else if (o === "-v") continue;
    else if (o === "--help" || o === "-h" || o === "-?") {
      proc.stdout.write(IFCONFIG_USAGE);
      return 0;
    } else if (o === "-V" || o === "--version") {
      proc.stdout.write("net-tools 2.10\n");
      return 0;
    } else {
      proc.stderr.write(`ifconfig: option \`${o}' not recognised.\n${USAGE_HINT}`);
      return 1;
    }
  }
  if (args.length === 0) {
    proc.stdout.write((short ? SHORT_HEADER : "") + interfaceListing(k, all, short));
    return 0;
  }
  const name = args[0];
  if (args.length === 1) {
    const e = resolveEntry(k, name);
    if (!e) {
      proc.stderr.write(`${name}: error fetching interface information: Device not found\n`);
      return 1;
    }
    proc.stdout.write(short ? SHORT_HEADER + formatShort(e) : formatLong(k, e));
    return 0;
  }
  return configure(proc, name, args.slice(1));
}

const IFCONFIG_USAGE = `Usage:
  ifconfig [-a] [-v] [-s] <interface> [[<AF>] <address>]
  [add <address>[/<prefixlen>]]
  [del <address>[/<prefixlen>]]
  [[-]broadcast [<address>]]  [[-]pointopoint [<address>]]
  [netmask <address>]  [dstaddr <address>]  [tunnel <address>]
  [outfill <NN>] [keepalive <NN>]
  [hw <HW> <address>]  [mtu <NN>]
  [[-]trailers]  [[-]arp]  [[-]allmulti]
  [multicast]  [[-]promisc]
  [mem_start <NN>]  [io_addr <NN>]  [irq <NN>]  [media <type>]
  [txqueuelen <NN>]
  [[-]dynamic]
  [up|down] ...
`;

function complete(c: CompletionContext): string[] {
  if (c.words.length <= 1) return ["-a", "-s"].filter((o) => o.startsWith(c.current));
  return ["up", "down", "netmask", "broadcast", "mtu"].filter((o) => o.startsWith(c.current));
}

export const ifconfig: Command = {
  name: "ifconfig",
  summary: "ifconfig - configure a network interface",
  man: `IFCONFIG(8)                Linux System Administrator's Manual               IFCONFIG(8)

NAME
       ifconfig - configure a network interface

SYNOPSIS
       ifconfig [-v] [-a] [-s] [interface]
       ifconfig [-v] interface [aftype] options | address ...

NOTE
       This program is obsolete! For replacement check ip addr and ip link.
       For statistics use ip -s link.

DESCRIPTION
       Ifconfig is used to configure the kernel-resident network interfaces.
       It is used at boot time to set up interfaces as necessary. After that,
       it is usually only needed when debugging or when system tuning is
       needed.

       If no arguments are given, ifconfig displays the status of the
       currently active interfaces. If a single interface argument is given,
       it displays the status of the given interface only; if a single -a
       argument is given, it displays the status of all interfaces, even
       those that are down. Otherwise, it configures an interface.

OPTIONS
       -a     display all interfaces which are currently available, even if
              down

       -s     display a short list (like netstat -i)

       interface
              The name of the interface. This is usually a driver name
              followed by a unit number, for example eth0 for the first
              Ethernet interface. If your kernel supports alias interfaces,
              you can specify them with syntax like eth0:0 for the first
              alias of eth0. You can use them to assign more addresses. To
              delete an alias interface use ifconfig eth0:0 down.

       up     This flag causes the interface to be activated. It is
              implicitly specified if an address is assigned to the
              interface; you can suppress this behavior when using an alias
              interface by appending an - to the alias (e.g. eth0:-).

       down   This flag causes the driver for this interface to be shut down.

       mtu N  This parameter sets the Maximum Transfer Unit (MTU) of an
              interface.

       netmask addr
              Set the IP network mask for this interface. This value
              defaults to the usual class A, B or C network mask (as derived
              from the interface IP address), but it can be set to any
              value.

       broadcast [addr]
              Set the protocol broadcast address for this interface.

EXAMPLES
       ifconfig eth0:0 192.168.1.20 netmask 255.255.255.0 up
              Adds the alias eth0:0 with a second address on eth0.

       ifconfig eth0:0 down
              Removes it again.

NOTES
       Interface aliases are shown by ip addr as addresses with the label
       eth0:0. Addresses added with ip addr add without a label are not
       shown by ifconfig.

SEE ALSO
       ip(8), route(8), netstat(8), interfaces(5)

net-tools                             2008-10-03                       IFCONFIG(8)
`,
  run,
  complete,
};
