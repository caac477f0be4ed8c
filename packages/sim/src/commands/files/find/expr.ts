/**
 * find's expression (GNU findutils 4.9): the words after the starting
 * points parsed into a tree of tests, actions and operators, with the
 * error texts find prints for a bad expression. Precedence as find's
 * parser: `( )`, then `!`/-not, then -a/-and (or nothing), then -o/-or,
 * then `,`. Global options (-maxdepth, -mindepth, -depth) are collected on
 * the side and evaluate true. Without an action the whole expression is
 * followed by -print. What each test means at a file is in find.ts.
 */
import { parseMode } from "../chmod-mode.js";
import { Accounts, numericId } from "../accounts.js";
import { compilePattern } from "../../../shell/pattern.js";
import type { Process } from "../../../process/process.js";
import { quoteLocale } from "../quote.js";
import { strerror } from "../program.js";

/** a number with find's +N (more than), -N (less than) or N (exactly) */
export interface Compare {
  cmp: "gt" | "lt" | "eq";
  n: number;
}

export type Node =
  | { op: "and" | "or" | "comma"; left: Node; right: Node }
  | { op: "not"; expr: Node }
  | { op: "true" }
  | { op: "false" }
  | { op: "name"; pattern: ReturnType<typeof compilePattern>; fold: boolean }
  | { op: "path"; pattern: ReturnType<typeof compilePattern>; fold: boolean }
  | { op: "type"; types: string }
  | { op: "newer"; mtime: number }
  | { op: "size"; compare: Compare; unit: number }
  | { op: "time"; compare: Compare; unitMs: number }
  | { op: "empty" }
  | { op: "uid"; uid: number }
  | { op: "gid"; gid: number }
  | { op: "perm"; how: "exact" | "all" | "any"; mode: number }
  | { op: "print"; end: string }
  | { op: "printf"; format: string }
  | { op: "delete" }
  | { op: "exec"; argv: string[]; batch: boolean; id: number }
  | { op: "prune" }
  | { op: "quit" };

export interface Expression {
  root: Node;
  maxDepth: number;
  minDepth: number;
  /** post-order: contents before their directory (-depth, -delete) */
  depthFirst: boolean;
  /** the -exec ... {} + nodes, to run what they collected at the end */
  batches: Extract<Node, { op: "exec" }>[];
}

class FindError extends Error {}

const GLOBAL = new Set(["-maxdepth", "-mindepth", "-depth", "-d", "-xdev", "-mount", "-noleaf", "-ignore_readdir_race", "-noignore_readdir_race", "-nowarn", "-warn"]);
const ACTIONS = new Set(["-print", "-print0", "-printf", "-delete", "-exec", "-quit"]);

/** whether a word ends the starting points: the first one that begins an expression */
export function startsExpression(word: string): boolean {
  return (word.startsWith("-") && word.length > 1) || word === "(" || word === "!" || word === ")" || word === ",";
}

export function parseExpression(proc: Process, words: string[]): Expression | string {
  try {
    return new Parser(proc, words).parse();
  } catch (e) {
    if (e instanceof FindError) return e.message;
    throw e;
  }
}

function parseCompare(text: string, what: string): { compare: Compare; rest: string } {
  const cmp = text.startsWith("+") ? "gt" : text.startsWith("-") ? "lt" : "eq";
  const body = cmp === "eq" ? text : text.slice(1);
  const m = /^(\d+)(.*)$/.exec(body);
  if (!m) throw new FindError(what);
  return { compare: { cmp, n: Number(m[1]) }, rest: m[2] };
}

const SIZE_UNITS: Record<string, number> = { "": 512, b: 512, c: 1, w: 2, k: 1024, M: 1024 ** 2, G: 1024 ** 3 };

class Parser {
  private i = 0;
  private maxDepth = Number.POSITIVE_INFINITY;
  private minDepth = 0;
  private depthFirst = false;
  private hasAction = false;
  private batches: Extract<Node, { op: "exec" }>[] = [];
  private db: Accounts | undefined;
  constructor(
    private readonly proc: Process,
    private readonly words: string[],
  ) {}

