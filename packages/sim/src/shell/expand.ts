/**
 * Word expansion in bash's order: brace expansion, tilde, parameter, command
 * substitution and arithmetic (left to right), word splitting on IFS,
 * pathname expansion, quote removal. Every expansion step charges the
 * line's budget (one step, plus one per 64 characters produced) so that
 * doubling a variable in a loop hits the step limit long before memory runs
 * out. Errors bash reports during expansion end the current command
 * (`AbortCommand`) after printing bash's message.
 */
import type { ParamExp, Word, WordPart } from "./ast.js";
import { ArithError, evalArith } from "./arith.js";
import { braceExpand } from "./brace.js";
import { type Ctx, errorPrefix, SHELL_PID } from "./ctx.js";
import { globExpand } from "./glob.js";
import type { Io } from "./io.js";
import { captureSubstitution } from "./interpreter.js";
import { compilePattern, escapePattern, hasGlobChars, matchPattern } from "./pattern.js";
import { AbortCommand, ExitSignal } from "./signals.js";
import { getValue, isName, setValue } from "./vars.js";
import { BadSubstitution, parseWord, type WordMode } from "./word-parse.js";

interface Seg {
  s: string;
  /** quoted text: not split, not a pattern */
  quoted: boolean;
  /** the result of an unquoted expansion: split on IFS */
  split: boolean;
}
/** a field boundary inside "$@" */
const BREAK = null;
type Piece = Seg | typeof BREAK;

export function chargeText(ctx: Ctx, s: string): void {
  ctx.budget.charge(1 + (s.length >> 6));
}

/** print "<prefix>msg" and abandon the current command with status 1 */
export function expansionError(ctx: Ctx, io: Io, msg: string): never {
  io.stderr.write(`${errorPrefix(ctx)}${msg}\n`);
  throw new AbortCommand(1);
}

function parse(ctx: Ctx, io: Io, raw: string, mode: WordMode, assignment = false): WordPart[] {
  try {
    return parseWord(raw, mode, { assignment });
  } catch (e) {
    if (e instanceof BadSubstitution) expansionError(ctx, io, e.message);
    throw e;
  }
}

/** Full expansion of command words: may produce zero or many fields. */
export function expandWords(ctx: Ctx, words: Word[], io: Io): string[] {
  const out: string[] = [];
  for (const w of words) {
    ctx.budget.charge(1);
    for (const raw of braceExpand(w.raw, (n) => ctx.budget.charge(n))) {
      const pieces = expandParts(ctx, parse(ctx, io, raw, "word"), false, io);
      for (const field of splitFields(ctx, pieces)) out.push(...globField(ctx, field));
    }
  }
  return out;
}

/** Expansion without splitting or globbing: assignment values, here-strings, `case` words. */
export function expandWord(ctx: Ctx, word: Word | string, io: Io, opts: { assignment?: boolean } = {}): string {
  const raw = typeof word === "string" ? word : word.raw;
  ctx.budget.charge(1);
  const pieces = expandParts(ctx, parse(ctx, io, raw, "word", opts.assignment), false, io);
  return pieces.map((p) => (p === BREAK ? " " : p.s)).join("");
}

/** A redirection target: must expand to exactly one word (else null: "ambiguous redirect"). */
export function expandTarget(ctx: Ctx, word: Word, io: Io): string | null {
  const fields = expandWords(ctx, [word], io);
  return fields.length === 1 ? fields[0] : null;
}

/** A pattern (`case`, `${x#pat}`): quoted parts match literally. */
export function expandPattern(ctx: Ctx, raw: string, io: Io, inDq = false): string {
  ctx.budget.charge(1);
  const pieces = expandParts(ctx, parse(ctx, io, raw, inDq ? "dq" : "word"), inDq, io);
  return pieces.map((p) => (p === BREAK ? " " : p.quoted ? escapePattern(p.s) : p.s)).join("");
}

/** An unquoted here-document body: parameters, substitutions, arithmetic. */
export function expandHeredoc(ctx: Ctx, body: string, io: Io): string {
  ctx.budget.charge(1);
  const pieces = expandParts(ctx, parse(ctx, io, body, "heredoc"), true, io);
  return pieces.map((p) => (p === BREAK ? " " : p.s)).join("");
}

