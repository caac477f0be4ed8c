/**
 * One host's kernel: the syscall-like API over `KernelState`. Userland
 * (commands, the shell, /proc) calls these functions and never writes the
 * state itself. Errors come back as `Result`s carrying Linux errno names.
 * Networking operations live in net/*.ts; this class validates names and
 * delegates, as rtnetlink's handlers do.
 */
import type { Clock } from "../world/clock.js";
import { type Result, fail, ok } from "./errno.js";
import { type AddrMatch, type AddrSpec, addAddr4, delAddr4, flushAddr4 } from "./net/addr.js";
import { lookupRoute } from "./net/fib.js";
import { parseIp4 } from "./net/inet4.js";
import { setLinkMtu, setLinkName, setLinkUp } from "./net/link.js";
import { type RouteMatch, type RouteSpec, addRoute, delRoute } from "./net/route.js";
import type { Inet4Addr, Inet6Addr, KernelState, LinkState, RouteState } from "./state.js";
import { type NetEnv, isolatedEnv } from "./net/packet/env.js";
import { NetStack } from "./net/packet/stack.js";

export class Kernel {
  private netStack?: NetStack;

  constructor(
    readonly state: KernelState,
    readonly clock: Clock,
    /** the wire, timers and PRNG the world provides; a kernel without one is alone (unit tests) */
    private readonly env?: NetEnv,
  ) {}

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
    );
    return this.netStack;
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
    return Object.keys(this.state.sysctl).sort();
  }

  sysctlGet(name: string): Result<string> {
    const v = this.state.sysctl[name];
    return v === undefined ? fail("ENOENT") : ok(v);
  }

  sysctlSet(name: string, value: string): Result {
    if (!(name in this.state.sysctl)) return fail("ENOENT");
    const v = value.trim();
    if (name === "kernel.hostname") return this.setHostname(v);
    this.state.sysctl[name] = v;
    // devinet_sysctl_forward: ip_forward and conf.all.forwarding set every device's forwarding
    if (name === "net.ipv4.ip_forward" || name === "net.ipv4.conf.all.forwarding") {
      const on = v;
      for (const k of Object.keys(this.state.sysctl))
        if (k === "net.ipv4.ip_forward" || (k.startsWith("net.ipv4.conf.") && k.endsWith(".forwarding"))) this.state.sysctl[k] = on;
    }
    return ok();
  }

  // --- kernel log --------------------------------------------------------

  /** append a line to the ring buffer, stamped with seconds since boot */
  printk(line: string): void {
    const t = (this.clock.now / 1000).toFixed(6).padStart(12, " ");
    this.state.dmesg.push(`[${t}] ${line}`);
    if (this.state.dmesg.length > 2000) this.state.dmesg.shift();
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
    link.carrier = carrier;
    return ok();
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

  routes(table?: "main" | "local"): readonly RouteState[] {
    return table === undefined ? this.state.routes : this.state.routes.filter((r) => r.table === table);
  }

  addRoute(spec: RouteSpec): Result {
    if (spec.ifindex !== undefined && !this.linkByIndex(spec.ifindex)) return fail("ENODEV");
    return addRoute(this.state, spec);
  }

  delRoute(match: RouteMatch): Result {
    return delRoute(this.state, match);
  }

  /** the route a packet to `dst` (dotted quad) would take, or ENETUNREACH */
  routeGet(dst: string): Result<RouteState> {
    const n = parseIp4(dst);
    if (n === undefined) return fail("EINVAL");
    const r = lookupRoute(this.state, n);
    return r ? ok(r) : fail("ENETUNREACH");
  }
}
