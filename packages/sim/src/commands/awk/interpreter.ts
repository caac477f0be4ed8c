/**
 * The tree-walking evaluator: variables and arrays, expressions with awk's
 * number/string rules, statements, user functions, the main input loop
 * (BEGIN, the rules over every record of every ARGV operand, END) and
 * getline. Builtin functions are builtins.ts's; files and commands are
 * streams.ts's.
 *
 * Bounded like every simulated program: each loop turn and function call
 * charges the command line's step budget (and every fourth record read, and
 * the regex engine's work), so
 * `BEGIN{while(1);}` ends with the shell's "command ran too long"; strings
 * cannot grow past the line's data bound; and calls nest no deeper than
 * mawk's own evaluation stack allows (its 1024 cells, one per parameter).
 *
 * Control flow: break/continue/return are signals returned by `exec`;
 * next, nextfile and exit unwind as exceptions to the record loop.
 */
import { LimitExceeded } from "../../process/limits.js";
import type { Process } from "../../process/process.js";
import { AwkArray } from "./array.js";
import type { ByteString } from "../../bytes.js";
import { utf8Decode } from "../../bytes.js";
import type { Expr, FunctionDef, LValue, Program, Redirect, Stmt, VarRef } from "./ast.js";
import { callBuiltin, doSplit, doSub } from "./builtins.js";
import { type Ere, EreCache, RegexError } from "./ere.js";
import { awkFormat, FormatError, type FormatArg } from "./format.js";
import { RecordReader } from "./input.js";
import { GlibcRandom } from "./random.js";
import { unescapeString } from "./lexer.js";
import { AwkRecord, makeSplitter, type Splitter } from "./record.js";
import { AwkStreams } from "./streams.js";
import { compare, inputValue, numToStr, StrNum, toBool, toNum, toStr, type Value } from "./values.js";

/** a run-time error: "mawk: run time error: TEXT" and where the input was */
export class AwkRuntimeError extends Error {}

/** a fatal error printed as "mawk: TEXT", exit 2 */
export class AwkFatal extends Error {}

class NextRecord {}
class NextFile {}
class ExitProgram {}

const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;

/** records read per step charged (grep charges one a line) */
const RECORDS_PER_STEP = 4;

/**
 * regex thread steps (ere.ts) per step charged: a record's pattern costs
 * about its length times a few threads, so 150000 lines matched still fit
 * the default budget while a search over megabytes is charged as it goes
 */
const THREAD_STEPS_PER_STEP = 256;

/** mawk's evaluation stack: the cells its calls may hold at once */
const EVAL_STACK_CELLS = 1006;

export class Var {
  v: Value = undefined;
  arr?: AwkArray;
  /** an unset variable passed to a function: the caller's, should the callee make it an array */
  link?: Var;
}

export interface RunOptions {
  /** ARGV[0] and the operands */
  argv: string[];
  /** -v assignments, applied before BEGIN */
  assignments: [string, string][];
  env: Record<string, string>;
  /** the seed srand() reports before the program sets one */
  initialSeed: number;
}

export class Interpreter {
  readonly globals = new Map<string, Var>();
  readonly regexes: EreCache;
  /** regex thread steps not yet charged (a step per THREAD_STEPS_PER_STEP) */
  private regexWork = 0;
  readonly record: AwkRecord;
  readonly streams: AwkStreams;
  private frames: Var[][] = [];
  private stackCells = 0;
  private readonly rangeOn: boolean[];
  exitStatus = 0;
  private inEnd = false;
  /** the main input */
  private argIndex = 1;
  private current?: RecordReader;
  private usedFileOperand = false;
  private recordsRead = 0;
  private stdinDone = false;
  /** FS as a splitter, remade when FS or RS changes */
  private splitterKey = "";
  private splitterFn: Splitter = () => [];
  /** srand()'s state: the seed last given, and the generator */
  seed: Value;
  rng: GlibcRandom;

