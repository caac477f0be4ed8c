/**
 * IPv4 addresses on links with Linux semantics (net/ipv4/devinet.c):
 * an address in a subnet the link already has a primary in becomes
 * secondary; primaries are kept before secondaries; deleting a primary
 * deletes its secondaries unless promote_secondaries is set, in which case
 * the first secondary is promoted. Routes follow via syncKernelRoutes.
 */
import { type Result, fail, ok } from "../errno.js";
import type { Inet4Addr, KernelState } from "../state.js";
import { flushDeviceRoutes, syncKernelRoutes, unsuppressDevice } from "./fib.js";
import { networkOf, parseIp4 } from "./inet4.js";

export interface AddrSpec {
  ifindex: number;
  local: string;
  prefixlen: number;
  broadcast?: string;
  /** defaults to the device name */
  label?: string;
  scope?: Inet4Addr["scope"];
}

const SCOPE_NUM: Record<Inet4Addr["scope"], number> = { global: 0, link: 253, host: 254 };

function sameNet(a: Inet4Addr, local: string, prefixlen: number): boolean {
  return a.prefixlen === prefixlen && networkOf(parseIp4(a.local)!, prefixlen) === networkOf(parseIp4(local)!, prefixlen);
}

export function addAddr4(state: KernelState, spec: AddrSpec): Result {
  const link = state.links.find((l) => l.ifindex === spec.ifindex);
  if (!link) return fail("ENODEV");
  const scope = spec.scope ?? (spec.local.startsWith("127.") ? "host" : "global");
  const onLink = state.addrs4.filter((a) => a.ifindex === spec.ifindex);
  let secondary = false;
  let lastPrimary = -1; // index in onLink after which a primary goes
  for (let i = 0; i < onLink.length; i++) {
    const a = onLink[i];
    if (!a.secondary && SCOPE_NUM[scope] <= SCOPE_NUM[a.scope]) lastPrimary = i;
    if (sameNet(a, spec.local, spec.prefixlen)) {
      if (a.local === spec.local) return fail("EEXIST", "ipv4: Address already assigned.");
      if (a.scope !== scope) return fail("EINVAL", "ipv4: Invalid scope value.");
      secondary = true;
    }
  }
  const addr: Inet4Addr = {
    ifindex: spec.ifindex,
    local: spec.local,
    prefixlen: spec.prefixlen,
    label: spec.label ?? link.name,
    scope,
    secondary,
  };
  if (spec.broadcast !== undefined) addr.broadcast = spec.broadcast;
  if (secondary || onLink.length === 0) {
    const lastOfLink = state.addrs4.lastIndexOf(onLink[onLink.length - 1]);
    state.addrs4.splice(onLink.length === 0 ? state.addrs4.length : lastOfLink + 1, 0, addr);
  } else {
    const at = lastPrimary < 0 ? state.addrs4.indexOf(onLink[0]) : state.addrs4.indexOf(onLink[lastPrimary]) + 1;
    state.addrs4.splice(at, 0, addr);
  }
  // fib_add_ifaddr: a primary brings its subnet's routes back; a secondary adds only its own local route
  if (!secondary) unsuppressDevice(state, spec.ifindex);
  syncKernelRoutes(state);
  return ok();
}

export interface AddrMatch {
  ifindex: number;
  local?: string;
  /** when given, the prefix length must match too (iproute2 sends IFA_ADDRESS) */
  prefixlen?: number;
  label?: string;
}

function promoteEnabled(state: KernelState, devName: string): boolean {
  return state.sysctl["net.ipv4.conf.all.promote_secondaries"] === "1" || state.sysctl[`net.ipv4.conf.${devName}.promote_secondaries`] === "1";
}

/** remove one address object; its secondaries go too (or one is promoted) */
function removeAddr(state: KernelState, victim: Inet4Addr): void {
  const link = state.links.find((l) => l.ifindex === victim.ifindex)!;
  const i = state.addrs4.indexOf(victim);
  state.addrs4.splice(i, 1);
  if (!victim.secondary) {
    const subs = state.addrs4.filter((a) => a.ifindex === victim.ifindex && a.secondary && sameNet(a, victim.local, victim.prefixlen));
    if (subs.length > 0) {
      if (promoteEnabled(state, link.name)) {
        const promoted = subs[0];
        promoted.secondary = false;
        // a promoted address moves to where primaries live: after the last primary of the link
        state.addrs4.splice(state.addrs4.indexOf(promoted), 1);
        const onLink = state.addrs4.filter((a) => a.ifindex === victim.ifindex);
        const lastPrim = [...onLink].reverse().find((a) => !a.secondary);
        const at = lastPrim ? state.addrs4.indexOf(lastPrim) + 1 : onLink.length ? state.addrs4.indexOf(onLink[0]) : state.addrs4.length;
        state.addrs4.splice(at, 0, promoted);
      } else {
        state.addrs4 = state.addrs4.filter((a) => !subs.includes(a));
      }
    }
  }
  if (!state.addrs4.some((a) => a.ifindex === victim.ifindex)) flushDeviceRoutes(state, victim.ifindex);
}

export function delAddr4(state: KernelState, m: AddrMatch): Result {
  if (m.local === undefined && m.label === undefined) return fail("EOPNOTSUPP");
  const victim = state.addrs4.find(
    (a) =>
      a.ifindex === m.ifindex &&
      (m.local === undefined || a.local === m.local) &&
      (m.label === undefined || a.label === m.label) &&
      (m.prefixlen === undefined || (a.prefixlen === m.prefixlen && sameNet(a, m.local ?? a.local, m.prefixlen))),
  );
  if (!victim) return fail("EADDRNOTAVAIL");
  removeAddr(state, victim);
  syncKernelRoutes(state);
  return ok();
}

/** delete every IPv4 address on the link matching the filter; returns how many went */
export function flushAddr4(state: KernelState, ifindex: number, filter: (a: Inet4Addr) => boolean = () => true): number {
  let n = 0;
  for (;;) {
    const victim = state.addrs4.find((a) => a.ifindex === ifindex && filter(a));
    if (!victim) break;
    removeAddr(state, victim);
    n++;
  }
  syncKernelRoutes(state);
  return n;
}
