/**
 * Whole-table output: `iptables -L` (each chain's header and rows, a blank
 * line between chains), `iptables -S` (-P and -N lines, then the rules) and
 * one table of iptables-save (":CHAIN POLICY [p:b]" lines, the rules,
 * COMMIT). Chains come as iptables shows them: built-in chains in hook
 * order, then user chains sorted by name; under iptables-nft a built-in
 * chain that was never created is shown as an empty ACCEPT chain.
 */
import { referenceCount } from "../../kernel/net/netfilter/ruleset.js";
import { BUILTIN_CHAINS, type NfChain, type NfTable, type NfTableName } from "../../kernel/net/netfilter/types.js";
import type { NetDb } from "./netdb.js";
import { type ListFormat, type SaveCounters, headerText, ruleRow, ruleSaveLine } from "./rule-text.js";

/** the chains a listing shows, in listing order */
export function listedChains(table: NfTable | undefined, name: NfTableName): NfChain[] {
  const chains = table?.chains ?? [];
  const builtins = BUILTIN_CHAINS[name].map((b) => chains.find((c) => c.name === b) ?? { name: b, policy: "ACCEPT" as const, counters: { packets: 0, bytes: 0 }, rules: [] });
  const user = chains.filter((c) => c.policy === undefined).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...builtins, ...user];
}

function chainBlock(db: NetDb, f: ListFormat, table: NfTable | undefined, c: NfChain, rulenum: number): string {
  if (rulenum > 0) {
    const r = c.rules[rulenum - 1];
    return r ? ruleRow(db, f, r, rulenum) : "";
  }
  let s = headerText(f, c.name, c.policy, c.counters, table ? referenceCount(table, c.name) : 0);
  c.rules.forEach((r, i) => {
    s += ruleRow(db, f, r, i + 1);
  });
  return s;
}

/** -L [CHAIN [N]]; `chain` must be one of the listed chains */
export function listText(db: NetDb, f: ListFormat, table: NfTable | undefined, name: NfTableName, chain?: string, rulenum = 0): string {
  const chains = listedChains(table, name);
  if (chain !== undefined) return chainBlock(db, f, table, chains.find((c) => c.name === chain)!, rulenum);
  return chains.map((c) => chainBlock(db, f, table, c, 0)).join("\n");
}

/** -S [CHAIN [N]]; with -v the counters follow as "-c P B" */
export function listRulesText(db: NetDb, table: NfTable | undefined, name: NfTableName, counters: boolean, chain?: string, rulenum = 0): string {
  const chains = listedChains(table, name);
  const mode: SaveCounters = counters ? "dash-c" : "none";
  const head = (c: NfChain) =>
    c.policy === undefined ? `-N ${c.name}\n` : `-P ${c.name} ${c.policy}${counters ? ` -c ${c.counters?.packets ?? 0} ${c.counters?.bytes ?? 0}` : ""}\n`;
  const rules = (c: NfChain) => c.rules.map((r) => ruleSaveLine(db, c.name, r, mode)).join("");
  if (chain !== undefined) {
    const c = chains.find((x) => x.name === chain)!;
    if (rulenum > 0) return c.rules[rulenum - 1] ? ruleSaveLine(db, c.name, c.rules[rulenum - 1], mode) : "";
    return head(c) + rules(c);
  }
  return chains.map(head).join("") + chains.map(rules).join("");
}

/** one table of iptables-save, between its "# Generated" and "# Completed" lines */
export function saveTableText(db: NetDb, table: NfTable | undefined, name: NfTableName, counters: boolean): string {
  const chains = listedChains(table, name);
  let s = `*${name}\n`;
  for (const c of chains) s += `:${c.name} ${c.policy ?? "-"} [${c.counters?.packets ?? 0}:${c.counters?.bytes ?? 0}]\n`;
  for (const c of chains) for (const r of c.rules) s += ruleSaveLine(db, c.name, r, counters ? "brackets" : "none");
  return `${s}COMMIT\n`;
}
