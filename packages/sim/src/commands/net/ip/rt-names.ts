/**
 * iproute2's names for route attributes (lib/rt_names.c and Debian's
 * /etc/iproute2/rt_protos, rt_tables, rt_scopes): protocol, table, scope and
 * type, text to value and back. Unknown numbers print as numbers.
 */
import type { RouteProtocol, RouteState, RouteTable } from "../../../kernel/state.js";
import { matches } from "./context.js";

const PROTOS: [number, string][] = [
  [0, "unspec"], [1, "redirect"], [2, "kernel"], [3, "boot"], [4, "static"], [8, "gated"], [9, "ra"],
  [10, "mrt"], [11, "zebra"], [12, "bird"], [13, "dnrouted"], [14, "xorp"], [15, "ntk"], [16, "dhcp"],
  [18, "keepalived"], [42, "babel"], [99, "openr"], [186, "bgp"], [187, "isis"], [188, "ospf"], [189, "rip"], [192, "eigrp"],
];

/** rtnl_rtprot_a2n: a protocol name or number 0-255 as the name the kernel record keeps */
export function protoFromText(text: string): RouteProtocol | undefined {
  const byName = PROTOS.find(([, n]) => n === text);
  if (byName) return byName[1];
  if (!/^(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(text)) return undefined;
  const v = Number(text);
  if (v > 255) return undefined;
  return PROTOS.find(([n]) => n === v)?.[1] ?? String(v);
}

/** rtnl_rttable_a2n: a table name ("main", "local", "default") or number; undefined when neither */
export function tableFromText(text: string): RouteTable | undefined {
  if (text === "main") return "main";
  if (text === "local") return "local";
  if (text === "default") return 253;
  if (text === "unspec") return 0;
  if (!/^(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(text)) return undefined;
  const v = Number(text);
  if (v > 0xffffffff) return undefined;
  return v === 254 ? "main" : v === 255 ? "local" : v;
}

/** a table as `table X` prints it */
export function tableText(t: RouteTable): string {
  return t === 253 ? "default" : String(t);
}

/** rtnl_rtscope_a2n for the scopes the kernel keeps */
export function scopeFromText(text: string): RouteState["scope"] | undefined {
  if (text === "global" || text === "universe") return "global";
  if (text === "link") return "link";
  if (text === "host") return "host";
  if (/^[0-9]+$/.test(text)) {
    const v = Number(text);
    if (v === 0) return "global";
    if (v === 253) return "link";
    if (v === 254) return "host";
  }
  return undefined;
}

export type TypeWord = RouteState["type"] | "nat" | "anycast" | "multicast" | "xresolve" | "throw";

/** rtnl_rtntype_a2n: some words match as abbreviations ("u" = unreachable), in its order */
export function typeFromText(text: string): TypeWord | undefined {
  if (text === "local") return "local";
  if (text === "nat") return "nat";
  if (matches(text, "broadcast") || text === "brd") return "broadcast";
  if (matches(text, "anycast")) return "anycast";
  if (matches(text, "multicast")) return "multicast";
  if (matches(text, "prohibit")) return "prohibit";
  if (matches(text, "unreachable")) return "unreachable";
  if (matches(text, "blackhole")) return "blackhole";
  if (matches(text, "xresolve")) return "xresolve";
  if (matches(text, "unicast")) return "unicast";
  if (text === "throw") return "throw";
  return undefined;
}
