/**
 * `ip route` (iproute2 6.1 iproute.c): list / flush with iproute2's
 * selectors, add / del / change / append / replace / prepend, get; IPv4 plus
 * the IPv6 routes the kernel derives. Argument errors exit 255 (usage,
 * invarg) or 1 (bad prefix, unknown device); kernel errors exit 2. With -j
 * listings and `get` print route-format.ts's fields as JSON records.
 */
import type { RouteOp } from "../../../kernel/net/route.js";
import { networkOf, parseIp4 } from "../../../kernel/net/inet4.js";
import type { RouteState, RouteTable } from "../../../kernel/state.js";
import { type IpContext, die, duparg2, findLink, matches, nextArg, rtnlError, writeJson } from "./context.js";
import { type Prefix, parseAddr4, parsePrefix } from "./prefix.js";
import { type JsonObject, jsonListingStart } from "./json-writer.js";
import { fieldsJson, formatRoute, formatRouteGet, formatRoutes6, routeFields, routeGetFields, routes6Json } from "./route-format.js";
import { protoFromText, scopeFromText, tableFromText, typeFromText } from "./rt-names.js";
import { IP_ROUTE_USAGE } from "./usage.js";

function usage(ctx: IpContext): never {
  return die(ctx, IP_ROUTE_USAGE.replace(/\n$/, ""));
}

/** invarg(): "Error: argument "X" is wrong: MSG" and exit 255 (MSG ends in a newline) */
function invarg(ctx: IpContext, msg: string, arg: string): never {
  return die(ctx, `Error: argument "${arg}" is wrong: ${msg}`);
}

function familyWord(ctx: IpContext, known: boolean): string {
  return ctx.opts.family === "inet" || known ? "inet" : ctx.opts.family === "inet6" ? "inet6" : "any valid";
}

function getPrefix(ctx: IpContext, word: string, inetKnown = false): Prefix {
  const p = parsePrefix(word);
  if (!p) return die(ctx, `Error: ${familyWord(ctx, inetKnown)} prefix is expected rather than "${word}".`, 1);
  return p;
}

function getAddr(ctx: IpContext, word: string, inetKnown: boolean): string {
  const a = parseAddr4(word);
  if (a === undefined) return die(ctx, `Error: ${familyWord(ctx, inetKnown)} address is expected rather than "${word}".`, 1);
  return a;
}

function u32(text: string): number | undefined {
  if (!/^(0[xX][0-9a-fA-F]+|[0-9]+)$/.test(text)) return undefined;
  const v = Number(text);
  return v > 0xffffffff ? undefined : v;
}

function dstOf(p: Prefix): string {
  return p.len === 0 ? "default" : p.len === 32 ? p.addr : `${p.addr}/${p.len}`;
}

function keyOf(dst: string): { net: number; len: number } {
  if (dst === "default") return { net: 0, len: 0 };
  const [a, l] = dst.split("/");
  return { net: parseIp4(a)!, len: l === undefined ? 32 : Number(l) };
}

// --- list / flush -------------------------------------------------------------

interface Selector {
  /** undefined: all tables (`table all`) */
  table: RouteTable | undefined;
  protocol?: string;
  scope?: RouteState["scope"];
  type?: string;
  oif?: number;
  metric?: number;
  via?: Prefix;
  src?: Prefix;
  /** `root P`: routes inside P; `match P`: routes covering P; a bare prefix: exactly P */
  root?: Prefix;
  match?: Prefix;
}

