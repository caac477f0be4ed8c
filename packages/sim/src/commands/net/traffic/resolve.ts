/**
 * Name lookup as glibc's resolver does it for a host with no reachable DNS:
 * dotted quads as they are, names through /etc/hosts, anything else
 * "Temporary failure in name resolution" (EAI_AGAIN: the lab has no DNS).
 */
import { type ByteString, utf8Decode } from "../../../bytes.js";
import type { Process } from "../../../process/process.js";
import { parseIp4 } from "../../../kernel/net/inet4.js";
import { memoized } from "../../../memo.js";

type HostsEntry = readonly [addr: string, names: readonly string[]];

function hostsEntries(proc: Process): readonly HostsEntry[] {
  const f = proc.host.fs.readFile("/etc/hosts");
  return f.ok ? parsedHosts(f.value) : [];
}

/** /etc/hosts parsed, by its content */
const parsedHosts = memoized(parseHosts, 16);

function parseHosts(text: ByteString): readonly HostsEntry[] {
  const out: HostsEntry[] = [];
  for (const raw of utf8Decode(text).split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const [addr, ...names] = line.split(/\s+/);
    if (parseIp4(addr) !== undefined) out.push([addr, names]);
  }
  return out;
}

export function isIp4(text: string): boolean {
  return parseIp4(text) !== undefined;
}

/** an IPv4 address for `name`, or undefined (the caller prints its tool's error) */
export function resolve4(proc: Process, name: string): string | undefined {
  if (isIp4(name)) return name;
  // inet_aton also takes shorthand like "10.1"; learners rarely use it, so only dotted quads are accepted
  for (const [addr, names] of hostsEntries(proc)) if (names.includes(name)) return addr;
  return undefined;
}

/** the first /etc/hosts name of `addr`, for tools that print names */
export function reverse4(proc: Process, addr: string): string | undefined {
  for (const [a, names] of hostsEntries(proc)) if (a === addr) return names[0];
  return undefined;
}
