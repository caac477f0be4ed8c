/**
 * ip neigh (iproute2 6.1 ipneigh.c): show and flush the kernel's IPv4
 * neighbour table. `show` lists newest first as the kernel's dump does;
 * FAILED and INCOMPLETE entries have no lladdr. Text and -json render the same
 * record (neighJson). `flush` needs a selector
 * (`dev X`, `all`, an address or `nud STATE`) and, with -s, reports its
 * rounds.
 */
import type { NeighEntry } from "../../../kernel/net/packet/state.js";
import { type IpContext, die, matches, writeJson } from "./context.js";
import type { JsonObject } from "./json-writer.js";

interface Selector {
  ifindex?: number;
  addr?: string;
  nud?: string;
}

function parseSelector(ctx: IpContext, args: string[]): Selector {
  const sel: Selector = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "dev") {
      const name = args[++i];
      if (name === undefined) die(ctx, 'Command line is not complete. Try option "help"');
      const link = ctx.kernel.linkByName(name);
      if (!link) die(ctx, `Cannot find device "${name}"`, 1);
      sel.ifindex = link.ifindex;
    } else if (a === "nud") {
      sel.nud = (args[++i] ?? "").toUpperCase();
    } else if (a === "all" || a === "to") {
      continue;
    } else if (/^\d+\.\d+\.\d+\.\d+$/.test(a)) {
      sel.addr = a;
    } else {
      die(ctx, `Error: an inet prefix is expected rather than "${a}".`, 1);
    }
  }
  return sel;
}

/** one entry as ipneigh.c prints it: dst, dev (unless listed by device), lladdr once resolved, the NUD state */
function neighJson(ctx: IpContext, n: NeighEntry, sel: Selector): JsonObject {
  const j: JsonObject = { dst: n.ip };
  if (sel.ifindex === undefined) j.dev = ctx.kernel.linkByIndex(n.ifindex)?.name ?? "?";
  if (n.mac && n.state !== "FAILED" && n.state !== "INCOMPLETE") j.lladdr = n.mac;
  j.state = [n.state];
  return j;
}

/** the text line of the same record: "DST [dev DEV] [lladdr MAC] STATE " */
function neighText(r: JsonObject): string {
  const words = [r.dst];
  if (r.dev !== undefined) words.push(`dev ${r.dev}`);
  if (r.lladdr !== undefined) words.push(`lladdr ${r.lladdr}`);
  words.push(...(r.state as string[]));
  return `${words.join(" ")} \n`;
}

function selected(n: NeighEntry, sel: Selector): boolean {
  if (sel.ifindex !== undefined && n.ifindex !== sel.ifindex) return false;
  if (sel.addr !== undefined && n.ip !== sel.addr) return false;
  if (sel.nud !== undefined && n.state !== sel.nud) return false;
  return true;
}

export function doIpNeigh(ctx: IpContext, argv: string[]): number {
  const [cmd, ...rest] = argv;
  const net = ctx.kernel.net;
  if (cmd === undefined || matches(cmd, "show") || matches(cmd, "list") || matches(cmd, "lst")) {
    const sel = parseSelector(ctx, rest);
    // the table holds IPv4 neighbours only: -6 lists none
    const shown = ctx.opts.family === "inet6" ? [] : net.neighbours().filter((n) => selected(n, sel));
    const records = shown.map((n) => neighJson(ctx, n, sel));
    if (ctx.opts.json) writeJson(ctx, records);
    else ctx.proc.stdout.write(records.map(neighText).join(""));
    return 0;
  }
  if (ctx.opts.family === "inet6") return 0;
  if (matches(cmd, "flush")) {
    if (rest.length === 0) {
      ctx.proc.stderr.write("Flush requires arguments.\n");
      return 1;
    }
    const sel = parseSelector(ctx, rest);
    const n = net.neighFlush(sel.ifindex, (e) => selected(e, sel));
    if (ctx.opts.stats) {
      if (n === 0) ctx.proc.stdout.write("Nothing to flush.\n");
      else ctx.proc.stdout.write(`\n*** Round 1, deleting ${n} entries ***\n*** Flush is complete after 1 round ***\n`);
    }
    return 0;
  }
  if (matches(cmd, "help")) {
    die(
      ctx,
      "Usage: ip neigh { add | del | change | replace }\n" +
        "                { ADDR [ lladdr LLADDR ] [ nud STATE ] proxy ADDR } [ dev DEV ]\n" +
        "                [ router ] [ extern_learn ] [ protocol PROTO ]\n\n" +
        "       ip neigh { show | flush } [ proxy ] [ to PREFIX ] [ dev DEV ] [ nud STATE ]\n" +
        "                                 [ vrf NAME ] [ nomaster ]\n" +
        "       ip neigh get { ADDR | proxy ADDR } dev DEV\n\n" +
        "STATE := { delay | failed | incomplete | noarp | none |\n" +
        "           permanent | probe | reachable | stale }",
    );
  }
  return die(ctx, `Command "${cmd}" is unknown, try "ip neigh help".`);
}
