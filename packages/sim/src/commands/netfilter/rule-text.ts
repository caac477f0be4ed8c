/**
 * One rule as text, in the two shapes iptables prints: a row of the `-L`
 * table (print_rule_details, print_fragment, print_ifaces,
 * print_ipv4_addresses, then each match's and the target's print), and
 * the `-A CHAIN ...` line of -S and iptables-save (save_ipv4_addr,
 * save_rule_details, save_matches_and_target). Column widths, trailing
 * spaces and the K/M/G counters are the C format strings'.
 */
import type { NfCounters, NfRule, NfTarget } from "../../kernel/net/netfilter/types.js";
import { addrText, saveAddr } from "./addr.js";
import { matchExtOf, targetExtOf } from "./extensions/index.js";
import type { NetDb } from "./netdb.js";
import { protoName } from "./parse.js";

/** the FMT_* bits a listing is printed with */
export interface ListFormat {
  numeric: boolean;
  /** -v: counters and the in/out columns */
  verbose: boolean;
  /** -x: exact counters (no K/M/G) */
  exact: boolean;
  lineNumbers: boolean;
  /** FMT_PRINT_RULE (the echo of `-v -A ...`): no table, "opt -- in * out *  src  -> dst" */
  notable?: boolean;
}

/** xtables_print_num */
export function printNum(n: number, kmg: boolean, notable: boolean): string {
  const fmt = (v: number, width: number, suffix = "") => (notable ? `${v}${suffix} ` : `${String(v).padStart(width)}${suffix} `);
  if (!kmg) return fmt(n, 8);
  if (n <= 99999) return fmt(n, 5);
  for (const suffix of ["K", "M", "G"]) {
    n = Math.floor((n + 500) / 1000);
    if (n <= 9999) return fmt(n, 4, suffix);
  }
  return fmt(Math.floor((n + 500) / 1000), 4, "T");
}

/** the target column: a verdict, a chain, an extension's name, or nothing */
export function targetName(t: NfTarget): string {
  switch (t.kind) {
    case "none":
      return "";
    case "jump":
    case "goto":
      return t.chain;
    default:
      return t.kind;
  }
}

/** print_header: "Chain INPUT (policy ACCEPT 0 packets, 0 bytes)" and the column titles */
export function headerText(f: ListFormat, chain: string, policy: string | undefined, counters: NfCounters | undefined, refs: number): string {
  let s = `Chain ${chain}`;
  if (policy) {
    s += ` (policy ${policy}`;
    if (f.verbose) s += ` ${printNum(counters?.packets ?? 0, !f.exact, true)}packets, ${printNum(counters?.bytes ?? 0, !f.exact, true)}bytes`;
    s += ")\n";
  } else s += ` (${refs} references)\n`;
  if (f.lineNumbers) s += "num  ";
  if (f.verbose) s += f.exact ? `${"pkts".padStart(8)} ${"bytes".padStart(10)} ` : `${"pkts".padStart(5)} ${"bytes".padStart(5)} `;
  s += `${"target".padEnd(9)} `;
  s += " prot opt";
  if (f.verbose) s += ` ${"in".padEnd(6)} ${"out".padEnd(6)} `;
  s += ` ${"source".padEnd(19)} `;
  s += ` ${"destination".padEnd(19)} \n`;
  return s;
}

/** one row of -L (or the echo of -v -A with `notable`) */
export function ruleRow(db: NetDb, f: ListFormat, rule: NfRule, num: number): string {
  const nt = f.notable === true;
  const numeric = f.numeric || nt;
  const proto = rule.proto?.num ?? 0;
  let s = "";
  if (f.lineNumbers) s += nt ? `${num} ` : `${String(num).padEnd(4)} `;
  if (f.verbose && !nt) s += printNum(rule.counters.packets, !f.exact, false) + printNum(rule.counters.bytes, !f.exact, false);
  const tname = targetName(rule.target);
  s += nt ? `${tname} ` : `${tname.padEnd(9)} `;
  s += rule.proto?.invert ? "!" : " ";
  const pname = protoName(db, proto, numeric);
  if ((numeric && !nt) || !pname) s += nt ? `${proto} ` : `${String(proto).padEnd(4)} `;
  else s += nt ? `${pname} ` : `${pname.padEnd(4)} `;
  if (nt) s += "opt ";
  s += rule.fragment ? `${rule.fragment.invert ? "!" : "-"}f ` : "-- ";
  if (f.verbose || nt) {
    const any = numeric ? "*" : "any";
    const inText = rule.in ? `${rule.in.invert ? "!" : ""}${rule.in.name}` : any;
    const outText = rule.out ? `${rule.out.invert ? "!" : ""}${rule.out.name}` : any;
    s += nt ? `in ${inText} out ${outText} ` : ` ${inText.padEnd(6)} ${outText.padEnd(6)} `;
  }
  s += rule.src?.invert ? "!" : " ";
  const src = addrText(db, rule.src, numeric);
  s += nt ? `${src} ` : `${src.padEnd(19)} `;
  s += rule.dst?.invert ? "!" : " ";
  const dst = addrText(db, rule.dst, numeric);
  s += nt ? `-> ${dst}` : `${dst.padEnd(19)} `;
  if (nt) s += "  ";
  if (rule.target.kind === "goto") s += "[goto] ";
  const env = { db, proto };
  for (const m of rule.matches) s += matchExtOf(m).print(m, numeric, env);
  const t = targetExtOf(rule.target);
  if (t) s += t.print(rule.target, numeric, env);
  return `${s}\n`;
}

/** how -S / iptables-save write counters: none, "[p:b] " before the rule, or " -c p b" before the target */
export type SaveCounters = "none" | "brackets" | "dash-c";

/** one "-A CHAIN ..." line */
export function ruleSaveLine(db: NetDb, chain: string, rule: NfRule, counters: SaveCounters): string {
  let s = counters === "brackets" ? `[${rule.counters.packets}:${rule.counters.bytes}] ` : "";
  s += `-A ${chain}`;
  s += saveAddr("s", rule.src) + saveAddr("d", rule.dst);
  if (rule.in) s += `${rule.in.invert ? " !" : ""} -i ${rule.in.name}`;
  if (rule.out) s += `${rule.out.invert ? " !" : ""} -o ${rule.out.name}`;
  if (rule.proto) {
    const name = protoName(db, rule.proto.num, false);
    s += `${rule.proto.invert ? " !" : ""} -p ${name ?? rule.proto.num}`;
  }
  if (rule.fragment) s += `${rule.fragment.invert ? " !" : ""} -f`;
  const env = { db, proto: rule.proto?.num ?? 0 };
  for (const m of rule.matches) {
    const ext = matchExtOf(m);
    s += ` -m ${ext.name}${ext.save(m, env)}`;
  }
  if (counters === "dash-c") s += ` -c ${rule.counters.packets} ${rule.counters.bytes}`;
  const t = rule.target;
  if (t.kind === "jump") s += ` -j ${t.chain}`;
  else if (t.kind === "goto") s += ` -g ${t.chain}`;
  else if (t.kind !== "none") {
    s += ` -j ${t.kind}`;
    const ext = targetExtOf(t);
    if (ext) s += ext.save(t, env);
  }
  return `${s}\n`;
}
