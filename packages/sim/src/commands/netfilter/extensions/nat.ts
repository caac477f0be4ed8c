/**
 * The NAT targets (libxt_NAT): SNAT --to-source and DNAT --to-destination
 * ADDR[-ADDR][:PORT[-PORT]], MASQUERADE and REDIRECT --to-ports
 * PORT[-PORT] (MASQUERADE also --random). Ports need -p tcp, udp, sctp,
 * dccp or icmp. Listings " to:10.0.0.2:80", " masq ports: 1024-2000",
 * " redir ports 3128". --random-fully, --persistent and shifted port maps
 * are not simulated.
 */
import type { NfNatRange, NfPortRange } from "../../../kernel/net/netfilter/types.js";
import { strtoul, x6Check, x6Parse } from "./options.js";
import type { ExtOption, ParseEnv, TargetExtension } from "./types.js";

const PORT_OK = new Set([6, 17, 132, 33, 1]);

/** libxt_NAT parse_ports */
function parsePorts(env: ParseEnv, arg: string): NfPortRange {
  if (!PORT_OK.has(env.proto)) env.fail("Need TCP, UDP, SCTP or DCCP with port specification");
  let port: number;
  let end: string;
  const n = strtoul(arg);
  if (n && n.value <= 65535) {
    port = n.value;
    end = n.rest;
  } else {
    const s = env.db.servicePort(arg, "tcp") ?? env.db.servicePort(arg, "udp");
    if (s === undefined) return env.fail(`Port \`${arg}' not valid`);
    port = s;
    end = "";
  }
  if (end === "") return { min: port, max: port };
  if (end[0] === ":") env.fail("Invalid port:port syntax - use dash");
  if (end[0] !== "-") env.fail(`Garbage after port value: \`${end}'`);
  const hiText = end.slice(1);
  const m = strtoul(hiText);
  if (!m || m.value > 65535) return env.fail(`Port \`${hiText}' not valid`);
  if (m.value < port) env.fail(`Port range \`${hiText}' funky`);
  if (m.rest !== "") {
    if (m.rest[0] === "/") env.fail("shifted port maps (PORT-PORT/BASE) are not simulated in Rootlab yet");
    env.fail(`Garbage after port range: \`${m.rest}'`);
  }
  return { min: port, max: m.value };
}

/** inet_pton(AF_INET): four decimal octets, no leading zeros */
function inetPton(s: string): string | undefined {
  const parts = s.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.join(".");
}

/** libxt_NAT parse_to */
function parseTo(env: ParseEnv, arg: string): NfNatRange {
  const range: NfNatRange = {};
  let colon = arg.indexOf(":");
  if (colon >= 0 && arg.indexOf(":", colon + 1) >= 0) colon = -1;
  let addr = arg;
  if (colon >= 0) {
    const p = parsePorts(env, arg.slice(colon + 1));
    range.minPort = p.min;
    range.maxPort = p.max;
    if (colon === 0) return range;
    addr = arg.slice(0, colon);
  }
  const dash = addr.indexOf("-");
  const lo = dash >= 0 ? addr.slice(0, dash) : addr;
  const min = inetPton(lo);
  if (!min) return env.fail(`Bad IP address "${lo}"`);
  let max = min;
  if (dash >= 0) {
    const hi = inetPton(addr.slice(dash + 1));
    if (!hi) return env.fail(`Bad IP address "${addr.slice(dash + 1)}"`);
    max = hi;
  }
  return { minIp: min, maxIp: max, ...range };
}

/** sprint_range for IPv4 */
function rangeText(r: NfNatRange): string {
  let s = "";
  if (r.minIp !== undefined) s += r.minIp + (r.maxIp !== undefined && r.maxIp !== r.minIp ? `-${r.maxIp}` : "");
  if (r.minPort !== undefined) s += `:${r.minPort}` + (r.maxPort !== undefined && r.maxPort !== r.minPort ? `-${r.maxPort}` : "");
  return s;
}