function parseSelector(ctx: IpContext, argv: string[]): Selector {
  const sel: Selector = { table: "main" };
  let dev: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (matches(a, "table")) {
      const v = nextArg(ctx, argv, i++);
      const t = tableFromText(v);
      if (t === undefined) {
        if (v === "all") sel.table = undefined;
        else if (v === "help") usage(ctx);
        else invarg(ctx, "table id value is invalid\n", v);
      } else sel.table = t === 0 ? undefined : t;
    } else if (matches(a, "protocol")) {
      const v = nextArg(ctx, argv, i++);
      const p = protoFromText(v);
      if (p === undefined && v !== "all") invarg(ctx, 'invalid "protocol"\n', v);
      sel.protocol = v === "all" ? undefined : p;
    } else if (matches(a, "scope")) {
      const v = nextArg(ctx, argv, i++);
      const s = scopeFromText(v);
      if (s === undefined && v !== "all") invarg(ctx, 'invalid "scope"\n', v);
      sel.scope = s;
    } else if (matches(a, "type")) {
      const v = nextArg(ctx, argv, i++);
      const t = typeFromText(v);
      if (t === undefined) invarg(ctx, "node type value is invalid\n", v);
      sel.type = t;
    } else if (a === "dev" || a === "oif") dev = nextArg(ctx, argv, i++);
    else if (matches(a, "metric") || matches(a, "priority") || a === "preference") {
      const v = nextArg(ctx, argv, i++);
      const m = u32(v);
      if (m === undefined) invarg(ctx, '"metric" value is invalid\n', v);
      sel.metric = m;
    } else if (a === "via") sel.via = getPrefix(ctx, nextArg(ctx, argv, i++));
    else if (a === "src") sel.src = getPrefix(ctx, nextArg(ctx, argv, i++));
    else if (matches(a, "cached") || matches(a, "cloned")) continue;
    else {
      let w = a;
      if (matches(w, "to")) w = nextArg(ctx, argv, i++);
      if (matches(w, "root")) sel.root = getPrefix(ctx, nextArg(ctx, argv, i++));
      else if (matches(w, "match")) sel.match = getPrefix(ctx, nextArg(ctx, argv, i++));
      else {
        if (matches(w, "exact")) w = nextArg(ctx, argv, i++);
        const p = getPrefix(ctx, w);
        sel.root = p;
        sel.match = p;
      }
    }
  }
  if (dev !== undefined) {
    const l = findLink(ctx, dev);
    if (!l) return die(ctx, `Cannot find device "${dev}"`, 1);
    sel.oif = l.ifindex;
  }
  return sel;
}

function selects(sel: Selector, r: RouteState): boolean {
  if (sel.table !== undefined && r.table !== sel.table) return false;
  if (sel.protocol !== undefined && r.protocol !== sel.protocol) return false;
  if (sel.scope !== undefined && r.scope !== sel.scope) return false;
  if (sel.type !== undefined && r.type !== sel.type) return false;
  if (sel.oif !== undefined && r.ifindex !== sel.oif) return false;
  if (sel.metric !== undefined && (r.metric ?? 0) !== sel.metric) return false;
  if (sel.via && (!r.gateway || networkOf(parseIp4(r.gateway)!, sel.via.len) !== networkOf(parseIp4(sel.via.addr)!, sel.via.len))) return false;
  if (sel.src && (!r.prefsrc || networkOf(parseIp4(r.prefsrc)!, sel.src.len) !== networkOf(parseIp4(sel.src.addr)!, sel.src.len))) return false;
  const k = keyOf(r.dst);
  // root: the route lies inside the prefix; match: the route covers it (both: exactly it)
  if (sel.root && (k.len < sel.root.len || networkOf(k.net, sel.root.len) !== networkOf(parseIp4(sel.root.addr)!, sel.root.len))) return false;
  if (sel.match && (k.len > sel.match.len || networkOf(parseIp4(sel.match.addr)!, k.len) !== k.net)) return false;
  return true;
}

/** tables in the order a dump of all tables visits them: by id modulo 256 (numbered, default, main, local) */
function tableRank(t: RouteTable): number {
  const id = t === "main" ? 254 : t === "local" ? 255 : t;
  return (id & 255) * 2 ** 32 + id;
}

