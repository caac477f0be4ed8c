/**
 * Whether a command applies to the current line (GNU sed's
 * match_address_p): one address, or a range that opens when its first
 * address matches and closes on its second (a line number already passed
 * gives a one-line range; `+N` and `~N` count from where it opened; `0,/re/`
 * is open before the first line, so the regex may end it on line 1).
 */
import type { Address, SedCommand } from "./script.js";

export interface LineContext {
  /** line number (from 1; per file with -s and -i) */
  line: number;
  isLast(): boolean;
  /** whether the regex matches the pattern space (the empty regex: the last one used) */
  test(regex: Extract<Address, { kind: "regex" }>["regex"]): boolean;
}

function matchOne(a: Address, ctx: LineContext): boolean {
  switch (a.kind) {
    case "line":
      return ctx.line === a.n;
    case "last":
      return ctx.isLast();
    case "zero":
      return false;
    case "step":
      return a.step <= 0 ? ctx.line === a.first : ctx.line >= a.first && (ctx.line - a.first) % a.step === 0;
    case "regex":
      return ctx.test(a.regex);
  }
}

/** before the first line: a `0,/re/` range is already open */
export function resetRange(cmd: SedCommand): void {
  cmd.range.active = cmd.a1?.kind === "zero";
  cmd.range.closed = false;
  cmd.range.end = 0;
}

export function selects(cmd: SedCommand, ctx: LineContext): boolean {
  return matchesAddresses(cmd, ctx) !== cmd.negate;
}

function matchesAddresses(cmd: SedCommand, ctx: LineContext): boolean {
  const { a1, a2, range } = cmd;
  if (!a1) return true;
  if (!a2) return matchOne(a1, ctx);
  if (range.active) {
    switch (a2.kind) {
      case "line":
      case "plus":
      case "multiple":
        if (ctx.line < range.end) return true;
        range.active = false;
        // past the end already (line numbers start again with -s): this line may open a new range
        return ctx.line === range.end ? true : matchesAddresses(cmd, ctx);
      case "last":
        if (ctx.isLast()) range.active = false;
        return true;
      default:
        // a regex (the parser gives no other end address)
        if (a2.kind === "regex" && ctx.test(a2.regex)) {
          range.active = false;
          if (a1.kind === "zero") range.closed = true;
        }
        return true;
    }
  }
  if (range.closed || !matchOne(a1, ctx)) return false;
  switch (a2.kind) {
    case "line":
      if (a2.n <= ctx.line) return true;
      range.end = a2.n;
      break;
    case "plus":
      if (a2.n === 0) return true;
      range.end = ctx.line + a2.n;
      break;
    case "multiple":
      if (a2.n <= 0 || ctx.line % a2.n === 0) return true;
      range.end = Math.ceil(ctx.line / a2.n) * a2.n;
      break;
    case "last":
      if (ctx.isLast()) return true;
      break;
  }
  range.active = true;
  return true;
}
