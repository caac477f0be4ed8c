/**
 * What every `ip` object handler shares: the process, the global options and
 * iproute2's ways of failing. iproute2 calls exit(-1) deep inside argument
 * parsing (status 255); `IpExit` carries that status up to `ip`'s run(),
 * which is the only place that catches it.
 */
import type { Kernel } from "../../../kernel/kernel.js";
import { type Errno, STRERROR } from "../../../kernel/errno.js";
import type { LinkInfo } from "../../../kernel/net/link-info.js";
import type { LinkState } from "../../../kernel/state.js";
import type { Process } from "../../../process/process.js";
import { type JsonValue, jsonListing } from "./json-writer.js";

export class IpExit {
  constructor(readonly status: number) {}
}

export interface IpOptions {
  family?: "inet" | "inet6";
  brief: boolean;
  oneline: boolean;
  /** how many times -s / -stats was given (print_stats64's show_stats) */
  stats: number;
  /** -details: each link record carries the device's attributes */
  details: boolean;
  /** -json: listings print as iproute2's JSON instead of text */
  json: boolean;
  /** -pretty: indent that JSON (no effect on text) */
  pretty: boolean;
}

export interface IpContext {
  proc: Process;
  kernel: Kernel;
  opts: IpOptions;
}

/** iproute2's matches(): `arg` is a non-empty prefix of `word` */
export function matches(arg: string, word: string): boolean {
  return arg.length > 0 && word.startsWith(arg);
}

export function die(ctx: IpContext, text: string, status = 255): never {
  ctx.proc.stderr.write(`${text}\n`);
  throw new IpExit(status);
}

export function incomplete(ctx: IpContext): never {
  return die(ctx, 'Command line is not complete. Try option "help"');
}

/** NEXT_ARG(): the word after argv[i], or "not complete" */
export function nextArg(ctx: IpContext, argv: string[], i: number): string {
  if (i + 1 >= argv.length) incomplete(ctx);
  return argv[i + 1];
}

export function duparg2(ctx: IpContext, key: string, arg: string): never {
  return die(ctx, `Error: either "${key}" is duplicate, or "${arg}" is a garbage.`);
}

/** print_ext_ack(): "Error: TEXT." (iproute2 adds the full stop when the kernel's text lacks one) */
export function extackLine(detail: string): string {
  return `Error: ${detail}${detail.endsWith(".") ? "" : "."}\n`;
}

/**
 * Print a netlink error the way iproute2 does: the kernel's extended ack
 * ("Error: ipv4: Address already assigned.") when there is one, else
 * "RTNETLINK answers: <strerror>". Status 2 as rtnl_talk's callers return -2.
 */
export function rtnlError(ctx: IpContext, errno: Errno, detail?: string): number {
  if (detail) ctx.proc.stderr.write(extackLine(detail));
  else ctx.proc.stderr.write(`RTNETLINK answers: ${STRERROR[errno]}\n`);
  return 2;
}

/** print a listing's records as `ip -j` does (an array, then a newline) */
export function writeJson(ctx: IpContext, records: JsonValue[]): void {
  ctx.proc.stdout.write(jsonListing(records, ctx.opts.pretty));
}

/** ll_name_to_index(): a name, an altname, or an alias "eth0:1" (the kernel strips the colon part) */
export function findLink(ctx: IpContext, name: string): LinkState | undefined {
  return ctx.kernel.linkByName(name) ?? ctx.kernel.linkByName(name.split(":")[0]);
}

/** the link's IFLA_* attributes beyond flags and counters; the link was just listed, so it exists */
export function linkInfo(ctx: IpContext, l: LinkState): LinkInfo {
  const info = ctx.kernel.linkInfo(l.ifindex);
  if (!info) throw new Error(`ip: link ${l.ifindex} vanished while listed`);
  return info;
}
