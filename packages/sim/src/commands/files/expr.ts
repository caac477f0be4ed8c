/**
 * expr (coreutils 9.1): evaluates one expression given as separate words,
 * with GNU expr's recursive-descent grammar, loosest first:
 *   |   &   < <= = == != >= >   + -   * / %   :   (match substr index
 *   length, `+ TOKEN`)   ( EXPR ) and plain words.
 * Integers are arbitrary precision (Debian's expr is built with GMP), so
 * they are BigInts here; a word is an integer when it is an optional `-`
 * and digits. `|` and `&` skip evaluating the side they do not need (no
 * division by zero there). `STRING : REGEXP` is a BRE anchored at the start
 * (regex.ts's translation); with \( \) it gives the first group, else the
 * number of characters matched. Lengths and positions count characters.
 * Exit status: 0, 1 for a null or 0 result, 2 for a syntax or argument error.
 * Alternation takes the longest match overall, as POSIX wants; which
 * alternative a group then holds follows JavaScript's first-that-fits rule.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { usageError } from "./program.js";
import { quoteLocale } from "./quote.js";
import { translateRegex } from "./regex.js";
import { BoundedRegExp } from "./regex-machine.js";

type Value = bigint | string;

/** an error of expr's: its message and exit status */
class ExprError extends Error {
  constructor(
    message: string,
    readonly status = 2,
  ) {
    super(message);
  }
}

const INTEGER = /^-?[0-9]+$/;

const text = (v: Value): string => (typeof v === "bigint" ? v.toString() : v);
const chars = (s: string): string[] => [...s];

/** null(): 0, or a string that is empty or only zeros after an optional '-' */
function isNull(v: Value): boolean {
  if (typeof v === "bigint") return v === 0n;
  return v === "" || /^-?0+$/.test(v);
}

function toInteger(v: Value): bigint | undefined {
  if (typeof v === "bigint") return v;
  return INTEGER.test(v) ? BigInt(v) : undefined;
}

/** charged for each regex run: a step and one per 256 characters of the subject */
type Charge = (steps: number) => void;

/** STRING : REGEXP, anchored at the start of STRING */
function colon(s: Value, pattern: Value, charge: Charge): Value {
  const t = translateRegex(text(pattern), false);
  if (!t.ok) throw new ExprError(t.error);
  const str = text(s);
  const m = longestMatch(t.source, str, charge);
  const groups = new BoundedRegExp(t.source, "u", charge).groupCount;
  if (groups > 0) return m?.[1] ?? "";
  return BigInt(m ? chars(m[0]).length : 0);
}

/**
 * POSIX wants the longest match where JavaScript takes the first alternative
 * that matches: the machine's leftmost-longest mode, anchored at the start.
 */
function longestMatch(source: string, str: string, charge: Charge): RegExpExecArray | null {
  charge(1 + (str.length >> 8));
  return new BoundedRegExp(`(?:${source})`, "uy", charge, true).exec(str);
}

function compare(op: string, l: Value, r: Value): boolean {
  const a = text(l);
  const b = text(r);
  let c: number;
  if (INTEGER.test(a) && INTEGER.test(b)) {
    const x = BigInt(a);
    const y = BigInt(b);
    c = x < y ? -1 : x > y ? 1 : 0;
  } else c = a < b ? -1 : a > b ? 1 : 0;
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case "=":
    case "==":
      return c === 0;
    case "!=":
      return c !== 0;
    case ">=":
      return c >= 0;
    default:
      return c > 0;
  }
}

function arithmetic(op: string, l: Value, r: Value): bigint {
  const a = toInteger(l);
  const b = toInteger(r);
  if (a === undefined || b === undefined) throw new ExprError("non-integer argument");
  if ((op === "/" || op === "%") && b === 0n) throw new ExprError("division by zero");
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    default:
      return a % b;
  }
}

/** the words, and expr's eval..eval7 (evaluate, eval1..eval7) over them */
class Parser {
  private i = 0;
  constructor(
    private readonly args: string[],
    private readonly charge: Charge,
  ) {}

  done(): boolean {
    return this.i >= this.args.length;
  }

  next(word: string): boolean {
    if (this.args[this.i] !== word) return false;
    this.i++;
    return true;
  }

  private missing(): never {
    throw new ExprError(`syntax error: missing argument after ${quoteLocale(this.args[this.i - 1])}`);
  }

