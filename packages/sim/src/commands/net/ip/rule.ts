/**
 * ip rule (iproute2 6.1): the routing policy database as a fresh kernel has
 * it (local, main and default for IPv4; local and main for IPv6), listed
 * with `ip rule [list|show] [table T | lookup T | pref N]`, as text or
 * -json. Policy routing itself is not simulated: every lookup uses local,
 * then main. Adding or deleting rules says so rather than pretend to route
 * by them.
 */
import { type IpContext, die, matches, writeJson } from "./context.js";

interface Rule {
  pref: number;
  table: string;
}

const IPV4_RULES: Rule[] = [
  { pref: 0, table: "local" },
  { pref: 32766, table: "main" },
  { pref: 32767, table: "default" },
];
const IPV6_RULES: Rule[] = IPV4_RULES.slice(0, 2);

const USAGE = `Usage: ip rule { add | del } SELECTOR ACTION
       ip rule { flush | save | restore }
       ip rule [ list [ SELECTOR ]]
SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]
            [ fwmark FWMARK[/MASK] ]
            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]
            [ uidrange NUMBER-NUMBER ]
            [ ipproto PROTOCOL ]
            [ sport [ NUMBER | NUMBER-NUMBER ]
            [ dport [ NUMBER | NUMBER-NUMBER ] ]
ACTION := [ table TABLE_ID ]
          [ protocol PROTO ]
          [ nat ADDRESS ]
          [ realms [SRCREALM/]DSTREALM ]
          [ goto NUMBER ]
          SUPPRESSOR
SUPPRESSOR := [ suppress_prefixlength NUMBER ]
              [ suppress_ifgroup DEVGROUP ]
TABLE_ID := [ local | main | default | NUMBER ]
`;

export function doIpRule(ctx: IpContext, argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || matches(cmd, "list") || matches(cmd, "lst") || matches(cmd, "show")) return list(ctx, rest);
  if (matches(cmd, "help")) die(ctx, USAGE.replace(/\n$/, ""));
  if (["add", "delete", "flush", "save", "restore", "insert", "append", "prepend", "replace", "change"].some((w) => matches(cmd, w))) {
    ctx.proc.stderr.write("ip: rule: policy routing (rules other than the default ones) is not available in this simulation\n");
    return 1;
  }
  return die(ctx, `Command "${cmd}" is unknown, try "ip rule help".`);
}

function list(ctx: IpContext, argv: string[]): number {
  let rules = ctx.opts.family === "inet6" ? IPV6_RULES : IPV4_RULES;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    const value = argv[i + 1];
    if (value === undefined) die(ctx, 'Command line is not complete. Try option "help"');
    if (matches(word, "table") || matches(word, "lookup")) rules = rules.filter((r) => r.table === value);
    else if (matches(word, "preference") || matches(word, "order") || matches(word, "priority")) rules = rules.filter((r) => String(r.pref) === value);
    else die(ctx, `ip: rule: selector "${word}" is not available in this simulation`, 1);
    i++;
  }
  if (ctx.opts.json) writeJson(ctx, rules.map((r) => ({ priority: r.pref, src: "all", table: r.table })));
  else for (const r of rules) ctx.proc.stdout.write(`${r.pref}:\tfrom all lookup ${r.table}\n`);
  return 0;
}
