/**
 * One host's kernel: the syscall-like API over `KernelState`. Userland
 * (commands, the shell, /proc) calls these functions and never writes the
 * state itself. Errors come back as `Result`s carrying Linux errno names.
 * Networking operations live in net/*.ts; this class validates names and
 * delegates, as rtnetlink's handlers do.
 */
import type { Clock } from "../world/clock.js";
import { BlockLayer, newBlockState } from "./block/block.js";
import { bootId } from "./boot-id.js";
import type { DiskState } from "./block/state.js";
import { type Result, fail, ok } from "./errno.js";
import { type AddrMatch, type AddrSpec, addAddr4, delAddr4, flushAddr4 } from "./net/addr.js";
import { fibLookup } from "./net/fib.js";
import { parseIp4 } from "./net/inet4.js";
import { setLinkMtu, setLinkName, setLinkUp } from "./net/link.js";
import { type LinkInfo, linkInfo, probeCarrierChanges } from "./net/link-info.js";
import { type RouteMatch, type RouteOp, type RouteSpec, addRoute, addRouteIoctl, delRoute, flushRoutes } from "./net/route.js";
import { type OutputQuery, type RouteDecision, routeOutput } from "./net/route-output.js";
import type { Inet4Addr, Inet6Addr, KernelState, LinkState, RouteState, RouteTable } from "./state.js";
import { type NetEnv, isolatedEnv } from "./net/packet/env.js";
import { NetStack } from "./net/packet/stack.js";
import { CT_COUNT_SYSCTL } from "./net/netfilter/conntrack/sysctl.js";

/** sysctls whose /proc/sys file is mode 0444: what the kernel reports, nobody sets (root included: EACCES at open) */
const READ_ONLY_SYSCTLS: ReadonlySet<string> = new Set([CT_COUNT_SYSCTL, "kernel.osrelease", "kernel.ostype"]);
import { Netfilter, settleConntrack } from "./net/netfilter/netfilter.js";
import { type TaskState, signalTask, taskAlive } from "./task.js";
import { type LogRecord, logBufferAppend, logBufferClear, logBufferRecords } from "./printk.js";

export class Kernel {
  private netStack?: NetStack;

  constructor(
    readonly state: KernelState,
    readonly clock: Clock,
    /** the wire, timers and PRNG the world provides; a kernel without one is alone (unit tests) */
    private readonly env?: NetEnv,
    /** the host's disks (hardware); none for a kernel alone in a unit test */
    private readonly disks: () => DiskState[] = () => [],
    /** ms of virtual time (clock.now) this kernel was booted at: the zero of the log's stamps */
    private readonly bootedAt: () => number = () => 0,
  ) {}

  /**
   * Start a task (task.ts) that runs `ms` of virtual time from `started` and then
   * exits with `status`. Its pid is `floor` or, when that was given
   * before, the next after every pid given before: a real kernel's counter moves on with each fork, and the
   * caller knows how far the other programs took it (process/table.ts).
   */
  spawnTask(spec: { ppid: number; argv: string[]; tty?: string; started: number; ms: number; status: number; floor: number }): number {
    const pid = this.allocPid(spec.floor);
    const t = spec.started;
    (this.state.tasks ??= []).push({ pid, ppid: spec.ppid, argv: spec.argv, tty: spec.tty, started: t, exitsAt: t + spec.ms, status: spec.status });
    return pid;
  }

  /** a pid for a process started now (a task, a daemon started again): `floor`, or the next after every pid given before */
  allocPid(floor: number): number {
    const pid = Math.max(floor, (this.state.lastPid ?? 0) + 1);
    this.state.lastPid = pid;
    return pid;
  }

  /** the task's program has run: it exits `ms` of virtual time after it started, with `status` */
  setTaskExit(pid: number, ms: number, status: number): void {
    const t = this.state.tasks?.find((x) => x.pid === pid);
    if (!t) return;
    t.exitsAt = t.started + ms;
    t.status = status;
  }

  /** every task not yet reaped (alive, stopped or dead) */
  tasks(): readonly TaskState[] {
    return this.state.tasks ?? [];
  }

