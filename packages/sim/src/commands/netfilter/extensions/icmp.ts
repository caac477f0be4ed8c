/**
 * The icmp match (libipt_icmp): --icmp-type by name (a unique prefix,
 * case-insensitive), number or type/code. Listing " icmp echo-request";
 * with -n the real tool prints "icmptype 8" (no space after "icmp": a
 * quirk of 1.8.9 kept here) and " icmp !type 8" when inverted.
 */
import type { NfMatch } from "../../../kernel/net/netfilter/types.js";
import { strtoul, x6Parse } from "./options.js";
import type { MatchExtension, ParseEnv } from "./types.js";

type IcmpType = NonNullable<Extract<NfMatch, { kind: "icmp" }>["type"]>;

/** libxt_icmp.h icmp_codes: name, type, code range; aliases follow their type */
export const ICMP_CODES: [string, number, number, number][] = [
  ["any", 0xff, 0, 0xff],
  ["echo-reply", 0, 0, 0xff],
  ["pong", 0, 0, 0xff],
  ["destination-unreachable", 3, 0, 0xff],
  ["network-unreachable", 3, 0, 0],
  ["host-unreachable", 3, 1, 1],
  ["protocol-unreachable", 3, 2, 2],
  ["port-unreachable", 3, 3, 3],
  ["fragmentation-needed", 3, 4, 4],
  ["source-route-failed", 3, 5, 5],
  ["network-unknown", 3, 6, 6],
  ["host-unknown", 3, 7, 7],
  ["network-prohibited", 3, 9, 9],
  ["host-prohibited", 3, 10, 10],
  ["TOS-network-unreachable", 3, 11, 11],
  ["TOS-host-unreachable", 3, 12, 12],
  ["communication-prohibited", 3, 13, 13],
  ["host-precedence-violation", 3, 14, 14],
  ["precedence-cutoff", 3, 15, 15],
  ["source-quench", 4, 0, 0xff],
  ["redirect", 5, 0, 0xff],
  ["network-redirect", 5, 0, 0],
  ["host-redirect", 5, 1, 1],
  ["TOS-network-redirect", 5, 2, 2],
  ["TOS-host-redirect", 5, 3, 3],
  ["echo-request", 8, 0, 0xff],
  ["ping", 8, 0, 0xff],
  ["router-advertisement", 9, 0, 0xff],
  ["router-solicitation", 10, 0, 0xff],
  ["time-exceeded", 11, 0, 0xff],
  ["ttl-exceeded", 11, 0, 0xff],
  ["ttl-zero-during-transit", 11, 0, 0],
  ["ttl-zero-during-reassembly", 11, 1, 1],
  ["parameter-problem", 12, 0, 0xff],
  ["ip-header-bad", 12, 0, 0],
  ["required-option-missing", 12, 1, 1],
  ["timestamp-request", 13, 0, 0xff],
  ["timestamp-reply", 14, 0, 0xff],
  ["address-mask-request", 17, 0, 0xff],
  ["address-mask-reply", 18, 0, 0xff],
];

/** "n" or "n:m" of 0-255; undefined when not a number */
function parseRange(s: string): { lo: number; hi: number; rest: string } | undefined {
  const a = strtoul(s);
  if (!a || a.value > 255) return undefined;
  if (a.rest[0] !== ":") return { lo: a.value, hi: a.value, rest: a.rest };
  const b = strtoul(a.rest.slice(1));
  if (!b || b.value > 255) return undefined;
  return { lo: a.value, hi: b.value, rest: b.rest };
}

/** ipt_parse_icmp */
export function parseIcmpType(env: ParseEnv, text: string): { type: number; codeMin: number; codeMax: number } {
  let match = -1;
  ICMP_CODES.forEach(([name], i) => {
    if (!name.toLowerCase().startsWith(text.toLowerCase())) return;
    if (match >= 0) env.fail(`Ambiguous ICMP type \`${text}': \`${ICMP_CODES[match][0]}' or \`${name}'?`);
    match = i;
  });
  if (match >= 0) {
    const [, type, codeMin, codeMax] = ICMP_CODES[match];
    return { type, codeMin, codeMax };
  }
  const t = parseRange(text);
  if (!t) return env.fail(`Unknown ICMP type \`${text}'`);
  let codeMin = 0;
  let codeMax = 0xff;
  if (t.rest.startsWith("/")) {
    const c = parseRange(t.rest.slice(1));
    if (!c) return env.fail(`Unknown ICMP code \`${text}'`);
    codeMin = c.lo;
    codeMax = c.hi;
    if (c.rest !== "") env.fail(`unknown character ${c.rest[0]}`);
  } else if (t.rest !== "") env.fail(`unknown character ${t.rest[0]}`);
  if (t.lo !== t.hi) env.fail("ICMP type range not supported");
  return { type: t.lo, codeMin, codeMax };
}

const ANY: IcmpType = { type: 0xff, codeMin: 0, codeMax: 0xff, invert: false };

export const icmp: MatchExtension<"icmp"> = {
  name: "icmp",
  kind: "icmp",
  options: [{ name: "icmp-type", id: 0, arg: true, mand: true, invert: true }],
  help: `icmp match options:
[!] --icmp-type typename	match icmp type
[!] --icmp-type type[/code]	(or numeric type or type/code)
Valid ICMP Types:
any
echo-reply (pong)
destination-unreachable
   network-unreachable
   host-unreachable
   protocol-unreachable
   port-unreachable
   fragmentation-needed
   source-route-failed
   network-unknown
   host-unknown
   network-prohibited
   host-prohibited
   TOS-network-unreachable
   TOS-host-unreachable
   communication-prohibited
   host-precedence-violation
   precedence-cutoff
source-quench
redirect
   network-redirect
   host-redirect
   TOS-network-redirect
   TOS-host-redirect
echo-request (ping)
router-advertisement
router-solicitation
time-exceeded (ttl-exceeded)
   ttl-zero-during-transit
   ttl-zero-during-reassembly
parameter-problem
   ip-header-bad
   required-option-missing
timestamp-request
timestamp-reply
address-mask-request
address-mask-reply
`,
  init: () => ({ kind: "icmp" }),
  parse(call) {
    x6Parse(icmp, call);
    call.data.type = { ...parseIcmpType(call.env, call.arg), invert: call.invert };
  },
  finish(data) {
    const t = data.type;
    return t && t.type === 0xff && t.codeMin === 0 && t.codeMax === 0xff && !t.invert ? { kind: "icmp" } : data;
  },
  print(data, numeric) {
    const t = data.type ?? ANY;
    if (!numeric) {
      const hit = ICMP_CODES.find(([, type, lo, hi]) => type === t.type && lo === t.codeMin && hi === t.codeMax);
      if (hit) return ` icmp ${t.invert ? "!" : ""}${hit[0]}`;
    }
    let s = ` icmp${t.invert ? " !" : ""}type ${t.type}`;
    if (t.codeMin === t.codeMax) s += ` code ${t.codeMin}`;
    else if (t.codeMin !== 0 || t.codeMax !== 0xff) s += ` codes ${t.codeMin}-${t.codeMax}`;
    return s;
  },
  save(data) {
    const t = data.type ?? ANY;
    let s = t.invert ? " !" : "";
    if (t.type === 0xff) return `${s} --icmp-type any`;
    s += ` --icmp-type ${t.type}`;
    if (t.codeMin !== 0 || t.codeMax !== 0xff) s += `/${t.codeMin}`;
    return s;
  },
};
