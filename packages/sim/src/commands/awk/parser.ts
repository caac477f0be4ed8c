/**
 * The awk grammar as mawk's parse.y has it, by recursive descent, into the
 * AST of ast.ts. mawk's precedences (lowest first): assignment, ?:, ||, &&,
 * in, ~ !~, comparisons, concatenation, + -, * / %, unary ! - +, `|
 * getline`, ^, ++ --, $, grouping. Two of its quirks matter to programs:
 * `!x ~ y` is `(!x) ~ y`, and `"cmd " x | getline` runs x alone (the pipe
 * binds tighter than concatenation). Inside `print` (outside parentheses)
 * `>` and `|` redirect instead of comparing and piping.
 *
 * Errors are mawk's texts: "syntax error at or near X" at the first token
 * that cannot continue the program, and the checks mawk makes while
 * compiling (next in BEGIN, return outside a function, an array used as a
 * scalar, a call to a function never defined, wrong argument counts).
 */
import type { Expr, FunctionDef, LValue, Pattern, Program, Redirect, Rule, Stmt, VarRef } from "./ast.js";
import { Ere, RegexError } from "./ere.js";
import { AwkSyntaxError, AwkSyntaxErrors, NO_NEAR, scanProgram, type Token } from "./lexer.js";

/** builtins and their argument counts [min, max] (split, match, sub, gsub are parsed apart) */
const BUILTIN_ARGS: Record<string, [number, number]> = {
  length: [0, 1],
  index: [2, 2],
  substr: [2, 3],
  sprintf: [1, 255],
  sin: [1, 1],
  cos: [1, 1],
  atan2: [2, 2],
  exp: [1, 1],
  log: [1, 1],
  int: [1, 1],
  sqrt: [1, 1],
  rand: [0, 0],
  srand: [0, 1],
  close: [1, 1],
  system: [1, 1],
  toupper: [1, 1],
  tolower: [1, 1],
  fflush: [0, 1],
};

const ASSIGN_OPS = new Set(["=", "+=", "-=", "*=", "/=", "%=", "^="]);
const CMP_OPS = new Set(["<", "<=", "==", "!=", ">", ">="]);

/** names mawk knows as scalars or arrays before the program says anything */
const BUILTIN_TYPES: Record<string, "scalar" | "array"> = {
  ARGV: "array",
  ENVIRON: "array",
  ARGC: "scalar",
  CONVFMT: "scalar",
  FILENAME: "scalar",
  FNR: "scalar",
  FS: "scalar",
  NF: "scalar",
  NR: "scalar",
  OFMT: "scalar",
  OFS: "scalar",
  ORS: "scalar",
  RLENGTH: "scalar",
  RS: "scalar",
  RSTART: "scalar",
  SUBSEP: "scalar",
};

type Scope = "begin" | "end" | "main" | "function";

/** nesting levels the parser takes (statements, expression levels): mawk's yacc stack overflows about here (print with 192 parentheses) */
const MAX_NESTING = 193;

class Parser {
  private pos = 0;
  /** statement and expression levels open now */
  private nesting = 0;
  /** inside print's arguments, not within parentheses: `>` and `|` redirect */
  private inPrint = false;
  private scope: Scope = "main";
  private loops = 0;
  private params: string[] = [];
  private readonly types = new Map<string, "scalar" | "array">(Object.entries(BUILTIN_TYPES));
  private readonly calls: { name: string; args: number; line: number }[] = [];
  private readonly program: Program = { begin: [], rules: [], end: [], functions: new Map() };

  constructor(private readonly toks: Token[]) {}

  // ---- tokens ----

  private get tok(): Token {
    return this.toks[this.pos];
  }

  private peek(n = 1): Token {
    return this.toks[Math.min(this.pos + n, this.toks.length - 1)];
  }

  private is(kind: Token["kind"], text?: string): boolean {
    const t = this.tok;
    return t.kind === kind && (text === undefined || t.text === text);
  }

  private isOp(text: string): boolean {
    return this.tok.kind === "OP" && this.tok.text === text;
  }

  private isKw(text: string): boolean {
    return this.tok.kind === "KEYWORD" && this.tok.text === text;
  }

  private advance(): Token {
    const t = this.tok;
    if (this.pos < this.toks.length - 1) this.pos++;
    return t;
  }

