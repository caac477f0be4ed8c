/** Port names from Debian's /etc/services (netbase 6.4), for the ports the labs use. */
const BY_PORT: Record<string, Record<number, string>> = {
  tcp: { 20: "ftp-data", 21: "ftp", 22: "ssh", 23: "telnet", 25: "smtp", 53: "domain", 80: "http", 110: "pop3", 143: "imap2", 443: "https", 3306: "mysql", 5432: "postgresql", 8080: "http-alt" },
  udp: { 53: "domain", 67: "bootps", 68: "bootpc", 69: "tftp", 123: "ntp", 161: "snmp", 514: "syslog" },
};

export function serviceName(proto: "tcp" | "udp", port: number): string | undefined {
  return BY_PORT[proto][port];
}

/** a port given as a number or a name */
export function servicePort(proto: "tcp" | "udp", text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  for (const [p, n] of Object.entries(BY_PORT[proto])) if (n === text) return Number(p);
  return undefined;
}
