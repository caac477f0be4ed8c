/**
 * conntrack(8)'s command line (conntrack-tools 1.4.7, src/conntrack.c):
 * one command (-L -G -D -E -F -C -S, with an optional table word after it),
 * options in getopt_long's way (`--src=X`, unambiguous prefixes such as
 * `--proto`), protocol options (`--sport`, `--state`, `--icmp-type`) known
 * only after `-p` names a protocol that has them, and the legal
 * command/option combinations. Errors carry conntrack's own words; the
 * command prints them with the program prefix and exit status 2.
 */
import type { CtTcpState } from "../../kernel/net/netfilter/types.js";

export type CtCommand = "L" | "G" | "D" | "I" | "U" | "E" | "F" | "C" | "S" | "V" | "h";
export type CtTable = "conntrack" | "expect" | "dying" | "unconfirmed";

/** an IPv4 address filter: `-s 10.0.0.0/24` */
export interface CtAddrFilter {
  addr: number;
  mask: number;
}

export interface CtFilter {
  origSrc?: CtAddrFilter;
  origDst?: CtAddrFilter;
  replySrc?: CtAddrFilter;
  replyDst?: CtAddrFilter;
  /** protocol number */
  proto?: number;
  sport?: number;
  dport?: number;
  replySport?: number;
  replyDport?: number;
  icmpType?: number;
  icmpCode?: number;
  icmpId?: number;
  state?: CtTcpState;
  /** -u: every named bit must be set (UNREPLIED: no reply seen) */
  status?: string[];
  /** -m mark[/mask]; undefined value: the text did not parse (matches nothing, as strtoul leaves garbage) */
  mark?: { value: number; mask: number } | { value: undefined };
  /** -f ipv6: nothing IPv4 matches */
  ipv6?: boolean;
  /** -n / -g / -j [ip] */
  srcNat?: CtAddrFilter | true;
  dstNat?: CtAddrFilter | true;
  anyNat?: CtAddrFilter | true;
}

export interface CtArgs {
  command: CtCommand;
  table: CtTable;
  filter: CtFilter;
  /** the options given, by conntrack's names (to check the combinations) */
  given: Set<string>;
  extended: boolean;
  id: boolean;
  timestamp: boolean;
  /** -t: seconds (-I) */
  timeout?: number;
  /** -s / -d as typed (-I needs the addresses, not a filter) */
  origSrc?: string;
  origDst?: string;
  /** -e: event types shown (all by default) */
  events: Set<"NEW" | "UPDATE" | "DESTROY">;
}

export type CtParse = { ok: true; args: CtArgs } | { ok: false; error: string };

/** long name (as conntrack's "Illegal option `--NAME'" prints it), short letter, takes an argument */
interface OptSpec {
  name: string;
  aliases?: string[];
  short?: string;
  arg: "none" | "required" | "optional";
}

const COMMON: OptSpec[] = [
  { name: "src", aliases: ["orig-src"], short: "s", arg: "required" },
  { name: "dst", aliases: ["orig-dst"], short: "d", arg: "required" },
  { name: "reply-src", short: "r", arg: "required" },
  { name: "reply-dst", short: "q", arg: "required" },
  { name: "protonum", short: "p", arg: "required" },
  { name: "timeout", short: "t", arg: "required" },
  { name: "status", short: "u", arg: "required" },
  { name: "zero", short: "z", arg: "none" },
  { name: "event-mask", short: "e", arg: "required" },
  { name: "mark", short: "m", arg: "required" },
  { name: "secmark", short: "c", arg: "required" },
  { name: "family", short: "f", arg: "required" },
  { name: "src-nat", short: "n", arg: "optional" },
  { name: "dst-nat", short: "g", arg: "optional" },
  { name: "any-nat", short: "j", arg: "optional" },
  { name: "output", short: "o", arg: "required" },
  { name: "buffer-size", short: "b", arg: "required" },
  { name: "zone", short: "w", arg: "required" },
  { name: "label", short: "l", arg: "required" },
];