  parse(): Expression {
    let root: Node = { op: "true" };
    if (this.words.length > 0) {
      root = this.comma();
      if (this.i < this.words.length) {
        const w = this.words[this.i];
        if (w === ")") throw new FindError("you have too many ')'");
        throw new FindError(`paths must precede expression: \`${w}'`);
      }
    }
    if (!this.hasAction) root = { op: "and", left: root, right: { op: "print", end: "\n" } };
    return { root, maxDepth: this.maxDepth, minDepth: this.minDepth, depthFirst: this.depthFirst, batches: this.batches };
  }

  private peek(): string | undefined {
    return this.words[this.i];
  }

  private comma(): Node {
    let left = this.or();
    while (this.peek() === ",") {
      this.i++;
      left = { op: "comma", left, right: this.or() };
    }
    return left;
  }

  private or(): Node {
    let left = this.and();
    while (this.peek() === "-o" || this.peek() === "-or") {
      this.i++;
      left = { op: "or", left, right: this.and() };
    }
    return left;
  }

  private and(): Node {
    let left = this.unary();
    for (;;) {
      const w = this.peek();
      if (w === undefined || w === ")" || w === "-o" || w === "-or" || w === ",") return left;
      if (w === "-a" || w === "-and") this.i++;
      left = { op: "and", left, right: this.unary() };
    }
  }

