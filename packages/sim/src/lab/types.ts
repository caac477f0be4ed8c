/**
 * A lab is a topology as data: hosts, their NICs and how they are configured.
 * Configuration is written into each host's files (/etc/hostname,
 * /etc/network/interfaces, /etc/sysctl.conf) and applied by booting, exactly
 * as on a real machine, so `reboot` keeps what is in files and loses the rest.
 */
export interface LabInterfaceConfig {
  /** "eth0" */
  name: string;
  /** fixed MAC; when absent one is drawn from the world's PRNG (52:54:00:xx:xx:xx) */
  mac?: string;
  /** "192.168.1.10/24"; absent leaves the NIC unconfigured */
  address?: string;
  gateway?: string;
}

/** daemons a host runs from boot (installed and enabled, as a Debian package would leave them) */
export type LabService = "web";

export interface LabHostSpec {
  name: string;
  flavor?: "debian" | "redhat";
  interfaces: LabInterfaceConfig[];
  /** extra files to write before boot: path -> text */
  files?: Record<string, string>;
  /**
   * Debian packages beyond the base install: "mariadb-server" gives the host
   * a MariaDB server (enabled, running); "iptables-persistent" restores
   * /etc/iptables/rules.v4 at boot (a lab may ship that file in `files`)
   */
  packages?: ("mariadb-server" | "iptables-persistent")[];
  /** SQL run as root on the host's MariaDB once it is installed (the lab's databases, tables and users) */
  mysqlInit?: string;
  /** "web": nginx serving /var/www/html on port 80 */
  services?: LabService[];
}

/**
 * A broadcast domain: a switch (or, with two ends, a cable) joining NICs,
 * each named "host:nic" by the NIC's hardware name. A NIC in no segment has
 * no cable: `ip link` shows NO-CARRIER and nothing it sends arrives anywhere.
 */
export interface LabSegment {
  name: string;
  ends: string[];
}

export interface LabSpec {
  id: string;
  title: string;
  /** one paragraph for authors and the lab picker */
  description: string;
  hosts: LabHostSpec[];
  /** cables and switches; a NIC may be in at most one. Absent: every NIC on a switch of its own (carrier, no peers) */
  segments?: LabSegment[];
}