  private fail(t: Token = this.tok): never {
    if (t.kind === "NL" || t.kind === "EOF") this.unclosed(t);
    if (t.shown === NO_NEAR) throw new AwkSyntaxError(t.line, "syntax error", false, t.file);
    throw new AwkSyntaxError(t.line, `syntax error at or near ${t.shown}`, false, t.file);
  }

  /** a program ending inside parentheses: mawk names what is missing, ) then } */
  private unclosed(t: Token): void {
    let parens = 0;
    let braces = 0;
    for (let i = 0; i < this.pos; i++) {
      const k = this.toks[i].kind;
      if (k === "(") parens++;
      else if (k === ")") parens--;
      else if (k === "{") braces++;
      else if (k === "}") braces--;
    }
    if (parens <= 0) return;
    const errors = [new AwkSyntaxError(t.line, `missing ) near ${t.shown}`, false, t.file)];
    const eof = this.toks[this.toks.length - 1];
    if (braces > 0) errors.push(new AwkSyntaxError(eof.line, "missing } near end of file", false, eof.file));
    throw new AwkSyntaxErrors(errors);
  }

  private error(text: string, line = this.tok.line): never {
    throw new AwkSyntaxError(line, text, false, this.tok.file);
  }

  private expect(kind: Token["kind"], text?: string): Token {
    if (!this.is(kind, text)) this.fail();
    return this.advance();
  }

  private optNewlines(): void {
    while (this.is("NL")) this.advance();
  }

  // ---- names ----

  private ref(name: string): VarRef {
    const i = this.params.indexOf(name);
    return i >= 0 ? { scope: "local", index: i, name } : { scope: "global", name };
  }

  /** note a global's use; mawk refuses an array used as a scalar and the other way round */
  private use(ref: VarRef, as: "scalar" | "array", line: number): void {
    if (ref.scope === "local") return;
    if (this.program.functions.has(ref.name)) this.error(`illegal reference to function ${ref.name}`, line);
    const known = this.types.get(ref.name);
    if (known === undefined) this.types.set(ref.name, as);
    else if (known !== as) this.error(`illegal reference to ${known === "array" ? "array" : "variable"} ${ref.name}`, line);
  }

  /** mawk compiles a regex literal (or a string constant where a regex goes) with the program */
  private checkRegex(src: string, line: number): void {
    try {
      new Ere(src);
    } catch (e) {
      if (e instanceof RegexError) this.error(`regular expression compile failed (${e.reason})\n${src}`, line);
      throw e;
    }
  }

  private regexArg(e: Expr, line: number): Expr {
    if (e.k === "str") this.checkRegex(e.s, line);
    return e;
  }

  // ---- program ----

  parseProgram(): Program {
    for (;;) {
      while (this.is("NL") || this.is(";")) this.advance();
      if (this.is("EOF")) break;
      this.item();
    }
    for (const c of this.calls) {
      const f = this.program.functions.get(c.name);
      if (!f) this.error(`function ${c.name} never defined`, this.tok.line);
      if (c.args > f.params.length) this.error(`too many arguments in call to ${c.name}`, c.line);
    }
    return this.program;
  }

  private item(): void {
    if (this.isKw("function")) return this.functionDef();
    if (this.isKw("BEGIN")) {
      this.advance();
      this.scope = "begin";
      if (!this.is("{")) this.fail();
      this.program.begin.push(this.block());
      this.scope = "main";
      return;
    }
    if (this.isKw("END")) {
      this.advance();
      this.scope = "end";
      if (!this.is("{")) this.fail();
      this.program.end.push(this.block());
      this.scope = "main";
      return;
    }
    let pattern: Pattern = { k: "always" };
    if (!this.is("{")) {
      const from = this.expr();
      if (this.is(",")) {
        this.advance();
        this.optNewlines();
        pattern = { k: "range", from, to: this.expr() };
      } else pattern = { k: "expr", e: from };
    }
    const rule: Rule = { pattern };
    if (this.is("{")) rule.action = this.block();
    else if (this.is("NL") || this.is(";")) this.advance();
    else this.fail();
    this.program.rules.push(rule);
  }

