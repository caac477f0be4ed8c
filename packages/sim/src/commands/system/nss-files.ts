/**
 * The databases glibc 2.36's "files" NSS backend reads, as getent prints
 * them: /etc/passwd, group, shadow, gshadow (colon records, reprinted field
 * by field), /etc/hosts (gethostbyname2 tries IPv6 then IPv4, names match
 * without regard to case, gethostent lists IPv4 only with ::1 shown as
 * 127.0.0.1), /etc/networks, /etc/services and /etc/protocols (name or
 * alias, or number). Files are read on each lookup, so a learner's edit is
 * seen; the first matching entry wins.
 */
import { utf8Decode } from "../../bytes.js";
import type { Vfs } from "../../fs/types.js";
import { type ColonDb, colonRecords } from "../files/colon-db.js";

export { GROUP, GSHADOW, PASSWD, SHADOW } from "../files/colon-db.js";

/** one entry as getent prints it */
export type Line = string;

function lines(fs: Vfs, path: string): string[] {
  const r = fs.readFile(path);
  return r.ok ? utf8Decode(r.value).split("\n") : [];
}

/** the words of a hosts/networks/services/protocols line, comments cut */
function words(line: string): string[] {
  return line.replace(/#.*/, "").trim().split(/\s+/).filter(Boolean);
}

const pad = (name: string, width: number) => name.padEnd(width);

// --- colon databases --------------------------------------------------------

export function colonAll(fs: Vfs, db: ColonDb): Line[] {
  return colonRecords(fs, db).map((f) => f.join(":"));
}

/** getpwnam/getpwuid (and the group and shadow ones): digits look up the id */
export function colonLookup(fs: Vfs, db: ColonDb, key: string): Line | undefined {
  const byId = db.idField !== undefined && /^\d+$/.test(key);
  const f = colonRecords(fs, db).find((r) => (byId ? Number(r[db.idField!]) === Number(key) : r[0] === key));
  return f?.join(":");
}

// --- hosts -------------------------------------------------------------------

interface HostEntry {
  addr: string;
  v6: boolean;
  names: string[];
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** an IPv6 address as eight groups, or undefined when it is not one */
function ipv6Groups(text: string): number[] | undefined {
  if (!/^[0-9a-fA-F:]+$/.test(text) || !text.includes(":")) return undefined;
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const part = (s: string) => (s === "" ? [] : s.split(":"));
  const head = part(halves[0]);
  const tail = halves.length === 2 ? part(halves[1]) : [];
  const fill = 8 - head.length - tail.length;
  if ((halves.length === 1 && fill !== 0) || fill < 0 || (halves.length === 2 && fill < 1)) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? fill : 0).fill("0"), ...tail];
  if (all.some((g) => g.length === 0 || g.length > 4)) return undefined;
  return all.map((g) => Number.parseInt(g, 16));
}

function hostEntries(fs: Vfs): HostEntry[] {
  const out: HostEntry[] = [];
  for (const raw of lines(fs, "/etc/hosts")) {
    const w = words(raw);
    if (w.length < 2) continue;
    if (IPV4.test(w[0])) out.push({ addr: w[0], v6: false, names: w.slice(1) });
    else if (ipv6Groups(w[0])) out.push({ addr: w[0], v6: true, names: w.slice(1) });
  }
  return out;
}

const hostLine = (addr: string, names: string[]) => `${pad(addr, 15)} ${names.join(" ")}`;

/** gethostent: the IPv4 entries, and the IPv6 loopback as 127.0.0.1 */
export function hostsAll(fs: Vfs): Line[] {
  const out: Line[] = [];
  for (const e of hostEntries(fs)) {
    if (!e.v6) out.push(hostLine(e.addr, e.names));
    else if (ipv6Groups(e.addr)!.join(",") === "0,0,0,0,0,0,0,1") out.push(hostLine("127.0.0.1", e.names));
  }
  return out;
}