/** Evaluate an arithmetic expression after expanding `$x` and `$(...)` in it. */
export function arithmetic(ctx: Ctx, src: string, io: Io): bigint {
  const text = expandHeredoc(ctx, src, io);
  try {
    return evalArith(text, {
      get: (name) => getValue(ctx.state, name),
      set: (name, value) => setValue(ctx.state, name, value),
      charge: () => ctx.budget.charge(1),
    });
  } catch (e) {
    if (e instanceof ArithError) expansionError(ctx, io, e.message);
    throw e;
  }
}

function expandParts(ctx: Ctx, parts: WordPart[], inDq: boolean, io: Io): Piece[] {
  const out: Piece[] = [];
  for (const part of parts) {
    switch (part.t) {
      case "lit":
        out.push({ s: part.s, quoted: inDq, split: false });
        break;
      case "q":
        out.push({ s: part.s, quoted: true, split: false });
        break;
      case "dq": {
        const inner = expandParts(ctx, part.parts, true, io);
        const onlyAt = part.parts.length > 0 && part.parts.every((p) => p.t === "param" && p.p.name === "@" && !p.p.op && !p.p.length);
        if (onlyAt && ctx.positional.length === 0) break; // "$@" with no parameters is no word at all
        out.push({ s: "", quoted: true, split: false });
        out.push(...inner);
        break;
      }
      case "tilde":
        out.push({ s: tilde(ctx, part.user), quoted: true, split: false });
        break;
      case "param":
        out.push(...expandParam(ctx, part.p, inDq, io));
        break;
      case "cmd": {
        const { out: text, status } = captureSubstitution(ctx, part.src, io);
        ctx.lastSubstStatus = status;
        chargeText(ctx, text);
        out.push({ s: text.replace(/\n+$/, ""), quoted: inDq, split: !inDq });
        break;
      }
      case "arith":
        out.push({ s: arithmetic(ctx, part.src, io).toString(), quoted: inDq, split: !inDq });
        break;
    }
  }
  return out;
}

function tilde(ctx: Ctx, user: string): string {
  if (user === "") return getValue(ctx.state, "HOME") ?? "/root";
  if (user === "+") return getValue(ctx.state, "PWD") ?? "~+";
  if (user === "-") return getValue(ctx.state, "OLDPWD") ?? "~-";
  if (user === "root") return "/root";
  const passwd = ctx.host.fs.readFile("/etc/passwd");
  if (passwd.ok) {
    for (const line of passwd.value.split("\n")) {
      const f = line.split(":");
      if (f[0] === user && f.length >= 6) return f[5];
    }
  }
  return "~" + user;
}

/** the value of a parameter, undefined when unset */
export function lookupParam(ctx: Ctx, name: string): string | undefined {
  if (/^[0-9]+$/.test(name)) {
    const n = Number(name);
    return n === 0 ? ctx.arg0 : ctx.positional[n - 1];
  }
  switch (name) {
    case "?":
      return String(ctx.state.lastStatus);
    case "$":
      return String(SHELL_PID);
    case "#":
      return String(ctx.positional.length);
    case "@":
    case "*":
      return ctx.positional.length ? ctx.positional.join(" ") : undefined;
    case "!":
      return ctx.state.lastBg === undefined ? undefined : String(ctx.state.lastBg);
    case "-":
      return (ctx.options.errexit ? "e" : "") + "h" + (ctx.mode.kind === "interactive" ? "im" : "") + "B" + (ctx.options.xtrace ? "x" : "") + (ctx.mode.kind === "interactive" ? "Hs" : "");
    case "RANDOM":
      if (getValue(ctx.state, "RANDOM") === undefined) return String(ctx.host.prng.int(0, 32767));
      break;
    case "LINENO":
      return String(ctx.line);
  }
  return getValue(ctx.state, name);
}

function ifsOf(ctx: Ctx): string {
  return getValue(ctx.state, "IFS") ?? " \t\n";
}

