/**
 * ifup(8) / ifdown(8) from ifupdown 0.8.41. The methods (`loopback`,
 * `static`, `manual`) are carried out with the same kernel operations the
 * `ip` commands ifupdown runs would make, and `-v` prints those commands as
 * the real tool does. `pre-up`/`up`/`post-up`/`down`/`pre-down`/`post-down`
 * lines are shell command lines, run through the caller's `runCommandLine`
 * (the shell lives above this layer). Which interfaces are up is kept where
 * ifupdown keeps it, in /run/network/ifstate.IFACE.
 */
import { asBytes } from "../../../bytes.js";
import { STRERROR } from "../../../kernel/errno.js";
import { broadcastOf, formatIp4, maskOf, parseIp4, prefixOfMask } from "../../../kernel/net/inet4.js";
import type { Host } from "../../../host/host.js";
import type { OutputStream } from "../../../process/streams.js";
import { type IfaceStanza, type InterfacesFile, option, parseInterfaces } from "./interfaces.js";
import { extackLine } from "../ip/context.js";

export const INTERFACES_PATH = "/etc/network/interfaces";
export const STATE_DIR = "/run/network";

export interface IfupdownEnv {
  host: Host;
  stdout: OutputStream;
  stderr: OutputStream;
  /** runs one shell command line, returns its exit status */
  runCommandLine: (line: string) => number;
}

interface Flags {
  all: boolean;
  verbose: boolean;
  noAct: boolean;
  force: boolean;
  allow?: string;
  interfacesPath: string;
  exclude: string[];
}

function stateFile(iface: string): string {
  return `${STATE_DIR}/ifstate.${iface}`;
}

function isConfigured(host: Host, iface: string): boolean {
  return host.fs.readFile(stateFile(iface)).ok;
}

function markConfigured(host: Host, iface: string, on: boolean): void {
  if (on) {
    host.fs.mkdir(STATE_DIR, { parents: true });
    host.fs.writeFile(stateFile(iface), asBytes(`${iface}\n`));
  } else host.fs.unlink(stateFile(iface));
}

/**
 * The interfaces ifdown -a takes down (ifdown(8): "all defined interfaces
 * ... in the order in which they are currently listed in the state file"):
 * those with a state file that the interfaces file defines, in the order
 * they were configured (the state files' inode numbers grow as ifup makes
 * them).
 */
function configuredInterfaces(host: Host, file: InterfacesFile): string[] {
  const list = host.fs.readdir(STATE_DIR);
  if (!list.ok) return [];
  const defined = new Set(file.ifaces.map((s) => s.name));
  const up: { name: string; ino: number }[] = [];
  for (const entry of list.value) {
    if (!entry.startsWith("ifstate.")) continue;
    const name = entry.slice(8);
    const st = host.fs.stat(`${STATE_DIR}/${entry}`);
    if (defined.has(name) && st.ok) up.push({ name, ino: st.value.ino });
  }
  return up.sort((a, b) => a.ino - b.ino).map((u) => u.name);
}

/** "192.168.1.10/24" or address + netmask -> address, prefix length */
function staticAddress(st: IfaceStanza): { addr: string; len: number } | undefined {
  const a = option(st, "address");
  if (!a) return undefined;
  const [addr, lenText] = a.split("/");
  if (parseIp4(addr) === undefined) return undefined;
  let len = 32;
  if (lenText !== undefined) len = Number(lenText);
  else {
    const nm = option(st, "netmask");
    if (nm !== undefined) len = /^[0-9]+$/.test(nm) ? Number(nm) : (prefixOfMask(parseIp4(nm) ?? -1) ?? 32);
  }
  return { addr, len };
}

function runHooks(env: IfupdownEnv, st: IfaceStanza, names: string[], flags: Flags): boolean {
  for (const [k, v] of st.options) {
    if (!names.includes(k)) continue;
    if (flags.verbose) env.stderr.write(`${v}\n`);
    if (flags.noAct) continue;
    if (env.runCommandLine(v) !== 0) return false;
  }
  return true;
}

