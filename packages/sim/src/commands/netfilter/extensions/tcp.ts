/**
 * The tcp match (libxt_tcp, old option API): --sport/--dport with ranges
 * and service names, --syn, --tcp-flags MASK COMP, and their `!`. Listing
 * text " tcp spt:... dpt:... flags:...", numeric flags as 0x17/0x02 under -n.
 */
import type { NfMatch, NfTcpFlag } from "../../../kernel/net/netfilter/types.js";
import { keptPorts, parseTcpPorts, printPorts, savePorts } from "./ports.js";
import type { MatchExtension, ParseEnv } from "./types.js";

type Tcp = Extract<NfMatch, { kind: "tcp" }>;

/** bit order as iptables prints flags: FIN,SYN,RST,PSH,ACK,URG */
const FLAG_BITS: [NfTcpFlag, number][] = [["FIN", 0x01], ["SYN", 0x02], ["RST", 0x04], ["PSH", 0x08], ["ACK", 0x10], ["URG", 0x20]];
const NAMES: [string, number][] = [...FLAG_BITS, ["ALL", 0x3f], ["NONE", 0]];

function parseFlags(env: ParseEnv, text: string): number {
  let bits = 0;
  for (const part of text.split(",").filter((p) => p !== "")) {
    const hit = NAMES.find(([n]) => n.toLowerCase() === part.toLowerCase());
    if (!hit) return env.fail(`Unknown TCP flag \`${part}'`);
    bits |= hit[1];
  }
  return bits;
}

export function flagBits(flags: readonly NfTcpFlag[]): number {
  return FLAG_BITS.reduce((b, [n, bit]) => (flags.includes(n) ? b | bit : b), 0);
}

function flagList(bits: number): NfTcpFlag[] {
  return FLAG_BITS.filter(([, bit]) => bits & bit).map(([n]) => n);
}

function flagsText(flags: readonly NfTcpFlag[]): string {
  return flags.length ? flags.join(",") : "NONE";
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, "0")}`;

const SPORT = 1;
const DPORT = 2;
const FLAGS = 4;

export const tcp: MatchExtension<"tcp"> = {
  name: "tcp",
  kind: "tcp",
  oldApi: true,
  options: [
    { name: "source-port", id: 0, arg: true },
    { name: "sport", id: 0, arg: true },
    { name: "destination-port", id: 1, arg: true },
    { name: "dport", id: 1, arg: true },
    { name: "syn", id: 2, arg: false },
    // --syn and --tcp-flags share TCP_FLAGS: one excludes the other
    { name: "tcp-flags", id: 2, arg: true },
    { name: "tcp-option", id: 3, arg: true },
  ],
  help: `tcp match options:
[!] --tcp-flags mask comp	match when TCP flags & mask == comp
				(Flags: SYN ACK FIN RST URG PSH ALL NONE)
[!] --syn			match when only SYN flag set
				(equivalent to --tcp-flags SYN,RST,ACK,FIN SYN)
[!] --source-port port[:port]
 --sport ...
				match source port(s)
[!] --destination-port port[:port]
 --dport ...
				match destination port(s)
[!] --tcp-option number        match if TCP option set
`,
  init: () => ({ kind: "tcp" }),
  parse({ opt, arg, invert, data, xflags, env }) {
    switch (opt.id) {
      case 0:
        if (xflags & SPORT) env.fail("Only one `--source-port' allowed");
        data.sport = { ...parseTcpPorts(env, arg), invert };
        return;
      case 1:
        if (xflags & DPORT) env.fail("Only one `--destination-port' allowed");
        data.dport = { ...parseTcpPorts(env, arg), invert };
        return;
      case 2: {
        if (xflags & FLAGS) env.fail("Only one of `--syn' or `--tcp-flags'  allowed");
        if (opt.name === "syn") {
          data.flags = { mask: ["FIN", "SYN", "RST", "ACK"], comp: ["SYN"], invert };
          return;
        }
        const comp = env.takeNext();
        if (comp === undefined) return env.fail("--tcp-flags requires two args.");
        data.flags = { mask: flagList(parseFlags(env, arg)), comp: flagList(parseFlags(env, comp)), invert };
        return;
      }
      default:
        env.fail("tcp: option \"--tcp-option\" is not simulated in Rootlab yet");
    }
  },
  finish(data) {
    const out: Tcp = { kind: "tcp", ...keptPorts(data) };
    if (data.flags && (data.flags.mask.length || data.flags.invert)) out.flags = data.flags;
    return out;
  },
  print(data, numeric, env) {
    let s = " tcp" + printPorts(env, "spt", data.sport, "tcp", numeric) + printPorts(env, "dpt", data.dport, "tcp", numeric);
    const f = data.flags;
    if (f) {
      s += ` flags:${f.invert ? "!" : ""}`;
      s += numeric ? `${hex(flagBits(f.mask))}/${hex(flagBits(f.comp))}` : `${flagsText(f.mask)}/${flagsText(f.comp)}`;
    }
    return s;
  },
  save(data) {
    let s = savePorts("sport", data.sport) + savePorts("dport", data.dport);
    const f = data.flags;
    if (f) s += `${f.invert ? " !" : ""} --tcp-flags ${flagsText(f.mask)} ${flagsText(f.comp)}`;
    return s;
  },
};
