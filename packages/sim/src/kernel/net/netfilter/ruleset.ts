/**
 * The edits iptables makes to an x_tables world (`NfRuleset`), each
 * returning the errno the kernel (nf_tables for `iptables`, ip_tables
 * through libiptc for `iptables-legacy`) gives for the mistake. The command
 * maps errnos to the texts its flavour prints (commands/netfilter/errors.ts);
 * nothing here prints.
 *
 * Tables and chains come into existence the way each flavour makes them:
 *  - nft: a table exists once a command wrote to it; its base chains are
 *    created one by one, when a rule, a policy or a flush names them
 *    (`iptables -A INPUT ...` creates table filter and chain INPUT only;
 *    listings show the others as "fake" ACCEPT chains). A base chain that
 *    does not exist has no hook: packets pass it untouched and count nothing.
 *  - legacy: loading the table module (any command on the table, even -L)
 *    creates the table with all its built-in chains.
 *
 * Transactions: nf_tables applies a command's batch atomically. Callers edit
 * a `draft()` and `commit()` it only when every step succeeded.
 *
 * Rules are compared (delete by specification, -C) by their match/target
 * data, not their counters or a limit match's token bucket.
 */
import { type Result, fail, ok } from "../../errno.js";
import {
  BUILTIN_CHAINS,
  type NfChain,
  type NfCounters,
  type NfHookName,
  type NfRule,
  type NfRuleset,
  type NfTable,
  type NfTableName,
} from "./types.js";

export type NfFlavour = "nft" | "legacy";

export const TABLE_NAMES: readonly NfTableName[] = ["filter", "nat", "mangle", "raw"];

export function isTableName(name: string): name is NfTableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

export function isBuiltinChain(table: NfTableName, chain: string): chain is NfHookName {
  return (BUILTIN_CHAINS[table] as readonly string[]).includes(chain);
}

function zero(): NfCounters {
  return { packets: 0, bytes: 0 };
}

/**
 * A built-in chain as it comes into existence. nf_tables keeps policy
 * counters only for a base chain whose policy was set or counters zeroed
 * (-P, -Z, an iptables-restore ":CHAIN POLICY" line); one created by a
 * rule or a flush has none, and `iptables -L -v` shows 0 for it however
 * much traffic its policy takes. x_tables always counts.
 */
function builtinChain(name: NfHookName, counted: boolean): NfChain {
  return counted ? { name, policy: "ACCEPT", counters: zero(), rules: [] } : { name, policy: "ACCEPT", rules: [] };
}

/** a copy to edit; `commit` makes it the ruleset */
export function draft(rs: NfRuleset): NfRuleset {
  return structuredClone(rs);
}

export function commit(rs: NfRuleset, edited: NfRuleset): void {
  rs.tables = edited.tables;
}

export function getTable(rs: NfRuleset, name: NfTableName): NfTable | undefined {
  return rs.tables[name];
}

/** the table, created as the flavour creates it (nft: empty; legacy: all built-in chains) */
export function touchTable(rs: NfRuleset, name: NfTableName, flavour: NfFlavour): NfTable {
  let t = rs.tables[name];
  if (!t) {
    t = { name, chains: flavour === "legacy" ? BUILTIN_CHAINS[name].map((c) => builtinChain(c, true)) : [] };
    rs.tables[name] = t;
  }
  return t;
}

export function findChain(table: NfTable | undefined, name: string): NfChain | undefined {
  return table?.chains.find((c) => c.name === name);
}

/** create a built-in chain in its place (built-ins first, in hook order) */
function addBuiltin(table: NfTable, name: NfHookName): NfChain {
  const order = BUILTIN_CHAINS[table.name];
  const chain = builtinChain(name, false);
  const at = table.chains.findIndex((c) => !isBuiltinChain(table.name, c.name) || order.indexOf(c.name as NfHookName) > order.indexOf(name));
  if (at < 0) table.chains.push(chain);
  else table.chains.splice(at, 0, chain);
  return chain;
}

/**
 * What nft_xt_builtin_init does before writing: the table, and the named
 * built-in chain (or, with no chain named, all of them). Returns the chain,
 * or undefined when it is neither built-in nor an existing user chain.
 */
export function touchChain(rs: NfRuleset, tableName: NfTableName, chain: string | undefined, flavour: NfFlavour): NfChain | undefined {
  const table = touchTable(rs, tableName, flavour);
  if (chain === undefined) {
    for (const b of BUILTIN_CHAINS[tableName]) if (!findChain(table, b)) addBuiltin(table, b);
    return undefined;
  }
  const found = findChain(table, chain);
  if (found) return found;
  return isBuiltinChain(tableName, chain) ? addBuiltin(table, chain) : undefined;
}

