/**
 * Red Hat's initscripts-era static routes, applied at boot on hosts of the
 * "redhat" flavour once the interfaces are up (what /etc/init.d/network and
 * ifup-routes did):
 *  - /etc/sysconfig/network-scripts/route-IFACE for each interface that is up,
 *    either `ip route` arguments per line (`10.0.0.0/24 via 192.168.1.1`,
 *    run as `ip -4 route add LINE`) or the ADDRESSn= / NETMASKn= / GATEWAYn=
 *    form (run as `ip route add ADDRESS/NETMASK via GATEWAY dev IFACE`);
 *  - /etc/sysconfig/static-routes: every line starting with `any` becomes
 *    `route add -REST` (`any net 10.0.0.0 netmask 255.255.255.0 gw 192.168.1.1`,
 *    `any host 10.1.1.1 gw 192.168.1.1`).
 * Commands run through init's command runner; their errors go to the boot log.
 */
import type { Host } from "../host/host.js";
import { readText } from "../commands/system/sysctl-conf.js";
import type { RunCommandLine } from "./boot.js";

/** a line of shell words from a config file: only plain words go on a command line */
function safeWords(line: string): string | undefined {
  const words = line.trim().split(/\s+/);
  return words.every((w) => /^[A-Za-z0-9._:/-]+$/.test(w)) ? words.join(" ") : undefined;
}

function prefixOfNetmask(mask: string): number | undefined {
  const parts = mask.split(".").map(Number);
  if (parts.length !== 4 || parts.some((p) => !(p >= 0 && p <= 255))) return undefined;
  const n = ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
  for (let len = 0; len <= 32; len++) if ((len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0) === n) return len;
  return undefined;
}

/** the command lines ifup-routes runs for one route-IFACE file */
export function routeFileCommands(text: string, iface: string): string[] {
  const lines = text.split("\n").filter((l) => !/^\s*(#.*)?$/.test(l));
  const vars = new Map<string, string>();
  for (const l of lines) {
    const m = l.trim().match(/^([A-Z]+[0-9]+)=["']?([^"']*)["']?$/);
    if (m) vars.set(m[1], m[2]);
  }
  if (vars.size > 0) {
    const out: string[] = [];
    for (let i = 0; vars.has(`ADDRESS${i}`); i++) {
      const addr = vars.get(`ADDRESS${i}`)!;
      const len = prefixOfNetmask(vars.get(`NETMASK${i}`) ?? "255.255.255.255");
      const gw = vars.get(`GATEWAY${i}`);
      const line = safeWords(`${addr}/${len ?? 32}${gw ? ` via ${gw}` : ""} dev ${iface}`);
      if (line && len !== undefined) out.push(`ip route add ${line}`);
    }
    return out;
  }
  return lines.map(safeWords).filter((l): l is string => l !== undefined).map((l) => `ip -4 route add ${l}`);
}

/** the command lines /etc/init.d/network runs for /etc/sysconfig/static-routes */
export function staticRoutesCommands(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    const m = raw.match(/^any\s+(.*)$/);
    if (!m) continue;
    const args = safeWords(m[1]);
    if (args) out.push(`route add -${args}`);
  }
  return out;
}

export function applyRedHatStaticRoutes(host: Host, run: RunCommandLine): void {
  for (const link of host.kernel.links()) {
    if (!link.up || link.kind === "loopback") continue;
    const text = readText(host.fs, `/etc/sysconfig/network-scripts/route-${link.name}`);
    if (text !== undefined) for (const cmd of routeFileCommands(text, link.name)) run(cmd);
  }
  const text = readText(host.fs, "/etc/sysconfig/static-routes");
  if (text !== undefined) for (const cmd of staticRoutesCommands(text)) run(cmd);
}
