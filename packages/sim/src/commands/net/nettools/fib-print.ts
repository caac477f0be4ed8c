/**
 * The kernel IP routing table as net-tools 2.10 prints it from
 * /proc/net/route (lib/inet_gr.c rprint_fib): the main table's unicast and
 * reject routes, in the three layouts of `route`, `route -e` and
 * `route -ee` (netstat -r uses the same). /proc/net/route gives Ref and Use
 * as 0 and MSS, Window, irtt as 0 for routes without those metrics.
 */
import type { Kernel } from "../../../kernel/kernel.js";
import { maskOf, parseIp4 } from "../../../kernel/net/inet4.js";
import type { RouteState } from "../../../kernel/state.js";
import type { Vfs } from "../../../fs/types.js";
import { inetRresolve } from "./resolve.js";

/** 0: route; 1: route -e (MSS Window irtt); 2: route -ee (both) */
export type FibLayout = 0 | 1 | 2;

const HEADERS: Record<FibLayout, string> = {
  0: "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n",
  1: "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n",
  2: "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt\n",
};

const l = (s: string | number, w: number) => String(s).padEnd(w);
const r = (s: string | number, w: number) => String(s).padStart(w);

/** the routes /proc/net/route lists: main table, not broadcast/multicast/local */
export function procNetRoutes(k: Kernel): RouteState[] {
  return k.routes("main").filter((x) => x.type === "unicast" || x.type === "unreachable" || x.type === "prohibit" || x.type === "blackhole");
}

function flagsOf(x: RouteState, len: number): { text: string; reject: boolean } {
  // fib_flag_trans: RTF_REJECT for unreachable and prohibit, G with a gateway, H for /32; always U
  const reject = x.type === "unreachable" || x.type === "prohibit";
  let f = "U";
  if (x.gateway) f += "G";
  if (reject) f = "!";
  if (len === 32) f += "H";
  return { text: f, reject };
}

export function formatFib(k: Kernel, fs: Vfs, layout: FibLayout, numeric: boolean): string {
  let out = `Kernel IP routing table\n${HEADERS[layout]}`;
  for (const x of procNetRoutes(k)) {
    const [a, lenText] = x.dst === "default" ? ["0.0.0.0", "0"] : x.dst.split("/");
    const len = lenText === undefined ? 32 : Number(lenText);
    const net = parseIp4(a)!;
    const dest = inetRresolve(fs, net, { numeric, isDestination: true });
    const gw = x.gateway ? inetRresolve(fs, parseIp4(x.gateway)!, { numeric, isDestination: false }) : "0.0.0.0";
    const mask = [24, 16, 8, 0].map((s) => (maskOf(len) >>> s) & 255).join(".");
    const { text: flags, reject } = flagsOf(x, len);
    const iface = x.ifindex !== undefined ? (k.linkByIndex(x.ifindex)?.name ?? "*") : "*";
    const metric = x.metric ?? 0;
    if (reject && layout === 1) out += `${l(dest, 15)} -               ${l(mask, 15)} ${l(flags, 5)} ${r("-", 5)} ${l("-", 6)} ${r("-", 5)} -\n`;
    else if (reject && layout === 2) out += `${l(dest, 15)} -               ${l(mask, 15)} ${l(flags, 5)} ${l(metric, 6)} -   ${r(0, 6)} -        -     -      -\n`;
    else if (layout === 1) out += `${l(dest, 15)} ${l(gw, 15)} ${l(mask, 15)} ${l(flags, 5)} ${r(0, 5)} ${l(0, 6)} ${r(0, 5)} ${iface}\n`;
    else if (layout === 2) out += `${l(dest, 15)} ${l(gw, 15)} ${l(mask, 15)} ${l(flags, 5)} ${l(metric, 6)} ${l(0, 3)} ${r(0, 6)} ${l(iface, 8)} ${l(0, 5)} ${l(0, 6)} 0\n`;
    else if (reject) out += `${l(dest, 15)} -               ${l(mask, 15)} ${l(flags, 5)} ${l(metric, 6)} -  ${r(0, 7)} -\n`;
    else out += `${l(dest, 15)} ${l(gw, 15)} ${l(mask, 15)} ${l(flags, 5)} ${l(metric, 6)} ${l(0, 2)} ${r(0, 7)} ${iface}\n`;
  }
  return out;
}

/** `route -C` / `netstat -rC`: Linux has had no IPv4 routing cache since 3.6, so only the header */
export function formatRouteCache(layout: FibLayout): string {
  return layout === 1
    ? "Kernel IP routing cache\nSource          Destination     Gateway         Flags   MSS Window  irtt Iface\n"
    : "Kernel IP routing cache\nSource          Destination     Gateway         Flags Metric Ref    Use Iface\n";
}