const PORTS: OptSpec[] = [
  { name: "orig-port-src", aliases: ["sport"], arg: "required" },
  { name: "orig-port-dst", aliases: ["dport"], arg: "required" },
  { name: "reply-port-src", arg: "required" },
  { name: "reply-port-dst", arg: "required" },
];

/** what `-p NAME` adds to the options (conntrack's protocol extensions) */
const PROTO_OPTS: Record<string, OptSpec[]> = {
  tcp: [...PORTS, { name: "state", arg: "required" }],
  udp: PORTS,
  udplite: PORTS,
  icmp: [
    { name: "icmp-type", arg: "required" },
    { name: "icmp-code", arg: "required" },
    { name: "icmp-id", arg: "required" },
  ],
};

const PROTO_NUMBERS: Record<string, number> = { tcp: 6, udp: 17, icmp: 1, sctp: 132, dccp: 33, gre: 47, udplite: 136, icmpv6: 58 };

const COMMANDS: Record<string, CtCommand> = {
  L: "L", dump: "L", G: "G", get: "G", D: "D", delete: "D", I: "I", create: "I", U: "U", update: "U",
  E: "E", event: "E", F: "F", flush: "F", C: "C", count: "C", S: "S", stats: "S", V: "V", version: "V", h: "h", help: "h",
};

/** options each command accepts (conntrack.c's commands_v_options, for the commands simulated) */
const LEGAL: Record<CtCommand, ReadonlySet<string>> = {
  L: new Set(["src", "dst", "reply-src", "reply-dst", "protonum", "status", "zero", "mark", "family", "src-nat", "dst-nat", "any-nat", "output", "buffer-size", "zone", "label", "secmark"]),
  D: new Set(["src", "dst", "reply-src", "reply-dst", "protonum", "timeout", "status", "mark", "family", "src-nat", "dst-nat", "any-nat", "output", "zone", "label", "secmark"]),
  G: new Set(["src", "dst", "reply-src", "reply-dst", "protonum", "output", "zone", "family"]),
  E: new Set(["src", "dst", "reply-src", "reply-dst", "protonum", "event-mask", "mark", "family", "src-nat", "dst-nat", "any-nat", "output", "buffer-size", "zone", "label", "status"]),
  F: new Set(["family"]),
  C: new Set(),
  S: new Set(),
  I: new Set(["src", "dst", "reply-src", "reply-dst", "protonum", "timeout", "status", "mark", "family", "output", "zone"]),
  U: new Set(["src", "dst", "reply-src", "reply-dst", "protonum", "timeout", "status", "mark", "family", "output", "zone"]),
  V: new Set(),
  h: new Set(),
};

/** the conntrack names of the protocol options (always legal where -p is) */
const PROTO_OPTION_NAMES = new Set(["orig-port-src", "orig-port-dst", "reply-port-src", "reply-port-dst", "state", "icmp-type", "icmp-code", "icmp-id"]);

const TCP_STATES: CtTcpState[] = ["NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE", "SYN_SENT2"];
const STATUS_WORDS = new Set(["EXPECTED", "ASSURED", "SEEN_REPLY", "FIXED_TIMEOUT", "UNSET", "UNREPLIED", "OFFLOAD", "HW_OFFLOAD"]);
const OUTPUT_WORDS = new Set(["xml", "extended", "timestamp", "id", "ktimestamp", "labels", "label", "save", "userspace"]);