  private functionDef(): void {
    this.advance();
    const nameTok = this.tok;
    if (nameTok.kind !== "NAME" && nameTok.kind !== "FUNC_NAME") this.fail();
    const name = nameTok.text;
    if (this.program.functions.has(name)) this.error(`redefinition of ${name}`);
    if (this.types.has(name)) this.error(`illegal reference to ${this.types.get(name) === "array" ? "array" : "variable"} ${name}`);
    this.advance();
    this.expect("(");
    const params: string[] = [];
    while (!this.is(")")) {
      const p = this.expect("NAME").text;
      if (params.includes(p)) this.error(`${p} is duplicated in argument list`);
      params.push(p);
      if (this.is(",")) {
        this.advance();
        this.optNewlines();
      } else if (!this.is(")")) this.fail();
    }
    this.advance();
    this.optNewlines();
    const def: FunctionDef = { name, params, body: [] };
    // a recursive call finds the function while its body is parsed
    this.program.functions.set(name, def);
    this.params = params;
    this.scope = "function";
    def.body = this.block();
    this.params = [];
    this.scope = "main";
  }

  private block(): Stmt[] {
    this.expect("{");
    const body: Stmt[] = [];
    for (;;) {
      while (this.is("NL") || this.is(";")) this.advance();
      if (this.is("}")) break;
      if (this.is("EOF")) this.error("missing } near end of file");
      if (this.isKw("BEGIN") || this.isKw("END")) this.error(`missing } near ${this.tok.text}`);
      body.push(this.statement());
    }
    this.advance();
    return body;
  }

  // ---- statements ----

  /** a statement's end: a newline or `;` (consumed), or a `}` that closes its block */
  private terminator(): void {
    if (this.is("NL") || this.is(";")) {
      this.advance();
      return;
    }
    if (this.is("}") || this.is("EOF")) return;
    this.fail();
  }

  private simpleBody(): Stmt {
    this.optNewlines();
    if (this.is(";")) {
      this.advance();
      return { k: "block", body: [] };
    }
    // `if (x) }`: mawk's scanner puts a ; before a }
    if (this.is("}")) return { k: "block", body: [] };
    return this.statement();
  }

  private loopBody(): Stmt {
    this.loops++;
    try {
      return this.simpleBody();
    } finally {
      this.loops--;
    }
  }

  private statement(): Stmt {
    return this.nested(() => this.statementHere());
  }

  private statementHere(): Stmt {
    const t = this.tok;
    if (t.kind === "{") return { k: "block", body: this.block() };
    if (t.kind === "KEYWORD") {
      switch (t.text) {
        case "if": {
          this.advance();
          this.expect("(");
          const c = this.parenExpr();
          const then = this.simpleBody();
          const save = this.pos;
          while (this.is("NL") || this.is(";")) this.advance();
          if (this.isKw("else")) {
            this.advance();
            return { k: "if", c, then, else: this.simpleBody() };
          }
          this.pos = save;
          return { k: "if", c, then };
        }
        case "while": {
          this.advance();
          this.expect("(");
          const c = this.parenExpr();
          if (this.is(";")) {
            this.advance();
            return { k: "while", c, body: { k: "block", body: [] } };
          }
          return { k: "while", c, body: this.loopBody() };
        }
        case "do": {
          this.advance();
          const body = this.loopBody();
          while (this.is("NL") || this.is(";")) this.advance();
          if (!this.isKw("while")) this.fail();
          this.advance();
          this.expect("(");
          const c = this.parenExpr();
          this.terminator();
          return { k: "do", body, c };
        }
        case "for":
          return this.forStatement();
        case "break":
        case "continue": {
          this.advance();
          if (this.loops === 0) this.error(`${t.text} statement outside of loop`, t.line);
          this.terminator();
          return { k: t.text };
        }
        case "next":
        case "nextfile": {
          this.advance();
          if (this.scope !== "main") this.error(`improper use of ${t.text}`, t.line);
          this.terminator();
          return { k: t.text };
        }
        case "exit": {
          this.advance();
          const e = this.endsStatement() ? undefined : this.expr();
          this.terminator();
          return { k: "exit", e };
        }
        case "return": {
          this.advance();
          if (this.scope !== "function") this.error("return outside function body", t.line);
          const e = this.endsStatement() ? undefined : this.expr();
          this.terminator();
          return { k: "return", e };
        }
        case "delete": {
          this.advance();
          const name = this.expect("NAME");
          const array = this.ref(name.text);
          this.use(array, "array", name.line);
          let subs: Expr[] | undefined;
          if (this.is("[")) {
            this.advance();
            subs = this.exprList("]");
          }
          this.terminator();
          return { k: "delete", array, subs };
        }
        case "print":
        case "printf":
          return this.printStatement();
      }
    }
    const e = this.expr();
    this.terminator();
    return { k: "expr", e };
  }

