/**
 * Test support for netfilter: the three-host lab the real-kernel fixtures
 * were recorded on, rules built as NfRule records (tests do not depend on
 * the iptables command), crafted packets like hping3's, and a parser for
 * `conntrack -L` lines. Used only by *.test.ts files.
 *
 *   a 10.0.1.1 --eth0/ra-- 10.0.1.254 r 10.0.2.254 --rb/eth0-- 10.0.2.1 b
 */
import { LabSession } from "../../../lab/lab-session.js";
import type { LabSpec } from "../../../lab/types.js";
import type { Kernel } from "../../kernel.js";
import { ipOutput, nextIpId } from "../packet/ipv4.js";
import type { Ipv4Packet, TcpFlags } from "../packet/types.js";
import { BUILTIN_CHAINS, type NfChain, type NfRule, type NfTable, type NfTableName } from "./types.js";

export const ROUTER_LAB: LabSpec = {
  id: "nf-router",
  title: "nf-router",
  description: "a and b on two networks joined by the router r",
  hosts: [
    { name: "a", interfaces: [{ name: "eth0", mac: "52:54:00:00:01:01", address: "10.0.1.1/24", gateway: "10.0.1.254" }] },
    {
      name: "r",
      interfaces: [
        { name: "ra", mac: "52:54:00:00:01:fe", address: "10.0.1.254/24" },
        { name: "rb", mac: "52:54:00:00:02:fe", address: "10.0.2.254/24" },
      ],
    },
    { name: "b", interfaces: [{ name: "eth0", mac: "52:54:00:00:02:01", address: "10.0.2.1/24", gateway: "10.0.2.254" }] },
  ],
  segments: [
    { name: "na", ends: ["a:eth0", "r:ra"] },
    { name: "nb", ends: ["r:rb", "b:eth0"] },
  ],
};

export function kernelOf(s: LabSession, host: string): Kernel {
  return s.world.host(host)!.kernel;
}

/** the router lab with forwarding on and warm ARP caches */
export function routerLab(seed = 1): LabSession {
  const s = LabSession.create(ROUTER_LAB, seed);
  s.run("r", "echo 1 > /proc/sys/net/ipv4/ip_forward");
  s.run("a", "ping -c 1 -W 1 10.0.2.1");
  return s;
}

/** a rule record: everything absent but what `r` gives */
export function rule(r: Partial<NfRule>): NfRule {
  return { matches: [], target: { kind: "none" }, counters: { packets: 0, bytes: 0 }, ...r };
}

function table(name: NfTableName): NfTable {
  const chains: NfChain[] = BUILTIN_CHAINS[name].map((c) => ({ name: c, policy: "ACCEPT", counters: { packets: 0, bytes: 0 }, rules: [] }));
  return { name, chains };
}

/** the chain, made with its table (and as a user chain) when missing */
export function chainOf(k: Kernel, tableName: NfTableName, chain: string, flavour: "nft" | "legacy" = "nft"): NfChain {
  const rs = k.netfilter.ruleset(flavour);
  const t = (rs.tables[tableName] ??= table(tableName));
  let c = t.chains.find((x) => x.name === chain);
  if (!c) {
    c = { name: chain, rules: [] };
    t.chains.push(c);
  }
  return c;
}

/** iptables -t TABLE -A CHAIN ... */
export function appendRule(k: Kernel, tableName: NfTableName, chain: string, r: Partial<NfRule>, flavour: "nft" | "legacy" = "nft"): NfRule {
  const full = rule(r);
  chainOf(k, tableName, chain, flavour).rules.push(full);
  return full;
}

/**
 * hping3's packet for `args` (-S -A -F -R -P flags, -2 for UDP, -s/-p ports,
 * -M/-L seq and ack, -a a spoofed source, -k and -c ignored; the last word
 * the destination), sent through the host's output path as its raw socket
 * would: no options, window 64, TTL 64, no DF.
 */
