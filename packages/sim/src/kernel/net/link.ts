/**
 * Link operations (rtnetlink RTM_SETLINK): up/down, mtu, name. Bringing a
 * link up gives it its default qdisc, the IPv6 addresses the kernel adds on
 * NETDEV_UP (EUI-64 link-local; ::1 and 127.0.0.1/8 on lo) and the routes of
 * its IPv4 addresses; bringing it down removes the IPv6 addresses and every
 * route through it except the local ones.
 */
import { type Result, fail, ok } from "../errno.js";
import type { KernelState, LinkState } from "../state.js";
import { addAddr4 } from "./addr.js";
import { flushDeviceRoutes, syncKernelRoutes, unsuppressDevice } from "./fib.js";
import { linkLocalFromMac } from "./inet6.js";
import { renameDeviceSysctls } from "../power-on.js";

/** MTU bounds in bytes: ether devices 68..65535 (virtio_net), loopback 0..2^31-1 */
export function mtuRange(link: LinkState): [number, number] {
  return link.kind === "loopback" ? [0, 2147483647] : [68, 65535];
}

function ipv6Disabled(state: KernelState, name: string): boolean {
  return state.sysctl["net.ipv6.conf.all.disable_ipv6"] === "1" || state.sysctl[`net.ipv6.conf.${name}.disable_ipv6`] === "1";
}

export function setLinkUp(state: KernelState, link: LinkState, up: boolean): Result {
  if (link.up === up) return ok();
  link.up = up;
  if (up) {
    unsuppressDevice(state, link.ifindex);
    if (link.qdisc === "noop") link.qdisc = link.kind === "loopback" ? "noqueue" : "pfifo_fast";
    if (link.kind === "loopback") {
      if (!state.addrs4.some((a) => a.ifindex === link.ifindex && a.local === "127.0.0.1"))
        addAddr4(state, { ifindex: link.ifindex, local: "127.0.0.1", prefixlen: 8, scope: "host" });
      if (!ipv6Disabled(state, link.name)) state.addrs6.push({ ifindex: link.ifindex, address: "::1", prefixlen: 128, scope: "host" });
    } else if (!ipv6Disabled(state, link.name)) {
      state.addrs6.push({ ifindex: link.ifindex, address: linkLocalFromMac(link.mac), prefixlen: 64, scope: "link" });
    }
  } else {
    state.addrs6 = state.addrs6.filter((a) => a.ifindex !== link.ifindex);
    flushDeviceRoutes(state, link.ifindex);
  }
  syncKernelRoutes(state);
  return ok();
}

export function setLinkMtu(link: LinkState, mtu: number): Result {
  const [min, max] = mtuRange(link);
  if (mtu < min) return fail("EINVAL", "mtu less than device minimum.");
  if (mtu > max) return fail("EINVAL", "mtu greater than device maximum.");
  link.mtu = mtu;
  return ok();
}

/** IFNAMSIZ is 16 including the NUL; "/", ":" and whitespace are not allowed (dev_valid_name) */
export function validLinkName(name: string): boolean {
  return name.length > 0 && name.length < 16 && name !== "." && name !== ".." && !/[/:\s]/.test(name);
}

export function setLinkName(state: KernelState, link: LinkState, name: string): Result {
  if (name === link.name) return ok();
  if (!validLinkName(name)) return fail("EINVAL");
  if (link.up) return fail("EBUSY");
  if (state.links.some((l) => l.name === name || l.altnames.includes(name))) return fail("EEXIST");
  // labels that were the device name follow it (dev_change_name -> inetdev_changename)
  for (const a of state.addrs4) {
    if (a.ifindex !== link.ifindex) continue;
    if (a.label === link.name) a.label = name;
    else if (a.label.startsWith(`${link.name}:`)) a.label = name + a.label.slice(link.name.length);
  }
  renameDeviceSysctls(state.sysctl, link.name, name);
  link.name = name;
  return ok();
}