  private endsStatement(): boolean {
    return this.is("NL") || this.is(";") || this.is("}") || this.is("EOF");
  }

  /** the rest of `( expr )` after its `(`, then the newlines mawk eats after if/while */
  private parenExpr(): Expr {
    const saved = this.inPrint;
    this.inPrint = false;
    const e = this.expr();
    this.inPrint = saved;
    if (!this.is(")")) this.parenError();
    this.advance();
    return e;
  }

  private parenError(): never {
    if (this.is("NL") || this.is("EOF")) this.unclosed(this.tok);
    if (this.is("}") || this.is("NL") || this.is("EOF")) this.error(`missing ) near ${this.tok.shown}`);
    this.fail();
  }

  private forStatement(): Stmt {
    this.advance();
    this.expect("(");
    if (this.is("NAME") && this.peek().kind === "KEYWORD" && this.peek().text === "in" && this.peek(2).kind === "NAME" && this.peek(3).kind === ")") {
      const v = this.ref(this.advance().text);
      this.use(v, "scalar", this.tok.line);
      this.advance();
      const arrTok = this.advance();
      const array = this.ref(arrTok.text);
      this.use(array, "array", arrTok.line);
      this.advance();
      return { k: "forin", v, array, body: this.loopBody() };
    }
    const init = this.is(";") ? undefined : this.expr();
    this.expect(";");
    this.optNewlines();
    const c = this.is(";") ? undefined : this.expr();
    this.expect(";");
    this.optNewlines();
    const step = this.is(")") ? undefined : this.expr();
    if (!this.is(")")) this.parenError();
    this.advance();
    if (this.is(";")) {
      this.advance();
      return { k: "for", init, c, step, body: { k: "block", body: [] } };
    }
    return { k: "for", init, c, step, body: this.loopBody() };
  }

  private printStatement(): Stmt {
    const kind = this.advance().text as "print" | "printf";
    const line = this.tok.line;
    let args: Expr[] | undefined;
    // print (a, b) > "f": a parenthesised list of two or more
    if (this.is("(")) {
      const save = this.pos;
      try {
        this.advance();
        const list = this.exprList(")");
        if (list.length >= 2 && (this.endsStatement() || this.isOp(">") || this.isOp(">>") || this.isOp("|"))) args = list;
        else this.pos = save;
      } catch (e) {
        if (!(e instanceof AwkSyntaxError)) throw e;
        this.pos = save;
      }
    }
    if (!args) {
      args = [];
      if (!this.endsStatement() && !this.isOp(">") && !this.isOp(">>") && !this.isOp("|")) {
        this.inPrint = true;
        try {
          args.push(this.expr());
          while (this.is(",")) {
            this.advance();
            this.optNewlines();
            args.push(this.expr());
          }
        } finally {
          this.inPrint = false;
        }
      }
    }
    let redirect: Redirect | undefined;
    if (this.isOp(">") || this.isOp(">>") || this.isOp("|")) {
      const mode = this.advance().text as Redirect["mode"];
      // the target is a whole expression, where > compares again: print > "f" > "g" writes to "0"
      redirect = { mode, target: this.expr() };
    }
    if (kind === "printf" && args.length === 0) this.error("no arguments in call to printf", line);
    this.terminator();
    return { k: kind, args, redirect };
  }

  /** expressions separated by commas up to `close` (consumed); parentheses lift print's redirection rule */
  private exprList(close: "]" | ")"): Expr[] {
    const saved = this.inPrint;
    this.inPrint = false;
    const list: Expr[] = [];
    try {
      if (this.is(close)) {
        this.advance();
        return list;
      }
      for (;;) {
        list.push(this.expr());
        if (this.is(",")) {
          this.advance();
          this.optNewlines();
          continue;
        }
        if (this.is(close)) {
          this.advance();
          return list;
        }
        if (close === ")") this.parenError();
        this.fail();
      }
    } finally {
      this.inPrint = saved;
    }
  }

  // ---- expressions ----

  expr(): Expr {
    const line = this.tok.line;
    const left = this.ternary();
    if (this.tok.kind === "OP" && ASSIGN_OPS.has(this.tok.text)) {
      const target = asLValue(left);
      if (!target) this.fail();
      const op = this.advance().text;
      this.optNewlines();
      this.markScalar(target, line);
      return { k: "assign", op, target, e: this.expr() };
    }
    return left;
  }