  constructor(
    private readonly program: Program,
    readonly proc: Process,
    opts: RunOptions,
  ) {
    this.record = new AwkRecord(
      () => this.str("OFS"),
      () => this.convfmt,
    );
    this.streams = new AwkStreams(proc);
    this.regexes = new EreCache((n) => {
      this.regexWork += n;
      if (this.regexWork >= THREAD_STEPS_PER_STEP) {
        const steps = Math.floor(this.regexWork / THREAD_STEPS_PER_STEP);
        this.regexWork -= steps * THREAD_STEPS_PER_STEP;
        proc.budget.charge(steps);
      }
    });
    this.rangeOn = program.rules.map(() => false);
    const set = (name: string, v: Value) => (this.global(name).v = v);
    set("FS", " ");
    set("OFS", " ");
    set("ORS", "\n");
    set("RS", "\n");
    set("SUBSEP", "\x1c");
    set("CONVFMT", "%.6g");
    set("OFMT", "%.6g");
    set("NR", 0);
    set("FNR", 0);
    set("RSTART", 0);
    set("RLENGTH", -1);
    set("FILENAME", "");
    set("ARGC", opts.argv.length);
    const argv = this.arrayOf(this.global("ARGV"));
    opts.argv.forEach((a, i) => argv.set(i, inputValue(a)));
    const environ = this.arrayOf(this.global("ENVIRON"));
    for (const [k, v] of Object.entries(opts.env)) environ.set(k, inputValue(v));
    for (const [name, value] of opts.assignments) set(name, inputValue(value));
    this.seed = opts.initialSeed;
    this.rng = new GlibcRandom(opts.initialSeed);
  }

  // ---- variables ----

  global(name: string): Var {
    let v = this.globals.get(name);
    if (!v) {
      v = new Var();
      this.globals.set(name, v);
    }
    return v;
  }

  private varOf(ref: VarRef): Var {
    return ref.scope === "global" ? this.global(ref.name) : this.frames[this.frames.length - 1][ref.index];
  }

  arrayOf(v: Var): AwkArray {
    if (v.arr) return v.arr;
    v.arr = v.link ? this.arrayOf(v.link) : new AwkArray(() => this.convfmt);
    return v.arr;
  }

  arrayRef(ref: VarRef): AwkArray {
    return this.arrayOf(this.varOf(ref));
  }

  get convfmt(): string {
    return toStr(this.global("CONVFMT").v, "%.6g");
  }

  private str(name: string): string {
    return toStr(this.global(name).v, this.convfmt);
  }

  toStr(v: Value): string {
    return toStr(v, this.convfmt);
  }

  /** a value as print writes it: numbers through OFMT */
  outStr(v: Value): string {
    if (typeof v === "number") return numToStr(v, this.str("OFMT"));
    return toStr(v, this.convfmt);
  }

  private getVar(ref: VarRef): Value {
    if (ref.scope === "global" && ref.name === "NF") return this.record.nf;
    const v = this.varOf(ref);
    if (v.arr) throw new AwkRuntimeError(`can't use array ${ref.name} in scalar context`);
    return v.v;
  }

  private setVar(ref: VarRef, value: Value): void {
    if (ref.scope === "global" && ref.name === "NF") {
      const n = Math.trunc(toNum(value));
      if (n < 0) throw new AwkRuntimeError("negative value assigned to NF");
      this.record.setNF(n);
      return;
    }
    this.varOf(ref).v = value;
  }

  /** a stored value: a copy of what was assigned (numbers, strings and strnums are immutable) */
  private store(target: LValue, value: Value, at?: Value): void {
    switch (target.k) {
      case "var":
        this.setVar(target.ref, value);
        return;
      case "field":
        this.setField(at as number, value);
        return;
      case "elem":
        this.arrayRef(target.array).set(at, value);
        return;
    }
  }

  setField(i: number, value: Value): void {
    if (i === 0) this.record.set(this.toStr(value), this.splitter());
    else this.record.setField(i, value);
  }

  /** where an lvalue is: a field's number or an element's subscript, evaluated once */
  private locate(target: LValue): Value {
    if (target.k === "field") return this.fieldIndex(target.index);
    if (target.k === "elem") return this.subscript(target.subs);
    return undefined;
  }

