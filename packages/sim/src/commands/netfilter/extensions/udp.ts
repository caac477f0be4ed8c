/**
 * The udp match (libxt_udp): --sport/--dport as libxtables' port ranges
 * ("53", "1024:", ":1023"; names resolved for any protocol), listing
 * " udp spt:domain dpts:1024:65535".
 */
import type { NfMatch, NfPortRange } from "../../../kernel/net/netfilter/types.js";
import { x6Parse } from "./options.js";
import { keptPorts, portByName, printPorts, savePorts } from "./ports.js";
import type { MatchExtension, ParseEnv } from "./types.js";

type Udp = Extract<NfMatch, { kind: "udp" }>;

/** xtopt_parse_mport */
function parseRange(env: ParseEnv, ext: string, opt: string, text: string): NfPortRange {
  const parts = text.split(":");
  if (parts.length > 2) env.fail(`${ext}: Too many components for option "--${opt}" (max: 2)\n`);
  const vals = parts.map((p, i) => {
    if (p === "") return i === 0 ? 0 : 0xffff;
    const v = portByName(env.db, p);
    if (v < 0) env.fail(`Port "${p}" does not resolve to anything.\n`);
    return v;
  });
  return { min: vals[0], max: vals.length === 1 ? vals[0] : vals[1] };
}

export const udp: MatchExtension<"udp"> = {
  name: "udp",
  kind: "udp",
  options: [
    { name: "source-port", id: 0, arg: true, invert: true },
    { name: "sport", id: 0, arg: true, invert: true },
    { name: "destination-port", id: 1, arg: true, invert: true },
    { name: "dport", id: 1, arg: true, invert: true },
  ],
  help: `udp match options:
[!] --source-port port[:port]
 --sport ...
				match source port(s)
[!] --destination-port port[:port]
 --dport ...
				match destination port(s)
`,
  init: () => ({ kind: "udp" }),
  parse(call) {
    x6Parse(udp, call);
    const { opt, arg, invert, data, env } = call;
    const r = { ...parseRange(env, "udp", opt.id === 0 ? "source-port" : "destination-port", arg), invert };
    if (opt.id === 0) data.sport = r;
    else data.dport = r;
  },
  finish: (data): Udp => ({ kind: "udp", ...keptPorts(data) }),
  print: (data, numeric, env) => " udp" + printPorts(env, "spt", data.sport, "udp", numeric) + printPorts(env, "dpt", data.dport, "udp", numeric),
  save: (data) => savePorts("sport", data.sport) + savePorts("dport", data.dport),
};
