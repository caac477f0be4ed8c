/**
 * The reference: a topology built from real network namespaces on this
 * machine (Node only, root only). Isolation rules, enforced here:
 *  - only namespaces this module creates, named `rlcmp<pid>-<host>` (and one
 *    `rlcmp<pid>-stub` holding the far ends of unlinked NICs); namespaces of
 *    a run that was killed are deleted at the start of the next;
 *  - veth pairs only between those namespaces: the machine's own interfaces
 *    are never touched, no namespace gets a route out;
 *  - every command runs under `ip netns exec NS unshare --uts --mount` with
 *    the host's name and its /etc/hosts, /etc/networks, /etc/resolv.conf
 *    (empty: no DNS), /etc/network/interfaces, /etc/sysctl.conf and
 *    /run/network bind-mounted from a private directory, so nothing a script
 *    does reaches the machine's files or hostname; with the topology's
 *    `hostsFromFilesOnly`, also an /etc/nsswitch.conf without "dns" (see
 *    topology.ts);
 *  - `guardStep` refuses commands that would act outside the namespace
 *    (reboot, non-network sysctls, `sysctl --system` without --dry-run).
 * `destroy()` deletes everything it made; callers run it in `finally`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { interfacesFile } from "../../lab/build.js";
import type { Step, Topology } from "./topology.js";

export const NS_PREFIX = "rlcmp";

export interface RunOutput {
  stdout: string;
  stderr: string;
  exit: number;
}

function sh(cmd: string, env: Record<string, string> = {}, timeout = 30_000): RunOutput {
  const r = spawnSync("bash", ["-c", cmd], { encoding: "utf8", env: { ...process.env, LC_ALL: "C", ...env }, timeout });
  if (r.error) throw r.error;
  return { stdout: r.stdout, stderr: r.stderr, exit: r.status ?? 128 };
}

function must(cmd: string, timeout?: number): string {
  const r = sh(cmd, {}, timeout);
  if (r.exit !== 0) throw new Error(`netns harness: \`${cmd}\` failed (${r.exit}): ${r.stderr}`);
  return r.stdout;
}

const TOOLS: [string, string][] = [
  ["ip", "iproute2"],
  ["route", "net-tools"],
  ["netstat", "net-tools"],
  ["ifconfig", "net-tools"],
  ["sysctl", "procps"],
  ["ifup", "ifupdown"],
  ["unshare", "util-linux"],
  ["ping", "iputils-ping"],
  ["iptables-legacy", "iptables"],
];

/** install the Debian packages whose programs are missing (CI runs as root); `extra` for a script's own tools */
export function ensureTools(extra: [string, string][] = []): void {
  if (process.getuid?.() !== 0) throw new Error("netns harness: needs root (ip netns add); CI runs as root");
  const missing = [...new Set([...TOOLS, ...extra].filter(([bin]) => sh(`command -v ${bin}`).exit !== 0).map(([, pkg]) => pkg))];
  if (missing.length === 0) return;
  // apt can take minutes on a busy machine (and waits for another apt's lock)
  must(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 ${missing.join(" ")} >/dev/null`, 900_000);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why network namespaces cannot be made here, or undefined when they can:
 * not root, or `ip netns add` refused (a container without CAP_SYS_ADMIN).
 * Creates and deletes one probe namespace of its own.
 */
export function netnsUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return "not root: creating network namespaces needs root (CI runs as root)";
  if (sh("command -v ip").exit !== 0) return "no ip(8) to make network namespaces with";
  const probe = `${NS_PREFIX}${process.pid}-probe`;
  const r = sh(`ip netns add ${probe}`);
  if (r.exit !== 0) return `ip netns add failed: ${r.stderr.trim()}`;
  sh(`ip netns del ${probe}`);
  return undefined;
}

/** delete namespaces left by runs that died (their pid is gone) */
export function cleanStale(): void {
  for (const line of must("ip netns list").split("\n")) {
    const name = line.split(" ")[0];
    const m = name.match(new RegExp(`^${NS_PREFIX}(\\d+)-`));
    if (m && (Number(m[1]) === process.pid || !pidAlive(Number(m[1])))) sh(`ip netns del ${name}`);
  }
}

/** commands that would reach outside a network namespace */
export function guardStep(cmd: string): void {
  if (/\b(reboot|shutdown|halt|poweroff|init|telinit)\b/.test(cmd)) throw new Error(`netns harness: refusing "${cmd}": it would act on this machine`);
  if (/\bsysctl\b/.test(cmd) && /--system/.test(cmd) && !/--dry-run/.test(cmd)) throw new Error(`netns harness: refusing "${cmd}": --system writes non-network sysctls; add --dry-run`);
  if (/\b(kernel|fs|vm|dev|user|abi|debug)\.[a-z_.0-9]+\s*=/.test(cmd) && !/kernel\.hostname/.test(cmd))
    throw new Error(`netns harness: refusing "${cmd}": that sysctl is not per network namespace`);
}

export class RealNetwork {
  private readonly dir: string;
  private readonly ns = new Map<string, string>();
  private readonly stub: string;
  private readonly created: string[] = [];
  /** process groups of the daemons started in the namespaces (realDaemons), ended by id in destroy() */
  private readonly daemons: number[] = [];

  /** `files(host)` gives the sim host's /etc files to mirror (hosts, networks, sysctl.conf) */
  constructor(
    readonly topo: Topology,
    private readonly files: (host: string) => Record<string, string>,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), "rlcmp-"));
    this.stub = `${NS_PREFIX}${process.pid}-stub`;
    for (const h of topo.lab.hosts) this.ns.set(h.name, `${NS_PREFIX}${process.pid}-${h.name}`);
  }

  nicNames(host: string): string[] {
    return this.topo.lab.hosts.find((h) => h.name === host)!.interfaces.map((i) => i.name);
  }

  private addNs(name: string): void {
    must(`ip netns add ${name}`);
    this.created.push(name);
  }

  build(): void {
    cleanStale();
    this.addNs(this.stub);
    for (const ns of this.ns.values()) {
      this.addNs(ns);
      // no duplicate address detection: addresses are final at once, as in the simulation (no "tentative", local routes present)
      must(`ip netns exec ${ns} sysctl -q -w net.ipv6.conf.default.accept_dad=0 net.ipv6.conf.all.accept_dad=0`);
    }
    const linked = new Set<string>();
    for (const [a, b] of this.topo.links ?? []) {
      const na = this.nic(a.host, a.nic);
      const nb = this.nic(b.host, b.nic);
      must(
        `ip link add ${a.nic} index ${na.index} address ${na.mac} netns ${this.ns.get(a.host)} type veth peer name ${b.nic} index ${nb.index} address ${nb.mac} netns ${this.ns.get(b.host)}`,
      );
      linked.add(`${a.host}/${a.nic}`).add(`${b.host}/${b.nic}`);
    }
    let stubN = 0;
    for (const h of this.topo.lab.hosts) {
      h.interfaces.forEach((nic) => {
        if (linked.has(`${h.name}/${nic.name}`)) return;
        const n = this.nic(h.name, nic.name);
        const peer = `s${stubN++}`;
        must(`ip link add ${nic.name} index ${n.index} address ${n.mac} netns ${this.ns.get(h.name)} type veth peer name ${peer} netns ${this.stub}`);
        must(`ip -n ${this.stub} link set ${peer} up`);
      });
    }
    for (const h of this.topo.lab.hosts) {
      const d = join(this.dir, h.name);
      mkdirSync(join(d, "state"), { recursive: true });
      const f = this.files(h.name);
      writeFileSync(join(d, "interfaces"), f["/etc/network/interfaces"] ?? interfacesFile(h));
      writeFileSync(join(d, "hosts"), f["/etc/hosts"] ?? "127.0.0.1\tlocalhost\n");
      writeFileSync(join(d, "networks"), f["/etc/networks"] ?? "");
      writeFileSync(join(d, "sysctl.conf"), f["/etc/sysctl.conf"] ?? "");
      writeFileSync(join(d, "resolv.conf"), "");
      if (this.topo.hostsFromFilesOnly)
        writeFileSync(join(d, "nsswitch.conf"), (f["/etc/nsswitch.conf"] ?? "hosts: files\nnetworks: files\n").replace(/^(hosts:.*?)\s+dns\b/m, "$1"));
      // Debian's boot: ifup -a over the host's interfaces file (hook lines run, if-up.d scripts do not)
      const up = this.exec(h.name, "ifup -a --no-scripts 2>&1 >/dev/null; true");
      if (up.exit !== 0) throw new Error(`netns harness: ifup on ${h.name} failed: ${up.stdout}${up.stderr}`);
      for (const [k, v] of Object.entries(this.topo.sysctls?.[h.name] ?? {})) this.exec(h.name, `sysctl -q -w ${k}=${v}`);
    }
    for (const [host, daemons] of Object.entries(this.topo.realDaemons ?? {})) for (const d of daemons) this.startDaemon(host, d);
  }

  /**
   * A server in `host`'s namespace for the rest of the run, in a session of
   * its own (setsid) so that destroy() can end it and its children by
   * process group; then wait (5 s at most) until it listens on `d.port`.
   */
  private startDaemon(host: string, d: { cmd: string; port: number }): void {
    const ns = this.nsOf(host);
    const r = must(`ip netns exec ${ns} setsid ${d.cmd} </dev/null >/dev/null 2>&1 & echo $!`);
    this.daemons.push(Number(r.trim()));
    for (let i = 0; i < 50; i++) {
      if (sh(`ip netns exec ${ns} ss -Hltn 'sport = :${d.port}'`).stdout.trim() !== "") return;
      sh("sleep 0.1");
    }
    throw new Error(`netns harness: ${d.cmd} on ${host} did not listen on port ${d.port}`);
  }

  private nic(host: string, name: string): { index: number; mac: string } {
    const h = this.topo.lab.hosts.find((x) => x.name === host);
    const i = h?.interfaces.findIndex((n) => n.name === name) ?? -1;
    if (!h || i < 0) throw new Error(`netns harness: no NIC ${host}/${name}`);
    const mac = h.interfaces[i].mac;
    if (!mac) throw new Error(`netns harness: NIC ${host}/${name} needs a fixed mac`);
    return { index: i + 2, mac };
  }

  /** the bind mounts, hostname and cwd every command line of `host` runs with */
  private setup(host: string): string {
    const d = join(this.dir, host);
    return [
      `mount --bind ${d}/hosts /etc/hosts`,
      `mount --bind ${d}/networks /etc/networks`,
      `mount --bind ${d}/resolv.conf /etc/resolv.conf`,
      ...(this.topo.hostsFromFilesOnly ? [`mount --bind ${d}/nsswitch.conf /etc/nsswitch.conf`] : []),
      `mount --bind ${d}/sysctl.conf /etc/sysctl.conf`,
      `mkdir -p /etc/network /run/network`,
      `touch /etc/network/interfaces`,
      `mount --bind ${d}/interfaces /etc/network/interfaces`,
      `mount --bind ${d}/state /run/network`,
      `hostname ${host}`,
      `cd /root 2>/dev/null || cd /`,
    ].join(" && ");
  }

  private nsOf(host: string): string {
    const ns = this.ns.get(host);
    if (!ns) throw new Error(`netns harness: no host ${host}`);
    return ns;
  }

  /** run a command line as `bash -c` on `host`, inside its namespace and its private mounts */
  exec(host: string, cmd: string): RunOutput {
    return sh(`ip netns exec ${this.nsOf(host)} unshare --uts --mount bash -c '${this.setup(host)} && eval "$RL_CMD"'`, { RL_CMD: cmd });
  }

  run(step: Step): RunOutput {
    guardStep(step.cmd);
    return this.exec(step.host, step.cmd);
  }

  /**
   * Several command lines of one host in one namespace entry: each runs in
   * its own subshell (as `bash -c` would), its output kept apart in files of
   * the host's private directory. Much faster than `run` per line; what a
   * line changes in the mount or UTS namespace (a `hostname`) lasts for the
   * following lines, as on a real machine.
   */
  runMany(host: string, cmds: string[]): RunOutput[] {
    for (const cmd of cmds) guardStep(cmd);
    const d = join(this.dir, host, "batch");
    mkdirSync(d, { recursive: true });
    const env: Record<string, string> = {};
    const body = cmds.map((cmd, i) => {
      env[`RL_CMD_${i}`] = cmd;
      return `( eval "$RL_CMD_${i}" ) </dev/null >${d}/o${i} 2>${d}/e${i}; echo $? >${d}/x${i}`;
    });
    const r = sh(`ip netns exec ${this.nsOf(host)} unshare --uts --mount bash -c '${this.setup(host)} && { ${body.join("; ")}; }'`, env);
    if (r.exit !== 0) throw new Error(`netns harness: batch on ${host} failed (${r.exit}): ${r.stderr}`);
    const read = (f: string) => readFileSync(join(d, f), "utf8");
    const out = cmds.map((_, i) => ({ stdout: read(`o${i}`), stderr: read(`e${i}`), exit: Number(read(`x${i}`).trim()) }));
    rmSync(d, { recursive: true, force: true });
    return out;
  }

  destroy(): void {
    for (const pgid of this.daemons) sh(`kill -TERM -- -${pgid} 2>/dev/null; true`);
    this.daemons.length = 0;
    for (const ns of this.created.reverse()) sh(`ip netns del ${ns}`);
    this.created.length = 0;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