  private markScalar(target: LValue, line: number): void {
    if (target.k === "var") this.use(target.ref, "scalar", line);
  }

  private ternary(): Expr {
    const c = this.or();
    if (!this.isOp("?")) return c;
    this.advance();
    this.optNewlines();
    const a = this.expr();
    this.optNewlines();
    if (!this.isOp(":")) this.fail();
    this.advance();
    this.optNewlines();
    const b = this.expr();
    return { k: "cond", c, a, b };
  }

  private or(): Expr {
    let a = this.and();
    while (this.isOp("||")) {
      this.advance();
      this.optNewlines();
      a = { k: "or", a, b: this.and() };
    }
    return a;
  }

  private and(): Expr {
    let a = this.inExpr();
    while (this.isOp("&&")) {
      this.advance();
      this.optNewlines();
      a = { k: "and", a, b: this.inExpr() };
    }
    return a;
  }

  private inExpr(): Expr {
    let a = this.matchExpr();
    while (this.isKw("in")) {
      this.advance();
      const t = this.expect("NAME");
      const array = this.ref(t.text);
      this.use(array, "array", t.line);
      a = { k: "in", subs: [a], array };
    }
    return a;
  }

  private matchExpr(): Expr {
    let a = this.comparison();
    while (this.isOp("~") || this.isOp("!~")) {
      const neg = this.advance().text === "!~";
      const line = this.tok.line;
      a = { k: "match", neg, a, re: this.regexArg(this.comparison(), line) };
    }
    return a;
  }

  private comparison(): Expr {
    let a = this.concat();
    while (this.tok.kind === "OP" && CMP_OPS.has(this.tok.text) && !(this.inPrint && this.tok.text === ">")) {
      const op = this.advance().text;
      a = { k: "cmp", op, a, b: this.concat() };
    }
    return a;
  }

  /** can the current token start an operand of a concatenation */
  private startsOperand(): boolean {
    const t = this.tok;
    switch (t.kind) {
      case "NUMBER":
      case "STRING":
      case "ERE":
      case "NAME":
      case "FUNC_NAME":
      case "BUILTIN":
      case "(":
        return true;
      case "OP":
        return t.text === "$" || t.text === "!" || t.text === "-" || t.text === "+" || t.text === "++" || t.text === "--";
      default:
        return false;
    }
  }

  private concat(): Expr {
    let a = this.additive();
    while (this.startsOperand() && !(this.tok.kind === "KEYWORD")) {
      a = { k: "cat", a, b: this.additive() };
    }
    return a;
  }

  private additive(): Expr {
    let a = this.multiplicative();
    while (this.isOp("+") || this.isOp("-")) {
      const op = this.advance().text;
      a = { k: "arith", op, a, b: this.multiplicative() };
    }
    return a;
  }

  private multiplicative(): Expr {
    let a = this.unary();
    while (this.isOp("*") || this.isOp("/") || this.isOp("%")) {
      const op = this.advance().text;
      a = { k: "arith", op, a, b: this.unary() };
    }
    return a;
  }

  private unary(): Expr {
    return this.nested(() => {
      if (this.isOp("!") || this.isOp("-") || this.isOp("+")) {
        const op = this.advance().text as "!" | "-" | "+";
        return { k: "unary", op, e: this.unary() };
      }
      return this.pipeGetline();
    });
  }

  /**
   * One level of nesting (every expression level passes unary(), every
   * statement statement()): past MAX_NESTING it is mawk's syntax error, as
   * its parser stack overflows there, not a JavaScript stack overflow.
   */
  private nested<T>(f: () => T): T {
    if (++this.nesting > MAX_NESTING) this.fail();
    try {
      return f();
    } finally {
      this.nesting--;
    }
  }

  /** `cmd | getline [var]`: binds tighter than concatenation, looser than ^ */
  private pipeGetline(): Expr {
    let a = this.power();
    while (this.isOp("|") && this.peek().kind === "KEYWORD" && this.peek().text === "getline") {
      this.advance();
      this.advance();
      const target = this.optionalFvalue();
      a = { k: "getline", src: "cmd", from: a, target };
    }
    return a;
  }