  rest(): never {
    throw new ExprError(`syntax error: unexpected argument ${quoteLocale(this.args[this.i])}`);
  }

  /** | */
  evaluate(ev: boolean): Value {
    let l = this.eval1(ev);
    while (this.next("|")) {
      const r = this.eval1(ev && isNull(l));
      if (isNull(l)) l = isNull(r) ? 0n : r;
    }
    return l;
  }

  /** & */
  private eval1(ev: boolean): Value {
    let l = this.eval2(ev);
    while (this.next("&")) {
      const r = this.eval2(ev && !isNull(l));
      if (isNull(l) || isNull(r)) l = 0n;
    }
    return l;
  }

  /** comparisons */
  private eval2(ev: boolean): Value {
    let l = this.eval3(ev);
    for (;;) {
      const op = ["<", "<=", "=", "==", "!=", ">=", ">"].find((o) => this.next(o));
      if (op === undefined) return l;
      const r = this.eval3(ev);
      l = ev ? (compare(op, l, r) ? 1n : 0n) : 0n;
    }
  }

  /** + - */
  private eval3(ev: boolean): Value {
    let l = this.eval4(ev);
    for (;;) {
      const op = ["+", "-"].find((o) => this.next(o));
      if (op === undefined) return l;
      const r = this.eval4(ev);
      l = ev ? arithmetic(op, l, r) : 0n;
    }
  }

  /** * / % */
  private eval4(ev: boolean): Value {
    let l = this.eval5(ev);
    for (;;) {
      const op = ["*", "/", "%"].find((o) => this.next(o));
      if (op === undefined) return l;
      const r = this.eval5(ev);
      l = ev ? arithmetic(op, l, r) : 0n;
    }
  }

  /** : */
  private eval5(ev: boolean): Value {
    let l = this.eval6(ev);
    while (this.next(":")) {
      const r = this.eval6(ev);
      l = ev ? colon(l, r, this.charge) : 0n;
    }
    return l;
  }

  /** + TOKEN and the keywords */
  private eval6(ev: boolean): Value {
    if (this.next("+")) {
      if (this.done()) this.missing();
      return this.args[this.i++];
    }
    if (this.next("length")) return BigInt(chars(text(this.eval6(ev))).length);
    if (this.next("match")) {
      const l = this.eval6(ev);
      const r = this.eval6(ev);
      return ev ? colon(l, r, this.charge) : 0n;
    }
    if (this.next("index")) {
      const l = chars(text(this.eval6(ev)));
      const set = new Set(chars(text(this.eval6(ev))));
      return BigInt(l.findIndex((c) => set.has(c)) + 1);
    }
    if (this.next("substr")) {
      const l = chars(text(this.eval6(ev)));
      const pos = toInteger(this.eval6(ev));
      const len = toInteger(this.eval6(ev));
      if (pos === undefined || len === undefined) return "";
      if (pos < 1n || pos > BigInt(l.length) || len < 1n || len >= 2n ** 64n - 1n) return "";
      return l.slice(Number(pos) - 1, Number(pos - 1n + (len < BigInt(l.length) ? len : BigInt(l.length)))).join("");
    }
    return this.eval7(ev);
  }

  /** ( EXPR ) and words */
  private eval7(ev: boolean): Value {
    if (this.done()) this.missing();
    if (this.next("(")) {
      const v = this.evaluate(ev);
      if (this.done()) throw new ExprError(`syntax error: expecting ')' after ${quoteLocale(this.args[this.i - 1])}`);
      if (!this.next(")")) throw new ExprError(`syntax error: expecting ')' instead of ${quoteLocale(this.args[this.i])}`);
      return v;
    }
    if (this.next(")")) throw new ExprError("syntax error: unexpected ')'");
    return this.args[this.i++];
  }
}

function runExpr(proc: Process): number {
  let args = proc.argv.slice(1);
  // only a lone word can be an option, and any unambiguous abbreviation of one
  if (args.length === 1 && args[0].length > 2 && args[0].startsWith("--")) {
    if ("--help".startsWith(args[0])) {
      proc.stdout.write(HELP);
      return 0;
    }
    if ("--version".startsWith(args[0])) {
      proc.stdout.write(VERSION);
      return 0;
    }
  }
  if (args[0] === "--") args = args.slice(1);
  if (args.length === 0) return usageError(proc, "expr", "missing operand", 2);
  try {
    const p = new Parser(args, (n) => proc.budget.charge(n));
    const v = p.evaluate(true);
    if (!p.done()) p.rest();
    proc.stdout.write(`${text(v)}\n`);
    return isNull(v) ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ExprError)) throw e;
    proc.stderr.write(`expr: ${e.message}\n`);
    return e.status;
  }
}

