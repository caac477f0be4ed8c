/**
 * `ip address show` as ipaddress.c's ipaddr_list_flush_or_save walks it,
 * once for both renderings (text and -json):
 *  1. the links (one with `dev`), then ipaddr_filter: a link stays if one of
 *     its addresses passes the filters, or if it has none and no family was
 *     asked for;
 *  2. per link, the link record unless "no_link" (-oneline, or a `label`
 *     filter) and not -brief; `up` makes that record fail for a link that
 *     is down (iproute2 then still opens and closes its JSON object: `{}`);
 *  3. every address of the family, in dump order (IPv4 then IPv6); one that
 *     fails the scope / primary / secondary / label filter prints nothing,
 *     in JSON an empty object, as print_addrinfo returns before printing.
 * IPv6 addresses carry no label: the label filter matches them by the link's name.
 */
import type { Inet4Addr, Inet6Addr, LinkState } from "../../../kernel/state.js";
import { type IpContext, linkInfo, writeJson } from "./context.js";
import type { JsonObject } from "./json-writer.js";
import { type ShowOptions, formatBriefAddr, formatInet4, formatInet6, formatLink } from "./show.js";
import { addrJson, briefAddrLinkJson, linkJson } from "./show-json.js";
import { statsJson, statsLines } from "./stats64.js";

export interface AddrFilter {
  dev?: LinkState;
  up: boolean;
  label?: string;
  scope?: Inet4Addr["scope"];
  /** true: primary only, false: secondary only */
  primary?: boolean;
}

type Addr = Inet4Addr | Inet6Addr;

/** fnmatch with * and ? (a shell-like pattern for `label`) */
export function labelMatches(pattern: string, label: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
  return re.test(label);
}

/** the scope, flag and label filters of print_addrinfo / ipaddr_filter */
export function addrPasses(f: AddrFilter, l: LinkState, a: Addr): boolean {
  const v4 = "local" in a;
  if (f.scope !== undefined && a.scope !== f.scope) return false;
  if (f.primary !== undefined && (v4 && a.secondary) === f.primary) return false;
  if (f.label !== undefined && !labelMatches(f.label, v4 ? a.label : l.name)) return false;
  return true;
}

interface Row {
  link: LinkState;
  /** the link record is printed (not no_link, or -brief) */
  printLink: boolean;
  /** print_linkinfo refused the link (`up` and the link is down): nothing follows */
  refused: boolean;
  /** the family's addresses, each with whether it passes the filters */
  addrs: { addr: Addr; shown: boolean }[];
}

function rows(ctx: IpContext, f: AddrFilter): Row[] {
  const k = ctx.kernel;
  const family = ctx.opts.family;
  const all = (l: LinkState): Addr[] => [...k.addrs4(l.ifindex), ...k.addrs6(l.ifindex)];
  const ofFamily = (a: Addr) => family === undefined || ("local" in a ? "inet" : "inet6") === family;
  const links = (f.dev ? [f.dev] : k.links()).filter((l) => {
    const as = all(l);
    return as.length === 0 ? family === undefined : as.some((a) => ofFamily(a) && addrPasses(f, l, a));
  });
  const noLink = ctx.opts.oneline || f.label !== undefined;
  return links.map((l) => {
    const printLink = ctx.opts.brief || !noLink;
    const refused = printLink && f.up && !l.up;
    // print_selected_addrinfo skips a down link's addresses under `up` even without its link record
    const addrs = f.up && !l.up ? [] : all(l).filter(ofFamily).map((a) => ({ addr: a, shown: addrPasses(f, l, a) }));
    return { link: l, printLink, refused, addrs };
  });
}

function showOptions(ctx: IpContext, f: AddrFilter): ShowOptions {
  // the kernel's IPv6 link dump (no device given) carries a shorter link record
  return { family: ctx.opts.family, short: ctx.opts.family === "inet6" && f.dev === undefined, details: ctx.opts.details };
}

function text(ctx: IpContext, f: AddrFilter, rs: Row[]): string {
  const o = showOptions(ctx, f);
  let out = "";
  for (const r of rs) {
    if (r.refused) continue;
    const shown = r.addrs.filter((x) => x.shown).map((x) => x.addr);
    if (ctx.opts.brief) {
      out += formatBriefAddr(r.link, shown);
      continue;
    }
    const info = linkInfo(ctx, r.link);
    const lines: string[] = r.printLink ? formatLink(r.link, o, info) : [];
    for (const a of shown) {
      const [main, lft] = "local" in a ? formatInet4(a) : formatInet6(a);
      if (ctx.opts.oneline) out += `${r.link.ifindex}: ${r.link.name}${main}\\${lft}\n`;
      else lines.push(main, lft);
    }
    if (r.printLink && ctx.opts.stats) lines.push(...statsLines(r.link, ctx.opts.stats, info));
    out += lines.map((x) => `${x}\n`).join("");
  }
  return out;
}

function json(ctx: IpContext, f: AddrFilter, rs: Row[]): JsonObject[] {
  const o = showOptions(ctx, f);
  const { brief, oneline } = ctx.opts;
  return rs.map((r) => {
    if (r.refused) return {};
    const info = linkInfo(ctx, r.link);
    const j: JsonObject = r.printLink ? (brief ? briefAddrLinkJson(r.link) : linkJson(r.link, o, info)) : {};
    j.addr_info = r.addrs.map((x) => (x.shown ? addrJson(r.link, x.addr, { brief, oneline: oneline && !brief }) : {}));
    if (r.printLink && !brief && ctx.opts.stats) j.stats64 = statsJson(r.link, ctx.opts.stats, info);
    return j;
  });
}

export function showAddrs(ctx: IpContext, f: AddrFilter): number {
  const rs = rows(ctx, f);
  if (ctx.opts.json) writeJson(ctx, json(ctx, f, rs));
  else ctx.proc.stdout.write(text(ctx, f, rs));
  return 0;
}