  /** the tasks ps lists now: running or stopped */
  liveTasks(): TaskState[] {
    return this.tasks().filter((t) => taskAlive(t, this.clock.now));
  }

  /** kill(2) to a task; ESRCH when there is none with that pid */
  signalTask(pid: number, sig: number): Result {
    return signalTask(this.state.tasks ?? [], pid, sig, this.clock.now);
  }

  /** waitpid(2): the parent has collected a dead task's status; it leaves the table */
  reapTask(pid: number): void {
    const tasks = this.state.tasks;
    if (!tasks) return;
    const i = tasks.findIndex((t) => t.pid === pid);
    if (i >= 0) tasks.splice(i, 1);
    if (tasks.length === 0) delete this.state.tasks;
  }

  /** this boot's ID, 32 hex digits (boot-id.ts); the machine is told by its first NIC */
  get bootId(): string {
    return bootId(this.state.links.find((l) => l.kind !== "loopback")?.mac ?? this.state.hostname, this.bootedAt());
  }

  /** ms of virtual time since boot (what /proc/uptime and the log's stamps count) */
  get uptimeMs(): number {
    return Math.max(0, this.clock.now - this.bootedAt());
  }

  private blockLayer?: BlockLayer;

  /** disks, partitions and mounts (block/) */
  get block(): BlockLayer {
    this.blockLayer ??= new BlockLayer(this.disks, () => {
      // made at power-on; a kernel state from before disks existed gets one on first use
      this.state.block ??= newBlockState(this.disks()).state;
      return this.state.block;
    });
    return this.blockLayer;
  }

  /** the IPv4 packet path and sockets (net/packet/) */
  get net(): NetStack {
    this.netStack ??= new NetStack(
      this.state,
      this.clock,
      this.env ??
        isolatedEnv(
          (ms, kind, data) => this.clock.schedule(ms, kind, data),
          (id) => this.clock.cancel(id),
        ),
      (text) => this.printk(text),
    );
    return this.netStack;
  }

  /** iptables rulesets and connection tracking (net/netfilter/) */
  get netfilter(): Netfilter {
    return new Netfilter(this.state, this.clock);
  }

  // --- UTS -------------------------------------------------------------

  get hostname(): string {
    return this.state.hostname;
  }

  setHostname(name: string): Result {
    if (name.length === 0 || name.length > 64) return fail("EINVAL");
    this.state.hostname = name;
    this.state.sysctl["kernel.hostname"] = name;
    return ok();
  }

  // --- sysctl ----------------------------------------------------------

  /** dotted sysctl names that exist, sorted */
  sysctlNames(): string[] {
    settleConntrack(this.state);
    return Object.keys(this.state.sysctl).sort();
  }

  sysctlGet(name: string): Result<string> {
    settleConntrack(this.state);
    const v = this.state.sysctl[name];
    if (v === undefined) return fail("ENOENT");
    if (name === CT_COUNT_SYSCTL) return ok(String(this.netfilter.conntrackCount()));
    return ok(v);
  }

  /** false for the read-only sysctls (mode 0444: net.netfilter.nf_conntrack_count) */
  sysctlWritable(name: string): boolean {
    return !READ_ONLY_SYSCTLS.has(name);
  }

  /**
   * Write a sysctl as a write(2) to /proc/sys would: integer sysctls take
   * integers only (proc_dointvec: blanks around them allowed, EINVAL
   * otherwise; fewer values than the sysctl holds change the first ones);
   * the forwarding switches propagate as devinet_sysctl_forward does.
   */
  sysctlSet(name: string, value: string): Result {
    settleConntrack(this.state);
    if (!(name in this.state.sysctl)) return fail("ENOENT");
    if (!this.sysctlWritable(name)) return fail("EACCES");
    if (name === "kernel.hostname") return this.setHostname(value.trim());
    const parsed = parseSysctlValue(this.state.sysctl[name], value);
    if (!parsed.ok) return parsed;
    const old = this.state.sysctl[name];
    this.state.sysctl[name] = parsed.value;
    if (old !== parsed.value) propagateSysctl(this.state.sysctl, name, parsed.value);
    return ok();
  }

