/**
 * The shape of an iptables extension (libxt_*.so) in the simulation: its
 * options as getopt sees them, how an option fills the kernel record
 * (`NfMatch` / `NfTarget`), the final check, and the two printers (`-L`
 * listing text and `-S`/save text, each with its leading space, as the C
 * print/save functions write them).
 *
 * Extensions written against libxtables' x6 option API get its generic
 * checks ("can only be used once", "cannot be inverted", "must be
 * specified") from `options.ts`; the old-API ones (tcp) check for
 * themselves (`oldApi`).
 */
import type { NfMatch, NfTarget } from "../../../kernel/net/netfilter/types.js";
import type { NetDb } from "../netdb.js";

export interface ExtOption {
  name: string;
  /** the option's id, its bit in the extension's flags */
  id: number;
  /** takes an argument (XTTYPE_NONE does not) */
  arg: boolean;
  /** XTOPT_INVERT: `! --opt` allowed */
  invert?: boolean;
  /** XTOPT_MAND */
  mand?: boolean;
  /** XTOPT_MULTI: may repeat */
  multi?: boolean;
  /** ids (as bits) this option cannot be used together with */
  excl?: number;
}

/** what an extension may look at while parsing: the rule's -p so far, name databases, the way out */
export interface ParseEnv {
  db: NetDb;
  /** -p as a number (0 = all) */
  proto: number;
  protoInverted: boolean;
  /** xtables_error(PARAMETER_PROBLEM, msg): never returns */
  fail(msg: string): never;
  /** a line on stderr that does not stop the command */
  warn(text: string): void;
  /** the next word, consumed (--tcp-flags' second argument); undefined when it is missing or an option */
  takeNext(): string | undefined;
}

export interface OptionCall<T> {
  opt: ExtOption;
  /** absent for options without an argument */
  arg: string;
  invert: boolean;
  data: T;
  /** bits of the options seen so far (1 << id) */
  xflags: number;
  env: ParseEnv;
}

/** what the printers may look at: name databases and the rule's protocol (multiport names ports by it) */
export interface PrintEnv {
  db: NetDb;
  proto: number;
}

export interface Extension<T> {
  /** the name after -m / -j */
  name: string;
  /** written against the old libxtables API: no generic option checks */
  oldApi?: boolean;
  options: ExtOption[];
  /** the "NAME match options:" block of iptables -h */
  help: string;
  init(): T;
  parse(call: OptionCall<T>): void;
  /** the final check, with the flags of the options given */
  check?(data: T, xflags: number, env: ParseEnv): void;
  /** the data as the kernel keeps it (defaults dropped), after the check */
  finish?(data: T): T;
  print(data: T, numeric: boolean, env: PrintEnv): string;
  save(data: T, env: PrintEnv): string;
}

export type MatchExtension<K extends NfMatch["kind"] = NfMatch["kind"]> = Extension<Extract<NfMatch, { kind: K }>> & { kind: K };

export type TargetKind = Exclude<NfTarget["kind"], "none" | "jump" | "goto">;

export type TargetExtension<K extends TargetKind = TargetKind> = Extension<Extract<NfTarget, { kind: K }>> & { kind: K };
