/**
 * `test`, `[` and `[[ ... ]]`: file tests through the Vfs (the learner is
 * root, so -r/-w hold for any existing file), string and integer
 * comparisons. `test` follows POSIX's rules by argument count before
 * falling back to a recursive-descent parser with -a, -o, ! and ( );
 * `[[` uses && and || and matches == / != against shell patterns.
 */
import type { Word } from "../ast.js";
import { type Ctx, errorPrefix } from "../ctx.js";
import { expandPattern, expandWord, lookupParam } from "../expand.js";
import type { Io } from "../io.js";
import { resolvePath } from "../path.js";
import { matchPattern } from "../pattern.js";
import type { Builtin } from "./types.js";

class TestError extends Error {}

const UNARY = new Set(["-e", "-f", "-d", "-r", "-w", "-x", "-s", "-L", "-h", "-b", "-c", "-p", "-S", "-t", "-z", "-n", "-g", "-u", "-k", "-O", "-G", "-N", "-a", "-v", "-o"]);
const BINARY = new Set(["=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef"]);

interface Tok {
  text: string;
  /** may act as an operator (always for `test`; unquoted for `[[`) */
  op: boolean;
  /** for `[[`: the raw word, for pattern matching on the right of == */
  raw?: string;
}

class Evaluator {
  private i = 0;
  constructor(
    private readonly ctx: Ctx,
    private readonly io: Io,
    private readonly toks: Tok[],
    private readonly cond: boolean,
  ) {}

  private peek(k = 0): Tok | undefined {
    return this.toks[this.i + k];
  }
  private isOp(t: Tok | undefined, ...ops: string[]): boolean {
    return !!t && t.op && ops.includes(t.text);
  }

  run(): boolean {
    const n = this.toks.length;
    if (!this.cond) {
      // POSIX argument-count rules, as bash's test.c applies them (posixtest)
      const t = this.toks;
      if (n === 0) return false;
      if (n === 1) return t[0].text !== "";
      if (n === 2) return this.twoArguments(t[0], t[1]);
      if (n === 3) return this.threeArguments(t[0], t[1], t[2]);
      if (n === 4 && this.isOp(t[0], "!")) return !this.threeArguments(t[1], t[2], t[3]);
      if (n === 4 && this.isOp(t[0], "(") && this.isOp(t[3], ")")) return this.twoArguments(t[1], t[2]);
    }
    const v = this.orExpr();
    if (this.i < n) {
      if (!this.cond && n - this.i >= 1 && this.i === 1) throw new TestError(`${this.toks[1].text}: binary operator expected`);
      throw new TestError(this.cond ? `syntax error in conditional expression` : "too many arguments");
    }
    return v;
  }

  /** `test a b`: `! a`, or a unary operator and its argument */
  private twoArguments(a: Tok, b: Tok): boolean {
    if (this.isOp(a, "!")) return b.text === "";
    if (a.op && UNARY.has(a.text)) return this.unary(a.text, b.text);
    throw new TestError(`${a.text}: unary operator expected`);
  }

  /** `test a b c`: a binary operator in the middle (-a and -o too), `! a b`, or `( a )` */
  private threeArguments(a: Tok, b: Tok, c: Tok): boolean {
    if (b.op && BINARY.has(b.text)) return this.binary(a, b.text, c);
    if (this.isOp(b, "-a")) return a.text !== "" && c.text !== "";
    if (this.isOp(b, "-o")) return a.text !== "" || c.text !== "";
    if (this.isOp(a, "!")) return !this.twoArguments(b, c);
    if (this.isOp(a, "(") && this.isOp(c, ")")) return b.text !== "";
    throw new TestError(`${b.text}: binary operator expected`);
  }

  private orExpr(): boolean {
    let v = this.andExpr();
    while (this.isOp(this.peek(), this.cond ? "||" : "-o")) {
      this.i++;
      const r = this.andExpr();
      v = v || r;
    }
    return v;
  }

  private andExpr(): boolean {
    let v = this.notExpr();
    while (this.isOp(this.peek(), this.cond ? "&&" : "-a")) {
      this.i++;
      const r = this.notExpr();
      v = v && r;
    }
    return v;
  }

  private notExpr(): boolean {
    if (this.isOp(this.peek(), "!") && this.peek(1)) {
      this.i++;
      return !this.notExpr();
    }
    return this.primary();
  }

  private primary(): boolean {
    const t = this.peek();
    if (!t) throw new TestError(this.cond ? "unexpected argument" : "argument expected");
    if (this.isOp(t, "(")) {
      this.i++;
      const v = this.orExpr();
      if (!this.isOp(this.peek(), ")")) throw new TestError("`)' expected");
      this.i++;
      return v;
    }
    const next = this.peek(1);
    if (next && next.op && BINARY.has(next.text)) {
      const rhs = this.peek(2);
      if (!rhs) throw new TestError(`${next.text}: argument expected`);
      this.i += 3;
      return this.binary(t, next.text, rhs);
    }
    if (t.op && UNARY.has(t.text)) {
      if (!next) {
        this.i++;
        return t.text !== "";
      }
      this.i += 2;
      return this.unary(t.text, next.text);
    }
    if (next && !this.cond && this.toks.length - this.i === 2) throw new TestError(`${t.text}: unary operator expected`);
    if (next && !this.cond && !this.isOp(next, "-a", "-o", ")")) throw new TestError(`${next.text}: binary operator expected`);
    this.i++;
    return t.text !== "";
  }