function expandParam(ctx: Ctx, p: ParamExp, inDq: boolean, io: Io): Piece[] {
  ctx.budget.charge(1);
  const valuePiece = (s: string): Piece[] => {
    chargeText(ctx, s);
    return [{ s, quoted: inDq, split: !inDq }];
  };
  // $@ and $* as lists
  if ((p.name === "@" || p.name === "*") && !p.length && !p.op && !p.indirect) {
    if (inDq && p.name === "*") return valuePiece(ctx.positional.join(ifsOf(ctx).slice(0, 1)));
    const out: Piece[] = [];
    ctx.positional.forEach((arg, i) => {
      if (i > 0) out.push(BREAK);
      chargeText(ctx, arg);
      out.push({ s: arg, quoted: inDq, split: !inDq });
    });
    return out;
  }
  let name = p.name;
  if (p.indirect) {
    const target = lookupParam(ctx, name) ?? "";
    if (!isName(target) && !/^[0-9]+$/.test(target) && !"?$#@*!-".includes(target)) {
      expansionError(ctx, io, `${p.src}: invalid indirect expansion`);
    }
    name = target;
  }
  const value = lookupParam(ctx, name);
  if (p.length) {
    if (name === "@" || name === "*" || name === "#") {
      return valuePiece(String(name === "#" ? String(ctx.positional.length).length : ctx.positional.length));
    }
    if (value === undefined && ctx.options.nounset) expansionError(ctx, io, `${name}: unbound variable`);
    return valuePiece(String([...(value ?? "")].length));
  }
  const op = p.op;
  const unsetOrNull = (colon: boolean) => value === undefined || (colon && value === "");
  const argPieces = (raw: string): Piece[] => expandParts(ctx, parse(ctx, io, raw, inDq ? "dq" : "word"), inDq, io);
  switch (op) {
    case undefined:
      if (value === undefined && ctx.options.nounset && name !== "@" && name !== "*") {
        expansionError(ctx, io, `${name}: unbound variable`);
      }
      return valuePiece(value ?? "");
    case ":-":
    case "-":
      return unsetOrNull(op === ":-") ? argPieces(p.arg ?? "") : valuePiece(value!);
    case ":+":
    case "+":
      return unsetOrNull(op === ":+") ? [] : argPieces(p.arg ?? "");
    case ":=":
    case "=": {
      if (!unsetOrNull(op === ":=")) return valuePiece(value!);
      if (!isName(name)) expansionError(ctx, io, `$${name}: cannot assign in this way`);
      const v = expandWord(ctx, p.arg ?? "", io, { assignment: true });
      setValue(ctx.state, name, v);
      return valuePiece(v);
    }
    case ":?":
    case "?": {
      if (!unsetOrNull(op === ":?")) return valuePiece(value!);
      const msg = p.arg ? expandWord(ctx, p.arg, io) : value === undefined ? "parameter null or not set" : "parameter null or not set";
      io.stderr.write(`${errorPrefix(ctx)}${name}: ${msg}\n`);
      if (ctx.mode.kind !== "interactive") throw new ExitSignal(1, false);
      throw new AbortCommand(1);
    }
    case "#":
    case "##":
    case "%":
    case "%%": {
      const v = value ?? "";
      const pat = compilePattern(expandPattern(ctx, p.arg ?? "", io, inDq));
      return valuePiece(trimPattern(ctx, v, pat, op));
    }
    case "/":
    case "//":
    case "/#":
    case "/%": {
      const v = value ?? "";
      const pat = expandPattern(ctx, p.arg ?? "", io, inDq);
      const rep = p.arg2 === undefined ? "" : expandWord(ctx, p.arg2, io);
      return valuePiece(replacePattern(ctx, v, pat, rep, op));
    }
    case "^":
    case "^^":
    case ",":
    case ",,": {
      const v = value ?? "";
      const upper = op[0] === "^";
      const conv = (s: string) => (upper ? s.toUpperCase() : s.toLowerCase());
      return valuePiece(op.length === 2 ? conv(v) : conv(v.slice(0, 1)) + v.slice(1));
    }
    case ":": {
      const v = [...(value ?? "")];
      let off = Number(arithmetic(ctx, p.arg ?? "0", io));
      if (off < 0) off = Math.max(0, v.length + off);
      let len = v.length - off;
      if (p.arg2 !== undefined) {
        len = Number(arithmetic(ctx, p.arg2, io));
        if (len < 0) {
          len = v.length + len - off;
          if (len < 0) expansionError(ctx, io, `${p.arg2.trim()}: substring expression < 0`);
        }
      }
      return valuePiece(v.slice(off, off + Math.max(0, len)).join(""));
    }
  }
  expansionError(ctx, io, `${p.src}: bad substitution`);
}

