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
  /** udev's alternative names for the NIC ("enp0s3"), as `ip link` lists them */
  altnames?: string[];
  /** "192.168.1.10/24"; absent leaves the NIC unconfigured */
  address?: string;
  gateway?: string;
}

/** Debian packages a lab may install on a host beyond the base system */
export type LabPackage = "mariadb-server" | "openssh-server" | "iptables" | "iptables-persistent" | "conntrack" | "hping3" | "netcat-openbsd";

/** daemons a host runs from boot (installed and enabled, as a Debian package would leave them) */
export type LabService = "web";

export interface LabHostSpec {
  name: string;
  flavor?: "debian" | "redhat";
  interfaces: LabInterfaceConfig[];
  /** extra files to write before boot: path -> text */
  files?: Record<string, string>;
  /** paths among `files` that are programs: written with mode 0755 */
  executables?: string[];
  /**
   * Debian packages beyond the base install. "mariadb-server" gives the host
   * a MariaDB server (enabled, running); "openssh-server" an sshd on port 22
   * with key logins (services/sshd); "iptables-persistent" the
   * netfilter-persistent service, which restores /etc/iptables/rules.v4 at
   * boot. The other netfilter tools ("iptables", "conntrack", "hping3",
   * "netcat-openbsd") record which hosts of a lab have them, for the lab
   * picker and lessons; their programs do not yet depend on it.
   */
  packages?: LabPackage[];
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
  /**
   * Key-based logins set up as an administrator would (ssh-keygen, ssh-copy-id,
   * a first connection answered "yes"): `from`'s user gets an ed25519 key pair,
   * `to` (which needs openssh-server) authorizes it, and `to`'s host key is in
   * `from`'s known_hosts under its name and addresses. No password is ever asked.
   */
  sshLogins?: LabSshLogin[];
}

export interface LabSshLogin {
  /** the client host */
  from: string;
  /** the server host */
  to: string;
  /** the user on both ends; default "root" */
  user?: string;
}