  private power(): Expr {
    const base = this.postfix();
    if (!this.isOp("^")) return base;
    this.advance();
    // right associative, and the exponent may carry a sign: 2^-1
    const exp = this.isOp("-") || this.isOp("+") || this.isOp("!") ? this.unaryPower() : this.power();
    return { k: "arith", op: "^", a: base, b: exp };
  }

  private unaryPower(): Expr {
    return this.nested(() => {
      const op = this.advance().text as "!" | "-" | "+";
      const e = this.isOp("-") || this.isOp("+") || this.isOp("!") ? this.unaryPower() : this.power();
      return { k: "unary", op, e } as Expr;
    });
  }

  private postfix(): Expr {
    if (this.isOp("++") || this.isOp("--")) {
      const op = this.advance().text as "++" | "--";
      const line = this.tok.line;
      const target = asLValue(this.nested(() => this.postfix()));
      if (!target) this.fail();
      this.markScalar(target, line);
      return { k: "incdec", op, prefix: true, target };
    }
    const e = this.primary();
    if ((this.isOp("++") || this.isOp("--")) && asLValue(e)) {
      const op = this.advance().text as "++" | "--";
      const target = asLValue(e)!;
      return { k: "incdec", op, prefix: false, target };
    }
    return e;
  }

  /** a variable, an element or a field: what getline and sub may store into */
  private optionalFvalue(): LValue | undefined {
    if (this.is("NAME") || this.isOp("$")) {
      const line = this.tok.line;
      const e = this.isOp("$") ? this.field() : this.nameRef();
      const lv = asLValue(e);
      if (!lv) this.fail();
      this.markScalar(lv, line);
      return lv;
    }
    return undefined;
  }

  private field(): Expr {
    this.advance();
    // $ takes the tightest operand: $NF-1 is ($NF)-1, $i++ is ($i)++, $-1 is $(-1)
    if (this.isOp("-") || this.isOp("+") || this.isOp("!")) {
      const op = this.advance().text as "!" | "-" | "+";
      return { k: "field", index: { k: "unary", op, e: this.primary() } };
    }
    if (this.isOp("++") || this.isOp("--")) {
      const op = this.advance().text as "++" | "--";
      const target = asLValue(this.primary());
      if (!target) this.fail();
      return { k: "field", index: { k: "incdec", op, prefix: true, target } };
    }
    return { k: "field", index: this.primary() };
  }

  private nameRef(): Expr {
    const t = this.advance();
    const ref = this.ref(t.text);
    if (this.is("[")) {
      this.advance();
      const subs = this.exprList("]");
      this.use(ref, "array", t.line);
      return { k: "elem", array: ref, subs };
    }
    this.use(ref, "scalar", t.line);
    return { k: "var", ref };
  }

