/**
 * The name databases iptables consults through glibc, read from the host's
 * files as nsswitch's "files" backend reads them: /etc/services
 * (getservbyname/getservbyport: "ssh" <-> 22), /etc/protocols
 * (getprotobyname/getprotobynumber: "gre" <-> 47), /etc/hosts
 * (getaddrinfo/gethostbyaddr) and /etc/networks (getnetbyname/
 * getnetbyaddr: "loopback" <-> 127.0.0.0). Debian's nsswitch also asks DNS
 * for hosts; the simulated hosts have no resolver, so an unknown name fails
 * as it does on a machine without DNS. The first matching line wins.
 */
import { utf8Decode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";

interface Entry {
  names: string[];
  value: string;
}

function parseDb(text: string, valueField: number): Entry[] {
  const out: Entry[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const f = line.split(/\s+/);
    if (f.length <= valueField) continue;
    const value = f[valueField];
    const names = valueField === 0 ? f.slice(1) : [f[0], ...f.slice(2)];
    out.push({ names, value });
  }
  return out;
}

export class NetDb {
  private cache = new Map<string, Entry[]>();

  constructor(private readonly fs: Vfs) {}

  private db(path: string, valueField: number): Entry[] {
    let e = this.cache.get(path);
    if (!e) {
      const r = this.fs.readFile(path);
      e = r.ok ? parseDb(utf8Decode(r.value), valueField) : [];
      this.cache.set(path, e);
    }
    return e;
  }

  /** getservbyname(name, proto): the port, or undefined */
  servicePort(name: string, proto: string): number | undefined {
    for (const e of this.db("/etc/services", 1)) {
      const [port, p] = e.value.split("/");
      if (p === proto && e.names.includes(name)) return Number(port);
    }
    return undefined;
  }

  /** getservbyport(port, proto): the service's official name */
  serviceName(port: number, proto: string): string | undefined {
    const want = `${port}/${proto}`;
    return this.db("/etc/services", 1).find((e) => e.value === want)?.names[0];
  }

  /** getprotobyname */
  protocolNumber(name: string): number | undefined {
    const e = this.db("/etc/protocols", 1).find((x) => x.names.includes(name));
    return e ? Number(e.value) : undefined;
  }

  /** getprotobynumber: the official name */
  protocolName(num: number): string | undefined {
    return this.db("/etc/protocols", 1).find((x) => Number(x.value) === num)?.names[0];
  }

  /**
   * getaddrinfo(name, AF_INET) over /etc/hosts: the address of every line
   * naming it, in file order and not deduplicated; glibc answers an IPv4
   * query for a name on the "::1" line with 127.0.0.1 (so Debian's
   * "localhost", on both lines, gives 127.0.0.1 twice).
   */
  hostAddresses(name: string): string[] {
    const out: string[] = [];
    for (const e of this.db("/etc/hosts", 0)) {
      if (!e.names.includes(name)) continue;
      if (/^\d+\.\d+\.\d+\.\d+$/.test(e.value)) out.push(e.value);
      else if (e.value === "::1") out.push("127.0.0.1");
    }
    return out;
  }

  /** gethostbyaddr: the first /etc/hosts line with that address, its canonical name */
  hostName(addr: string): string | undefined {
    return this.db("/etc/hosts", 0).find((e) => e.value === addr)?.names[0];
  }

  /** getnetbyname: the network number as a dotted quad padded with zeros */
  networkAddress(name: string): string | undefined {
    const e = this.db("/etc/networks", 1).find((x) => x.names.includes(name));
    return e ? inetNetwork(e.value) : undefined;
  }

  /** getnetbyaddr */
  networkName(addr: string): string | undefined {
    return this.db("/etc/networks", 1).find((x) => inetNetwork(x.value) === addr)?.names[0];
  }
}

/** inet_network(3): "127.0.0.0" is 127.0.0.0 but a short "127" is the number 127 (0.0.0.127) */
function inetNetwork(v: string): string {
  let n = 0;
  for (const p of v.split(".")) n = n * 256 + (Number(p) & 255);
  n >>>= 0;
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join(".");
}
