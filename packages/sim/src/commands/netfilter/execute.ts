/**
 * Carrying out a parsed iptables command on the kernel's ruleset, as
 * iptables-nft (do_commandx, then nft_prepare and one atomic nf_tables
 * batch) or iptables-legacy (do_command4 on a libiptc copy of the table,
 * then iptc_commit) does, with each flavour's texts for each failure:
 * "iptables: Bad rule (...).", "Chain 'X' does not exist", the nf_tables
 * batch errors (" RULE_APPEND failed (Invalid argument): rule in chain
 * INPUT", status 4) and libiptc's "Run `dmesg'" variants.
 *
 * Every edit goes to a draft of the ruleset; the draft replaces it only
 * when the whole command succeeded.
 */
import type { Errno } from "../../kernel/errno.js";
import type { Kernel } from "../../kernel/kernel.js";
import * as rs from "../../kernel/net/netfilter/ruleset.js";
import { type NfEdit, isBuiltinChain, isTableName } from "../../kernel/net/netfilter/ruleset.js";
import type { NfRule, NfRuleset, NfTableName } from "../../kernel/net/netfilter/types.js";
import { STRERROR } from "../../kernel/errno.js";
import {
  OTHER_PROBLEM,
  PARAMETER_PROBLEM,
  RESOURCE_PROBLEM,
  VERSION_PROBLEM,
  type XtCall,
  type XtProgram,
  callFailed,
  xtError,
} from "./errors.js";
import { listText, listRulesText, listedChains } from "./listing.js";
import type { NetDb } from "./netdb.js";
import { CMD, OPT, type ParsedCommand } from "./parse.js";
import { type ListFormat, ruleRow } from "./rule-text.js";
import { KERN_INFO } from "../../kernel/printk.js";

/** the nf_tables batch object types, as mnl_append_error names them */
type BatchOp = "RULE_APPEND" | "RULE_INSERT" | "RULE_REPLACE" | "RULE_DELETE" | "CHAIN_DEL" | "CHAIN_ZERO" | "CHAIN_USER_ADD";

export class XtCommand {
  out = "";
  readonly edit: NfEdit;

  constructor(
    readonly prog: XtProgram,
    readonly db: NetDb,
    readonly kernel: Kernel,
    /** the ruleset the command works on (nft or legacy) */
    readonly live: NfRuleset,
    /** the draft the command edits; iptables-restore shares one across lines */
    readonly draft: NfRuleset,
  ) {
    this.edit = { flavour: prog.flavour, log: (line) => kernel.printk(KERN_INFO + line) };
  }

  private get nft(): boolean {
    return this.prog.flavour === "nft";
  }

  /** a kernel (nf_tables batch) error: " OP failed (strerror): what" */
  private batchError(op: BatchOp, errno: Errno, what: string): never {
    const where = this.prog.cmdLine !== undefined ? `\nline ${this.prog.cmdLine}: ` : " ";
    return xtError(this.prog, RESOURCE_PROBLEM, `${where}${op} failed (${STRERROR[errno]}): ${what}`);
  }

  /** a rule edit the kernel refused: nft names the batch object, legacy's commit fails */
  private ruleRefused(op: BatchOp, chain: string, errno: Errno): never {
    if (this.nft) return this.batchError(op, errno, `rule in chain ${chain}`);
    return callFailed(this.prog, "commit", errno);
  }

  /** the table a command names: one of ours, or the way each flavour refuses */
  table(name: string): NfTableName {
    if (isTableName(name)) return name;
    if (name === "security") xtError(this.prog, VERSION_PROBLEM, "table 'security' is not simulated in Rootlab yet");
    if (this.nft) xtError(this.prog, VERSION_PROBLEM, `table '${name}' does not exist`);
    return xtError(this.prog, VERSION_PROBLEM, `can't initialize iptables table \`${name}': Table does not exist (do you need to insmod?)`);
  }

  /** nft_chain_exists: a built-in name, or a chain in the draft */
  private chainExists(table: NfTableName, chain: string): boolean {
    return isBuiltinChain(table, chain) || rs.findChain(this.draft.tables[table], chain) !== undefined;
  }

  /** the -v echo of a rule */
  private echo(rule: NfRule): void {
    this.out += ruleRow(this.db, { numeric: true, verbose: true, exact: false, lineNumbers: false, notable: true }, rule, 0);
  }