const VERSION = `expr (GNU coreutils) 9.1
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Mike Parker, James Youngman, and Paul Eggert.
`;

const HELP = `Usage: expr EXPRESSION
  or:  expr OPTION

      --help        display this help and exit
      --version     output version information and exit

Print the value of EXPRESSION to standard output.  A blank line below
separates increasing precedence groups.  EXPRESSION may be:

  ARG1 | ARG2       ARG1 if it is neither null nor 0, otherwise ARG2

  ARG1 & ARG2       ARG1 if neither argument is null or 0, otherwise 0

  ARG1 < ARG2       ARG1 is less than ARG2
  ARG1 <= ARG2      ARG1 is less than or equal to ARG2
  ARG1 = ARG2       ARG1 is equal to ARG2
  ARG1 != ARG2      ARG1 is unequal to ARG2
  ARG1 >= ARG2      ARG1 is greater than or equal to ARG2
  ARG1 > ARG2       ARG1 is greater than ARG2

  ARG1 + ARG2       arithmetic sum of ARG1 and ARG2
  ARG1 - ARG2       arithmetic difference of ARG1 and ARG2

  ARG1 * ARG2       arithmetic product of ARG1 and ARG2
  ARG1 / ARG2       arithmetic quotient of ARG1 divided by ARG2
  ARG1 % ARG2       arithmetic remainder of ARG1 divided by ARG2

  STRING : REGEXP   anchored pattern match of REGEXP in STRING

  match STRING REGEXP        same as STRING : REGEXP
  substr STRING POS LENGTH   substring of STRING, POS counted from 1
  index STRING CHARS         index in STRING where any CHARS is found, or 0
  length STRING              length of STRING
  + TOKEN                    interpret TOKEN as a string, even if it is a
                               keyword like 'match' or an operator like '/'

  ( EXPRESSION )             value of EXPRESSION

Beware that many operators need to be escaped or quoted for shells.
Comparisons are arithmetic if both ARGs are numbers, else lexicographical.
Pattern matches return the string matched between \\( and \\) or null; if
\\( and \\) are not used, they return the number of characters matched or 0.

Exit status is 0 if EXPRESSION is neither null nor 0, 1 if EXPRESSION is null
or 0, 2 if EXPRESSION is syntactically invalid, and 3 if an error occurred.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/expr>
or available locally via: info '(coreutils) expr invocation'
`;

export const expr: Command = {
  name: "expr",
  summary: "expr - evaluate expressions",
  man: `NAME
       expr - evaluate expressions

SYNOPSIS
       expr EXPRESSION
       expr OPTION

DESCRIPTION
       Print the value of EXPRESSION to standard output. Each operator and
       operand is a separate argument, so many need quoting for the shell.

       ARG1 | ARG2       ARG1 if it is neither null nor 0, otherwise ARG2
       ARG1 & ARG2       ARG1 if neither argument is null or 0, otherwise 0
       ARG1 < <= = != >= > ARG2
                         comparison: arithmetic if both are numbers, else
                         lexicographical; 1 if true, 0 if not
       ARG1 + - * / % ARG2
                         integer arithmetic
       STRING : REGEXP   anchored pattern match of REGEXP (a basic regular
                         expression) in STRING
       match STRING REGEXP        same as STRING : REGEXP
       substr STRING POS LENGTH   substring of STRING, POS counted from 1
       index STRING CHARS         index in STRING where any CHARS is found, or 0
       length STRING              length of STRING
       + TOKEN                    interpret TOKEN as a string
       ( EXPRESSION )             value of EXPRESSION

       Pattern matches return the string matched between \\( and \\) or
       null; if \\( and \\) are not used, they return the number of
       characters matched or 0.

       Exit status is 0 if EXPRESSION is neither null nor 0, 1 if EXPRESSION
       is null or 0, 2 if EXPRESSION is syntactically invalid, and 3 if an
       error occurred.

EXAMPLES
       i=$(expr $i + 1)
       expr "$file" : '.*\\.\\(.*\\)'
`,
  run: runExpr,
};
