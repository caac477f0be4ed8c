/**
 * /proc/net/route: the kernel's main IPv4 routing table in its old text
 * layout (fib_trie.c, fib_route_seq_show), what net-tools and scripts read.
 * One line per route, in the table's order (as `ip route` lists it), each
 * padded with blanks to 127 characters: the device ("*" for a route
 * without one), destination, gateway and mask as the kernel's big-endian
 * words printed on a little-endian machine (192.168.1.0 is 0001A8C0), the
 * RTF_* flags (UP, GATEWAY, HOST for a /32, REJECT for unreachable and
 * prohibit), RefCnt and Use 0, the metric, and MTU/Window/IRTT 0. Broadcast
 * and local routes live in other tables and are not listed.
 */
import type { Kernel } from "../kernel/kernel.js";
import type { RouteState } from "../kernel/state.js";

const WIDTH = 127;
const HEADER = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT";
const RTF_UP = 0x1;
const RTF_GATEWAY = 0x2;
const RTF_HOST = 0x4;
const RTF_REJECT = 0x200;

/** an address's 32-bit word as the kernel holds it (network order), printed as a little-endian CPU reads it */
function word(addr: string | undefined): string {
  const b = (addr ?? "0.0.0.0").split(".").map(Number);
  return (((b[3] << 24) | (b[2] << 16) | (b[1] << 8) | b[0]) >>> 0).toString(16).toUpperCase().padStart(8, "0");
}

function maskOf(len: number): string {
  const m = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  return word(`${m >>> 24}.${(m >>> 16) & 255}.${(m >>> 8) & 255}.${m & 255}`);
}

function line(kernel: Kernel, r: RouteState): string {
  const [net, lenText] = r.dst === "default" ? ["0.0.0.0", "0"] : r.dst.split("/");
  const len = lenText === undefined ? 32 : Number(lenText);
  let flags = r.type === "unreachable" || r.type === "prohibit" ? RTF_REJECT : 0;
  if (r.gateway) flags |= RTF_GATEWAY;
  if (len === 32) flags |= RTF_HOST;
  flags |= RTF_UP;
  const dev = r.ifindex === undefined ? "*" : (kernel.linkByIndex(r.ifindex)?.name ?? "*");
  const fields = [dev, word(net), word(r.gateway), flags.toString(16).toUpperCase().padStart(4, "0"), "0", "0", String(r.metric ?? 0), maskOf(len), "0", "0", "0"];
  return fields.join("\t").padEnd(WIDTH);
}

export function procNetRoute(kernel: Kernel): string {
  const routes = kernel.routes("main").filter((r) => r.type !== "broadcast" && r.type !== "local");
  return [HEADER.padEnd(WIDTH), ...routes.map((r) => line(kernel, r))].map((l) => `${l}\n`).join("");
}