  private load(target: LValue, at: Value): Value {
    switch (target.k) {
      case "var":
        return this.getVar(target.ref);
      case "field":
        return this.record.field(at as number);
      case "elem":
        return this.arrayRef(target.array).get(at);
    }
  }

  private fieldIndex(e: Expr): number {
    const n = Math.trunc(toNum(this.evaluate(e)));
    if (n < 0) throw new AwkRuntimeError(`negative field index $${n}`);
    return n;
  }

  subscript(subs: Expr[]): Value {
    if (subs.length === 1) return this.evaluate(subs[0]);
    return subs.map((s) => this.toStr(this.evaluate(s))).join(this.str("SUBSEP"));
  }

  /** the splitter for records read now: FS (and RS "" adding newline) as they are */
  splitter(): Splitter {
    const fs = this.str("FS");
    const paragraph = this.str("RS") === "";
    const key = `${paragraph ? 1 : 0}${fs}`;
    if (key !== this.splitterKey) {
      const cut = makeSplitter(fs, paragraph, this.regexes);
      this.splitterFn = (s) => this.cut(s, cut);
      this.splitterKey = key;
    }
    return this.splitterFn;
  }

  /**
   * s cut into fields by `cut`, charged a step per 256 bytes looked at
   * (before cutting) and per 16 pieces made: a megabyte of commas is a
   * million fields, which must end with the step limit, not exhaust memory
   */
  cut(s: string, cut: Splitter): string[] {
    this.proc.budget.charge(s.length >> 8);
    const pieces = cut(s);
    this.proc.budget.charge(pieces.length >> 4);
    return pieces;
  }

  /** a regex from an expression: a literal as written, anything else by its string value */
  regexOf(e: Expr): Ere {
    const src = e.k === "regex" ? e.src : this.toStr(this.evaluate(e));
    try {
      return this.regexes.get(src);
    } catch (err) {
      if (err instanceof RegexError) throw new AwkRuntimeError(`regular expression compile failed (${err.reason})\n${err.source}`);
      throw err;
    }
  }

  /** a string no longer than the command line's data bound */
  bounded(s: string): string {
    if (s.length > this.proc.budget.maxData) throw new LimitExceeded("output");
    return s;
  }

  // ---- expressions ----

  evaluate(e: Expr): Value {
    switch (e.k) {
      case "num":
        return e.n;
      case "str":
        return e.s;
      case "regex":
        return this.regexOf(e).test(this.record.recordText) ? 1 : 0;
      case "var":
        return this.getVar(e.ref);
      case "field":
        return this.record.field(this.fieldIndex(e.index));
      case "elem":
        return this.arrayRef(e.array).get(this.subscript(e.subs));
      case "group":
        return this.evaluate(e.e);
      case "assign": {
        const at = this.locate(e.target);
        let v: Value;
        if (e.op === "=") v = this.evaluate(e.e);
        else {
          const cur = toNum(this.load(e.target, at));
          v = arith(e.op[0], cur, toNum(this.evaluate(e.e)));
        }
        this.store(e.target, v, at);
        return v;
      }
      case "cond":
        return toBool(this.evaluate(e.c)) ? this.evaluate(e.a) : this.evaluate(e.b);
      case "and":
        return toBool(this.evaluate(e.a)) && toBool(this.evaluate(e.b)) ? 1 : 0;
      case "or":
        return toBool(this.evaluate(e.a)) || toBool(this.evaluate(e.b)) ? 1 : 0;
      case "in":
        return this.arrayRef(e.array).has(this.subscript(e.subs)) ? 1 : 0;
      case "match": {
        const s = this.toStr(this.evaluate(e.a));
        return this.regexOf(e.re).test(s) !== e.neg ? 1 : 0;
      }
      case "cmp": {
        const a = this.evaluate(e.a);
        const c = compare(a, this.evaluate(e.b), this.convfmt);
        switch (e.op) {
          case "<":
            return c < 0 ? 1 : 0;
          case "<=":
            return c <= 0 ? 1 : 0;
          case ">":
            return c > 0 ? 1 : 0;
          case ">=":
            return c >= 0 ? 1 : 0;
          case "==":
            return c === 0 ? 1 : 0;
          default:
            return c !== 0 ? 1 : 0;
        }
      }
      case "cat": {
        const a = this.toStr(this.evaluate(e.a));
        return this.bounded(a + this.toStr(this.evaluate(e.b)));
      }
      case "arith": {
        const a = toNum(this.evaluate(e.a));
        return arith(e.op, a, toNum(this.evaluate(e.b)));
      }
      case "unary": {
        const v = this.evaluate(e.e);
        if (e.op === "!") return toBool(v) ? 0 : 1;
        return e.op === "-" ? -toNum(v) : toNum(v);
      }
      case "incdec": {
        const at = this.locate(e.target);
        const old = toNum(this.load(e.target, at));
        const v = e.op === "++" ? old + 1 : old - 1;
        this.store(e.target, v, at);
        return e.prefix ? v : old;
      }
      case "call":
        return this.call(e.name, e.args);
      case "builtin":
        return callBuiltin(this, e.name, e.args);
      case "alength":
        return this.arrayRef(e.array).size;
      case "split":
        return doSplit(this, e);
      case "sub":
        return doSub(this, e);
      case "getline":
        return this.getline(e);
    }
  }

