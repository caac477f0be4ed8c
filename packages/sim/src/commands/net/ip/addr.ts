/** `ip address`: add, del, flush and the arguments of show (iproute2 ipaddress.c); the listing itself is addr-show.ts. */
import { broadcastOf, formatIp4, networkOf, parseIp4 } from "../../../kernel/net/inet4.js";
import type { Inet4Addr } from "../../../kernel/state.js";
import { type AddrFilter, labelMatches, showAddrs } from "./addr-show.js";
import { type IpContext, die, duparg2, findLink, incomplete, matches, nextArg, rtnlError } from "./context.js";
import { parsePrefix } from "./prefix.js";
import { IP_ADDR_USAGE } from "./usage.js";

const SCOPES = ["host", "link", "global"] as const;

function usage(ctx: IpContext): never {
  return die(ctx, IP_ADDR_USAGE.replace(/\n$/, ""));
}

function parseScope(ctx: IpContext, word: string): Inet4Addr["scope"] {
  if ((SCOPES as readonly string[]).includes(word)) return word as Inet4Addr["scope"];
  if (word === "0") return "global";
  if (word === "253") return "link";
  if (word === "254") return "host";
  return die(ctx, `Error: argument "${word}" is wrong: invalid scope value.`);
}

function parseShowFilter(ctx: IpContext, argv: string[], flush: boolean): AddrFilter {
  const f: AddrFilter = { up: false };
  let devName: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "dev") devName = nextArg(ctx, argv, i++);
    else if (a === "up") f.up = true;
    else if (a === "label") f.label = nextArg(ctx, argv, i++);
    else if (a === "scope") f.scope = parseScope(ctx, nextArg(ctx, argv, i++));
    else if (a === "primary") f.primary = true;
    else if (a === "secondary") f.primary = false;
    else if (matches(a, "help")) usage(ctx);
    else {
      if (devName !== undefined) duparg2(ctx, "dev", a);
      devName = a;
    }
  }
  if (devName !== undefined) {
    const l = findLink(ctx, devName);
    if (!l) die(ctx, `Device "${devName}" does not exist.`, 1);
    f.dev = l;
  }
  void flush;
  return f;
}

function filter4(f: AddrFilter): (a: Inet4Addr) => boolean {
  return (a) =>
    (f.label === undefined || labelMatches(f.label, a.label)) &&
    (f.scope === undefined || a.scope === f.scope) &&
    (f.primary === undefined || a.secondary !== f.primary);
}

function show(ctx: IpContext, argv: string[]): number {
  return showAddrs(ctx, parseShowFilter(ctx, argv, false));
}

function flush(ctx: IpContext, argv: string[]): number {
  if (argv.length === 0) return die(ctx, "Flush requires arguments.", 1);
  const f = parseShowFilter(ctx, argv, true);
  const links = f.dev ? [f.dev] : ctx.kernel.links();
  for (const l of links) {
    if (f.up && !l.up) continue;
    if (ctx.opts.family !== "inet6") ctx.kernel.flushAddr4(l.ifindex, filter4(f));
    // IPv6 addresses carry no label; a label or scope filter spares them
    if (ctx.opts.family !== "inet" && f.label === undefined && f.scope === undefined && f.primary === undefined) ctx.kernel.flushAddr6(l.ifindex);
  }
  return 0;
}

function modify(ctx: IpContext, argv: string[], del: boolean): number {
  let dev: string | undefined;
  let label: string | undefined;
  let local: string | undefined;
  let brd: string | undefined;
  let scope: Inet4Addr["scope"] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "peer" || a === "remote") nextArg(ctx, argv, i++);
    else if (matches(a, "broadcast") || a === "brd") {
      const v = nextArg(ctx, argv, i++);
      if (brd !== undefined) die(ctx, `Error: duplicate "broadcast": "${v}" is the second value.`);
      if (v !== "+" && v !== "-" && parseIp4(v) === undefined) die(ctx, `Error: an inet address is expected rather than "${v}".`, 1);
      brd = v;
    } else if (matches(a, "anycast")) nextArg(ctx, argv, i++);
    else if (matches(a, "scope")) scope = parseScope(ctx, nextArg(ctx, argv, i++));
    else if (a === "dev") dev = nextArg(ctx, argv, i++);
    else if (a === "label") label = nextArg(ctx, argv, i++);
    else if (a === "metric" || a === "priority" || a === "preference" || a === "valid_lft" || a === "preferred_lft") nextArg(ctx, argv, i++);
    else if (["home", "nodad", "mngtmpaddr", "noprefixroute", "autojoin"].includes(a)) continue;
    else {
      let word = a;
      if (word === "local") word = nextArg(ctx, argv, i++);
      if (matches(word, "help")) usage(ctx);
      if (local !== undefined) duparg2(ctx, "local", word);
      local = word;
    }
  }
  if (dev === undefined) return die(ctx, 'Not enough information: "dev" argument is required.', 1);
  let prefix = undefined as ReturnType<typeof parsePrefix>;
  if (local !== undefined) {
    prefix = parsePrefix(local);
    if (!prefix || local === "default") return die(ctx, `Error: any valid prefix is expected rather than "${local}".`, 1);
  }
  const link = findLink(ctx, dev);
  if (!link) return die(ctx, `Cannot find device "${dev}"`, 1);
  if (del) {
    if (prefix && !prefix.lenGiven) {
      ctx.proc.stderr.write(
        `Warning: Executing wildcard deletion to stay compatible with old scripts.\n` +
          `         Explicitly specify the prefix length (${prefix.addr}/32) to avoid this warning.\n` +
          `         This special behaviour is likely to disappear in further releases,\n` +
          `         fix your scripts!\n`,
      );
    }
    const r = ctx.kernel.delAddr4({ ifindex: link.ifindex, local: prefix?.addr, prefixlen: prefix?.lenGiven ? prefix.len : undefined, label });
    // Debian 12's kernel (6.1) gives no extended ack for a missing address
    return r.ok ? 0 : rtnlError(ctx, r.errno, r.errno === "EADDRNOTAVAIL" ? undefined : r.detail);
  }
  if (!prefix) return rtnlError(ctx, "EOPNOTSUPP");
  let broadcast: string | undefined;
  if (brd === "+" || brd === "-") {
    const n = parseIp4(prefix.addr)!;
    if (prefix.len < 31) broadcast = formatIp4(brd === "+" ? broadcastOf(n, prefix.len) : networkOf(n, prefix.len));
  } else broadcast = brd;
  const r = ctx.kernel.addAddr4({ ifindex: link.ifindex, local: prefix.addr, prefixlen: prefix.len, broadcast, label, scope });
  return r.ok ? 0 : rtnlError(ctx, r.errno, r.detail);
}

export function doIpAddr(ctx: IpContext, argv: string[]): number {
  if (argv.length === 0) return show(ctx, []);
  const [cmd, ...rest] = argv;
  if (matches(cmd, "add")) return modify(ctx, rest, false);
  if (matches(cmd, "change") || cmd === "chg" || matches(cmd, "replace")) return modify(ctx, rest, false);
  if (matches(cmd, "delete")) return modify(ctx, rest, true);
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) return show(ctx, rest);
  if (matches(cmd, "flush")) return flush(ctx, rest);
  if (matches(cmd, "help")) usage(ctx);
  return die(ctx, `Command "${cmd}" is unknown, try "ip address help".`);
}

export { incomplete };
