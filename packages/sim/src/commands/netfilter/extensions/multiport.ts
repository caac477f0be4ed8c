/**
 * The multiport match (libxt_multiport revision 1): up to 15 ports or
 * ranges ("80,443,8000:8080", a range using two slots) for source,
 * destination or either side, under -p tcp/udp (udplite, sctp, dccp).
 * Listing " multiport dports http,https" and, inverted, the real tool's
 * double space: " multiport sports  !22".
 */
import type { NfMatch, NfPortRange } from "../../../kernel/net/netfilter/types.js";
import { x6Check, x6Parse } from "./options.js";
import { parsePort, portText } from "./ports.js";
import type { MatchExtension, ParseEnv, PrintEnv } from "./types.js";

type Multiport = Extract<NfMatch, { kind: "multiport" }>;

const PORT_PROTOS: Record<number, string> = { 6: "tcp", 17: "udp", 136: "udplite", 132: "sctp", 33: "dccp" };
const SLOTS = 15;

function checkProto(env: ParseEnv): string {
  if (env.protoInverted) env.fail("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
  const name = PORT_PROTOS[env.proto];
  if (name) return name;
  if (env.proto === 0) env.fail("multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
  return env.fail("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
}

/** parse_multi_ports_v1 */
function parsePorts(env: ParseEnv, text: string, proto: string): NfPortRange[] {
  const out: NfPortRange[] = [];
  const items = text.split(",");
  let slots = 0;
  for (const item of items) {
    if (slots >= SLOTS) env.fail("too many ports specified");
    const colon = item.indexOf(":");
    if (colon >= 0 && slots === SLOTS - 1) env.fail("too many ports specified");
    const min = parsePort(env, colon >= 0 ? item.slice(0, colon) : item, proto);
    if (colon < 0) {
      out.push({ min, max: min });
      slots++;
      continue;
    }
    const max = parsePort(env, item.slice(colon + 1), proto);
    if (min >= max) env.fail("invalid portrange specified");
    out.push({ min, max });
    slots += 2;
  }
  return out;
}

function portList(env: PrintEnv, ports: NfPortRange[], numeric: boolean): string {
  const proto = PORT_PROTOS[env.proto] ?? "";
  const one = (p: number) => (proto ? portText(env.db, p, proto, numeric) : String(p));
  return ports.map((r) => (r.min === r.max ? one(r.min) : `${one(r.min)}:${one(r.max)}`)).join(",");
}

const SIDE: Record<Multiport["side"], [string, string]> = { source: ["sports", "sports"], destination: ["dports", "dports"], both: ["ports", "ports"] };

export const multiport: MatchExtension<"multiport"> = {
  name: "multiport",
  kind: "multiport",
  options: [
    { name: "source-ports", id: 0, arg: true, invert: true, excl: 7 },
    { name: "sports", id: 0, arg: true, invert: true, excl: 7 },
    { name: "destination-ports", id: 1, arg: true, invert: true, excl: 7 },
    { name: "dports", id: 1, arg: true, invert: true, excl: 7 },
    { name: "ports", id: 2, arg: true, invert: true, excl: 7 },
  ],
  help: `multiport match options:
[!] --source-ports port[,port:port,port...]
 --sports ...
				match source port(s)
[!] --destination-ports port[,port:port,port...]
 --dports ...
				match destination port(s)
[!] --ports port[,port:port,port]
				match both source and destination port(s)
`,
  init: () => ({ kind: "multiport", side: "destination", ports: [], invert: false }),
  parse(call) {
    x6Parse(multiport, call);
    const proto = checkProto(call.env);
    call.data.ports = parsePorts(call.env, call.arg, proto);
    call.data.side = call.opt.id === 0 ? "source" : call.opt.id === 1 ? "destination" : "both";
    if (call.invert) call.data.invert = true;
  },
  check(_data, xflags, env) {
    if (xflags === 0) env.fail("multiport expection an option");
    x6Check(multiport, xflags, env);
  },
  print: (data, numeric, env) => ` multiport ${SIDE[data.side][0]} ${data.invert ? " !" : ""}${portList(env, data.ports, numeric)}`,
  save: (data, env) => `${data.invert ? " !" : ""} --${SIDE[data.side][1]} ${portList(env, data.ports, true)}`,
};