  /** a variable node's array when it holds one (length(x), a bare function argument) */
  arrayIfAny(e: Expr): AwkArray | undefined {
    if (e.k !== "var") return undefined;
    if (e.ref.scope === "global" && e.ref.name === "NF") return undefined;
    return this.varOf(e.ref).arr;
  }

  // ---- functions ----

  private call(name: string, args: Expr[]): Value {
    const f = this.program.functions.get(name) as FunctionDef;
    this.proc.budget.charge();
    const locals: Var[] = [];
    for (let i = 0; i < f.params.length; i++) {
      const local = new Var();
      const a = args[i];
      if (a && a.k === "var" && !(a.ref.scope === "global" && a.ref.name === "NF")) {
        const caller = this.varOf(a.ref);
        if (caller.arr) local.arr = caller.arr;
        else if (caller.v === undefined) local.link = caller;
        else local.v = caller.v;
      } else if (a) local.v = this.evaluate(a);
      locals.push(local);
    }
    // extra arguments are evaluated, for their effects
    for (let i = f.params.length; i < args.length; i++) this.evaluate(args[i]);
    const cells = Math.max(1, f.params.length);
    if (this.stackCells + cells > EVAL_STACK_CELLS) throw new AwkFatal("program limit exceeded: eval stack size=1024");
    this.stackCells += cells;
    this.frames.push(locals);
    try {
      this.returnValue = undefined;
      this.execList(f.body);
      const r = this.returnValue;
      this.returnValue = undefined;
      return r;
    } finally {
      this.frames.pop();
      this.stackCells -= cells;
    }
  }

  private returnValue: Value;

  // ---- statements ----

  execList(list: Stmt[]): number {
    for (const s of list) {
      const r = this.exec(s);
      if (r !== 0) return r;
    }
    return 0;
  }

  private loopTurn(body: Stmt): number {
    this.proc.budget.charge();
    return this.exec(body);
  }

  exec(s: Stmt): number {
    switch (s.k) {
      case "expr":
        this.evaluate(s.e);
        return 0;
      case "print":
        this.print(s.args, s.redirect);
        return 0;
      case "printf":
        this.printf(s.args, s.redirect);
        return 0;
      case "block":
        return this.execList(s.body);
      case "if":
        if (toBool(this.evaluate(s.c))) return this.exec(s.then);
        return s.else ? this.exec(s.else) : 0;
      case "while":
        while (toBool(this.evaluate(s.c))) {
          const r = this.loopTurn(s.body);
          if (r === BREAK) break;
          if (r === RETURN) return r;
        }
        return 0;
      case "do":
        do {
          const r = this.loopTurn(s.body);
          if (r === BREAK) break;
          if (r === RETURN) return r;
        } while (toBool(this.evaluate(s.c)));
        return 0;
      case "for":
        if (s.init) this.evaluate(s.init);
        while (!s.c || toBool(this.evaluate(s.c))) {
          const r = this.loopTurn(s.body);
          if (r === BREAK) break;
          if (r === RETURN) return r;
          if (s.step) this.evaluate(s.step);
        }
        return 0;
      case "forin": {
        const keys = this.arrayRef(s.array).keys();
        for (const k of keys) {
          this.setVar(s.v, k);
          const r = this.loopTurn(s.body);
          if (r === BREAK) break;
          if (r === RETURN) return r;
        }
        return 0;
      }
      case "next":
        throw new NextRecord();
      case "nextfile":
        throw new NextFile();
      case "exit":
        if (s.e) this.exitStatus = Math.trunc(toNum(this.evaluate(s.e))) & 255;
        throw new ExitProgram();
      case "return":
        this.returnValue = s.e ? this.evaluate(s.e) : undefined;
        return RETURN;
      case "break":
        return BREAK;
      case "continue":
        return CONTINUE;
      case "delete": {
        const arr = this.arrayRef(s.array);
        if (s.subs) arr.delete(this.subscript(s.subs));
        else arr.clear();
        return 0;
      }
    }
  }

