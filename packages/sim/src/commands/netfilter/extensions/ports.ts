/**
 * Ports as the tcp, udp and multiport extensions read and print them: a
 * number or a service name from /etc/services, ranges "a:b" (an empty side
 * meaning 0 or 65535), and "ssh"-style names in listings unless -n.
 */
import type { NfPortRange } from "../../../kernel/net/netfilter/types.js";
import type { NetDb } from "../netdb.js";
import { strtouiWhole } from "./options.js";
import type { ParseEnv, PrintEnv } from "./types.js";

/** xtables_parse_port: a number 0-65535 or a service of `proto` */
export function parsePort(env: ParseEnv, text: string, proto: string): number {
  const n = strtouiWhole(text, 0, 65535);
  if (n !== undefined) return n;
  const s = env.db.servicePort(text, proto);
  if (s !== undefined) return s;
  return env.fail(`invalid port/service \`${text}' specified`);
}

/** getaddrinfo(NULL, name): a decimal number, or a tcp then udp service name; -1 when neither */
export function portByName(db: NetDb, text: string): number {
  if (/^\d+$/.test(text)) return Number(text) & 0xffff;
  return db.servicePort(text, "tcp") ?? db.servicePort(text, "udp") ?? -1;
}

/** tcp's parse_tcp_ports: "a", "a:b", ":b", "a:" */
export function parseTcpPorts(env: ParseEnv, text: string): NfPortRange {
  const colon = text.indexOf(":");
  if (colon < 0) {
    const p = parsePort(env, text, "tcp");
    return { min: p, max: p };
  }
  const lo = text.slice(0, colon);
  const hi = text.slice(colon + 1);
  const min = lo ? parsePort(env, lo, "tcp") : 0;
  const max = hi ? parsePort(env, hi, "tcp") : 0xffff;
  if (min > max) env.fail("invalid portrange (min > max)");
  return { min, max };
}

/** print one port, named unless numeric */
export function portText(db: NetDb, port: number, proto: string, numeric: boolean): string {
  return (numeric ? undefined : db.serviceName(port, proto)) ?? String(port);
}

/** tcp/udp print_ports: " dpt:ssh", " dpts:1024:65535", " spt:!53" */
export function printPorts(env: PrintEnv, label: string, r: (NfPortRange & { invert: boolean }) | undefined, proto: string, numeric: boolean): string {
  if (!r) return "";
  const inv = r.invert ? "!" : "";
  if (r.min === r.max) return ` ${label}:${inv}${portText(env.db, r.min, proto, numeric)}`;
  return ` ${label}s:${inv}${portText(env.db, r.min, proto, numeric)}:${portText(env.db, r.max, proto, numeric)}`;
}

/** tcp/udp save: " ! --dport 25", " --sport 1:1023" */
export function savePorts(opt: string, r: (NfPortRange & { invert: boolean }) | undefined): string {
  if (!r) return "";
  return `${r.invert ? " !" : ""} --${opt} ${r.min === r.max ? r.min : `${r.min}:${r.max}`}`;
}

/** a range as the kernel keeps it: the full range without `!` is no match at all */
function keepRange(r: (NfPortRange & { invert: boolean }) | undefined): (NfPortRange & { invert: boolean }) | undefined {
  return !r || (r.min === 0 && r.max === 0xffff && !r.invert) ? undefined : r;
}

type Ports = { sport?: NfPortRange & { invert: boolean }; dport?: NfPortRange & { invert: boolean } };

/** the port fields of a tcp/udp match as the kernel keeps them */
export function keptPorts(data: Ports): Ports {
  const out: Ports = {};
  const s = keepRange(data.sport);
  const d = keepRange(data.dport);
  if (s) out.sport = s;
  if (d) out.dport = d;
  return out;
}