export function hpingPacket(k: Kernel, args: string): Ipv4Packet {
  const w = args.split(/\s+/).filter((x) => x !== "hping3");
  const dst = w[w.length - 1];
  const val = (flag: string) => {
    const i = w.indexOf(flag);
    return i >= 0 ? w[i + 1] : undefined;
  };
  const sport = Number(val("-s") ?? 1024);
  const dport = Number(val("-p") ?? 0);
  const base = { src: val("-a") ?? "", dst, ttl: 64, id: nextIpId(k.net), df: false };
  if (w.includes("-2")) return { ...base, proto: "udp", udp: { sport, dport, data: "" } };
  const flags: TcpFlags = {};
  if (w.includes("-S")) flags.syn = true;
  if (w.includes("-A")) flags.ack = true;
  if (w.includes("-F")) flags.fin = true;
  if (w.includes("-R")) flags.rst = true;
  if (w.includes("-P")) flags.psh = true;
  const seq = Number(val("-M") ?? 0) >>> 0;
  const ack = Number(val("-L") ?? 0) >>> 0;
  return { ...base, proto: "tcp", tcp: { sport, dport, seq, ack, flags, win: 64, data: "" } };
}

/** send what hping3 would, then let the packets (and answers) cross the lab */
export function hping(s: LabSession, host: string, args: string): void {
  const k = kernelOf(s, host);
  ipOutput(k.net, hpingPacket(k, args));
  s.world.advance(5);
}

// --- the real kernel's `conntrack -L` ------------------------------------------------

export interface RecordedEntry {
  proto: string;
  timeout: number;
  state?: string;
  orig: Record<string, string>;
  reply: Record<string, string>;
  unreplied: boolean;
  assured: boolean;
}

/** one line of `conntrack -L` */
export function parseConntrackLine(line: string): RecordedEntry {
  const w = line.trim().split(/\s+/);
  const e: RecordedEntry = { proto: w[0], timeout: Number(w[2]), orig: {}, reply: {}, unreplied: false, assured: false };
  let i = 3;
  if (!w[i].includes("=")) e.state = w[i++];
  let side = e.orig;
  for (; i < w.length; i++) {
    const word = w[i];
    if (word === "[UNREPLIED]") e.unreplied = true;
    else if (word === "[ASSURED]") e.assured = true;
    else {
      const [key, value] = word.split("=");
      if (key === "mark" || key === "use") continue;
      if (key === "src" && Object.keys(e.orig).length > 0) side = e.reply;
      side[key] = value;
    }
  }
  return e;
}

export interface RecordedStep {
  host: string;
  cmd: string;
  entries: RecordedEntry[];
  /** conntrack's summary line on stderr */
  summary: string;
  /** packets r forwarded per ctstate, cumulative */
  ctstate: Record<string, number>;
}

/** a fixture written by conntrack/fixtures/record.sh */
export function parseRecording(text: string): RecordedStep[] {
  const steps: RecordedStep[] = [];
  for (const block of text.split(/^### /m).slice(1)) {
    const lines = block.split("\n").filter((l) => l !== "");
    const [host, ...cmd] = lines[0].split(" ");
    const step: RecordedStep = { host, cmd: cmd.join(" "), entries: [], summary: "", ctstate: {} };
    for (const l of lines.slice(1)) {
      if (l.startsWith("conntrack v")) step.summary = l;
      else if (l.startsWith("# ctstate")) for (const kv of l.slice(10).trim().split(" ")) step.ctstate[kv.split("=")[0]] = Number(kv.split("=")[1]);
      else step.entries.push(parseConntrackLine(l));
    }
    steps.push(step);
  }
  return steps;
}

/** a scenario's lines (*.steps) */
export function parseSteps(text: string): { kind: string; rest: string }[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => {
      const sp = l.indexOf(" ");
      return sp < 0 ? { kind: l, rest: "" } : { kind: l.slice(0, sp), rest: l.slice(sp + 1) };
    });
}