  /** run one parsed command; throws XtExit on failure, leaving the draft in an unspecified state */
  run(p: ParsedCommand): void {
    const table = this.table(p.table);
    if (!this.nft) rs.touchTable(this.live, table, "legacy");
    if (!this.nft) rs.touchTable(this.draft, table, "legacy");
    const chain = p.chain!;
    const verbose = (p.options & OPT.VERBOSE) !== 0;
    if (p.command & (CMD.APPEND | CMD.DELETE | CMD.CHECK | CMD.INSERT | CMD.REPLACE)) this.checkRules(table, p);
    switch (p.command) {
      case CMD.APPEND:
        for (const r of p.rules) this.append(table, chain, r, verbose);
        return;
      case CMD.INSERT:
        for (const r of p.rules) this.insert(table, chain, p.rulenum, r, verbose);
        return;
      case CMD.REPLACE:
        return this.replace(table, chain, p.rulenum, p.rules[0], verbose);
      case CMD.DELETE:
      case CMD.CHECK:
        for (const r of p.rules) this.deleteOrCheck(table, chain, r, verbose, p.command === CMD.CHECK);
        return;
      case CMD.DELETE_NUM:
        return this.check(rs.deleteRuleNum(this.draft, table, chain, p.rulenum), "rule_delete_num");
      case CMD.FLUSH:
        return this.flush(table, p.chain, verbose);
      case CMD.ZERO:
        return this.zero(table, p.chain, verbose, false);
      case CMD.ZERO_NUM:
        return this.zeroNum(table, chain, p.rulenum);
      case CMD.NEW_CHAIN:
        return this.check(rs.newChain(this.draft, table, chain, this.edit), "chain_user_add");
      case CMD.DELETE_CHAIN:
        return this.deleteChain(table, p.chain, verbose);
      case CMD.RENAME_CHAIN:
        return this.rename(table, chain, p.newname!);
      case CMD.SET_POLICY:
        return this.check(rs.setPolicy(this.draft, table, chain, p.policy!, this.edit), "chain_set");
      case CMD.NONE:
        return;
    }
    if (p.command & CMD.LIST || p.command & CMD.LIST_RULES) return this.list(table, p);
  }

  /** libiptc/nft userspace errno -> "iptables: TEXT." */
  private check(r: { ok: true } | { ok: false; errno: Errno }, call: XtCall): void {
    if (!r.ok) callFailed(this.prog, call, r.errno);
  }

  /** what each flavour checks of a rule command before touching the table */
  private checkRules(table: NfTableName, p: ParsedCommand): void {
    const rule = p.rules[0];
    if (this.nft) {
      // add_nft_tcp/add_nft_udp: native port matching needs the protocol
      for (const m of rule.matches) {
        if (m.kind === "tcp" && Object.keys(m).length > 1 && rule.proto?.num !== 6) xtError(this.prog, PARAMETER_PROBLEM, "TCP match requires '-p tcp'");
        if (m.kind === "udp" && Object.keys(m).length > 1 && rule.proto?.num !== 17) xtError(this.prog, PARAMETER_PROBLEM, "UDP match requires '-p udp'");
      }
      if (p.jumpChain !== undefined && p.command !== CMD.DELETE_NUM && !this.chainExists(table, p.jumpChain))
        xtError(this.prog, PARAMETER_PROBLEM, `Chain '${p.jumpChain}' does not exist`);
      return;
    }
    const t = rule.target;
    if ((t.kind === "jump" || t.kind === "goto") && !rs.findChain(this.draft.tables[table], t.chain)) {
      if (t.kind === "goto") xtError(this.prog, PARAMETER_PROBLEM, `goto '${t.chain}' is not a chain`);
      xtError(this.prog, PARAMETER_PROBLEM, `Couldn't load target \`${t.chain}':No such file or directory\n`);
    }
  }

  private append(table: NfTableName, chain: string, rule: NfRule, verbose: boolean): void {
    if (verbose) this.echo(rule);
    const r = rs.appendRule(this.draft, table, chain, rule, this.edit);
    if (!r.ok) this.refusedOrCall(r.errno, "RULE_APPEND", chain, "rule_append");
  }

  private insert(table: NfTableName, chain: string, rulenum: number, rule: NfRule, verbose: boolean): void {
    const c = rs.findChain(this.draft.tables[table], chain);
    // nft: inserting one past the end is an append
    const op: BatchOp = c && rulenum > 1 && rulenum === c.rules.length + 1 ? "RULE_APPEND" : "RULE_INSERT";
    const r = rs.insertRule(this.draft, table, chain, rulenum, rule, this.edit);
    if (!r.ok && r.errno === "E2BIG") callFailed(this.prog, "rule_insert", "E2BIG");
    if (verbose) this.echo(rule);
    if (!r.ok) this.refusedOrCall(r.errno, op, chain, "rule_insert");
  }

