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

export interface LabHostSpec {
  name: string;
  flavor?: "debian" | "redhat";
  interfaces: LabInterfaceConfig[];
  /** extra files to write before boot: path -> text */
  files?: Record<string, string>;
  /** Debian packages beyond the base install; "mariadb-server" gives the host a MariaDB server (enabled, running) */
  packages?: "mariadb-server"[];
  /** SQL run as root on the host's MariaDB once it is installed (the lab's databases, tables and users) */
  mysqlInit?: string;
}

export interface LabSpec {
  id: string;
  title: string;
  /** one paragraph for authors and the lab picker */
  description: string;
  hosts: LabHostSpec[];
}
