/**
 * A network to build twice, in real network namespaces and in the
 * simulation: hosts with NICs (name, MAC, address, gateway), extra files
 * (/etc/network/interfaces `up` lines, sysctl.conf ...), sysctls, and links
 * between NICs. It is a `LabSpec` plus the links, so that a multi-host lab
 * can be handed over as it is once labs carry links.
 */
import type { LabSpec } from "../../lab/types.js";

export interface NicRef {
  host: string;
  nic: string;
}

export interface Topology {
  /** the lab to build; every NIC needs a fixed MAC (the real side pins it) */
  lab: LabSpec;
  /** point-to-point links (veth pairs); a NIC on no link gets a peer in a stub namespace, so it has carrier */
  links?: [NicRef, NicRef][];
  /** sysctls to set on each host after boot, before the scripts (as `sysctl -w` would) */
  sysctls?: Record<string, Record<string, string>>;
  /**
   * Look host names up in /etc/hosts only on the real side (nsswitch without
   * "dns"). The simulated hosts have no resolver; a real one with an empty
   * resolv.conf asks 127.0.0.1, which puts packets on lo each time a tool
   * names an address (iptables -L), and moves the counters the iptables
   * scripts compare. Tools that report how a lookup failed ("Host name
   * lookup failure" vs "Unknown host") need the default.
   */
  hostsFromFilesOnly?: boolean;
  /**
   * Servers that stand in, on the real side, for the daemons a simulated
   * host runs from its lab spec (LabHostSpec.services: "web" is nginx on
   * port 80): per host, a command line started in the host's namespace for
   * the whole run, and the TCP port it must listen on before the scripts
   * start. Ended by process group when the namespaces go.
   */
  realDaemons?: Record<string, { cmd: string; port: number }[]>;
}

/** one command line on one host; the scripts run in order */
export interface Step {
  host: string;
  cmd: string;
}

/** a topology with a single host, the shape most single-machine lessons use */
export function singleHost(name: string, nics: LabSpec["hosts"][number]["interfaces"], files?: Record<string, string>): Topology {
  return {
    lab: { id: `netns-${name}`, title: name, description: `comparison host ${name}`, hosts: [{ name, interfaces: nics, files }] },
  };
}