function up(env: IfupdownEnv, st: IfaceStanza, flags: Flags): boolean {
  const k = env.host.kernel;
  const v = (line: string) => flags.verbose && env.stderr.write(`${line}\n`);
  if (flags.verbose) env.stderr.write(`\nifup: configuring interface ${st.name}=${st.name} (${st.family})\n`);
  if (!runHooks(env, st, ["pre-up"], flags)) return false;
  const base = st.name.split(":")[0];
  const link = k.linkByName(base);
  if (st.method === "loopback") {
    v(`ip link set dev ${st.name} up`);
    if (!flags.noAct && link) k.setLinkUp(link.ifindex, true);
  } else if (st.method === "static") {
    const a = staticAddress(st);
    if (!link) {
      env.stderr.write(`Cannot find device "${st.name}"\n`);
      return false;
    }
    if (a) {
      const brdOpt = option(st, "broadcast");
      const n = parseIp4(a.addr)!;
      const brd = brdOpt && brdOpt !== "+" && brdOpt !== "-" ? brdOpt : a.len < 31 ? formatIp4(broadcastOf(n, a.len)) : undefined;
      v(`ip addr add ${a.addr}/${formatIp4(maskOf(a.len))}${brd ? ` broadcast ${brd}` : ""} \t  dev ${st.name} label ${st.name}`);
      if (!flags.noAct) {
        const r = k.addAddr4({ ifindex: link.ifindex, local: a.addr, prefixlen: a.len, broadcast: brd, label: st.name });
        if (!r.ok) {
          env.stderr.write(r.detail ? extackLine(r.detail) : `RTNETLINK answers: ${STRERROR[r.errno]}\n`);
          return false;
        }
      }
    }
    const mtu = option(st, "mtu");
    if (mtu) {
      v(`ip link set dev ${st.name} mtu ${mtu}`);
      if (!flags.noAct) k.setLinkMtu(link.ifindex, Number(mtu));
    }
    v(`ip link set dev ${st.name}   up`);
    if (!flags.noAct) k.setLinkUp(link.ifindex, true);
    const gw = option(st, "gateway");
    // ifupdown's template line for the gateway expands to an empty line when there is none
    if (!gw) v("");
    if (gw) {
      v(` ip route add default via ${gw}  dev ${st.name} onlink `);
      if (!flags.noAct) {
        const r = k.addRoute({ dst: "default", gateway: gw, ifindex: link.ifindex, onlink: true });
        if (!r.ok) {
          env.stderr.write(r.detail ? extackLine(r.detail) : `RTNETLINK answers: ${STRERROR[r.errno]}\n`);
          return false;
        }
      }
    }
  } else if (st.method === "manual") {
    v(`ip link set dev ${st.name} up 2>/dev/null || true`);
    if (!flags.noAct && link) k.setLinkUp(link.ifindex, true);
  } else {
    env.stderr.write(`ifup: method ${st.method} is not supported here\n`);
    return false;
  }
  return runHooks(env, st, ["up", "post-up"], flags);
}

function down(env: IfupdownEnv, st: IfaceStanza, flags: Flags): boolean {
  const k = env.host.kernel;
  const v = (line: string) => flags.verbose && env.stderr.write(`${line}\n`);
  if (flags.verbose) env.stderr.write(`ifdown: configuring interface ${st.name}=${st.name} (${st.family})\n`);
  if (!runHooks(env, st, ["pre-down", "down"], flags)) return false;
  const link = k.linkByName(st.name.split(":")[0]);
  if (st.method === "loopback") {
    v(`ip link set dev ${st.name} down`);
    if (!flags.noAct && link) k.setLinkUp(link.ifindex, false);
  } else if (st.method === "static" && link) {
    const gw = option(st, "gateway");
    if (gw) {
      v(` ip route del default via ${gw}  dev ${st.name} 2>&1 1>/dev/null || true `);
      if (!flags.noAct) k.delRoute({ dst: "default", gateway: gw, ifindex: link.ifindex });
    }
    const a = staticAddress(st);
    if (a) {
      const brd = a.len < 31 ? formatIp4(broadcastOf(parseIp4(a.addr)!, a.len)) : undefined;
      v(`ip addr del ${a.addr}/${formatIp4(maskOf(a.len))}${brd ? ` broadcast ${brd}` : ""} \t  dev ${st.name} label ${st.name}`);
      if (!flags.noAct) k.delAddr4({ ifindex: link.ifindex, local: a.addr, prefixlen: a.len });
    }
    // an alias stanza only removes its own address; the device itself is flushed and downed
    if (!st.name.includes(":")) {
      v(`ip -4 addr flush dev ${st.name}`);
      v(`ip link set dev ${st.name} down`);
      if (!flags.noAct) {
        k.flushAddr4(link.ifindex);
        k.setLinkUp(link.ifindex, false);
      }
    }
  } else if (st.method === "manual" && link) {
    v(`ip link set dev ${st.name} down 2>/dev/null || true`);
    if (!flags.noAct) k.setLinkUp(link.ifindex, false);
  }
  if (!runHooks(env, st, ["post-down"], flags)) return false;
  if (flags.verbose) env.stderr.write("\n");
  return true;
}