function list(ctx: IpContext, argv: string[]): number {
  const sel = parseSelector(ctx, argv);
  const k = ctx.kernel;
  const all = sel.table === undefined;
  const json = ctx.opts.json;
  // `ip route` lists IPv4 only; `table all` and -6 add IPv6
  const v6 = (table: "main" | "local", showTable = false): (string | JsonObject)[] =>
    json ? routes6Json(k, table, showTable, ctx.opts.details) : [formatRoutes6(k, table, showTable, ctx.opts.details)];
  let out: (string | JsonObject)[] = [];
  if (ctx.opts.family === "inet6") {
    out = all ? [...v6("main", true), ...v6("local", true)] : sel.table === "local" ? v6("local") : sel.table === "main" ? v6("main") : [];
  } else {
    if (sel.table !== undefined && sel.table !== "main" && !k.routes().some((r) => r.table === sel.table)) {
      // the kernel creates a table with its first route (local: with the first address); -j has opened its array
      if (json) ctx.proc.stdout.write(jsonListingStart(ctx.opts.pretty));
      ctx.proc.stderr.write("Error: ipv4: FIB table does not exist.\nDump terminated\n");
      return 2;
    }
    const omit = { dev: sel.oif !== undefined, proto: sel.protocol !== undefined, scope: sel.scope !== undefined, metric: sel.metric !== undefined, showTable: all, details: ctx.opts.details };
    out = k
      .routes()
      .filter((r) => selects(sel, r))
      .map((r, i) => ({ r, i }))
      .sort((a, b) => tableRank(a.r.table) - tableRank(b.r.table) || a.i - b.i)
      .map(({ r }) => (json ? fieldsJson(routeFields(k, r, omit)) : formatRoute(k, r, omit)));
    if (all && ctx.opts.family !== "inet" && !sel.root && sel.oif === undefined) out.push(...v6("main", true), ...v6("local", true));
  }
  if (json) writeJson(ctx, out as JsonObject[]);
  else ctx.proc.stdout.write(out.join(""));
  return 0;
}

function flush(ctx: IpContext, argv: string[]): number {
  if (argv.length === 0) {
    ctx.proc.stderr.write('"ip route flush" requires arguments.\n');
    return 1;
  }
  if (argv.length === 1 && argv[0] === "cache") return 0;
  const sel = parseSelector(ctx, argv);
  if (ctx.opts.family === "inet6") return 0;
  ctx.kernel.flushRoutes((r) => selects(sel, r));
  return 0;
}

// --- add / del / change ... -----------------------------------------------------------

function modify(ctx: IpContext, argv: string[], op: RouteOp | "del"): number {
  const del = op === "del";
  let dst: Prefix | undefined;
  let gateway: string | undefined;
  let devName: string | undefined;
  let metric: number | undefined;
  let onlink = false;
  let table: RouteTable | undefined;
  let type: string | undefined;
  let prefsrc: string | undefined;
  let scope: RouteState["scope"] | undefined;
  let protocol: RouteState["protocol"] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "src") prefsrc = getAddr(ctx, nextArg(ctx, argv, i++), dst !== undefined);
    else if (a === "via") {
      if (gateway !== undefined) invarg(ctx, "use nexthop syntax to specify multiple via\n", a);
      let v = nextArg(ctx, argv, i++);
      if (v === "inet") v = nextArg(ctx, argv, i++);
      gateway = getAddr(ctx, v, dst !== undefined);
    } else if (matches(a, "metric") || matches(a, "priority") || a === "preference") {
      const v = nextArg(ctx, argv, i++);
      const m = u32(v);
      if (m === undefined) invarg(ctx, '"metric" value is invalid\n', v);
      metric = m;
    } else if (a === "scope") {
      const v = nextArg(ctx, argv, i++);
      const s = scopeFromText(v);
      if (s === undefined) invarg(ctx, 'invalid "scope" value\n', v);
      scope = s;
    } else if (a === "onlink") onlink = true;
    else if (matches(a, "protocol")) {
      const v = nextArg(ctx, argv, i++);
      const p = protoFromText(v);
      if (p === undefined) invarg(ctx, '"protocol" value is invalid\n', v);
      protocol = p;
    } else if (matches(a, "table")) {
      const v = nextArg(ctx, argv, i++);
      const t = tableFromText(v);
      if (t === undefined) invarg(ctx, '"table" value is invalid\n', v);
      table = t === 0 ? "main" : t;
    } else if (a === "dev" || a === "oif") devName = nextArg(ctx, argv, i++);
    else {
      let w = a;
      if (w === "to") w = nextArg(ctx, argv, i++);
      if ((w[0] < "0" || w[0] > "9") && typeFromText(w) !== undefined) {
        type = typeFromText(w);
        w = nextArg(ctx, argv, i++);
      }
      if (matches(w, "help")) usage(ctx);
      if (dst !== undefined) duparg2(ctx, "to", w);
      dst = getPrefix(ctx, w);
    }
  }
  if (dst === undefined) usage(ctx);
  let ifindex: number | undefined;
  if (devName !== undefined) {
    const l = findLink(ctx, devName);
    if (!l) return die(ctx, `Cannot find device "${devName}"`, 1);
    ifindex = l.ifindex;
  }
  if (type !== undefined && !["unicast", "local", "broadcast", "unreachable", "blackhole", "prohibit"].includes(type)) {
    ctx.proc.stderr.write(`ip: routes of type ${type} are not available in this simulation\n`);
    return 2;
  }
  const rtype = type as RouteState["type"] | undefined;
  // iproute2's defaults: local/broadcast routes go to the local table with host/link scope; a route without gateway is link scope
  if (!del) {
    if (table === undefined && (rtype === "local" || rtype === "broadcast")) table = "local";
    if (scope === undefined) {
      if (rtype === "local") scope = "host";
      else if (rtype === "broadcast") scope = "link";
      else if ((rtype === undefined || rtype === "unicast") && gateway === undefined) scope = "link";
    }
  }
  const spec = { table: table ?? "main", dst: dstOf(dst), gateway, ifindex, metric, scope, protocol, prefsrc };
  const k = ctx.kernel;
  const r = del ? k.delRoute({ ...spec, type: rtype }) : k.addRoute({ ...spec, type: rtype, onlink }, op);
  return r.ok ? 0 : rtnlError(ctx, r.errno, r.detail);
}

