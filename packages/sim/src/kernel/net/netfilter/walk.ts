/**
 * ipt_do_table: one table's walk at one hook. From the hook's built-in
 * chain, rules in order; a matching rule's counters move (packets, and
 * bytes as the IP total length) and its target decides: ACCEPT and DROP end
 * the table, REJECT answers and drops, LOG and a rule without target go on,
 * a jump pushes the return point, a goto does not, RETURN (or a user chain's
 * end) pops back, and the built-in chain's end applies its policy (with the
 * policy's counters). NAT targets bind the connection (nat.ts).
 */
import type { NfHookContext } from "../packet/netfilter.js";
import type { NetStack } from "../packet/stack.js";
import type { NfTraceStep } from "../packet/trace.js";
import type { Ipv4Packet } from "../packet/types.js";
import { ipTotalLength } from "../packet/types.js";
import { type CompiledRule, type MatchEnv, compileRule, compiledFor, ip4, ruleMatches } from "./match.js";
import { HOOK_MANIP, natSetup, targetRange } from "./nat.js";
import { log, reject } from "./target.js";
import type { NfChain, NfHookName, NfTable, NfTarget } from "./types.js";

/** user chains nested deeper than this end the walk (the kernel refuses such rulesets at load) */
const MAX_DEPTH = 64;

/** each chain's rules made ready for matching, by position, rebuilt where a rule changed */
const compiled = new WeakMap<NfChain, (CompiledRule | undefined)[]>();

function compiledOf(chain: NfChain): (CompiledRule | undefined)[] {
  let list = compiled.get(chain);
  if (!list) {
    list = [];
    compiled.set(chain, list);
  }
  return list;
}

function compiledAt(list: (CompiledRule | undefined)[], chain: NfChain, i: number): CompiledRule {
  const rule = chain.rules[i];
  let c = list[i];
  if (!compiledFor(c, rule)) {
    c = compileRule(rule);
    list[i] = c;
  }
  return c;
}

export type WalkVerdict = "ACCEPT" | "DROP";

export interface WalkResult {
  verdict: WalkVerdict;
  /** absent when the table has no chain at this hook, or an empty one that accepts */
  step?: NfTraceStep;
}

function targetName(t: NfTarget): string {
  if (t.kind === "jump" || t.kind === "goto") return t.chain;
  return t.kind === "none" ? "" : t.kind;
}

export function walkTable(s: NetStack, ruleset: "nft" | "legacy", table: NfTable, hook: NfHookName, pkt: Ipv4Packet, skb: NfHookContext): WalkResult {
  const base = table.chains.find((c) => c.name === hook);
  if (!base) return { verdict: "ACCEPT" };
  if (base.rules.length === 0 && base.policy !== "DROP") {
    // an empty chain accepts: only its policy counters move, and the trace is spared a step that did nothing
    if (base.counters) {
      base.counters.packets++;
      base.counters.bytes += ipTotalLength(pkt);
    }
    return { verdict: "ACCEPT" };
  }
  const step: NfTraceStep = { hook, table: table.name, ruleset, chains: [hook], matched: [], verdict: "policy ACCEPT" };
  const env: MatchEnv = { skb, now: s.now };
  const src = ip4(pkt.src);
  const dst = ip4(pkt.dst);
  const len = ipTotalLength(pkt);
  const stack: { chain: NfChain; next: number }[] = [];
  let chain = base;
  let comp = compiledOf(base);
  let i = 0;
  const policy = (): WalkResult => {
    const c = base.counters;
    if (c) {
      c.packets++;
      c.bytes += len;
    }
    const v = base.policy ?? "ACCEPT";
    step.verdict = `policy ${v}`;
    return { verdict: v, step };
  };
  const enter = (c: NfChain) => {
    chain = c;
    comp = compiledOf(c);
    i = 0;
    step.chains!.push(c.name);
  };

  for (;;) {
    if (i >= chain.rules.length) {
      if (chain === base) return policy();
      const back = stack.pop();
      if (!back) return policy();
      chain = back.chain;
      comp = compiledOf(chain);
      i = back.next;
      continue;
    }
    const rule = chain.rules[i];
    if (!ruleMatches(compiledAt(comp, chain, i), pkt, src, dst, env)) {
      i++;
      continue;
    }
    rule.counters.packets++;
    rule.counters.bytes += len;
    const t = rule.target;
    step.matched!.push({ chain: chain.name, rule: i + 1, target: targetName(t) });
    switch (t.kind) {
      case "none":
        i++;
        continue;
      case "LOG":
        log(s, t, pkt, skb);
        i++;
        continue;
      case "ACCEPT":
      case "DROP":
        step.verdict = t.kind;
        return { verdict: t.kind, step };
      case "REJECT":
        reject(s, t.with, pkt, skb);
        step.verdict = "REJECT";
        return { verdict: "DROP", step };
      case "RETURN": {
        const back = stack.pop();
        if (chain === base || !back) return policy();
        chain = back.chain;
        comp = compiledOf(chain);
        i = back.next;
        continue;
      }
      case "jump":
      case "goto": {
        const next = table.chains.find((c) => c.name === t.chain);
        if (!next || stack.length >= MAX_DEPTH) {
          i++;
          continue;
        }
        if (t.kind === "jump") stack.push({ chain, next: i + 1 });
        enter(next);
        continue;
      }
      case "MASQUERADE":
      case "SNAT":
      case "DNAT":
      case "REDIRECT": {
        const m = HOOK_MANIP[hook];
        // NAT targets act only where the nat table sees a connection's first packet
        if (!m || !skb.ct || table.name !== "nat") {
          i++;
          continue;
        }
        const range = targetRange(s, t, skb, hook);
        if (!range) {
          step.verdict = "DROP";
          return { verdict: "DROP", step };
        }
        natSetup(s, skb.ct, range, m);
        step.verdict = t.kind;
        return { verdict: "ACCEPT", step };
      }
    }
  }
}