const HELP = `Usage: PROG <options> <ifaces...>

Options:
\t-h, --help             this help
\t-V, --version          copyright and version information
\t-a, --all              process all interfaces marked "auto"
\t--allow CLASS          ignore non-"allow-CLASS" interfaces
\t-i, --interfaces FILE  use FILE for interface definitions
\t--state-dir DIR        use DIR to store state information
\t-X, --exclude PATTERN  exclude interfaces from the list of
\t                       interfaces to operate on by a PATTERN
\t-n, --no-act           print out what would happen, but don't do it
\t                       (note that this option doesn't disable mappings)
\t-v, --verbose          print out what would happen before doing it
\t-o OPTION=VALUE        set OPTION to VALUE as though it were in
\t                       /etc/network/interfaces
\t--no-mappings          don't run any mappings
\t--no-scripts           don't run any hook scripts
\t--no-loopback          don't act specially on the loopback device
\t-f, --force            force de/configuration
\t--ignore-errors        ignore errors
`;

/** run ifup (`mode` "up") or ifdown ("down") with its argv (without argv[0]); returns the exit status */
export function ifupdown(env: IfupdownEnv, mode: "up" | "down", argv: string[]): number {
  const prog = mode === "up" ? "ifup" : "ifdown";
  const flags: Flags = { all: false, verbose: false, noAct: false, force: false, interfacesPath: INTERFACES_PATH, exclude: [] };
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-a" || a === "--all") flags.all = true;
    else if (a === "-v" || a === "--verbose") flags.verbose = true;
    else if (a === "-n" || a === "--no-act") flags.noAct = true;
    else if (a === "-f" || a === "--force") flags.force = true;
    else if (a === "-i" || a === "--interfaces") flags.interfacesPath = argv[++i] ?? INTERFACES_PATH;
    else if (a.startsWith("--allow=")) flags.allow = a.slice(8);
    else if (a === "--allow") flags.allow = argv[++i];
    else if (a === "-X" || a === "--exclude") flags.exclude.push(argv[++i] ?? "");
    else if (a.startsWith("--exclude=")) flags.exclude.push(a.slice(10));
    else if (a === "--state-dir") i++;
    else if (["--no-scripts", "--no-mappings", "--no-loopback", "--ignore-errors", "--read-environment"].includes(a)) continue;
    else if (a === "-h" || a === "--help") {
      env.stdout.write(HELP.replace("PROG", prog));
      return 0;
    } else if (a === "-V" || a === "--version") {
      env.stdout.write(`${prog} version 0.8.41\n`);
      return 0;
    } else if (a.startsWith("-")) {
      env.stderr.write(`${prog}: unrecognized option '${a}'\n${prog}: Use --help for help\n`);
      return 1;
    } else names.push(a);
  }
  const file: InterfacesFile = parseInterfaces(env.host.fs, flags.interfacesPath);
  if (!env.host.fs.readFile(flags.interfacesPath).ok) {
    env.stderr.write(`${prog}: couldn't read interfaces file "${flags.interfacesPath}"\n`);
    return 1;
  }
  let targets = names;
  if (flags.all && mode === "up") targets = flags.allow ? (file.allow[flags.allow] ?? []) : file.auto;
  else if (flags.all) {
    // ifdown -a: every interface that is up and defined in the file (auto or not)
    targets = configuredInterfaces(env.host, file).filter((n) => !flags.allow || (file.allow[flags.allow] ?? []).includes(n));
  } else if (names.length === 0) {
    env.stderr.write(`${prog}: no interface(s) specified\n${prog}: Use --help for help\n`);
    return 1;
  }
  targets = targets.filter((n) => !flags.exclude.some((x) => n.includes(x)));
  let status = 0;
  for (const name of targets) {
    const [iface, logical] = name.includes("=") ? name.split("=") : [name, name];
    if (flags.allow && !flags.all && !(file.allow[flags.allow] ?? []).includes(iface)) continue;
    const stanzas = file.ifaces.filter((s) => s.name === logical);
    const configured = isConfigured(env.host, iface);
    if (mode === "up") {
      if (configured && !flags.force) {
        if (!flags.all) env.stderr.write(`ifup: interface ${iface} already configured\n`);
        continue;
      }
      if (stanzas.length === 0) {
        if (!flags.all) {
          env.stderr.write(`ifup: unknown interface ${iface}\n`);
          status = 1;
        }
        continue;
      }
      let okAll = true;
      for (const st of stanzas) if (!up(env, st, flags)) okAll = false;
      if (!okAll) {
        env.stderr.write(`ifup: failed to bring up ${iface}\n`);
        status = 1;
        continue;
      }
      if (!flags.noAct) markConfigured(env.host, iface, true);
    } else {
      if (!configured && !flags.force) {
        if (!flags.all) env.stderr.write(`ifdown: interface ${iface} not configured\n`);
        continue;
      }
      for (const st of stanzas.length ? stanzas : []) down(env, st, flags);
      if (!flags.noAct) markConfigured(env.host, iface, false);
    }
  }
  return status;
}

