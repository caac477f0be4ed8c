/** `ip route`: show, add, del, get (iproute2 iproute.c), IPv4 plus derived IPv6 listings. */
import { formatIp4, networkOf, parseIp4 } from "../../../kernel/net/inet4.js";
import type { RouteState } from "../../../kernel/state.js";
import { type IpContext, die, duparg2, findLink, matches, nextArg, rtnlError } from "./context.js";
import { parsePrefix } from "./prefix.js";
import { formatRoute, formatRoutes6 } from "./show.js";
import { IP_ROUTE_USAGE } from "./usage.js";

function usage(ctx: IpContext): never {
  return die(ctx, IP_ROUTE_USAGE.replace(/\n$/, ""));
}

function tableArg(ctx: IpContext, v: string): "main" | "local" | "all" {
  if (v === "main" || v === "254") return "main";
  if (v === "local" || v === "255") return "local";
  if (v === "all" || v === "0") return "all";
  return die(ctx, `Error: argument "${v}" is wrong: "table" value is invalid\n`);
}

function show(ctx: IpContext, argv: string[]): number {
  let table: "main" | "local" | "all" = "main";
  let devIndex: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (matches(a, "table")) table = tableArg(ctx, nextArg(ctx, argv, i++));
    else if (a === "dev" || a === "oif") {
      const n = nextArg(ctx, argv, i++);
      const l = findLink(ctx, n);
      if (!l) return die(ctx, `Cannot find device "${n}"`, 1);
      devIndex = l.ifindex;
    } else if (matches(a, "help")) usage(ctx);
  }
  const k = ctx.kernel;
  if (ctx.opts.family === "inet6") {
    ctx.proc.stdout.write(table === "all" ? formatRoutes6(k, "main") + formatRoutes6(k, "local") : formatRoutes6(k, table));
    return 0;
  }
  const tables: ("main" | "local")[] = table === "all" ? ["main", "local"] : [table];
  let out = "";
  for (const t of tables) {
    const rs = k.routes(t).filter((r) => devIndex === undefined || r.ifindex === devIndex);
    // the kernel has no local table until the first address exists
    if (t === "local" && table === "local" && k.routes("local").length === 0) {
      ctx.proc.stderr.write("Error: ipv4: FIB table does not exist.\nDump terminated\n");
      return 2;
    }
    for (const r of rs) {
      let line = formatRoute(k, r);
      if (t === "local" && table === "all") line = line.replace(/ dev /, " table local dev ").replace(/^((?:local|broadcast) \S+) table local dev /, "$1 table local dev ");
      if (devIndex !== undefined) line = line.replace(/ dev \S+/, "");
      out += line;
    }
  }
  ctx.proc.stdout.write(out);
  return 0;
}

