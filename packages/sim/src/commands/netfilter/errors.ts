/**
 * How iptables fails: xtables_error's "PROG vVERSION: MESSAGE" with the
 * "Try `iptables -h'" line for parameter problems (and "Error occurred at
 * line: N" inside iptables-restore), the exit statuses of enum
 * xtables_exittype, and the per-call errno texts of nft_strerror (nft) and
 * libiptc's TC_STRERROR (legacy). A C `exit()` deep in the parser is an
 * `XtExit` thrown here and caught by the program's entry point.
 */
import { type Errno, STRERROR } from "../../kernel/errno.js";
import type { NfFlavour } from "../../kernel/net/netfilter/ruleset.js";
import type { Process } from "../../process/process.js";

export const OTHER_PROBLEM = 1;
export const PARAMETER_PROBLEM = 2;
export const VERSION_PROBLEM = 3;
export const RESOURCE_PROBLEM = 4;

/** the program as xt_params describes it */
export interface XtProgram {
  flavour: NfFlavour;
  /** "iptables" or "iptables-restore": the name messages start with */
  name: string;
  /** "1.8.9 (nf_tables)" or "1.8.9 (legacy)" */
  version: string;
  /** iptables-restore's current input line; -1 outside restore */
  line: number;
  /** iptables-restore: the line of the command being carried out (nf_tables names it in batch errors) */
  cmdLine?: number;
}

export function xtProgram(flavour: NfFlavour, name = "iptables"): XtProgram {
  return { flavour, name, version: flavour === "nft" ? "1.8.9 (nf_tables)" : "1.8.9 (legacy)", line: -1 };
}

/** the program ends: what it wrote to stderr on the way out, and its status */
export class XtExit extends Error {
  constructor(
    readonly status: number,
    readonly stderr: string,
    /** what it printed before exiting (-h, -V) */
    readonly stdout = "",
  ) {
    super(stderr);
  }
}

/** xtables_error / basic_exit_err */
export function xtError(prog: XtProgram, status: number, msg: string): never {
  let text = `${prog.name} v${prog.version}: ${msg}\n`;
  if (status === PARAMETER_PROBLEM) {
    if (prog.line !== -1) text += `Error occurred at line: ${prog.line}\n`;
    text += tryHelp(prog);
  } else if (status === VERSION_PROBLEM) text += `Perhaps ${prog.name} or your kernel needs to be upgraded.\n`;
  throw new XtExit(status, text);
}

export function tryHelp(prog: XtProgram): string {
  return `Try \`${prog.name} -h' or '${prog.name} --help' for more information.\n`;
}

/** exit_tryhelp: a bad argument was already reported */
export function exitTryHelp(prog: XtProgram, status: number, before = ""): never {
  throw new XtExit(status, before + (prog.line !== -1 ? `Error occurred at line: ${prog.line}\n` : "") + tryHelp(prog));
}

/** the library call that failed, as nft_fn / iptc_fn remember it */
export type XtCall =
  | "chain_del"
  | "chain_user_add"
  | "chain_user_rename"
  | "rule_insert"
  | "rule_check"
  | "rule_replace"
  | "rule_delete_num"
  | "rule_delete"
  | "chain_set"
  | "rule_append"
  | "rule_flush"
  | "chain_zero"
  | "rule_zero"
  | "commit";

const NFT_TEXTS: [XtCall | null, Errno, string][] = [
  ["chain_del", "ENOTEMPTY", "Chain is not empty"],
  ["chain_del", "EBUSY", "Directory not empty"],
  ["chain_del", "EMLINK", "Can't delete chain with references left"],
  ["chain_user_add", "EEXIST", "Chain already exists"],
  ["chain_user_rename", "EEXIST", "File exists"],
  ["rule_insert", "E2BIG", "Index of insertion too big"],
  ["rule_check", "ENOENT", "Bad rule (does a matching rule exist in that chain?)"],
  ["rule_replace", "E2BIG", "Index of replacement too big"],
  ["rule_delete_num", "E2BIG", "Index of deletion too big"],
  ["rule_delete", "ENOENT", "Bad rule (does a matching rule exist in that chain?)"],
  ["chain_set", "ENOENT", "Bad built-in chain name"],
  ["chain_set", "EINVAL", "Bad policy name"],
  ["chain_set", "ENXIO", "Bad table name"],
  [null, "ELOOP", "Loop found in table"],
  [null, "EPERM", "Permission denied (you must be root)"],
  [null, "ENOPROTOOPT", "iptables who? (do you need to insmod?)"],
  [null, "ENOENT", "No chain/target/match by that name"],
];

const IPTC_TEXTS: [XtCall | null, Errno, string][] = [
  ["chain_del", "ENOTEMPTY", "Chain is not empty"],
  ["chain_del", "EINVAL", "Can't delete built-in chain"],
  ["chain_del", "EMLINK", "Can't delete chain with references left"],
  ["chain_user_add", "EEXIST", "Chain already exists"],
  ["rule_insert", "E2BIG", "Index of insertion too big"],
  ["rule_replace", "E2BIG", "Index of replacement too big"],
  ["rule_delete_num", "E2BIG", "Index of deletion too big"],
  ["rule_zero", "E2BIG", "Index of counter too big"],
  ["rule_check", "ENOENT", "Bad rule (does a matching rule exist in that chain?)"],
  ["rule_insert", "ELOOP", "Loop found in table"],
  ["rule_insert", "EINVAL", "Target problem"],
  ["rule_delete", "ENOENT", "Bad rule (does a matching rule exist in that chain?)"],
  ["chain_set", "ENOENT", "Bad built-in chain name"],
  ["chain_set", "EINVAL", "Bad policy name"],
  [null, "ENOPROTOOPT", "iptables who? (do you need to insmod?)"],
  [null, "ENOENT", "No chain/target/match by that name"],
];

/** nft_strerror / TC_STRERROR: the text for `errno` after `call` failed */
export function xtStrerror(flavour: NfFlavour, call: XtCall, errno: Errno): string {
  const table = flavour === "nft" ? NFT_TEXTS : IPTC_TEXTS;
  const hit = table.find(([fn, e]) => (fn === null || fn === call) && e === errno);
  return hit ? hit[2] : STRERROR[errno];
}

/** the last line of a failed iptables command: "iptables: Bad rule (...)." */
export function callFailed(prog: XtProgram, call: XtCall, errno: Errno): never {
  const text = `iptables: ${xtStrerror(prog.flavour, call, errno)}.${errno === "EINVAL" ? " Run `dmesg' for more information." : ""}\n`;
  throw new XtExit(OTHER_PROBLEM, text);
}

/** a program ends on an XtExit: what it printed so far, then the exit's texts; anything else is a bug */
export function exitWith(proc: Process, e: unknown, printed: string): number {
  if (!(e instanceof XtExit)) throw e;
  proc.stdout.write(printed + e.stdout);
  proc.stderr.write(e.stderr);
  return e.status;
}
