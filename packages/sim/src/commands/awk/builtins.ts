/**
 * awk's builtin functions as mawk 1.3.4-20200120 computes them, over bytes:
 * length, index, substr (mawk's arithmetic: positions truncate, and a
 * start before 1 moves the end as if counted from 1, so substr("hello", 0, 2)
 * is "he" in this mawk), split, sub and gsub (mawk's replacement rules: `&` is
 * the match, `\&` a literal &, `\\` a backslash; gsub's empty matches as
 * mawk walks them), match with RSTART/RLENGTH, sprintf, toupper/tolower
 * (ASCII only), the arithmetic ones, rand/srand (glibc's random(), seeded
 * as Debian's mawk seeds it: with the time, here the virtual clock's),
 * close, fflush and system.
 */
import type { Expr } from "./ast.js";
import type { Ere } from "./ere.js";
import type { Interpreter } from "./interpreter.js";
import { makeSplitter, reSplit } from "./record.js";
import { inputValue, MAX_INT, toNum, type Value } from "./values.js";

/** mawk's d_to_i: truncated and clamped to its Int range */
function dToI(d: number): number {
  if (d >= MAX_INT) return MAX_INT;
  if (d > -MAX_INT) return Math.trunc(d);
  return -MAX_INT;
}

function substr(s: string, start: number, len?: number): string {
  const n0 = s.length;
  if (n0 === 0) return "";
  let n = len === undefined ? n0 : dToI(len);
  let i = (dToI(start) - 1) | 0;
  if (i > n0) n = 0;
  if (i < 0) {
    // C int arithmetic: substr(s, -1e10, 1e10) wraps to nothing, as in mawk
    n = (n - (i + 1)) | 0;
    i = 0;
  }
  if (n > n0 - i) n = n0 - i;
  return n <= 0 ? "" : s.slice(i, i + n);
}

export function callBuiltin(it: Interpreter, name: string, args: Expr[]): Value {
  const num = (k: number) => toNum(it.evaluate(args[k]));
  const str = (k: number) => it.toStr(it.evaluate(args[k]));
  switch (name) {
    case "length": {
      if (args.length === 0) return it.record.recordText.length;
      const arr = it.arrayIfAny(args[0]);
      if (arr) return arr.size;
      return str(0).length;
    }
    case "index": {
      const s = str(0);
      const t = str(1);
      return t === "" ? 1 : s.indexOf(t) + 1;
    }
    case "substr": {
      const s = str(0);
      const start = num(1);
      return substr(s, start, args.length > 2 ? num(2) : undefined);
    }
    case "sprintf":
      return it.format(
        args.map((a) => it.evaluate(a)),
        "sprintf",
      );
    case "sin":
      return Math.sin(num(0));
    case "cos":
      return Math.cos(num(0));
    case "atan2": {
      const y = num(0);
      return Math.atan2(y, num(1));
    }
    case "exp":
      return Math.exp(num(0));
    case "log":
      return Math.log(num(0));
    case "sqrt":
      return Math.sqrt(num(0));
    case "int":
      return Math.trunc(num(0));
    case "rand":
      return it.rng.next() / 2147483647;
    case "srand": {
      const previous = it.seed;
      const next: Value = args.length > 0 ? it.evaluate(args[0]) : Math.floor(it.proc.host.clock.unixMs / 1000);
      it.seed = next;
      it.rng.seed(dToI(toNum(next)));
      return previous;
    }
    case "toupper":
      return str(0).replace(/[a-z]+/g, (m) => m.toUpperCase());
    case "tolower":
      return str(0).replace(/[A-Z]+/g, (m) => m.toLowerCase());
    case "close":
      return it.streams.close(str(0));
    case "fflush":
      return args.length === 0 ? 0 : it.streams.flush(str(0));
    case "system":
      return it.streams.system(str(0));
    case "match": {
      const s = str(0);
      const re = it.regexOf(args[1]);
      const m = re.exec(s);
      const start = m ? m.start + 1 : 0;
      it.global("RSTART").v = start;
      it.global("RLENGTH").v = m ? m.end - m.start : -1;
      return start;
    }
  }
  throw new Error(`awk: no builtin ${name}`);
}

export function doSplit(it: Interpreter, e: Extract<Expr, { k: "split" }>): Value {
  const s = it.toStr(it.evaluate(e.s));
  let pieces: string[];
  if (!e.sep) pieces = it.splitter()(s);
  else if (e.sep.k === "regex") {
    const re = it.regexOf(e.sep);
    pieces = it.cut(s, (t) => (t === "" ? [] : reSplit(t, re)));
  } else {
    const sep = it.toStr(it.evaluate(e.sep));
    if (sep.length > 1) it.regexOf({ k: "str", s: sep });
    pieces = it.cut(s, makeSplitter(sep, false, it.regexes));
  }
  it.arrayRef(e.array).load(pieces.map(inputValue));
  return pieces.length;
}

/** the replacement for one match: & is the match, \& a literal &, \\ a backslash */
function expand(repl: string, matched: string): string {
  if (!repl.includes("&") && !repl.includes("\\")) return repl;
  let out = "";
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === "\\" && (repl[i + 1] === "&" || repl[i + 1] === "\\")) {
      out += repl[++i];
    } else if (c === "&") out += matched;
    else out += c;
  }
  return out;
}

export function doSub(it: Interpreter, e: Extract<Expr, { k: "sub" }>): Value {
  const re = it.regexOf(e.re);
  const repl = it.toStr(it.evaluate(e.repl));
  const target = e.target ?? ({ k: "field", index: { k: "num", n: 0 } } as const);
  const get = (): string => it.toStr(it.evaluate(target));
  const input = get();
  it.proc.budget.charge(1 + (input.length >> 10));
  let result: string;
  let count = 0;
  if (!e.global) {
    const m = re.exec(input);
    if (!m) return 0;
    count = 1;
    result = input.slice(0, m.start) + expand(repl, input.slice(m.start, m.end)) + input.slice(m.end);
  } else {
    ({ result, count } = gsub(re, repl, input));
    if (count === 0) return 0;
  }
  assign(it, target, it.bounded(result));
  return count;
}

/** gsub as mawk walks the subject: an empty match right after a match is skipped */
function gsub(re: Ere, repl: string, input: string): { result: string; count: number } {
  let out = "";
  let count = 0;
  let skip0 = -1;
  for (let j = 0; j <= input.length; j++) {
    const m = re.exec(input, j, j !== 0);
    if (!m) {
      out += input.slice(j);
      break;
    }
    if (m.start > j) {
      skip0 = -1;
      out += input.slice(j, m.start);
    }
    const len = m.end - m.start;
    if (len > 0 || m.start !== skip0) {
      count++;
      out += expand(repl, input.slice(m.start, m.end));
    }
    if (len > 0) j = m.end - 1;
    else {
      j = m.start;
      if (j < input.length) out += input[j];
    }
    skip0 = len > 0 ? j + 1 : -1;
  }
  return { result: out, count };
}

function assign(it: Interpreter, target: Extract<Expr, { k: "var" } | { k: "field" } | { k: "elem" }>, v: string): void {
  it.evaluate({ k: "assign", op: "=", target, e: { k: "str", s: v } });
}