  private write(redirect: Redirect | undefined, text: string): void {
    if (!redirect) {
      this.streams.writeStdout(text);
      return;
    }
    const name = this.toStr(this.evaluate(redirect.target));
    this.streams.write(redirect.mode, name, text);
  }

  private print(args: Expr[], redirect?: Redirect): void {
    let text: string;
    if (args.length === 0) text = this.record.recordText;
    else {
      const ofs = this.str("OFS");
      text = args.map((a) => this.outStr(this.evaluate(a))).join(ofs);
    }
    this.write(redirect, text + this.str("ORS"));
  }

  private printf(args: Expr[], redirect?: Redirect): void {
    const values = args.map((a) => this.evaluate(a));
    try {
      this.write(redirect, this.formatValues(values, "printf"));
    } catch (e) {
      if (e instanceof FormatError) {
        if (e.partial !== "") this.write(redirect, e.partial);
        throw new AwkRuntimeError(e.message);
      }
      throw e;
    }
  }

  /** sprintf over evaluated arguments (the first is the format) */
  format(values: Value[], who: string): string {
    try {
      return this.formatValues(values, who);
    } catch (e) {
      if (e instanceof FormatError) throw new AwkRuntimeError(e.message);
      throw e;
    }
  }

  private formatValues(values: Value[], who: string): string {
    const fmt = this.toStr(values[0]);
    const args: FormatArg[] = values.slice(1).map((v) => ({
      num: () => toNum(v),
      str: () => this.toStr(v),
      // %c takes a number's byte: a strnum ("65" from input) counts as one, as in mawk
      isNumber: () => typeof v === "number" || v instanceof StrNum,
    }));
    return this.bounded(awkFormat(fmt, args, who, (n) => this.proc.budget.charge(n)));
  }

  // ---- input ----

  private nextMainRecord(): string | undefined {
    for (;;) {
      if (!this.current && !this.openNextInput()) return undefined;
      const rec = this.current!.next(this.str("RS"), this.regexes);
      if (rec !== undefined) {
        // input is finite, so records need no tight bound: a step per RECORDS_PER_STEP, as much
        // input as grep may read four times over (loops and calls inside charge their own)
        if (++this.recordsRead % RECORDS_PER_STEP === 0) this.proc.budget.charge();
        return rec;
      }
      this.current = undefined;
    }
  }

  /** move to the next ARGV operand that is a file (running assignments on the way); false at the end */
  private openNextInput(): boolean {
    const argv = this.arrayOf(this.global("ARGV"));
    for (;;) {
      const argc = Math.trunc(toNum(this.global("ARGC").v));
      if (this.argIndex >= argc) break;
      const i = this.argIndex++;
      if (!argv.has(i)) continue;
      const arg = this.toStr(argv.get(i));
      if (arg === "") continue;
      const assign = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(arg);
      if (assign) {
        this.global(assign[1]).v = inputValue(unescapeString(arg.slice(assign[0].length)));
        continue;
      }
      this.usedFileOperand = true;
      return this.openMain(arg);
    }
    if (this.usedFileOperand || this.stdinDone) return false;
    this.stdinDone = true;
    return this.openMain("-");
  }

