/** `ip link`: show (text or -json), set up/down/mtu/name (iproute2 iplink.c). */
import { type IpContext, die, duparg2, findLink, linkInfo, matches, nextArg, rtnlError, writeJson } from "./context.js";
import { formatBriefLink, formatLinkBlock } from "./show.js";
import { briefLinkJson, linkJson } from "./show-json.js";
import { IP_LINK_USAGE } from "./usage.js";

function usage(ctx: IpContext): never {
  return die(ctx, IP_LINK_USAGE.replace(/\n$/, ""));
}

function show(ctx: IpContext, argv: string[]): number {
  let devName: string | undefined;
  let up = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "dev") devName = nextArg(ctx, argv, i++);
    else if (a === "up") up = true;
    else if (matches(a, "help")) usage(ctx);
    else {
      if (devName !== undefined) duparg2(ctx, "dev", a);
      devName = a;
    }
  }
  let links = ctx.kernel.links();
  if (devName !== undefined) {
    const l = findLink(ctx, devName);
    if (!l) return die(ctx, `Device "${devName}" does not exist.`, 1);
    links = [l];
  }
  const o = { oneline: ctx.opts.oneline, stats: ctx.opts.stats, details: ctx.opts.details };
  if (ctx.opts.json) {
    // print_linkinfo refuses a down link under `up` after its JSON object was opened: `{}`
    const recs = links.map((l) => (up && !l.up ? {} : ctx.opts.brief ? briefLinkJson(l) : linkJson(l, { ...o, linkMode: true }, linkInfo(ctx, l))));
    writeJson(ctx, recs);
    return 0;
  }
  let out = "";
  for (const l of links) {
    if (up && !l.up) continue;
    out += ctx.opts.brief ? formatBriefLink(l) : formatLinkBlock(l, o, linkInfo(ctx, l));
  }
  ctx.proc.stdout.write(out);
  return 0;
}

function set(ctx: IpContext, argv: string[]): number {
  let devName: string | undefined;
  let up: boolean | undefined;
  let mtu: number | undefined;
  let name: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "up") up = true;
    else if (a === "down") up = false;
    else if (a === "name") name = nextArg(ctx, argv, i++);
    else if (matches(a, "mtu")) {
      const v = nextArg(ctx, argv, i++);
      if (!/^[0-9]+$/.test(v)) die(ctx, `Error: argument "${v}" is wrong: Invalid "mtu" value\n`);
      mtu = Number(v);
    } else if (matches(a, "txqueuelen") || matches(a, "address") || matches(a, "alias")) nextArg(ctx, argv, i++);
    else if (matches(a, "help")) usage(ctx);
    else {
      let word = a;
      if (word === "dev") word = nextArg(ctx, argv, i++);
      if (devName !== undefined) duparg2(ctx, "dev", word);
      devName = word;
    }
  }
  if (devName === undefined) return die(ctx, 'Not enough information: "dev" argument is required.');
  const link = findLink(ctx, devName);
  if (!link) return die(ctx, `Cannot find device "${devName}"`, 1);
  const k = ctx.kernel;
  // one RTM_NEWLINK carries everything; the kernel applies name, mtu, then flags
  if (name !== undefined) {
    const r = k.setLinkName(link.ifindex, name);
    if (!r.ok) return rtnlError(ctx, r.errno, r.detail);
  }
  if (mtu !== undefined) {
    const r = k.setLinkMtu(link.ifindex, mtu);
    if (!r.ok) return rtnlError(ctx, r.errno, r.detail);
  }
  if (up !== undefined) {
    const r = k.setLinkUp(link.ifindex, up);
    if (!r.ok) return rtnlError(ctx, r.errno, r.detail);
  }
  return 0;
}

export function doIpLink(ctx: IpContext, argv: string[]): number {
  if (argv.length === 0) return show(ctx, []);
  const [cmd, ...rest] = argv;
  if (matches(cmd, "set")) return set(ctx, rest);
  if (matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list")) return show(ctx, rest);
  if (matches(cmd, "help")) usage(ctx);
  return die(ctx, `Command "${cmd}" is unknown, try "ip link help".`);
}
