/**
 * iptables (1.8.9): `iptables` and `iptables-nft` edit the nf_tables-backed
 * ruleset, `iptables-legacy` the x_tables one (Kernel.netfilter.ruleset
 * "nft" / "legacy"). One command per invocation, applied atomically; the
 * nft tools end a listing with "# Warning: iptables-legacy tables present"
 * on stderr when legacy tables exist.
 */
import { commit, draft } from "../../kernel/net/netfilter/ruleset.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { exitWith, xtProgram } from "./errors.js";
import { XtCommand } from "./execute.js";
import { flavourOf, legacyTablesPresent } from "./flavour.js";
import { IPTABLES_MAN } from "./man-pages.js";
import { NetDb } from "./netdb.js";
import { CMD, parseCommandLine } from "./parse.js";

function run(proc: Process): number {
  const flavour = flavourOf(proc, "iptables", proc.argv[0]);
  const prog = xtProgram(flavour);
  const db = new NetDb(proc.host.fs);
  const live = proc.host.kernel.netfilter.ruleset(flavour);
  const work = draft(live);
  const cmd = new XtCommand(prog, db, proc.host.kernel, live, work);
  try {
    const p = parseCommandLine(prog, db, ["iptables", ...proc.argv.slice(1)]);
    if (p.warnings) proc.stderr.write(p.warnings);
    cmd.run(p);
    commit(live, work);
    proc.stdout.write(cmd.out);
    if (flavour === "nft" && p.command & (CMD.LIST | CMD.LIST_RULES) && legacyTablesPresent(proc))
      proc.stderr.write("# Warning: iptables-legacy tables present, use iptables-legacy to see them\n");
    return 0;
  } catch (e) {
    return exitWith(proc, e, cmd.out);
  }
}

function complete(words: string[], current: string): string[] {
  const prev = words[words.length - 1];
  if (prev === "-t" || prev === "--table") return ["filter", "nat", "mangle", "raw"];
  if (prev === "-j" || prev === "--jump") return ["ACCEPT", "DROP", "REJECT", "LOG", "RETURN", "MASQUERADE", "SNAT", "DNAT", "REDIRECT"];
  if (prev === "-p" || prev === "--protocol") return ["tcp", "udp", "icmp", "all"];
  if (prev === "-m" || prev === "--match") return ["state", "conntrack", "multiport", "comment", "limit", "mac", "tcp", "udp", "icmp"];
  if (["-A", "-I", "-D", "-R", "-L", "-S", "-F", "-Z", "-P", "-X", "-C"].includes(prev)) return ["INPUT", "FORWARD", "OUTPUT", "PREROUTING", "POSTROUTING"];
  if (current.startsWith("--"))
    return ["--append", "--delete", "--insert", "--list", "--list-rules", "--flush", "--policy", "--new-chain", "--jump", "--table", "--line-numbers", "--numeric", "--verbose"];
  return [];
}

export const iptables: Command = {
  name: "iptables",
  summary: "iptables/ip6tables \u2014 administration tool for IPv4/IPv6 packet filtering and NAT",
  man: IPTABLES_MAN,
  run,
  complete: (ctx) => complete(ctx.words, ctx.current),
};

export const iptablesNft: Command = { ...iptables, name: "iptables-nft" };
export const iptablesLegacy: Command = { ...iptables, name: "iptables-legacy" };