  private openMain(name: string): boolean {
    let data: string;
    if (name === "-" || name === "/dev/stdin") data = this.streams.takeStdin();
    else {
      const fs = this.proc.host.fs;
      const path = this.proc.resolve(utf8(name));
      const st = fs.stat(path);
      if (st.ok && st.value.type === "dir") throw new AwkFatal("read error (Is a directory)");
      const r = fs.readFile(path);
      if (!r.ok) throw new AwkFatal(`cannot open ${name} (No such file or directory)`);
      data = r.value;
    }
    this.current = new RecordReader(name, data);
    this.global("FILENAME").v = name;
    this.global("FNR").v = 0;
    return true;
  }

  private bump(name: "NR" | "FNR"): void {
    const v = this.global(name);
    v.v = toNum(v.v) + 1;
  }

  private getline(e: Extract<Expr, { k: "getline" }>): Value {
    let rec: string | undefined;
    if (e.src === "main") {
      rec = this.nextMainRecord();
      if (rec === undefined) return 0;
      this.bump("NR");
      this.bump("FNR");
    } else {
      const name = this.toStr(this.evaluate(e.from!));
      const reader = e.src === "file" ? this.streams.fileInput(name) : this.streams.commandInput(name);
      if (!reader) return -1;
      rec = reader.next(this.str("RS"), this.regexes);
      if (rec === undefined) return 0;
      this.proc.budget.charge();
    }
    if (e.target) {
      const at = this.locate(e.target);
      this.store(e.target, inputValue(rec), at);
    } else this.record.set(rec, this.splitter());
    return 1;
  }

  // ---- the program ----

  /** BEGIN, the records, END; the exit status */
  run(): number {
    const p = this.program;
    let exited = false;
    try {
      for (const b of p.begin) this.execList(b);
    } catch (e) {
      if (!(e instanceof ExitProgram)) throw e;
      exited = true;
    }
    if (!exited && (p.rules.length > 0 || p.end.length > 0)) {
      try {
        this.mainLoop();
      } catch (e) {
        if (!(e instanceof ExitProgram)) throw e;
      }
    }
    try {
      this.inEnd = true;
      for (const b of p.end) this.execList(b);
    } catch (e) {
      if (!(e instanceof ExitProgram)) throw e;
    }
    this.streams.closeAll();
    return this.exitStatus;
  }

  private mainLoop(): void {
    const rules = this.program.rules;
    for (;;) {
      const rec = this.nextMainRecord();
      if (rec === undefined) return;
      this.bump("NR");
      this.bump("FNR");
      this.record.set(rec, this.splitter());
      try {
        for (let i = 0; i < rules.length; i++) {
          const rule = rules[i];
          if (!this.matches(i)) continue;
          if (rule.action) this.execList(rule.action);
          else this.write(undefined, this.record.recordText + this.str("ORS"));
        }
      } catch (e) {
        if (e instanceof NextRecord) continue;
        if (e instanceof NextFile) {
          this.current = undefined;
          continue;
        }
        throw e;
      }
    }
  }

  private matches(i: number): boolean {
    const p = this.program.rules[i].pattern;
    if (p.k === "always") return true;
    if (p.k === "expr") return toBool(this.evaluate(p.e));
    if (!this.rangeOn[i]) {
      if (!toBool(this.evaluate(p.from))) return false;
      this.rangeOn[i] = !toBool(this.evaluate(p.to));
      return true;
    }
    if (toBool(this.evaluate(p.to))) this.rangeOn[i] = false;
    return true;
  }

  /** the trailer of a run-time error: where the input was */
  where(): string {
    const nr = this.outStr(this.global("NR").v);
    const fnr = this.outStr(this.global("FNR").v);
    return `\tFILENAME="${this.str("FILENAME")}" FNR=${fnr} NR=${nr}\n`;
  }

  get finishing(): boolean {
    return this.inEnd;
  }
}


function arith(op: string, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
    case "%":
      return a % b;
    default:
      return a ** b;
  }
}

/** a byte-string name as the filesystem takes it (UTF-8 decoded) */
function utf8(name: string): string {
  return utf8Decode(name as ByteString);
}