function modify(ctx: IpContext, argv: string[], del: boolean): number {
  let dst: string | undefined;
  let gateway: string | undefined;
  let devName: string | undefined;
  let metric: number | undefined;
  let onlink = false;
  let table: "main" | "local" = "main";
  let type: RouteState["type"] = "unicast";
  let prefsrc: string | undefined;
  let scope: RouteState["scope"] | undefined;
  let protocol: RouteState["protocol"] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "via") {
      const v = nextArg(ctx, argv, i++);
      if (parseIp4(v) === undefined) return die(ctx, `Error: inet address is expected rather than "${v}".`, 1);
      gateway = v;
    } else if (a === "dev" || a === "oif") devName = nextArg(ctx, argv, i++);
    else if (matches(a, "metric") || matches(a, "priority") || a === "preference") {
      const v = nextArg(ctx, argv, i++);
      if (!/^[0-9]+$/.test(v)) return die(ctx, `Error: argument "${v}" is wrong: "metric" value is invalid\n`);
      metric = Number(v);
    } else if (a === "onlink") onlink = true;
    else if (matches(a, "table")) {
      const t = tableArg(ctx, nextArg(ctx, argv, i++));
      table = t === "all" ? "main" : t;
    } else if (a === "src") prefsrc = nextArg(ctx, argv, i++);
    else if (matches(a, "scope")) {
      const v = nextArg(ctx, argv, i++);
      if (v !== "host" && v !== "link" && v !== "global") return die(ctx, `Error: argument "${v}" is wrong: invalid "scope" value\n`);
      scope = v;
    } else if (matches(a, "protocol")) {
      const v = nextArg(ctx, argv, i++);
      if (v === "kernel" || v === "boot" || v === "static" || v === "dhcp") protocol = v;
    } else if (["unreachable", "blackhole", "prohibit", "local", "broadcast", "unicast"].includes(a) && dst === undefined) {
      type = a as RouteState["type"];
    } else {
      let word = a;
      if (word === "to") word = nextArg(ctx, argv, i++);
      if (matches(word, "help")) usage(ctx);
      if (dst !== undefined) duparg2(ctx, "to", word);
      const p = parsePrefix(word);
      if (!p) return die(ctx, `Error: any valid prefix is expected rather than "${word}".`, 1);
      const n = networkOf(parseIp4(p.addr)!, p.len);
      if (n !== parseIp4(p.addr)) return die(ctx, `Error: Invalid prefix for given prefix length.`, 2);
      dst = p.len === 0 ? "default" : `${formatIp4(n)}/${p.len}`;
    }
  }
  let ifindex: number | undefined;
  if (devName !== undefined) {
    const l = findLink(ctx, devName);
    if (!l) return die(ctx, `Cannot find device "${devName}"`, 1);
    ifindex = l.ifindex;
  }
  if (dst === undefined) {
    if (del) return rtnlError(ctx, "ESRCH");
    return die(ctx, "Error: Invalid prefix for given prefix length.", 2);
  }
  const k = ctx.kernel;
  const r = del
    ? k.delRoute({ table, dst, gateway, ifindex, metric })
    : k.addRoute({ table, type, dst, gateway, ifindex, metric, onlink, prefsrc, scope, protocol });
  return r.ok ? 0 : rtnlError(ctx, r.errno, r.detail);
}

function get(ctx: IpContext, argv: string[]): number {
  const target = argv.find((a) => !["from", "iif", "oif", "to"].includes(a));
  if (target === undefined) return die(ctx, "need at least a destination address", 1);
  const p = parsePrefix(target);
  if (!p) return die(ctx, `Error: any valid prefix is expected rather than "${target}".`, 1);
  const k = ctx.kernel;
  const r = k.routeGet(p.addr);
  if (!r.ok) return rtnlError(ctx, r.errno, r.detail);
  const route = r.value;
  if (route.type === "local") {
    ctx.proc.stdout.write(`local ${p.addr} dev lo src ${route.prefsrc ?? p.addr} uid 0 \n    cache <local> \n`);
    return 0;
  }
  const dev = k.linkByIndex(route.ifindex!)!;
  const src = route.prefsrc ?? k.addrs4(dev.ifindex).find((a) => !a.secondary)?.local;
  let line = p.addr;
  if (route.gateway) line += ` via ${route.gateway}`;
  line += ` dev ${dev.name}`;
  if (src) line += ` src ${src}`;
  ctx.proc.stdout.write(`${line} uid 0 \n    cache \n`);
  return 0;
}

export function doIpRoute(ctx: IpContext, argv: string[]): number {
  if (argv.length === 0) return show(ctx, []);
  const [cmd, ...rest] = argv;
  if (matches(cmd, "add")) return modify(ctx, rest, false);
  if (matches(cmd, "change") || matches(cmd, "replace") || matches(cmd, "append")) return modify(ctx, rest, false);
  if (matches(cmd, "delete")) return modify(ctx, rest, true);
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) return show(ctx, rest);
  if (matches(cmd, "get")) return get(ctx, rest);
  if (matches(cmd, "help")) usage(ctx);
  return die(ctx, `Command "${cmd}" is unknown, try "ip route help".`);
}