  // --- kernel log --------------------------------------------------------

  /**
   * printk: a record in the log buffer, stamped with the time since boot,
   * at the level of its KERN_* prefix (4 without one; printk.ts), and on to
   * the host's syslog daemon (rsyslog's imklog: /var/log/kern.log).
   */
  printk(text: string): void {
    const line = logBufferAppend(this.state, this.uptimeMs, text);
    this.env?.klog?.(line);
  }

  /** the log's records after the last clear (SYSLOG_ACTION_READ_ALL), oldest first */
  logRecords(): LogRecord[] {
    return logBufferRecords(this.state);
  }

  /** SYSLOG_ACTION_CLEAR (`dmesg -C`) */
  logClear(): void {
    logBufferClear(this.state);
  }

  // --- links -------------------------------------------------------------

  links(): readonly LinkState[] {
    return this.state.links;
  }

  linkByName(name: string): LinkState | undefined {
    return this.state.links.find((l) => l.name === name || l.altnames.includes(name));
  }

  linkByIndex(ifindex: number): LinkState | undefined {
    return this.state.links.find((l) => l.ifindex === ifindex);
  }

  /** IFF_UP on or off (ip link set X up|down, ifconfig X up|down) */
  setLinkUp(ifindex: number, up: boolean): Result {
    const link = this.linkByIndex(ifindex);
    if (!link) return fail("ENODEV");
    const r = setLinkUp(this.state, link, up);
    if (r.ok && !up) this.net.linkDown(ifindex);
    return r;
  }

  /** mtu in bytes; EINVAL with the extack text when out of the device's range */
  setLinkMtu(ifindex: number, mtu: number): Result {
    const link = this.linkByIndex(ifindex);
    if (!link) return fail("ENODEV");
    return setLinkMtu(link, mtu);
  }

  /** rename; EBUSY while the link is up, EEXIST if the name is taken */
  setLinkName(ifindex: number, name: string): Result {
    const link = this.linkByIndex(ifindex);
    if (!link) return fail("ENODEV");
    return setLinkName(this.state, link, name);
  }

  /** plug or unplug the cable (the world calls this when it links hosts) */
  setCarrier(ifindex: number, carrier: boolean): Result {
    const link = this.linkByIndex(ifindex);
    if (!link) return fail("ENODEV");
    if (link.carrier !== carrier) link.carrierChanges = (link.carrierChanges ?? probeCarrierChanges(link)) + 1;
    link.carrier = carrier;
    return ok();
  }

  /** the IFLA_* attributes beyond flags and counters (`ip -d`, transns of `ip -s -s`) */
  linkInfo(ifindex: number): LinkInfo | undefined {
    const link = this.linkByIndex(ifindex);
    return link && linkInfo(this.state, link);
  }

  // --- addresses -----------------------------------------------------------

  /** IPv4 addresses in kernel order (per link: primaries first, then secondaries, in insertion order) */
  addrs4(ifindex?: number): readonly Inet4Addr[] {
    return ifindex === undefined ? this.state.addrs4 : this.state.addrs4.filter((a) => a.ifindex === ifindex);
  }

  addrs6(ifindex?: number): readonly Inet6Addr[] {
    return ifindex === undefined ? this.state.addrs6 : this.state.addrs6.filter((a) => a.ifindex === ifindex);
  }

  addAddr4(spec: AddrSpec): Result {
    if (parseIp4(spec.local) === undefined || spec.prefixlen < 0 || spec.prefixlen > 32) return fail("EINVAL");
    return addAddr4(this.state, spec);
  }

  delAddr4(match: AddrMatch): Result {
    if (!this.linkByIndex(match.ifindex)) return fail("ENODEV");
    return delAddr4(this.state, match);
  }

  /** delete the link's IPv4 addresses that pass `filter`; returns the count */
  flushAddr4(ifindex: number, filter?: (a: Inet4Addr) => boolean): number {
    return flushAddr4(this.state, ifindex, filter);
  }