  private unary(op: string, arg: string): boolean {
    const fs = this.ctx.host.fs;
    const path = () => resolvePath(this.ctx.state.cwd, arg);
    const st = () => (arg === "" ? null : fs.stat(path()));
    const ok = () => {
      const s = st();
      return s && s.ok ? s.value : null;
    };
    switch (op) {
      case "-z":
        return arg === "";
      case "-n":
        return arg !== "";
      case "-e":
      case "-a":
        return ok() !== null;
      case "-f":
        return ok()?.type === "file";
      case "-d":
        return ok()?.type === "dir";
      case "-b":
        return ok()?.type === "blockdev";
      case "-c":
        return ok()?.type === "chardev";
      case "-s":
        return (ok()?.size ?? 0) > 0;
      case "-r":
      case "-w":
      case "-O":
      case "-G":
        return ok() !== null;
      case "-x": {
        const s = ok();
        return !!s && (s.type === "dir" || (s.mode & 0o111) !== 0);
      }
      case "-L":
      case "-h": {
        if (arg === "") return false;
        const l = fs.lstat(path());
        return l.ok && l.value.type === "symlink";
      }
      case "-u":
        return ((ok()?.mode ?? 0) & 0o4000) !== 0;
      case "-g":
        return ((ok()?.mode ?? 0) & 0o2000) !== 0;
      case "-k":
        return ((ok()?.mode ?? 0) & 0o1000) !== 0;
      case "-v":
        return lookupParam(this.ctx, arg) !== undefined;
      case "-t":
        return arg === "0" ? this.io.stdin.isTTY : arg === "1" ? this.io.stdout.isTTY : arg === "2" ? this.io.stderr.isTTY : false;
      case "-o":
        return arg === "errexit" ? this.ctx.options.errexit : arg === "xtrace" ? this.ctx.options.xtrace : false;
      default:
        return false;
    }
  }

  private binary(a: Tok, op: string, b: Tok): boolean {
    switch (op) {
      case "=":
      case "==":
      case "!=": {
        const eq = this.cond && b.raw !== undefined
          ? matchPattern(expandPattern(this.ctx, b.raw, this.io), a.text, () => this.ctx.budget.charge(1))
          : a.text === b.text;
        return op === "!=" ? !eq : eq;
      }
      case "<":
        return a.text < b.text;
      case ">":
        return a.text > b.text;
      case "-nt":
      case "-ot": {
        const fs = this.ctx.host.fs;
        const sa = fs.stat(resolvePath(this.ctx.state.cwd, a.text));
        const sb = fs.stat(resolvePath(this.ctx.state.cwd, b.text));
        if (op === "-nt") return sa.ok && (!sb.ok || sa.value.mtime > sb.value.mtime);
        return sb.ok && (!sa.ok || sa.value.mtime < sb.value.mtime);
      }
      case "-ef": {
        const fs = this.ctx.host.fs;
        const sa = fs.stat(resolvePath(this.ctx.state.cwd, a.text));
        const sb = fs.stat(resolvePath(this.ctx.state.cwd, b.text));
        return sa.ok && sb.ok && sa.value.ino === sb.value.ino;
      }
    }
    const x = this.int(a.text);
    const y = this.int(b.text);
    switch (op) {
      case "-eq": return x === y;
      case "-ne": return x !== y;
      case "-lt": return x < y;
      case "-le": return x <= y;
      case "-gt": return x > y;
      default: return x >= y;
    }
  }

  private int(s: string): bigint {
    const m = /^\s*([+-]?[0-9]+)\s*$/.exec(s);
    if (!m) throw new TestError(`${s}: integer expression expected`);
    return BigInt(m[1]);
  }
}

function runTest(ctx: Ctx, io: Io, name: string, args: string[]): number {
  try {
    return new Evaluator(ctx, io, args.map((text) => ({ text, op: true })), false).run() ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) {
      io.stderr.write(`${errorPrefix(ctx)}${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

export const test: Builtin = {
  name: "test",
  run: (ctx, argv, io) => runTest(ctx, io, "test", argv.slice(1)),
};

export const bracket: Builtin = {
  name: "[",
  run(ctx, argv, io) {
    if (argv[argv.length - 1] !== "]") {
      io.stderr.write(`${errorPrefix(ctx)}[: missing \`]'\n`);
      return 2;
    }
    return runTest(ctx, io, "[", argv.slice(1, -1));
  },
};

const COND_OPS = new Set(["&&", "||", "!", "(", ")", ...UNARY, ...BINARY]);

/** `[[ words ]]` */
export function evalCond(ctx: Ctx, words: Word[], io: Io): number {
  const toks: Tok[] = words.map((w, i) => {
    const op = COND_OPS.has(w.raw);
    const prev = words[i - 1]?.raw;
    const patternSide = prev === "==" || prev === "=" || prev === "!=";
    return { text: op ? w.raw : expandWord(ctx, w, io), op, raw: patternSide ? w.raw : undefined };
  });
  try {
    return new Evaluator(ctx, io, toks, true).run() ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) {
      io.stderr.write(`${errorPrefix(ctx)}${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