/** rules in the table that jump or go to `chain` */
export function referenceCount(table: NfTable, chain: string): number {
  let n = 0;
  for (const c of table.chains)
    for (const r of c.rules) if ((r.target.kind === "jump" || r.target.kind === "goto") && r.target.chain === chain) n++;
  return n;
}

/** a jump cycle reachable from a built-in chain (the kernel refuses such a table: ELOOP); detached user chains may loop */
function hasLoop(table: NfTable): boolean {
  const state = new Map<string, "open" | "done">();
  const visit = (name: string): boolean => {
    const st = state.get(name);
    if (st === "open") return true;
    if (st === "done") return false;
    state.set(name, "open");
    for (const r of findChain(table, name)?.rules ?? [])
      if ((r.target.kind === "jump" || r.target.kind === "goto") && visit(r.target.chain)) return true;
    state.set(name, "done");
    return false;
  };
  return table.chains.some((c) => c.policy !== undefined && visit(c.name));
}

/** the rule's identity: everything but counters and a limit match's runtime state */
export function ruleKey(rule: NfRule): string {
  return JSON.stringify(rule, (key, value) => (key === "counters" || key === "credit" || key === "prevAt" ? undefined : value));
}

export function sameRule(a: NfRule, b: NfRule): boolean {
  return ruleKey(a) === ruleKey(b);
}

/** who edits, and where the kernel's complaints go (printk) */
export interface NfEdit {
  flavour: NfFlavour;
  log?: (line: string) => void;
}

/** x_tables' per-extension restrictions the kernel checks when a rule is loaded */
const TARGET_PLACES: Partial<Record<NfRule["target"]["kind"], { table: NfTableName; hooks: NfHookName[] }>> = {
  REJECT: { table: "filter", hooks: ["INPUT", "FORWARD", "OUTPUT"] },
  MASQUERADE: { table: "nat", hooks: ["POSTROUTING"] },
  SNAT: { table: "nat", hooks: ["INPUT", "POSTROUTING"] },
  DNAT: { table: "nat", hooks: ["PREROUTING", "OUTPUT"] },
  REDIRECT: { table: "nat", hooks: ["PREROUTING", "OUTPUT"] },
};
const MATCH_PROTO: Partial<Record<string, number>> = { tcp: 6, udp: 17, icmp: 1 };
const MAC_HOOKS: NfHookName[] = ["PREROUTING", "INPUT", "FORWARD"];
const HOOK_ORDER: NfHookName[] = ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"];

function hooksText(hooks: NfHookName[]): string {
  return HOOK_ORDER.filter((h) => hooks.includes(h)).join("/");
}

/**
 * xt_check_match/xt_check_target as the kernel runs them on a new rule:
 * the table and hook an extension is registered for, the protocol a match
 * needs. Hooks are checked for rules of built-in chains. iptables-nft
 * matches tcp/udp ports natively (no kernel check) unless the match is
 * empty. EINVAL, with the kernel's log line.
 */
function checkEntry(table: NfTableName, chain: string, rule: NfRule, edit: NfEdit): Result {
  const hook = isBuiltinChain(table, chain) ? chain : undefined;
  const bad = (line: string) => {
    edit.log?.(line);
    return fail("EINVAL");
  };
  const proto = rule.proto?.num ?? 0;
  // nf_tables refuses a comparison of zero bits ("! -d 0/0")
  if (edit.flavour === "nft" && [rule.src, rule.dst].some((a) => a?.prefixlen === 0 && a.invert)) return fail("EINVAL");
  for (const m of rule.matches) {
    const want = MATCH_PROTO[m.kind];
    const native = edit.flavour === "nft" && (m.kind === "tcp" || m.kind === "udp") && Object.keys(m).length > 1;
    if (want !== undefined && !native && (proto !== want || rule.proto?.invert))
      return bad(`x_tables: ip_tables: ${m.kind} match: only valid for protocol ${want}`);
    if (m.kind === "mac" && hook && !MAC_HOOKS.includes(hook))
      return bad(`x_tables: ip_tables: mac match: used from hooks ${hook}, but only usable from ${hooksText(MAC_HOOKS)}`);
  }
  const t = rule.target;
  if (t.kind === "jump" || t.kind === "goto") {
    if (isBuiltinChain(table, t.chain)) return fail(edit.flavour === "nft" ? "EOPNOTSUPP" : "EINVAL");
    return ok();
  }
  const place = TARGET_PLACES[t.kind];
  if (place && place.table !== table) return bad(`x_tables: ip_tables: ${t.kind} target: only valid in ${place.table} table, not ${table}`);
  if (place && hook && !place.hooks.includes(hook))
    return bad(`x_tables: ip_tables: ${t.kind} target: used from hooks ${hook}, but only usable from ${hooksText(place.hooks)}`);
  if (t.kind === "REJECT" && t.with === "tcp-reset" && (proto !== 6 || rule.proto?.invert)) return bad("ipt_REJECT: TCP_RESET invalid for non-tcp");
  return ok();
}