  private primary(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case "NUMBER":
        this.advance();
        return { k: "num", n: t.value! };
      case "STRING":
        this.advance();
        return { k: "str", s: t.text };
      case "ERE":
        this.advance();
        this.checkRegex(t.text, t.line);
        return { k: "regex", src: t.text, line: t.line };
      case "NAME":
        return this.nameRef();
      case "FUNC_NAME": {
        this.advance();
        this.advance();
        const args = this.callArgs();
        if (this.program.functions.has(t.text) || !this.types.has(t.text)) this.calls.push({ name: t.text, args: args.length, line: t.line });
        else this.error(`illegal reference to ${this.types.get(t.text) === "array" ? "array" : "variable"} ${t.text}`, t.line);
        return { k: "call", name: t.text, args, line: t.line };
      }
      case "BUILTIN":
        return this.builtin();
      case "(": {
        this.advance();
        const list = this.exprList(")");
        if (list.length === 0) this.fail();
        if (list.length > 1) {
          if (!this.isKw("in")) this.fail();
          this.advance();
          const a = this.expect("NAME");
          const array = this.ref(a.text);
          this.use(array, "array", a.line);
          return { k: "in", subs: list, array };
        }
        return { k: "group", e: list[0] };
      }
      case "OP":
        if (t.text === "$") return this.field();
        if (t.text === "-" || t.text === "+" || t.text === "!") {
          this.advance();
          return { k: "unary", op: t.text, e: this.unary() };
        }
        return this.fail();
      case "KEYWORD":
        if (t.text === "getline") return this.simpleGetline();
        return this.fail();
      default:
        return this.fail();
    }
  }

  /** the arguments of a user function call, `(` already read; a bare name may be an array */
  private callArgs(): Expr[] {
    const saved = this.inPrint;
    this.inPrint = false;
    try {
      const args: Expr[] = [];
      if (this.is(")")) {
        this.advance();
        return args;
      }
      for (;;) {
        if (this.is("NAME") && (this.peek().kind === "," || this.peek().kind === ")")) {
          // a bare name: passed as an array or a scalar, as the callee uses it
          args.push({ k: "var", ref: this.ref(this.advance().text) });
        } else args.push(this.expr());
        if (this.is(",")) {
          this.advance();
          this.optNewlines();
          continue;
        }
        if (this.is(")")) {
          this.advance();
          return args;
        }
        this.parenError();
      }
    } finally {
      this.inPrint = saved;
    }
  }

  private simpleGetline(): Expr {
    this.advance();
    const target = this.optionalFvalue();
    if (this.isOp("<")) {
      this.advance();
      return { k: "getline", src: "file", target, from: this.power() };
    }
    return { k: "getline", src: "main", target };
  }

  private builtin(): Expr {
    const t = this.advance();
    const name = t.text;
    const wrongCount = () => this.error(`wrong number of arguments in call to ${name}`, t.line);
    if (name === "length" && !this.is("(")) return { k: "builtin", name, args: [] };
    if (!this.is("(")) this.fail();
    this.advance();
    switch (name) {
      case "split": {
        const saved = this.inPrint;
        this.inPrint = false;
        const s = this.expr();
        this.expect(",");
        this.optNewlines();
        const a = this.expect("NAME");
        const array = this.ref(a.text);
        this.use(array, "array", a.line);
        let sep: Expr | undefined;
        if (this.is(",")) {
          this.advance();
          this.optNewlines();
          sep = this.expr();
        }
        this.inPrint = saved;
        if (!this.is(")")) this.parenError();
        this.advance();
        return { k: "split", s, array, sep };
      }
      case "sub":
      case "gsub": {
        const saved = this.inPrint;
        this.inPrint = false;
        const re = this.regexArg(this.expr(), t.line);
        this.expect(",");
        this.optNewlines();
        const repl = this.expr();
        let target: LValue | undefined;
        if (this.is(",")) {
          this.advance();
          this.optNewlines();
          const line = this.tok.line;
          const e = this.expr();
          target = asLValue(e);
          if (!target) this.fail();
          this.markScalar(target, line);
        }
        this.inPrint = saved;
        if (!this.is(")")) this.parenError();
        this.advance();
        return { k: "sub", global: name === "gsub", re, repl, target };
      }
      case "match": {
        const args = this.exprList(")");
        if (args.length !== 2) wrongCount();
        this.regexArg(args[1], t.line);
        return { k: "builtin", name, args };
      }
    }
    // length(name): an array's size or a string's length, as the name turns out
    if (name === "length" && this.is("NAME") && this.peek().kind === ")") {
      const ref = this.ref(this.advance().text);
      this.advance();
      if (ref.scope === "global" && this.types.get(ref.name) === "array") return { k: "alength", array: ref };
      return { k: "builtin", name: "length", args: [{ k: "var", ref }] };
    }
    const args = this.exprList(")");
    const [min, max] = BUILTIN_ARGS[name];
    if (args.length < min || args.length > max) wrongCount();
    return { k: "builtin", name, args };
  }
}

function asLValue(e: Expr): LValue | undefined {
  if (e.k === "var" || e.k === "field" || e.k === "elem") return e;
  if (e.k === "group" && e.e.k === "field") return e.e;
  return undefined;
}

/** the program, or AwkSyntaxErrors with every message mawk would print */
export function parseProgram(texts: { src: string; file?: string }[]): Program {
  let scan: ReturnType<typeof scanProgram>;
  try {
    scan = scanProgram(texts);
  } catch (e) {
    if (e instanceof AwkSyntaxError) throw new AwkSyntaxErrors([e]);
    throw e;
  }
  if (scan.stop) throw new AwkSyntaxErrors(scan.errors);
  let program: Program;
  try {
    program = new Parser(scan.toks).parseProgram();
  } catch (e) {
    if (e instanceof AwkSyntaxError) throw new AwkSyntaxErrors([...scan.errors, e]);
    if (e instanceof AwkSyntaxErrors) throw new AwkSyntaxErrors([...scan.errors, ...e.errors]);
    throw e;
  }
  if (scan.errors.length > 0) throw new AwkSyntaxErrors(scan.errors);
  return program;
}