function parseIp4(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

function addrFilter(text: string): CtAddrFilter | undefined {
  const [a, len] = text.split("/");
  const addr = parseIp4(a);
  if (addr === undefined) return undefined;
  const bits = len === undefined ? 32 : /^\d+$/.test(len) && Number(len) <= 32 ? Number(len) : undefined;
  if (bits === undefined) return undefined;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { addr: (addr & mask) >>> 0, mask };
}

export function ip4ToNumber(text: string): number {
  return parseIp4(text) ?? -1;
}

/** atoi, then the 16 bits htons keeps: "x" is 0, 70000 is 4464 */
function portNumber(text: string): number {
  const m = /^\s*[+-]?\d+/.exec(text);
  return (m ? Number(m[0]) : 0) & 0xffff;
}

/** strtoul(text, NULL, 0) when the whole text is a number */
function strtoul(text: string): number | undefined {
  if (/^0x[0-9a-f]+$/i.test(text)) return parseInt(text.slice(2), 16) >>> 0;
  if (/^0[0-7]*$/.test(text)) return parseInt(text, 8) >>> 0;
  if (/^\d+$/.test(text)) return Number(text) >>> 0;
  return undefined;
}

/** parse argv (without argv[0]) */
export function parseConntrackArgs(argv: string[]): CtParse {
  const err = (error: string): CtParse => ({ ok: false, error });
  let command: CtCommand | undefined;
  let table: CtTable = "conntrack";
  let protoName: string | undefined;
  const filter: CtFilter = {};
  const given = new Set<string>();
  let extended = false;
  let id = false;
  let timestamp = false;
  let timeout: number | undefined;
  let origSrc: string | undefined;
  let origDst: string | undefined;
  let events = new Set<"NEW" | "UPDATE" | "DESTROY">(["NEW", "UPDATE", "DESTROY"]);

  const longOpts = (): OptSpec[] => [...COMMON, ...(protoName ? (PROTO_OPTS[protoName] ?? []) : [])];

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let spec: OptSpec | undefined;
    let value: string | undefined;
    let shown = a;
    if (a.startsWith("--") && a.length > 2) {
      const [nm, attached] = a.slice(2).split(/=(.*)/s, 2);
      const cmd = COMMANDS[nm];
      if (cmd && nm.length > 1) {
        if (command) return err("Invalid commands combination");
        command = cmd;
        continue;
      }
      const all = longOpts();
      const exact = all.find((o) => o.name === nm || o.aliases?.includes(nm));
      const prefixed = all.filter((o) => [o.name, ...(o.aliases ?? [])].some((n) => n.startsWith(nm)));
      spec = exact ?? (prefixed.length === 1 ? prefixed[0] : undefined);
      if (!spec) return err(`unknown option \`${a.split("=")[0]}'`);
      shown = `--${nm}`;
      value = attached;
    } else if (a.startsWith("-") && a.length > 1) {
      const ch = a[1];
      const cmd = COMMANDS[ch];
      if (cmd && ch.length === 1 && /[LGDIUEFCSVh]/.test(ch)) {
        if (command) return err("Invalid commands combination");
        command = cmd;
        // an optional table word follows the command
        const next = argv[i + 1];
        if ("LGDEFC".includes(ch) && next !== undefined && !next.startsWith("-")) {
          if (next !== "conntrack" && next !== "expect" && next !== "dying" && next !== "unconfirmed") return err(`unknown type \`${next}'`);
          table = next;
          i++;
        }
        continue;
      }
      spec = COMMON.find((o) => o.short === ch);
      if (!spec) return err(`unknown option \`${a}'`);
      shown = `-${ch}`;
      if (a.length > 2) value = a.slice(2);
    } else {
      // a stray word: getopt leaves it, conntrack ignores it
      continue;
    }
    if (value === undefined && spec.arg === "required") {
      if (i + 1 >= argv.length) return err(`option \`${shown}' requires an argument`);
      value = argv[++i];
    } else if (value === undefined && spec.arg === "optional" && argv[i + 1] !== undefined && !argv[i + 1].startsWith("-")) {
      value = argv[++i];
    }
    given.add(spec.name);
    const v = value ?? "";
    switch (spec.name) {
      case "src":
      case "dst":
      case "reply-src":
      case "reply-dst": {
        const f = addrFilter(v);
        if (!f) return err(`Invalid IP address \`${v}'`);
        const key = ({ src: "origSrc", dst: "origDst", "reply-src": "replySrc", "reply-dst": "replyDst" } as const)[spec.name];
        filter[key] = f;
        if (spec.name === "src") origSrc = v.split("/")[0];
        if (spec.name === "dst") origDst = v.split("/")[0];
        break;
      }
      case "protonum": {
        const byName = PROTO_NUMBERS[v];
        const num = byName ?? (/^\d+$/.test(v) && Number(v) <= 255 ? Number(v) : undefined);
        if (num === undefined) return err(`\`${v}' unsupported protocol`);
        filter.proto = num;
        protoName = Object.keys(PROTO_NUMBERS).find((k) => PROTO_NUMBERS[k] === num);
        break;
      }
      case "family":
        if (v !== "ipv4" && v !== "ipv6") return err(`\`${v}' unsupported protocol`);
        filter.ipv6 = v === "ipv6";
        break;
      case "status": {
        const words = v.split(",");
        for (const w of words) if (!STATUS_WORDS.has(w)) return err(`Bad parameter \`${w}'`);
        filter.status = words;
        break;
      }
      case "mark": {
        const [val, mask] = v.split("/");
        const value = strtoul(val);
        const m = mask === undefined ? 0xffffffff : strtoul(mask);
        filter.mark = value === undefined || m === undefined ? { value: undefined } : { value, mask: m };
        break;
      }
      case "output":
        for (const w of v.split(",")) {
          if (!OUTPUT_WORDS.has(w)) return err(`Bad parameter \`${w}'`);
          if (w === "extended") extended = true;
          if (w === "id") id = true;
          if (w === "timestamp") timestamp = true;
        }
        break;
      case "event-mask": {
        const words = v.split(",");
        const set = new Set<"NEW" | "UPDATE" | "DESTROY">();
        for (const w of words) {
          if (w === "ALL") ["NEW", "UPDATE", "DESTROY"].forEach((x) => set.add(x as "NEW"));
          else if (w === "NEW" || w === "UPDATE" || w === "DESTROY") set.add(w);
          else return err(`Bad parameter \`${w}'`);
        }
        events = set;
        break;
      }
      case "src-nat":
      case "dst-nat":
      case "any-nat": {
        const f = value === undefined ? true : addrFilter(v);
        if (!f) return err(`Invalid IP address \`${v}'`);
        const key = ({ "src-nat": "srcNat", "dst-nat": "dstNat", "any-nat": "anyNat" } as const)[spec.name];
        filter[key] = f;
        break;
      }
      case "orig-port-src":
        filter.sport = portNumber(v);
        break;
      case "orig-port-dst":
        filter.dport = portNumber(v);
        break;
      case "reply-port-src":
        filter.replySport = portNumber(v);
        break;
      case "reply-port-dst":
        filter.replyDport = portNumber(v);
        break;
      case "state":
        if (!TCP_STATES.includes(v as CtTcpState)) return err(`unknown TCP state \`${v}'`);
        filter.state = v as CtTcpState;
        break;
      case "icmp-type":
        filter.icmpType = portNumber(v) & 0xff;
        break;
      case "icmp-code":
        filter.icmpCode = portNumber(v) & 0xff;
        break;
      case "icmp-id":
        filter.icmpId = portNumber(v);
        break;
      case "timeout":
        timeout = strtoul(v);
        break;
      default:
        // -z, -c, -b, -w, -l: accepted; nothing in the sim depends on them
        break;
    }
  }
  // no command: the usage text (and then no option is legal)
  command ??= "h";
  const legal = LEGAL[command];
  for (const name of given) {
    if (PROTO_OPTION_NAMES.has(name) ? !legal.has("protonum") : !legal.has(name)) return err(`Illegal option \`--${name}' with this command`);
  }
  if (command === "L" && given.has("zero") && [...given].some((g) => g !== "zero" && g !== "output")) return err("Can't use -z with filtering parameters");
  return { ok: true, args: { command, table, filter, given, extended, id, timestamp, events, timeout, origSrc, origDst } };
}