  /** delete the link's IPv6 addresses (ip addr flush without -4); returns the count */
  flushAddr6(ifindex: number): number {
    const before = this.state.addrs6.length;
    this.state.addrs6 = this.state.addrs6.filter((a) => a.ifindex !== ifindex);
    return before - this.state.addrs6.length;
  }

  // --- routes ----------------------------------------------------------------

  /** routes of one table (all tables when none is given), in dump order */
  routes(table?: RouteTable): readonly RouteState[] {
    return table === undefined ? this.state.routes : this.state.routes.filter((r) => r.table === table);
  }

  /** RTM_NEWROUTE; `op` says how it meets routes already there (ip route add / replace / change / append / prepend) */
  addRoute(spec: RouteSpec, op: RouteOp = "add"): Result {
    if (spec.ifindex !== undefined && !this.linkByIndex(spec.ifindex)) return fail("ENODEV");
    if (spec.gateway !== undefined && parseIp4(spec.gateway) === undefined) return fail("EINVAL");
    return addRoute(this.state, spec, op);
  }

  /** SIOCADDRT (route add): errno only, scope from the gateway, duplicates of another nexthop allowed */
  addRouteIoctl(spec: RouteSpec & { reject?: boolean }): Result {
    if (spec.ifindex !== undefined && !this.linkByIndex(spec.ifindex)) return fail("ENODEV");
    return addRouteIoctl(this.state, spec);
  }

  /** RTM_DELROUTE / SIOCDELRT: the first route of the prefix matching every given attribute */
  delRoute(match: RouteMatch): Result {
    return delRoute(this.state, match);
  }

  /** delete every route `victim` selects (ip route flush); returns how many went */
  flushRoutes(victim: (r: RouteState) => boolean): number {
    return flushRoutes(this.state, victim);
  }

  /** the route a packet to `dst` (dotted quad) would take: ENETUNREACH, or the errno of an unreachable/blackhole/prohibit route */
  routeGet(dst: string): Result<RouteState> {
    const n = parseIp4(dst);
    if (n === undefined) return fail("EINVAL");
    return fibLookup(this.state, n);
  }

  /** the output decision for a packet to `dst`: device, gateway, source address (ip_route_output_key) */
  routeOutput(dst: string, q: OutputQuery = {}): Result<RouteDecision> {
    return routeOutput(this.state, dst, q);
  }
}

/** proc_dointvec's parse, for sysctls whose value is integers; other values are taken as text */
function parseSysctlValue(old: string, data: string): Result<string> {
  const intList = /^-?\d+(\s+-?\d+)*$/;
  if (!intList.test(old.trim())) return ok(data.trim());
  const text = data.trim();
  if (!intList.test(text)) return fail("EINVAL");
  const given = text.split(/\s+/).map((n) => Number.parseInt(n, 10));
  if (given.some((n) => n > 2147483647 || n < -2147483648)) return fail("EINVAL");
  const slots = old.trim().split(/\s+/);
  const out = slots.map((v, i) => (i < given.length ? String(given[i]) : v));
  return ok(out.join("\t"));
}

/**
 * devinet_sysctl_forward / addrconf_fixup_forwarding: ip_forward is
 * conf.all.forwarding; changing it sets default and every device too (and
 * all.accept_redirects to its negation); a device's own switch is its own.
 */
function propagateSysctl(sysctl: Record<string, string>, name: string, value: string): void {
  const v4all = name === "net.ipv4.ip_forward" || name === "net.ipv4.conf.all.forwarding";
  const v6all = name === "net.ipv6.conf.all.forwarding";
  if (!v4all && !v6all) return;
  const fam = v4all ? "net.ipv4.conf." : "net.ipv6.conf.";
  if (v4all) {
    sysctl["net.ipv4.ip_forward"] = value;
    if ("net.ipv4.conf.all.accept_redirects" in sysctl) sysctl["net.ipv4.conf.all.accept_redirects"] = value === "0" ? "1" : "0";
  }
  for (const k of Object.keys(sysctl)) if (k.startsWith(fam) && k.endsWith(".forwarding")) sysctl[k] = value;
}