/** getent's hosts_keys: an address looks up its entry, a name its IPv6 entry, then its IPv4 one */
export function hostsLookup(fs: Vfs, key: string): Line | undefined {
  const entries = hostEntries(fs);
  const v6 = ipv6Groups(key);
  if (v6 || IPV4.test(key)) {
    const same = (e: HostEntry) => (v6 ? e.v6 && ipv6Groups(e.addr)!.join(",") === v6.join(",") : !e.v6 && e.addr === key);
    const e = entries.find(same);
    return e && hostLine(e.addr, e.names);
  }
  const lower = key.toLowerCase();
  for (const family of [true, false]) {
    const e = entries.find((x) => x.v6 === family && x.names.some((n) => n.toLowerCase() === lower));
    if (e) return hostLine(e.addr, e.names);
  }
  return undefined;
}

// --- networks, services, protocols ------------------------------------------

/** NAME NUMBER [ALIAS...] lines: networks and protocols */
function numberedEntries(fs: Vfs, path: string): { name: string; number: string; aliases: string[] }[] {
  return lines(fs, path)
    .map(words)
    .filter((w) => w.length >= 2)
    .map((w) => ({ name: w[0], number: w[1], aliases: w.slice(2) }));
}

const entryLine = (name: string, value: string, aliases: string[]) => [`${pad(name, 21)} ${value}`, ...aliases].join(" ");

/** a network number as inet_network reads it and inet_makeaddr/inet_ntoa print it */
function networkAddress(text: string): string | undefined {
  const parts = text.split(".");
  if (parts.length > 4 || parts.some((p) => !/^\d+$/.test(p) || Number(p) > 255)) return undefined;
  return [...parts, "0", "0", "0"].slice(0, 4).map(Number).join(".");
}

export function networksAll(fs: Vfs): Line[] {
  return numberedEntries(fs, "/etc/networks").flatMap((e) => {
    const a = networkAddress(e.number);
    return a === undefined ? [] : [entryLine(e.name, a, e.aliases)];
  });
}

/** getnetbyname (name or alias), or getnetbyaddr when the key is a dotted number */
export function networksLookup(fs: Vfs, key: string): Line | undefined {
  const wanted = networkAddress(key);
  const e = numberedEntries(fs, "/etc/networks").find((x) =>
    wanted !== undefined ? networkAddress(x.number) === wanted : x.name === key || x.aliases.includes(key),
  );
  const a = e && networkAddress(e.number);
  return e && a !== undefined ? entryLine(e.name, a, e.aliases) : undefined;
}

export function protocolsAll(fs: Vfs): Line[] {
  return numberedEntries(fs, "/etc/protocols")
    .filter((e) => /^\d+$/.test(e.number))
    .map((e) => entryLine(e.name, String(Number(e.number)), e.aliases));
}

/** getprotobynumber for digits, else getprotobyname (name or alias) */
export function protocolsLookup(fs: Vfs, key: string): Line | undefined {
  const byNumber = /^\d+$/.test(key);
  const e = numberedEntries(fs, "/etc/protocols")
    .filter((x) => /^\d+$/.test(x.number))
    .find((x) => (byNumber ? Number(x.number) === Number(key) : x.name === key || x.aliases.includes(key)));
  return e && entryLine(e.name, String(Number(e.number)), e.aliases);
}

interface Service {
  name: string;
  port: number;
  proto: string;
  aliases: string[];
}

function services(fs: Vfs): Service[] {
  const out: Service[] = [];
  for (const raw of lines(fs, "/etc/services")) {
    const w = words(raw);
    const m = w.length >= 2 ? /^(\d+)\/(\S+)$/.exec(w[1]) : null;
    if (m) out.push({ name: w[0], port: Number(m[1]), proto: m[2], aliases: w.slice(2) });
  }
  return out;
}

const serviceLine = (s: Service) => entryLine(s.name, `${s.port}/${s.proto}`, s.aliases);

export function servicesAll(fs: Vfs): Line[] {
  return services(fs).map(serviceLine);
}

/** getent's services_keys: NAME[/PROTO] or PORT[/PROTO] */
export function servicesLookup(fs: Vfs, key: string): Line | undefined {
  const slash = key.indexOf("/");
  const what = slash < 0 ? key : key.slice(0, slash);
  const proto = slash < 0 ? undefined : key.slice(slash + 1);
  const byPort = /^\d+$/.test(what);
  const s = services(fs).find(
    (x) => (proto === undefined || x.proto === proto) && (byPort ? x.port === Number(what) : x.name === what || x.aliases.includes(what)),
  );
  return s && serviceLine(s);
}