/** what nf_tables keeps of a rule: a limit with burst 0 gets the default burst, 5 */
function kernelForm(rule: NfRule, edit: NfEdit): void {
  if (edit.flavour !== "nft") return;
  for (const m of rule.matches) if (m.kind === "limit" && m.burst === 0) m.burst = 5;
}

/** put `rule` in place with `place`, then refuse (and undo) when the table would loop */
function placeRule(table: NfTable, chain: string, rule: NfRule, edit: NfEdit, place: (rules: NfRule[]) => () => void): Result {
  const checked = checkEntry(table.name, chain, rule, edit);
  if (!checked.ok) return checked;
  kernelForm(rule, edit);
  const undo = place(findChain(table, chain)!.rules);
  if (hasLoop(table)) {
    undo();
    return fail("ELOOP");
  }
  return ok();
}

/** -A: ENOENT without the chain, EINVAL for a misplaced extension, ELOOP when a jump would loop */
export function appendRule(rs: NfRuleset, table: NfTableName, chain: string, rule: NfRule, edit: NfEdit): Result {
  if (!touchChain(rs, table, chain, edit.flavour)) return fail("ENOENT");
  return placeRule(rs.tables[table]!, chain, rule, edit, (rules) => {
    rules.push(rule);
    return () => rules.pop();
  });
}

/** -I CHAIN N (1-based): N may be one past the end; further is E2BIG */
export function insertRule(rs: NfRuleset, table: NfTableName, chain: string, rulenum: number, rule: NfRule, edit: NfEdit): Result {
  const c = touchChain(rs, table, chain, edit.flavour);
  if (!c) return fail("ENOENT");
  if (rulenum > c.rules.length + 1) return fail("E2BIG");
  return placeRule(rs.tables[table]!, chain, rule, edit, (rules) => {
    rules.splice(rulenum - 1, 0, rule);
    return () => rules.splice(rulenum - 1, 1);
  });
}

/** -R CHAIN N: the new rule keeps nothing of the old one (counters come from -c or start at 0) */
export function replaceRule(rs: NfRuleset, table: NfTableName, chain: string, rulenum: number, rule: NfRule, edit: NfEdit): Result {
  const c = findChain(rs.tables[table], chain);
  if (!c) return fail("ENOENT");
  if (rulenum > c.rules.length) return fail("E2BIG");
  return placeRule(rs.tables[table]!, chain, rule, edit, (rules) => {
    const old = rules[rulenum - 1];
    rules[rulenum - 1] = rule;
    return () => {
      rules[rulenum - 1] = old;
    };
  });
}

/** -D CHAIN N */
export function deleteRuleNum(rs: NfRuleset, table: NfTableName, chain: string, rulenum: number): Result {
  const c = findChain(rs.tables[table], chain);
  if (!c) return fail("ENOENT");
  if (rulenum > c.rules.length) return fail("E2BIG");
  c.rules.splice(rulenum - 1, 1);
  return ok();
}

/** -D CHAIN rule-spec: the first rule that is the same; ENOENT when none is */
export function deleteRule(rs: NfRuleset, table: NfTableName, chain: string, rule: NfRule): Result {
  const c = findChain(rs.tables[table], chain);
  if (!c) return fail("ENOENT");
  const key = ruleKey(rule);
  const i = c.rules.findIndex((r) => ruleKey(r) === key);
  if (i < 0) return fail("ENOENT");
  c.rules.splice(i, 1);
  return ok();
}

/** -C CHAIN rule-spec */
export function checkRule(rs: NfRuleset, table: NfTableName, chain: string, rule: NfRule): Result {
  const c = findChain(rs.tables[table], chain);
  if (!c) return fail("ENOENT");
  const key = ruleKey(rule);
  return c.rules.some((r) => ruleKey(r) === key) ? ok() : fail("ENOENT");
}

