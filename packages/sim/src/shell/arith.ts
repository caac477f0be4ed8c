/**
 * Shell arithmetic (`$((...))`, `((...))`, `let`-style): a small evaluator
 * over 64-bit signed integers (BigInt wrapped with asIntN, as bash's
 * intmax_t wraps). It parses and evaluates in one pass like bash, with a
 * "no evaluation" depth for the untaken side of `&&`, `||` and `?:`.
 * Nothing here reaches JavaScript evaluation: names are looked up through
 * `ArithEnv` only, so `constructor` is just an unset variable (0).
 */

export interface ArithEnv {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
  /** charge one step to the line's budget */
  charge(): void;
}

export class ArithError extends Error {
  constructor(
    readonly expr: string,
    readonly reason: string,
    readonly token: string,
  ) {
    super(`${expr}: ${reason} (error token is "${token}")`);
  }
}

/** nesting of variable references and parentheses; bash allows 1024, the JS stack needs less */
const MAX_RECURSION = 128;
const wrap = (v: bigint) => BigInt.asIntN(64, v);

type Tok = { s: string; kind: "num" | "id" | "op" | "eof"; at: number };

const OPS = [
  "<<=", ">>=", "**", "<=", ">=", "==", "!=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "^=", "|=",
  "<<", ">>", "+", "-", "*", "/", "%", "<", ">", "=", "!", "~", "&", "^", "|", "?", ":", "(", ")", ",",
];
const ASSIGN_OPS = new Set(["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "^=", "|="]);

export function evalArith(expr: string, env: ArithEnv, depth = 0): bigint {
  if (depth > MAX_RECURSION) throw new ArithError(expr, "expression recursion level exceeded", expr);
  return new ArithParser(expr, env, depth).run();
}

class ArithParser {
  private pos = 0;
  private tok!: Tok;
  /** start of the previously consumed token, for bash's "error token" */
  private prevAt = 0;
  private noeval = 0;
  private parens = 0;

  constructor(
    private readonly src: string,
    private readonly env: ArithEnv,
    private readonly depth: number,
  ) {}

  run(): bigint {
    this.advance();
    if (this.tok.kind === "eof") return 0n;
    const v = this.comma();
    if (this.cur().kind !== "eof") this.fail("syntax error in expression", this.tok.at);
    return v;
  }

  private fail(reason: string, at: number): never {
    throw new ArithError(this.src, reason, this.src.slice(at));
  }

  private advance(): void {
    if (this.tok) this.prevAt = this.tok.at;
    const s = this.src;
    while (this.pos < s.length && /\s/.test(s[this.pos])) this.pos++;
    const at = this.pos;
    if (at >= s.length) {
      this.tok = { s: "", kind: "eof", at };
      return;
    }
    this.env.charge();
    const c = s[at];
    if (/[0-9]/.test(c)) {
      let j = at;
      while (j < s.length && /[0-9A-Za-z_@#]/.test(s[j])) j++;
      this.pos = j;
      this.tok = { s: s.slice(at, j), kind: "num", at };
      return;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = at;
      while (j < s.length && /[A-Za-z0-9_]/.test(s[j])) j++;
      this.pos = j;
      this.tok = { s: s.slice(at, j), kind: "id", at };
      return;
    }
    for (const op of OPS) {
      if (s.startsWith(op, at)) {
        this.pos = at + op.length;
        this.tok = { s: op, kind: "op", at };
        return;
      }
    }
    this.fail("syntax error: invalid arithmetic operator", at);
  }

  /** the current token (a method, so narrowing does not survive `advance()`) */
  private cur(): Tok {
    return this.tok;
  }

  private isOp(s: string): boolean {
    return this.tok.kind === "op" && this.tok.s === s;
  }

  private comma(): bigint {
    let v = this.assign();
    while (this.isOp(",")) {
      this.advance();
      v = this.assign();
    }
    return v;
  }

  private assign(): bigint {
    if (this.tok.kind === "id") {
      // look ahead for an assignment operator without consuming
      const save = { pos: this.pos, tok: this.tok, prevAt: this.prevAt };
      const name = this.tok.s;
      this.advance();
      if (this.cur().kind === "op" && ASSIGN_OPS.has(this.tok.s)) {
        const op = this.tok.s;
        this.advance();
        const rhs = this.assign();
        if (this.noeval) return rhs;
        let v = rhs;
        if (op !== "=") v = this.binary(op.slice(0, -1), this.varValue(name), rhs, save.tok.at);
        v = wrap(v);
        this.env.set(name, v.toString());
        return v;
      }
      this.pos = save.pos;
      this.tok = save.tok;
      this.prevAt = save.prevAt;
    }
    return this.ternary();
  }

  private ternary(): bigint {
    const cond = this.logOr();
    if (!this.isOp("?")) return cond;
    this.advance();
    if (cond === 0n) this.noeval++;
    const a = this.assign();
    if (cond === 0n) this.noeval--;
    if (!this.isOp(":")) this.fail("`:' expected for conditional expression", this.tok.at);
    this.advance();
    if (cond !== 0n) this.noeval++;
    const b = this.assign();
    if (cond !== 0n) this.noeval--;
    return cond !== 0n ? a : b;
  }

  private logOr(): bigint {
    let v = this.logAnd();
    while (this.isOp("||")) {
      this.advance();
      if (v !== 0n) this.noeval++;
      const r = this.logAnd();
      if (v !== 0n) this.noeval--;
      v = v !== 0n || r !== 0n ? 1n : 0n;
    }
    return v;
  }

  private logAnd(): bigint {
    let v = this.bitOr();
    while (this.isOp("&&")) {
      this.advance();
      if (v === 0n) this.noeval++;
      const r = this.bitOr();
      if (v === 0n) this.noeval--;
      v = v !== 0n && r !== 0n ? 1n : 0n;
    }
    return v;
  }

  private level(ops: string[], next: () => bigint): bigint {
    let v = next();
    while (this.tok.kind === "op" && ops.includes(this.tok.s)) {
      const op = this.tok.s;
      this.advance();
      const at = this.tok.at;
      const r = next();
      v = this.binary(op, v, r, at);
    }
    return v;
  }

  private bitOr = (): bigint => this.level(["|"], this.bitXor);
  private bitXor = (): bigint => this.level(["^"], this.bitAnd);
  private bitAnd = (): bigint => this.level(["&"], this.equality);
  private equality = (): bigint => this.level(["==", "!="], this.relational);
  private relational = (): bigint => this.level(["<=", ">=", "<", ">"], this.shift);
  private shift = (): bigint => this.level(["<<", ">>"], this.additive);
  private additive = (): bigint => this.level(["+", "-"], this.multiplicative);
  private multiplicative = (): bigint => this.level(["*", "/", "%"], this.power);

  private power = (): bigint => {
    const base = this.unary();
    if (!this.isOp("**")) return base;
    this.advance();
    const at = this.tok.at;
    const exp = this.power();
    return this.binary("**", base, exp, at);
  };

  private binary(op: string, a: bigint, b: bigint, at: number): bigint {
    if (this.noeval) return 0n;
    switch (op) {
      case "+": return wrap(a + b);
      case "-": return wrap(a - b);
      case "*": return wrap(a * b);
      case "/":
      case "%":
        if (b === 0n) this.fail("division by 0", at);
        // INT64_MIN / -1 overflows in C; bash traps it and yields INT64_MIN (for %: 0)
        if (b === -1n && a === -(2n ** 63n)) return op === "/" ? a : 0n;
        return wrap(op === "/" ? a / b : a % b);
      case "**": {
        if (b < 0n) this.fail("exponent less than 0", at);
        // square-and-multiply modulo 2^64: at most 64 rounds whatever the exponent
        let result = 1n;
        let x = wrap(a);
        let e = b;
        while (e > 0n) {
          if (e & 1n) result = wrap(result * x);
          x = wrap(x * x);
          e >>= 1n;
        }
        return result;
      }
      case "<<": return wrap(a << (b & 63n));
      case ">>": return wrap(a >> (b & 63n));
      case "<": return a < b ? 1n : 0n;
      case ">": return a > b ? 1n : 0n;
      case "<=": return a <= b ? 1n : 0n;
      case ">=": return a >= b ? 1n : 0n;
      case "==": return a === b ? 1n : 0n;
      case "!=": return a !== b ? 1n : 0n;
      case "&": return wrap(a & b);
      case "|": return wrap(a | b);
      case "^": return wrap(a ^ b);
    }
    throw new Error(`arith: unknown operator ${op}`);
  }

  private unary(): bigint {
    const t = this.tok;
    if (t.kind === "op") {
      switch (t.s) {
        case "-": this.advance(); return wrap(-this.unary());
        case "+": this.advance(); return this.unary();
        case "!": this.advance(); return this.unary() === 0n ? 1n : 0n;
        case "~": this.advance(); return wrap(~this.unary());
        case "++":
        case "--": {
          this.advance();
          const id = this.tok;
          if (id.kind !== "id") this.fail("syntax error: operand expected", this.tok.kind === "eof" ? this.prevAt : id.at);
          this.advance();
          const v = wrap(this.varValue(id.s) + (t.s === "++" ? 1n : -1n));
          if (!this.noeval) this.env.set(id.s, v.toString());
          return v;
        }
      }
    }
    return this.postfix();
  }

  private postfix(): bigint {
    const t = this.tok;
    if (t.kind === "id") {
      this.advance();
      const v = this.varValue(t.s);
      if (this.isOp("++") || this.isOp("--")) {
        const d = this.tok.s === "++" ? 1n : -1n;
        this.advance();
        if (!this.noeval) this.env.set(t.s, wrap(v + d).toString());
      }
      return v;
    }
    if (t.kind === "num") {
      this.advance();
      return parseNumber(t.s, (reason) => this.fail(reason, t.at));
    }
    if (this.isOp("(")) {
      if (++this.parens + this.depth > MAX_RECURSION) throw new ArithError(this.src, "expression recursion level exceeded", this.src.slice(t.at));
      this.advance();
      const v = this.comma();
      this.parens--;
      if (!this.isOp(")")) this.fail("missing `)'", this.tok.at);
      this.advance();
      return v;
    }
    if (t.kind === "eof") this.fail("syntax error: operand expected", this.prevAt);
    this.fail("syntax error: operand expected", t.at);
  }

  private varValue(name: string): bigint {
    if (this.noeval) return 0n;
    const raw = this.env.get(name);
    if (raw === undefined || raw.trim() === "") return 0n;
    const s = raw.trim();
    if (/^-?[0-9]+$/.test(s) && !/^-?0[0-9]/.test(s)) return wrap(BigInt(s));
    return evalArith(s, this.env, this.depth + 1);
  }
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@_";

/** an integer constant: decimal, 0x hex, 0 octal, or base#digits (base 2..64) */
export function parseNumber(s: string, fail: (reason: string) => never): bigint {
  let base = 10;
  let digits = s;
  const hash = s.indexOf("#");
  if (hash >= 0) {
    base = Number(s.slice(0, hash));
    digits = s.slice(hash + 1);
    if (!/^[0-9]+$/.test(s.slice(0, hash)) || base < 2 || base > 64) fail("invalid arithmetic base");
    if (digits === "") fail("invalid integer constant");
  } else if (/^0[xX]/.test(s)) {
    base = 16;
    digits = s.slice(2);
  } else if (s.length > 1 && s[0] === "0") {
    base = 8;
    digits = s.slice(1);
  }
  let v = 0n;
  for (const ch of digits) {
    let d = base <= 36 ? DIGITS.indexOf(ch.toLowerCase()) : DIGITS.indexOf(ch);
    if (base <= 36 && d >= 36) d = -1;
    if (d < 0 || d >= base) fail("value too great for base");
    v = wrap(v * BigInt(base) + BigInt(d));
  }
  return v;
}