  private replace(table: NfTableName, chain: string, rulenum: number, rule: NfRule, verbose: boolean): void {
    const c = rs.findChain(this.draft.tables[table], chain);
    if (!c) callFailed(this.prog, "rule_replace", "ENOENT");
    if (rulenum > c!.rules.length) callFailed(this.prog, "rule_replace", "E2BIG");
    if (verbose) this.echo(rule);
    const r = rs.replaceRule(this.draft, table, chain, rulenum, rule, this.edit);
    if (!r.ok) this.refusedOrCall(r.errno, "RULE_REPLACE", chain, "rule_replace");
  }

  /** ENOENT and E2BIG are found before the batch; EINVAL, ELOOP, EOPNOTSUPP come from the kernel */
  private refusedOrCall(errno: Errno, op: BatchOp, chain: string, call: XtCall): never {
    if (errno === "EINVAL" || errno === "ELOOP" || errno === "EOPNOTSUPP") return this.ruleRefused(op, chain, errno);
    return callFailed(this.prog, call, errno);
  }

  private deleteOrCheck(table: NfTableName, chain: string, rule: NfRule, verbose: boolean, check: boolean): void {
    const c = rs.findChain(this.draft.tables[table], chain);
    const found = c?.rules.find((r) => rs.sameRule(r, rule));
    const call: XtCall = check ? "rule_check" : "rule_delete";
    if (!found) {
      // libiptc loses track of the call while mapping an extension target
      if (!this.nft && c && rule.target.kind !== "none" && !["ACCEPT", "DROP", "RETURN", "jump", "goto"].includes(rule.target.kind))
        callFailed(this.prog, "commit", "ENOENT");
      callFailed(this.prog, call, "ENOENT");
    }
    if (verbose) this.echo(found!);
    if (!check) rs.deleteRule(this.draft, table, chain, rule);
  }

  /** chains in the order -F/-Z/-X walk them with -v: built-ins in hook order, then user chains by name */
  private walkOrder(table: NfTableName): string[] {
    const t = this.draft.tables[table];
    return listedChains(t, table)
      .map((c) => c.name)
      .filter((n) => rs.findChain(t, n));
  }

  /** iptables-restore -v's table flush: every chain flushed, then deleted where it may be */
  flushVerbose(table: NfTableName): void {
    this.flush(table, undefined, true);
    this.deleteChain(table, undefined, true);
  }

  private flush(table: NfTableName, chain: string | undefined, verbose: boolean): void {
    if (this.nft && (chain !== undefined || verbose)) rs.touchChain(this.draft, table, chain, "nft");
    if (chain !== undefined) {
      if (!rs.findChain(this.draft.tables[table], chain)) callFailed(this.prog, "rule_flush", "ENOENT");
      if (verbose) this.out += `Flushing chain \`${chain}'\n`;
      rs.flushRules(this.draft, table, chain);
      return;
    }
    if (verbose) for (const c of this.walkOrder(table)) this.out += `Flushing chain \`${c}'\n`;
    rs.flushRules(this.draft, table);
  }

  /**
   * -Z [CHAIN]. After a listing (-L -Z) the chains iptables-nft showed
   * include the built-in ones it faked: zeroing them asks the kernel to
   * create them, which fails when the table does not exist yet.
   */
  private zero(table: NfTableName, chain: string | undefined, verbose: boolean, afterList: boolean): void {
    const t = this.draft.tables[table];
    const names = chain !== undefined ? [chain] : afterList && this.nft ? listedChains(t, table).map((c) => c.name) : this.walkOrder(table);
    for (const name of names) {
      const exists = rs.findChain(t, name) !== undefined;
      const faked = afterList && this.nft && isBuiltinChain(table, name);
      if (!exists && !faked) callFailed(this.prog, "chain_zero", "ENOENT");
      if (verbose) this.out += `Zeroing chain \`${name}'\n`;
    }
    for (const name of names) {
      if (rs.findChain(this.draft.tables[table], name)) continue;
      if (!this.draft.tables[table]) this.batchError("CHAIN_ZERO", "ENOENT", `chain ${name}`);
      rs.touchChain(this.draft, table, name, "nft");
    }
    if (chain !== undefined) rs.zeroCounters(this.draft, table, chain);
    else for (const name of names) rs.zeroCounters(this.draft, table, name);
  }