// --- get ---------------------------------------------------------------------------

function get(ctx: IpContext, argv: string[]): number {
  let target: Prefix | undefined;
  let from: string | undefined;
  let oifName: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (matches(a, "from")) {
      const v = nextArg(ctx, argv, i++);
      if (matches(v, "help")) usage(ctx);
      from = getPrefix(ctx, v).addr;
    } else if (matches(a, "oif") || a === "dev") oifName = nextArg(ctx, argv, i++);
    else if (matches(a, "iif") || matches(a, "mark") || matches(a, "uid") || a === "tos" || matches(a, "vrf") || a === "ipproto" || a === "sport" || a === "dport") nextArg(ctx, argv, i++);
    else if (matches(a, "fibmatch") || matches(a, "connected") || matches(a, "notify")) continue;
    else {
      let w = a;
      if (w === "to") w = nextArg(ctx, argv, i++);
      if (matches(w, "help")) usage(ctx);
      target = getPrefix(ctx, w);
      if (target.len !== 32) ctx.proc.stderr.write(`Warning: /${target.len} as prefix is invalid, only /32 (or none) is supported.\n`);
    }
  }
  if (target === undefined) return die(ctx, "need at least a destination address", 1);
  let oif: number | undefined;
  if (oifName !== undefined) {
    const l = findLink(ctx, oifName);
    if (!l) return die(ctx, `Cannot find device "${oifName}"`, 1);
    oif = l.ifindex;
  }
  const d = ctx.kernel.routeOutput(target.addr, { src: from, oif });
  if (!d.ok) return rtnlError(ctx, d.errno);
  const details = ctx.opts.details;
  if (ctx.opts.json) writeJson(ctx, [fieldsJson(routeGetFields(ctx.kernel, target.addr, d.value, from, details))]);
  else ctx.proc.stdout.write(formatRouteGet(ctx.kernel, target.addr, d.value, from, details));
  return 0;
}

export function doIpRoute(ctx: IpContext, argv: string[]): number {
  if (argv.length === 0) return list(ctx, []);
  const [cmd, ...rest] = argv;
  if (matches(cmd, "add")) return modify(ctx, rest, "add");
  if (matches(cmd, "change") || cmd === "chg") return modify(ctx, rest, "change");
  if (matches(cmd, "replace")) return modify(ctx, rest, "replace");
  if (matches(cmd, "prepend")) return modify(ctx, rest, "prepend");
  if (matches(cmd, "append")) return modify(ctx, rest, "append");
  if (matches(cmd, "delete")) return modify(ctx, rest, "del");
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) return list(ctx, rest);
  if (matches(cmd, "get")) return get(ctx, rest);
  if (matches(cmd, "flush")) return flush(ctx, rest);
  if (matches(cmd, "help")) usage(ctx);
  return die(ctx, `Command "${cmd}" is unknown, try "ip route help".`);
}