function portsText(p: NfPortRange | undefined): string {
  return p ? rangeText({ minPort: p.min, maxPort: p.max }).slice(1) : "";
}

const NOT_SIMULATED = (name: string, env: ParseEnv): never => env.fail(`option "--${name}" is not simulated in Rootlab yet`);

function mapTarget(kind: "SNAT" | "DNAT", opt: string, help: string): TargetExtension<"SNAT" | "DNAT"> {
  const ext: TargetExtension<"SNAT" | "DNAT"> = {
    name: kind,
    kind,
    options: [
      { name: opt, id: 0, arg: true, mand: true },
      { name: "random", id: 3, arg: false },
      ...(kind === "SNAT" ? [{ name: "random-fully", id: 4, arg: false } as ExtOption] : []),
      { name: "persistent", id: 5, arg: false },
    ],
    help,
    init: () => ({ kind, to: [] }),
    parse(call) {
      x6Parse(ext, call);
      if (call.opt.id !== 0) NOT_SIMULATED(call.opt.name, call.env);
      call.data.to = [parseTo(call.env, call.arg)];
    },
    check: (_d, xflags, env) => x6Check(ext, xflags, env),
    print: (data) => (data.to.length && rangeText(data.to[0]) ? ` to:${rangeText(data.to[0])}` : ""),
    save: (data) => (data.to.length && rangeText(data.to[0]) ? ` --${opt} ${rangeText(data.to[0])}` : ""),
  };
  return ext;
}

export const snat = mapTarget(
  "SNAT",
  "to-source",
  `SNAT target options:
 --to-source [<ipaddr>[-<ipaddr>]][:port[-port]]
				Address to map source to.
[--random] [--random-fully] [--persistent]
`,
);

export const dnat = mapTarget(
  "DNAT",
  "to-destination",
  `DNAT target options:
 --to-destination [<ipaddr>[-<ipaddr>]][:port[-port[/port]]]
				Address to map destination to.
[--random] [--persistent]
`,
);

export const masquerade: TargetExtension<"MASQUERADE"> = {
  name: "MASQUERADE",
  kind: "MASQUERADE",
  options: [
    { name: "to-ports", id: 2, arg: true },
    { name: "random", id: 3, arg: false },
    { name: "random-fully", id: 4, arg: false },
  ],
  help: `MASQUERADE target options:
 --to-ports <port>[-<port>]
				Port (range) to map to.
 --random
				Randomize source port.
 --random-fully
				Fully randomize source port.
`,
  init: () => ({ kind: "MASQUERADE" }),
  parse(call) {
    x6Parse(masquerade, call);
    if (call.opt.name === "random") call.data.random = true;
    else if (call.opt.name === "to-ports") call.data.toPorts = parsePorts(call.env, call.arg);
    else NOT_SIMULATED(call.opt.name, call.env);
  },
  print: (data) => (data.toPorts ? ` masq ports: ${portsText(data.toPorts)}` : "") + (data.random ? " random" : ""),
  save: (data) => (data.toPorts ? ` --to-ports ${portsText(data.toPorts)}` : "") + (data.random ? " --random" : ""),
};

export const redirect: TargetExtension<"REDIRECT"> = {
  name: "REDIRECT",
  kind: "REDIRECT",
  options: [
    { name: "to-ports", id: 2, arg: true },
    { name: "random", id: 3, arg: false },
  ],
  help: `REDIRECT target options:
 --to-ports <port>[-<port>]
				Port (range) to map to.
 [--random]
`,
  init: () => ({ kind: "REDIRECT" }),
  parse(call) {
    x6Parse(redirect, call);
    if (call.opt.name === "to-ports") call.data.toPorts = parsePorts(call.env, call.arg);
    else NOT_SIMULATED(call.opt.name, call.env);
  },
  print: (data) => (data.toPorts ? ` redir ports ${portsText(data.toPorts)}` : ""),
  save: (data) => (data.toPorts ? ` --to-ports ${portsText(data.toPorts)}` : ""),
};