  private zeroNum(table: NfTableName, chain: string, rulenum: number): void {
    const c = rs.findChain(this.draft.tables[table], chain);
    // nft_rule_zero_counters names itself nft_rule_delete: "Bad rule" for a missing chain
    if (!c) callFailed(this.prog, this.nft ? "rule_delete" : "rule_zero", "ENOENT");
    if (rulenum > c!.rules.length) {
      // iptables-nft does not complain about a rule number past the end
      if (this.nft) return;
      callFailed(this.prog, "rule_zero", "E2BIG");
    }
    rs.zeroCounters(this.draft, table, chain, rulenum);
  }

  private deleteChain(table: NfTableName, chain: string | undefined, verbose: boolean): void {
    const t = this.draft.tables[table];
    if (chain !== undefined) {
      const c = rs.findChain(t, chain);
      if (!c) callFailed(this.prog, "chain_del", "ENOENT");
      if (verbose && c!.policy === undefined) this.out += `Deleting chain \`${chain}'\n`;
      if (this.nft && c!.policy !== undefined && c!.policy !== "ACCEPT") callFailed(this.prog, "chain_del", "EBUSY");
      const r = rs.deleteChain(this.draft, table, chain, this.edit);
      if (!r.ok) this.chainDelFailed(chain, r.errno);
      return;
    }
    const names = verbose ? this.walkOrder(table) : (t?.chains ?? []).map((c) => c.name);
    for (const name of names) {
      const c = rs.findChain(this.draft.tables[table], name)!;
      if (c.policy !== undefined) {
        // built-in chains go only when nothing would change (nft); legacy keeps them
        if (this.nft && c.rules.length === 0 && c.policy === "ACCEPT") rs.deleteChain(this.draft, table, name, this.edit);
        continue;
      }
      if (verbose) this.out += `Deleting chain \`${name}'\n`;
      const r = rs.deleteChain(this.draft, table, name, this.edit);
      if (!r.ok) this.chainDelFailed(name, r.errno);
    }
  }

  private chainDelFailed(chain: string, errno: Errno): never {
    if (this.nft && errno === "EBUSY") return this.batchError("CHAIN_DEL", "EBUSY", `chain ${chain}`);
    if (!this.nft && errno === "EINVAL") return callFailed(this.prog, "commit", "EINVAL");
    return callFailed(this.prog, this.nft ? "chain_del" : "commit", errno);
  }

  private rename(table: NfTableName, from: string, to: string): void {
    if (this.nft && isBuiltinChain(table, from) && !this.chainExists(table, to) && rs.findChain(this.draft.tables[table], from))
      xtError(this.prog, OTHER_PROBLEM, `renaming the built-in chain \`${from}' is not simulated in Rootlab yet`);
    if (!this.nft && isBuiltinChain(table, from)) callFailed(this.prog, "chain_user_rename", "ENOENT");
    this.check(rs.renameChain(this.draft, table, from, to), "chain_user_rename");
  }

  private list(table: NfTableName, p: ParsedCommand): void {
    const t = this.draft.tables[table];
    const chain = p.chain;
    // iptables-nft looks the chain up for -Z N before listing it
    if (this.nft && p.command & CMD.ZERO_NUM && !rs.findChain(t, chain!)) callFailed(this.prog, "rule_delete", "ENOENT");
    if (chain !== undefined && !(this.nft ? isBuiltinChain(table, chain) || rs.findChain(t, chain) : rs.findChain(t, chain))) {
      if (this.nft) xtError(this.prog, OTHER_PROBLEM, `chain \`${chain}' in table \`${table}' is incompatible, use 'nft' tool.`);
      callFailed(this.prog, "commit", "ENOENT");
    }
    if (p.command & CMD.LIST) {
      const f: ListFormat = {
        numeric: (p.options & OPT.NUMERIC) !== 0,
        verbose: (p.options & OPT.VERBOSE) !== 0,
        exact: (p.options & OPT.EXPANDED) !== 0,
        lineNumbers: (p.options & OPT.LINENUMBERS) !== 0,
      };
      this.out += listText(this.db, f, t, table, chain, p.rulenum);
    } else this.out += listRulesText(this.db, t, table, (p.options & OPT.VERBOSE) !== 0, chain, p.rulenum);
    const verbose = (p.options & OPT.VERBOSE) !== 0;
    if (p.command & CMD.ZERO) this.zero(table, chain, verbose, true);
    if (p.command & CMD.ZERO_NUM) this.zeroNum(table, chain!, p.rulenum);
  }
}
