/**
 * The kernel state right after power-on, before userland runs: `lo`
 * (ifindex 1) and the NICs (ifindex 2..) exist but are down, with no
 * addresses and no routes; sysctls hold the kernel's defaults as `sysctl -a`
 * shows them in a fresh network namespace (recorded in fixtures/sysctl-fresh-netns.txt).
 */
import { newNetState } from "./net/packet/state.js";
import type { KernelState, LinkState, LinkStats } from "./state.js";

export interface PowerOnOptions {
  hostname: string;
  /** `carrier`: a cable is plugged in (the lab's segments decide); absent means plugged */
  nics: { name: string; mac: string; altnames?: string[]; carrier?: boolean }[];
}

/** what `uname -r` and kernel.osrelease show: Debian 12's kernel */
export const OS_RELEASE = "6.1.0-28-amd64";

/** per-interface IPv4 defaults (net.ipv4.conf.<dev>.*); "all" differs in accept_source_route */
const IPV4_CONF: Record<string, string> = {
  accept_redirects: "1",
  accept_source_route: "1",
  arp_announce: "0",
  arp_ignore: "0",
  forwarding: "0",
  log_martians: "0",
  promote_secondaries: "0",
  proxy_arp: "0",
  rp_filter: "0",
  send_redirects: "1",
};

const IPV6_CONF: Record<string, string> = {
  accept_ra: "1",
  autoconf: "1",
  disable_ipv6: "0",
  forwarding: "0",
};

export function zeroStats(): LinkStats {
  return {
    rxBytes: 0,
    rxPackets: 0,
    rxErrors: 0,
    rxDropped: 0,
    rxMissed: 0,
    rxMulticast: 0,
    txBytes: 0,
    txPackets: 0,
    txErrors: 0,
    txDropped: 0,
    txCarrier: 0,
    txCollisions: 0,
  };
}

/** add net.ipv4.conf.<dev>.* and net.ipv6.conf.<dev>.* with the "default" values */
export function addDeviceSysctls(sysctl: Record<string, string>, dev: string): void {
  for (const [key, fromDefault, value] of deviceSysctlKeys(dev)) sysctl[key] = sysctl[fromDefault] ?? value;
}

/** a device's per-interface keys, each with the `default` key it starts from and the kernel's value; made once per name (every boot asks again) */
const deviceKeys = new Map<string, [key: string, fromDefault: string, value: string][]>();
function deviceSysctlKeys(dev: string): [string, string, string][] {
  let keys = deviceKeys.get(dev);
  if (!keys) {
    keys = [
      ...Object.keys(IPV4_CONF).map((k): [string, string, string] => [`net.ipv4.conf.${dev}.${k}`, `net.ipv4.conf.default.${k}`, IPV4_CONF[k]]),
      ...Object.keys(IPV6_CONF).map((k): [string, string, string] => [`net.ipv6.conf.${dev}.${k}`, `net.ipv6.conf.default.${k}`, IPV6_CONF[k]]),
    ];
    if (deviceKeys.size < 256) deviceKeys.set(dev, keys);
  }
  return keys;
}

/** move a device's per-interface sysctls to its new name (ip link set X name Y) */
export function renameDeviceSysctls(sysctl: Record<string, string>, from: string, to: string): void {
  for (const fam of ["net.ipv4.conf.", "net.ipv6.conf."]) {
    const prefix = `${fam}${from}.`;
    for (const k of Object.keys(sysctl)) {
      if (!k.startsWith(prefix)) continue;
      sysctl[`${fam}${to}.${k.slice(prefix.length)}`] = sysctl[k];
      delete sysctl[k];
    }
  }
}

/**
 * the sysctls a kernel starts with, copied from a list made once (every boot asks): assigning from a list is twice
 * as fast as building the keys again, and three times as fast as an object spread of so many keys
 */
function defaultSysctls(hostname: string): Record<string, string> {
  const list = (kernelDefaults ??= Object.entries(kernelDefaultSysctls()));
  const s: Record<string, string> = {};
  for (const [key, value] of list) s[key] = value;
  s["kernel.hostname"] = hostname;
  return s;
}
let kernelDefaults: [string, string][] | undefined;

function kernelDefaultSysctls(): Record<string, string> {
  const s: Record<string, string> = {
    // Debian's kernel: protected hardlinks/symlinks on; the rest as the kernel starts, before sysctl.d applies
    "fs.protected_fifos": "0",
    "fs.protected_hardlinks": "1",
    "fs.protected_regular": "0",
    "fs.protected_symlinks": "1",
    // Debian's kernel is built with SECURITY_DMESG_RESTRICT: only root reads the log (dmesg)
    "kernel.dmesg_restrict": "1",
    "kernel.domainname": "(none)",
    "kernel.hostname": "",
    "kernel.osrelease": OS_RELEASE,
    "kernel.ostype": "Linux",
    "kernel.pid_max": "32768",
    "net.ipv4.icmp_echo_ignore_all": "0",
    "net.ipv4.icmp_echo_ignore_broadcasts": "1",
    "net.ipv4.ip_default_ttl": "64",
    "net.ipv4.ip_forward": "0",
    "net.ipv4.ip_local_port_range": "32768\t60999",
    "net.ipv4.tcp_syncookies": "1",
    // net.netfilter.nf_conntrack_*: only once nf_conntrack loads (netfilter/conntrack/sysctl.ts)
  };
  for (const k of Object.keys(IPV4_CONF)) {
    s[`net.ipv4.conf.all.${k}`] = k === "accept_source_route" ? "0" : IPV4_CONF[k];
    s[`net.ipv4.conf.default.${k}`] = IPV4_CONF[k];
  }
  for (const k of Object.keys(IPV6_CONF)) {
    s[`net.ipv6.conf.all.${k}`] = IPV6_CONF[k];
    s[`net.ipv6.conf.default.${k}`] = IPV6_CONF[k];
  }
  return s;
}

function newLink(ifindex: number, name: string, kind: LinkState["kind"], mac: string, altnames: string[], carrier = true): LinkState {
  return {
    ifindex,
    name,
    kind,
    mac,
    mtu: kind === "loopback" ? 65536 : 1500,
    up: false,
    // a virtio NIC reports carrier as soon as the VM runs when its cable is plugged in
    carrier,
    // "noop" until the device is first brought up and gets its default qdisc
    qdisc: "noop",
    txqlen: 1000,
    altnames,
    stats: zeroStats(),
  };
}

export function newKernelState(opts: PowerOnOptions): KernelState {
  const links: LinkState[] = [newLink(1, "lo", "loopback", "00:00:00:00:00:00", [])];
  opts.nics.forEach((nic, i) => links.push(newLink(i + 2, nic.name, "ether", nic.mac.toLowerCase(), nic.altnames ?? [], nic.carrier ?? true)));
  const sysctl = defaultSysctls(opts.hostname);
  for (const l of links) addDeviceSysctls(sysctl, l.name);
  return {
    hostname: opts.hostname,
    nextIfindex: links.length + 1,
    links,
    addrs4: [],
    addrs6: [],
    routes: [],
    sysctl,
    dmesg: [],
    net: newNetState(),
  };
}