  private unary(): Node {
    const w = this.peek();
    if (w === undefined) throw new FindError("invalid expression");
    if (w === "!" || w === "-not") {
      this.i++;
      const next = this.peek();
      if (next === "-o" || next === "-or" || next === "-a" || next === "-and" || next === ",")
        throw new FindError(`invalid expression; you have used a binary operator '${next}' with nothing before it.`);
      return { op: "not", expr: this.unary() };
    }
    if (w === "(") {
      this.i++;
      if (this.peek() === ")") throw new FindError("invalid expression; empty parentheses are not allowed.");
      const inner = this.comma();
      if (this.peek() !== ")") throw new FindError("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
      this.i++;
      return inner;
    }
    if (w === "-o" || w === "-or" || w === "-a" || w === "-and" || w === ",")
      throw new FindError(`invalid expression; you have used a binary operator '${w}' with nothing before it.`);
    if (w === ")") throw new FindError("invalid expression; you have too many ')'");
    this.i++;
    return this.primary(w);
  }

  /** the argument of `pred`, or find's error */
  private arg(pred: string): string {
    const a = this.words[this.i];
    if (a === undefined) throw new FindError(`missing argument to \`${pred}'`);
    this.i++;
    return a;
  }

  private accounts(): Accounts {
    this.db ??= new Accounts(this.proc.host.fs);
    return this.db;
  }

  private primary(w: string): Node {
    if (ACTIONS.has(w)) this.hasAction = true;
    if (GLOBAL.has(w)) return this.globalOption(w);
    switch (w) {
      case "-true":
        return { op: "true" };
      case "-false":
        return { op: "false" };
      case "-name":
      case "-iname": {
        const p = this.arg(w);
        return { op: "name", pattern: compilePattern(w === "-iname" ? p.toLowerCase() : p), fold: w === "-iname" };
      }
      case "-path":
      case "-wholename":
      case "-ipath":
      case "-iwholename": {
        const p = this.arg(w);
        const fold = w.startsWith("-i");
        return { op: "path", pattern: compilePattern(fold ? p.toLowerCase() : p), fold };
      }
      case "-type": {
        const t = this.arg(w);
        const types = t.split(",");
        for (const x of types) if (x.length !== 1 || !"bcdpflsD".includes(x)) throw new FindError(`Unknown argument to -type: ${x}`);
        return { op: "type", types: types.join("") };
      }
      case "-newer": {
        const ref = this.arg(w);
        const st = this.proc.host.fs.stat(this.proc.resolve(ref));
        if (!st.ok) throw new FindError(`${quoteLocale(ref)}: ${strerror(st.errno)}`);
        return { op: "newer", mtime: st.value.mtime };
      }
      case "-size": {
        const text = this.arg(w);
        const bad = `invalid -size type \`${text.replace(/^[+-]?\d*/, "").slice(0, 1) || text}'`;
        const { compare, rest } = parseCompare(text, bad);
        if (!(rest in SIZE_UNITS)) throw new FindError(bad);
        return { op: "size", compare, unit: SIZE_UNITS[rest] };
      }
      case "-mtime":
      case "-mmin": {
        const text = this.arg(w);
        const { compare, rest } = parseCompare(text, `invalid argument \`${text}' to \`${w}'`);
        if (rest !== "") throw new FindError(`invalid argument \`${text}' to \`${w}'`);
        return { op: "time", compare, unitMs: w === "-mtime" ? 86_400_000 : 60_000 };
      }
      case "-empty":
        return { op: "empty" };
      case "-user":
      case "-uid": {
        const name = this.arg(w);
        const uid = w === "-user" ? (this.accounts().userByName(name)?.uid ?? numericId(name)) : numericId(name);
        if (uid === undefined) throw new FindError(`${quoteLocale(name)} is not the name of a known user`);
        return { op: "uid", uid };
      }
      case "-group":
      case "-gid": {
        const name = this.arg(w);
        const gid = w === "-group" ? (this.accounts().groupByName(name)?.gid ?? numericId(name)) : numericId(name);
        if (gid === undefined) throw new FindError(`${quoteLocale(name)} is not the name of an existing group`);
        return { op: "gid", gid };
      }
      case "-perm": {
        const text = this.arg(w);
        const how = text.startsWith("-") ? "all" : text.startsWith("/") ? "any" : "exact";
        const mode = parseMode(how === "exact" ? text : text.slice(1), 0, false);
        if (mode === undefined) throw new FindError(`invalid mode ${quoteLocale(text)}`);
        return { op: "perm", how, mode };
      }
      case "-print":
        return { op: "print", end: "\n" };
      case "-print0":
        return { op: "print", end: "\0" };
      case "-printf":
        return { op: "printf", format: this.arg(w) };
      case "-delete":
        this.depthFirst = true;
        return { op: "delete" };
      case "-prune":
        return { op: "prune" };
      case "-quit":
        return { op: "quit" };
      case "-exec":
        return this.exec(w);
      default:
        if (!w.startsWith("-")) throw new FindError(`paths must precede expression: \`${w}'`);
        throw new FindError(`unknown predicate \`${w}'`);
    }
  }

  private globalOption(w: string): Node {
    if (w === "-maxdepth" || w === "-mindepth") {
      const text = this.arg(w);
      if (!/^\d+$/.test(text)) throw new FindError(`Expected a positive decimal integer argument to ${w}, but got ${quoteLocale(text)}`);
      if (w === "-maxdepth") this.maxDepth = Number(text);
      else this.minDepth = Number(text);
    } else if (w === "-depth" || w === "-d") this.depthFirst = true;
    return { op: "true" };
  }

  /** -exec COMMAND ;  or  -exec COMMAND {} + */
  private exec(w: string): Node {
    const argv: string[] = [];
    for (;;) {
      const a = this.words[this.i];
      if (a === undefined) throw new FindError(`missing argument to \`${w}'`);
      this.i++;
      if (a === ";") {
        if (argv.length === 0) throw new FindError(`missing argument to \`${w}'`);
        return { op: "exec", argv, batch: false, id: 0 };
      }
      if (a === "+" && argv[argv.length - 1] === "{}") {
        if (argv.length === 1) throw new FindError(`missing argument to \`${w}'`);
        const node = { op: "exec" as const, argv: argv.slice(0, -1), batch: true, id: this.batches.length };
        this.batches.push(node);
        return node;
      }
      argv.push(a);
    }
  }
}