function trimPattern(ctx: Ctx, v: string, pat: ReturnType<typeof compilePattern>, op: string): string {
  const charge = () => ctx.budget.charge(1);
  const n = v.length;
  if (op === "#" || op === "##") {
    const lens = op === "#" ? range(0, n) : range(0, n).reverse();
    for (const k of lens) {
      charge();
      if (matchPattern(pat, v.slice(0, k), charge)) return v.slice(k);
    }
    return v;
  }
  const starts = op === "%" ? range(0, n).reverse() : range(0, n);
  for (const k of starts) {
    charge();
    if (matchPattern(pat, v.slice(k), charge)) return v.slice(0, k);
  }
  return v;
}

function range(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let i = lo; i <= hi; i++) out.push(i);
  return out;
}

function replacePattern(ctx: Ctx, v: string, patText: string, rep: string, op: string): string {
  if (patText === "") return v;
  const pat = compilePattern(patText);
  const charge = () => ctx.budget.charge(1);
  const longestAt = (start: number, mustEnd: boolean): number => {
    for (let end = v.length; end >= start; end--) {
      if (mustEnd && end !== v.length) break;
      charge();
      if (matchPattern(pat, v.slice(start, end), charge)) return end;
    }
    return -1;
  };
  if (op === "/#") {
    const end = longestAt(0, false);
    return end < 0 ? v : rep + v.slice(end);
  }
  if (op === "/%") {
    for (let start = 0; start <= v.length; start++) {
      if (longestAt(start, true) >= 0) return v.slice(0, start) + rep;
    }
    return v;
  }
  let out = "";
  let i = 0;
  let replaced = false;
  while (i <= v.length) {
    if (replaced && op === "/") {
      out += v.slice(i);
      break;
    }
    const end = longestAt(i, false);
    if (end > i) {
      out += rep;
      i = end;
      replaced = true;
      continue;
    }
    if (i < v.length) out += v[i];
    i++;
  }
  return out;
}

/** word splitting: pieces to fields of segments */
function splitFields(ctx: Ctx, pieces: Piece[]): Seg[][] {
  const ifs = ifsOf(ctx);
  const fields: Seg[][] = [];
  let cur: Seg[] = [];
  let keep = false;
  const end = (force: boolean) => {
    if (force || keep || cur.some((s) => s.s !== "")) fields.push(cur);
    cur = [];
    keep = false;
  };
  for (const p of pieces) {
    if (p === BREAK) {
      end(true);
      keep = true;
      continue;
    }
    if (!p.split || ifs === "") {
      cur.push({ s: p.s, quoted: p.quoted, split: false });
      if (p.quoted) keep = true;
      continue;
    }
    let text = "";
    for (const ch of p.s) {
      if (!ifs.includes(ch)) {
        text += ch;
        continue;
      }
      if (text) cur.push({ s: text, quoted: false, split: true });
      text = "";
      if (" \t\n".includes(ch)) end(false);
      else end(true);
    }
    if (text) cur.push({ s: text, quoted: false, split: true });
  }
  end(false);
  return fields;
}

function globField(ctx: Ctx, field: Seg[]): string[] {
  const text = field.map((s) => s.s).join("");
  if (ctx.options.noglob || field.every((s) => s.quoted)) return [text];
  const pattern = field.map((s) => (s.quoted ? escapePattern(s.s) : s.s)).join("");
  if (!hasGlobChars(pattern)) return [text];
  const matches = globExpand(pattern, ctx.state.cwd, ctx.host.fs, (n) => ctx.budget.charge(n));
  return matches ?? [unescapeIfQuoted(field)];
}

function unescapeIfQuoted(field: Seg[]): string {
  return field.map((s) => s.s).join("");
}