/** -F [CHAIN]: with a chain, ENOENT when it does not exist */
export function flushRules(rs: NfRuleset, table: NfTableName, chain?: string): Result {
  const t = rs.tables[table];
  if (chain === undefined) {
    for (const c of t?.chains ?? []) c.rules = [];
    return ok();
  }
  const c = findChain(t, chain);
  if (!c) return fail("ENOENT");
  c.rules = [];
  return ok();
}

/** -Z [CHAIN [N]]: rule counters and, for built-in chains, the policy's counters */
export function zeroCounters(rs: NfRuleset, table: NfTableName, chain?: string, rulenum?: number): Result {
  const t = rs.tables[table];
  if (chain === undefined) {
    for (const c of t?.chains ?? []) zeroChain(c);
    return ok();
  }
  const c = findChain(t, chain);
  if (!c) return fail("ENOENT");
  if (rulenum === undefined) zeroChain(c);
  else {
    const r = c.rules[rulenum - 1];
    if (!r) return fail("E2BIG");
    r.counters = zero();
  }
  return ok();
}

function zeroChain(c: NfChain): void {
  if (c.policy !== undefined) c.counters = zero();
  for (const r of c.rules) r.counters = zero();
}

/** -N: EEXIST for an existing or built-in name */
export function newChain(rs: NfRuleset, table: NfTableName, name: string, edit: NfEdit): Result {
  const t = touchTable(rs, table, edit.flavour);
  if (isBuiltinChain(table, name) || findChain(t, name)) return fail("EEXIST");
  t.chains.push({ name, rules: [] });
  return ok();
}

/**
 * -X CHAIN. A user chain must be empty and unreferenced (nft: EBUSY for
 * both; legacy: ENOTEMPTY, EMLINK). nft deletes an empty built-in chain
 * whose policy is ACCEPT (the hook goes away) and refuses one with rules
 * (EBUSY); legacy never deletes a built-in chain (EINVAL).
 */
export function deleteChain(rs: NfRuleset, table: NfTableName, name: string, edit: NfEdit): Result {
  const flavour = edit.flavour;
  const t = rs.tables[table];
  const c = findChain(t, name);
  if (!t || !c) return fail("ENOENT");
  if (c.policy !== undefined) {
    if (flavour === "legacy") return fail("EINVAL");
    if (c.rules.length > 0 || c.policy !== "ACCEPT") return fail("EBUSY");
  } else if (flavour === "legacy") {
    if (referenceCount(t, name) > 0) return fail("EMLINK");
    if (c.rules.length > 0) return fail("ENOTEMPTY");
  } else if (c.rules.length > 0 || referenceCount(t, name) > 0) return fail("EBUSY");
  t.chains.splice(t.chains.indexOf(c), 1);
  return ok();
}

/** -E OLD NEW: EEXIST when NEW exists, ENOENT when OLD does not; references follow the chain */
export function renameChain(rs: NfRuleset, table: NfTableName, from: string, to: string): Result {
  const t = rs.tables[table];
  if (isBuiltinChain(table, to) || findChain(t, to)) return fail("EEXIST");
  const c = findChain(t, from);
  if (!t || !c) return fail("ENOENT");
  c.name = to;
  for (const ch of t.chains)
    for (const r of ch.rules) if ((r.target.kind === "jump" || r.target.kind === "goto") && r.target.chain === from) r.target.chain = to;
  return ok();
}

/**
 * -P CHAIN POLICY: ENOENT for a chain that is not built-in, EINVAL for a
 * policy other than ACCEPT/DROP (nft checks the policy first, libiptc the
 * chain first).
 */
export function setPolicy(rs: NfRuleset, table: NfTableName, chain: string, policy: string, edit: NfEdit, counters?: NfCounters): Result {
  const badPolicy = policy !== "ACCEPT" && policy !== "DROP";
  if (edit.flavour === "nft" && badPolicy) return fail("EINVAL");
  if (!isBuiltinChain(table, chain)) return fail("ENOENT");
  if (badPolicy) return fail("EINVAL");
  const c = touchChain(rs, table, chain, edit.flavour)!;
  c.policy = policy;
  c.counters = counters ? { ...counters } : (c.counters ?? zero());
  return ok();
}

/** the whole table goes (nft: iptables-restore's flush of a table it is about to load) */
export function deleteTable(rs: NfRuleset, table: NfTableName): void {
  delete rs.tables[table];
}

/** a table replaced as a whole (legacy iptables-restore's COMMIT) */
export function replaceTable(rs: NfRuleset, table: NfTable): void {
  rs.tables[table.name] = table;
}
