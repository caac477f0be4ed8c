/**
 * The matcher behind grep, sed, expr, nl, tac -r and pgrep: it runs the
 * JavaScript-syntax source that regex.ts (and tac-regex.ts) translate a POSIX
 * pattern into, with JavaScript's own match semantics (leftmost, first
 * alternative, greedy), but as a bounded machine instead of the host's
 * RegExp. A host RegExp backtracks and one call cannot be interrupted, so
 * `\(a*\)*b` over forty a's froze the tab for minutes.
 *
 * The source is compiled to a small program (consume a character, split,
 * jump, save a group boundary, check a back-reference, ...) run by a
 * backtracking interpreter with an explicit stack. Without back-references
 * a (instruction, position) pair that once failed fails again whatever the
 * groups hold, so each pair is tried at most once per search (the "bit-state"
 * memo): the work is at most the program size times the subject length. With
 * back-references there is no such bound, and every step is charged to the
 * command line's budget instead, so a pathological case ends with the
 * line's "ran too long" error. Both charge: a step per 256 machine steps.
 *
 * The match order is JavaScript's by default (nl, pgrep, sysctl -r, tac -r
 * only ask whether or where a match starts). grep, sed's s and expr ask for
 * the `longest` mode: POSIX leftmost-longest as glibc's regexec gives it,
 * the groups being those of the first path (in JavaScript's order) that
 * reaches the longest end, which is what glibc reports in the cases
 * recorded in regex-machine.test.ts. Known approximations: a quantified
 * group keeps what its last iteration captured without JavaScript's reset
 * of inner groups, and a back-reference pattern ends with the step limit
 * where glibc answers (grep -c '\(a*\)*\1b' over forty a's prints 0).
 *
 * Understood syntax (what the translators produce): literals and `\`-escaped
 * punctuation, `.`, `^`, `$`, bracket classes with ranges, `\p{..}`, `\s`,
 * `\w`, `\d` (and negations), `\t\n\r\f\v`, `\xHH`, `\uHHHH`, `\u{H..}`;
 * groups `(..)`, `(?:..)`, lookahead `(?=..)`/`(?!..)`, one-character
 * lookbehind `(?<=..)`/`(?<!..)`; `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`;
 * back-references `\1`..`\9`. Flags: i, m, u, g, y.
 */

/** told the machine steps a search did; the caller charges the budget */
export type RegexCharge = (steps: number) => void;

export class RegexSyntaxError extends Error {}

type Pred = (c: number) => boolean;

type Node =
  | { t: "char"; pred: Pred }
  | { t: "bol" }
  | { t: "eol" }
  | { t: "cat"; items: Node[] }
  | { t: "alt"; items: Node[] }
  | { t: "group"; index: number; item: Node }
  | { t: "look"; ahead: boolean; neg: boolean; item: Node }
  | { t: "rep"; min: number; max: number; item: Node }
  | { t: "backref"; n: number };

const LINE_TERMINATORS = new Set([10, 13, 0x2028, 0x2029]);

function fixedTest(re: RegExp): Pred {
  // a fixed host pattern over one character: no learner input reaches it
  return (c) => re.test(String.fromCodePoint(c));
}

const PROPS: Record<string, Pred> = {
  L: fixedTest(/^\p{L}$/u),
  Lu: fixedTest(/^\p{Lu}$/u),
  Ll: fixedTest(/^\p{Ll}$/u),
  N: fixedTest(/^\p{N}$/u),
};
const isSpace = fixedTest(/^\s$/u);
const isWord: Pred = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigit: Pred = (c) => c >= 48 && c <= 57;

const SIMPLE_ESCAPES: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, v: 11, "0": 0 };

class Parser {
  i = 0;
  groups = 0;
  backrefs = false;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
    private readonly dotAll: boolean,
  ) {}

  fail(): never {
    throw new RegexSyntaxError("Invalid regular expression");
  }

  parse(): Node {
    const n = this.alternation();
    if (this.i < this.src.length) this.fail();
    return n;
  }

  private alternation(): Node {
    const items = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      items.push(this.sequence());
    }
    return items.length === 1 ? items[0] : { t: "alt", items };
  }

  private sequence(): Node {
    const items: Node[] = [];
    const src = this.src;
    while (this.i < src.length && src[this.i] !== "|" && src[this.i] !== ")") {
      let atom = this.atom();
      for (;;) {
        const q = this.quantifier();
        if (!q) break;
        if (atom.t === "bol" || atom.t === "eol" || atom.t === "look") this.fail();
        atom = { t: "rep", min: q.min, max: q.max, item: atom };
      }
      items.push(atom);
    }
    return items.length === 1 ? items[0] : { t: "cat", items };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const c = this.src[this.i];
    let q: { min: number; max: number } | undefined;
    if (c === "*") q = { min: 0, max: Infinity };
    else if (c === "+") q = { min: 1, max: Infinity };
    else if (c === "?") q = { min: 0, max: 1 };
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i, this.i + 32));
      if (!m) return undefined;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      if (max < min) this.fail();
      this.i += m[0].length;
      return { min, max };
    }
    if (q) this.i++;
    return q;
  }

  /** one character of the subject at src[i], as a code point */
  private codePoint(): number {
    const cp = this.unicode ? this.src.codePointAt(this.i)! : this.src.charCodeAt(this.i);
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private atom(): Node {
    const src = this.src;
    const c = src[this.i];
    if (c === "(") {
      this.i++;
      let node: Node;
      if (src.startsWith("?:", this.i)) {
        this.i += 2;
        node = this.alternation();
      } else if (src.startsWith("?=", this.i) || src.startsWith("?!", this.i)) {
        const neg = src[this.i + 1] === "!";
        this.i += 2;
        node = { t: "look", ahead: true, neg, item: this.alternation() };
      } else if (src.startsWith("?<=", this.i) || src.startsWith("?<!", this.i)) {
        const neg = src[this.i + 2] === "!";
        this.i += 3;
        const item = this.alternation();
        if (item.t !== "char") this.fail();
        node = { t: "look", ahead: false, neg, item };
      } else {
        const index = ++this.groups;
        node = { t: "group", index, item: this.alternation() };
      }
      if (src[this.i] !== ")") this.fail();
      this.i++;
      return node;
    }
    if (c === "[") return { t: "char", pred: this.bracket() };
    if (c === ".") {
      this.i++;
      return { t: "char", pred: this.dotAll ? () => true : (x) => !LINE_TERMINATORS.has(x) };
    }
    if (c === "^") {
      this.i++;
      return { t: "bol" };
    }
    if (c === "$") {
      this.i++;
      return { t: "eol" };
    }
    if (c === "*" || c === "+" || c === "?" || c === ")") this.fail();
    if (c === "\\") {
      const n = src[this.i + 1];
      if (n !== undefined && n >= "1" && n <= "9") {
        this.i += 2;
        this.backrefs = true;
        return { t: "backref", n: Number(n) };
      }
      return { t: "char", pred: this.escape() };
    }
    const cp = this.codePoint();
    return { t: "char", pred: (x) => x === cp };
  }

  /** an escape at src[i] (the backslash), inside or outside a class */
  private escape(): Pred {
    const src = this.src;
    this.i++;
    const n = src[this.i];
    if (n === undefined) this.fail();
    this.i++;
    switch (n) {
      case "p": {
        const m = /^\{(\w+)\}/.exec(src.slice(this.i, this.i + 12));
        if (!m || !PROPS[m[1]]) this.fail();
        this.i += m[0].length;
        return PROPS[m[1]];
      }
      case "s":
        return isSpace;
      case "S":
        return (c) => !isSpace(c);
      case "w":
        return isWord;
      case "W":
        return (c) => !isWord(c);
      case "d":
        return isDigit;
      case "D":
        return (c) => !isDigit(c);
      case "x": {
        const m = /^[0-9A-Fa-f]{2}/.exec(src.slice(this.i, this.i + 2));
        if (!m) this.fail();
        this.i += 2;
        const v = parseInt(m[0], 16);
        return (c) => c === v;
      }
      case "u": {
        const m = /^(?:\{([0-9A-Fa-f]+)\}|([0-9A-Fa-f]{4}))/.exec(src.slice(this.i, this.i + 10));
        if (!m) this.fail();
        this.i += m[0].length;
        const v = parseInt(m[1] ?? m[2], 16);
        return (c) => c === v;
      }
      default: {
        const v = n in SIMPLE_ESCAPES ? SIMPLE_ESCAPES[n] : this.unicode ? src.codePointAt(this.i - 1)! : n.charCodeAt(0);
        if (v > 0xffff) this.i++;
        return (c) => c === v;
      }
    }
  }

  /** the single code point an escape or character inside a class stands for, or a predicate for \p, \s, ... */
  private classAtom(): { cp: number } | { pred: Pred } {
    const src = this.src;
    if (src[this.i] === "\\") {
      const n = src[this.i + 1];
      if (n !== undefined && "pPsSwWdD".includes(n)) return { pred: this.escape() };
      const save = this.i;
      this.escape();
      // re-read the escaped value: every other escape stands for one code point
      const end = this.i;
      this.i = save + 1;
      const ch = src[this.i];
      let cp: number;
      if (ch in SIMPLE_ESCAPES) cp = SIMPLE_ESCAPES[ch];
      else if (ch === "x") cp = parseInt(src.slice(save + 2, save + 4), 16);
      else if (ch === "u") cp = parseInt(src.slice(save + 2, end).replace(/[{}]/g, ""), 16);
      else cp = this.unicode ? src.codePointAt(this.i)! : src.charCodeAt(this.i);
      this.i = end;
      return { cp };
    }
    return { cp: this.codePoint() };
  }

  /** a class, `[` at src[i] */
  private bracket(): Pred {
    const src = this.src;
    this.i++;
    let neg = false;
    if (src[this.i] === "^") {
      neg = true;
      this.i++;
    }
    const ranges: number[] = [];
    const preds: Pred[] = [];
    for (;;) {
      if (this.i >= src.length) this.fail();
      if (src[this.i] === "]") {
        this.i++;
        break;
      }
      const lo = this.classAtom();
      if (src[this.i] === "-" && src[this.i + 1] !== "]" && this.i + 1 < src.length && "cp" in lo) {
        this.i++;
        const hi = this.classAtom();
        if (!("cp" in hi) || hi.cp < lo.cp) this.fail();
        ranges.push(lo.cp, hi.cp);
      } else if ("cp" in lo) ranges.push(lo.cp, lo.cp);
      else preds.push(lo.pred);
    }
    const inClass: Pred = (c) => {
      for (let k = 0; k < ranges.length; k += 2) if (c >= ranges[k] && c <= ranges[k + 1]) return true;
      for (const p of preds) if (p(c)) return true;
      return false;
    };
    return neg ? (c) => !inClass(c) : inClass;
  }
}

// ---- the program ----

const CHAR = 0;
const BOL = 1;
const EOL = 2;
const SPLIT = 3;
const JMP = 4;
const SAVE = 5;
const LOOP_SET = 6;
const LOOP_CHECK = 7;
const BACKREF = 8;
const LOOK = 9;
const MATCH = 10;

interface Inst {
  op: number;
  pred?: Pred;
  /** SPLIT: preferred, JMP: target, SAVE: slot, LOOP_*: loop register, BACKREF: group */
  x: number;
  y: number;
  look?: { ahead: boolean; neg: boolean; prog: Inst[]; pred?: Pred };
}

/** instructions a program may have: `x{32767}` nested is rejected rather than built */
const MAX_PROGRAM = 1 << 20;

class Compiler {
  prog: Inst[] = [];
  loops = 0;
  constructor(private readonly ignoreCase: boolean) {}

  emit(op: number, x = 0, y = 0, pred?: Pred): Inst {
    if (this.prog.length >= MAX_PROGRAM) throw new RegexSyntaxError("Regular expression too big");
    const inst: Inst = { op, x, y, pred };
    this.prog.push(inst);
    return inst;
  }

  node(n: Node): void {
    switch (n.t) {
      case "char":
        this.emit(CHAR, 0, 0, this.ignoreCase ? foldPred(n.pred) : n.pred);
        return;
      case "bol":
        this.emit(BOL);
        return;
      case "eol":
        this.emit(EOL);
        return;
      case "cat":
        for (const it of n.items) this.node(it);
        return;
      case "alt": {
        const jumps: Inst[] = [];
        n.items.forEach((it, k) => {
          if (k === n.items.length - 1) return this.node(it);
          const split = this.emit(SPLIT, this.prog.length + 1);
          this.node(it);
          jumps.push(this.emit(JMP));
          split.y = this.prog.length;
        });
        for (const j of jumps) j.x = this.prog.length;
        return;
      }
      case "group":
        this.emit(SAVE, 2 * n.index);
        this.node(n.item);
        this.emit(SAVE, 2 * n.index + 1);
        return;
      case "backref":
        this.emit(BACKREF, n.n);
        return;
      case "look": {
        const sub = new Compiler(this.ignoreCase);
        sub.loops = this.loops;
        sub.node(n.item);
        sub.emit(MATCH);
        this.loops = sub.loops;
        const inst = this.emit(LOOK);
        inst.look = { ahead: n.ahead, neg: n.neg, prog: sub.prog, pred: n.ahead ? undefined : sub.prog[0].pred };
        return;
      }
      case "rep": {
        for (let k = 0; k < n.min; k++) this.node(n.item);
        if (n.max === n.min) return;
        if (n.max === Infinity) {
          // an iteration past the minimum that matches nothing fails, as in JavaScript
          const loop = this.loops++;
          const head = this.emit(SPLIT, this.prog.length + 1);
          this.emit(LOOP_SET, loop);
          this.node(n.item);
          this.emit(LOOP_CHECK, loop);
          this.emit(JMP, this.prog.indexOf(head));
          head.y = this.prog.length;
          return;
        }
        const exits: Inst[] = [];
        for (let k = n.min; k < n.max; k++) {
          const loop = this.loops++;
          exits.push(this.emit(SPLIT, this.prog.length + 1));
          this.emit(LOOP_SET, loop);
          this.node(n.item);
          this.emit(LOOP_CHECK, loop);
        }
        for (const e of exits) e.y = this.prog.length;
        return;
      }
    }
  }
}

function foldPred(p: Pred): Pred {
  return (c) => {
    if (p(c)) return true;
    const s = String.fromCodePoint(c);
    const lo = s.toLowerCase();
    const up = s.toUpperCase();
    return (lo.length === s.length && p(lo.codePointAt(0)!)) || (up.length === s.length && p(up.codePointAt(0)!));
  };
}

/** (instruction, position) pairs a search keeps in a flat array; more go in a set */
const MAX_DENSE_MEMO = 1 << 20;

/** machine steps per budget step */
const STEPS_PER_CHARGE = 256;

/** A compiled pattern, used where a RegExp was: exec/test honour lastIndex for g and y. */
export class BoundedRegExp {
  lastIndex = 0;
  readonly global: boolean;
  readonly sticky: boolean;
  readonly ignoreCase: boolean;
  readonly multiline: boolean;
  readonly unicode: boolean;
  /** capturing groups in the pattern */
  readonly groupCount: number;
  private readonly prog: Inst[];
  private readonly loops: number;
  private readonly memoize: boolean;
  private memo = new Int32Array(0);
  /** the memo of a search too wide for the array (tac -r over a large file): the keys tried */
  private sparse: Set<number> | undefined;
  private generation = 0;
  private pending = 0;

  constructor(
    readonly source: string,
    readonly flags: string,
    /** where the work goes: the command's budget (sed compiles before it runs, and sets it then) */
    public charge: RegexCharge,
    /**
     * POSIX's leftmost-longest: of the matches at the leftmost start, the
     * longest (groups from the first, in JavaScript's order, to reach its
     * end), as glibc's regexec gives grep -o and sed's s
     */
    readonly longest = false,
  ) {
    this.global = flags.includes("g");
    this.sticky = flags.includes("y");
    this.ignoreCase = flags.includes("i");
    this.multiline = flags.includes("m");
    this.unicode = flags.includes("u");
    const parser = new Parser(source, this.unicode, flags.includes("s"));
    const tree = parser.parse();
    this.groupCount = parser.groups;
    this.memoize = !parser.backrefs;
    const compiler = new Compiler(this.ignoreCase);
    compiler.node(tree);
    compiler.emit(MATCH);
    this.prog = compiler.prog;
    this.loops = compiler.loops;
    charge(1 + (this.prog.length >> 8));
  }

  /** the same pattern with other flags (grep -o adds g) */
  withFlags(flags: string): BoundedRegExp {
    return new BoundedRegExp(this.source, flags, this.charge, this.longest);
  }

  test(s: string): boolean {
    return this.exec(s) !== null;
  }

  exec(s: string): RegExpExecArray | null {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    if (from > s.length) {
      this.lastIndex = 0;
      return null;
    }
    const caps = this.search(s, from);
    this.flush();
    if (!caps) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    if (this.global || this.sticky) this.lastIndex = caps[1];
    const arr: string[] = [];
    for (let g = 0; g <= this.groupCount; g++) {
      const a = caps[2 * g];
      const b = caps[2 * g + 1];
      arr.push(a >= 0 && b >= 0 ? s.slice(a, b) : (undefined as unknown as string));
    }
    const m = arr as unknown as RegExpExecArray;
    m.index = caps[0];
    m.input = s;
    return m;
  }

  private flush(): void {
    if (this.pending >= STEPS_PER_CHARGE) {
      this.charge(Math.floor(this.pending / STEPS_PER_CHARGE));
      this.pending %= STEPS_PER_CHARGE;
    }
  }

  private search(s: string, from: number): Int32Array | undefined {
    const width = s.length - from + 1;
    this.sparse = undefined;
    if (this.memoize) {
      const size = this.prog.length * width;
      if (size > MAX_DENSE_MEMO) this.sparse = new Set();
      else if (this.memo.length < size) {
        this.charge(1 + (size >> 12));
        this.memo = new Int32Array(size);
        this.generation = 0;
      }
      if (++this.generation > 1e9) {
        this.memo.fill(0);
        this.generation = 1;
      }
    }
    for (let start = from; start <= s.length; ) {
      this.pending += 1;
      const caps = this.run(this.prog, s, start, from, true);
      if (caps) return caps;
      if (this.sticky) return undefined;
      start += this.unicode && start < s.length && s.codePointAt(start)! > 0xffff ? 2 : 1;
    }
    return undefined;
  }

  /** the character at pos (code point or code unit) and its length */
  private charAt(s: string, pos: number): number {
    return this.unicode ? s.codePointAt(pos)! : s.charCodeAt(pos);
  }

  private atLineStart(s: string, pos: number): boolean {
    return pos === 0 || (this.multiline && LINE_TERMINATORS.has(s.charCodeAt(pos - 1)));
  }

  private atLineEnd(s: string, pos: number): boolean {
    return pos === s.length || (this.multiline && LINE_TERMINATORS.has(s.charCodeAt(pos)));
  }

  /**
   * Backtrack from `start`; the groups of the first match found, or
   * undefined. `top`: the pattern itself (memoized), not a lookahead.
   */
  private run(prog: Inst[], s: string, start: number, memoBase: number, top: boolean): Int32Array | undefined {
    const caps = new Int32Array(2 * (this.groupCount + 1)).fill(-1);
    const loops = new Int32Array(this.loops).fill(-1);
    const memo = top && this.memoize && !this.sparse ? this.memo : undefined;
    const sparse = top ? this.sparse : undefined;
    const gen = this.generation;
    const width = s.length - memoBase + 1;
    // the stack: triples (kind, a, b): 0 = resume at pc a, position b; 1 = group slot a was b; 2 = loop register a was b
    const stack: number[] = [0, 0, start];
    const longest = top && this.longest;
    let best: Int32Array | undefined;
    let steps = 0;
    try {
      while (stack.length > 0) {
        const b = stack.pop()!;
        const a = stack.pop()!;
        const kind = stack.pop()!;
        if (kind === 1) {
          caps[a] = b;
          continue;
        }
        if (kind === 2) {
          loops[a] = b;
          continue;
        }
        let pc = a;
        let pos = b;
        for (;;) {
          steps++;
          if (steps >= 4096) {
            this.pending += steps;
            steps = 0;
            this.flush();
          }
          if (memo) {
            const key = pc * width + (pos - memoBase);
            if (memo[key] === gen) break;
            memo[key] = gen;
          } else if (sparse) {
            const key = pc * width + (pos - memoBase);
            if (sparse.has(key)) break;
            sparse.add(key);
          }
          const inst = prog[pc];
          let ok = true;
          switch (inst.op) {
            case CHAR: {
              if (pos >= s.length) {
                ok = false;
                break;
              }
              const c = this.charAt(s, pos);
              if (!inst.pred!(c)) {
                ok = false;
                break;
              }
              pos += c > 0xffff ? 2 : 1;
              pc++;
              break;
            }
            case BOL:
              ok = this.atLineStart(s, pos);
              pc++;
              break;
            case EOL:
              ok = this.atLineEnd(s, pos);
              pc++;
              break;
            case SPLIT:
              stack.push(0, inst.y, pos);
              pc = inst.x;
              break;
            case JMP:
              pc = inst.x;
              break;
            case SAVE:
              stack.push(1, inst.x, caps[inst.x]);
              caps[inst.x] = pos;
              pc++;
              break;
            case LOOP_SET:
              stack.push(2, inst.x, loops[inst.x]);
              loops[inst.x] = pos;
              pc++;
              break;
            case LOOP_CHECK:
              ok = loops[inst.x] !== pos;
              pc++;
              break;
            case BACKREF: {
              const ga = caps[2 * inst.x];
              const gb = caps[2 * inst.x + 1];
              pc++;
              if (ga < 0 || gb < 0) break;
              const len = gb - ga;
              steps += len;
              if (pos + len > s.length) {
                ok = false;
                break;
              }
              const want = s.slice(ga, gb);
              const got = s.slice(pos, pos + len);
              ok = want === got || (this.ignoreCase && want.toLowerCase() === got.toLowerCase());
              pos += len;
              break;
            }
            case LOOK: {
              const look = inst.look!;
              let found: boolean;
              if (look.ahead) found = this.run(look.prog, s, pos, pos, false) !== undefined;
              else {
                let before = -1;
                if (pos > 0) {
                  const lo = s.charCodeAt(pos - 1);
                  before = this.unicode && pos > 1 && lo >= 0xdc00 && lo <= 0xdfff ? s.codePointAt(pos - 2)! : lo;
                }
                found = before >= 0 && look.pred!(before);
              }
              ok = found !== look.neg;
              pc++;
              break;
            }
            case MATCH:
              caps[0] = start;
              caps[1] = pos;
              if (!longest) return caps;
              if (!best || pos > best[1]) best = caps.slice();
              ok = false;
              break;
          }
          if (!ok) break;
        }
      }
      return best;
    } finally {
      this.pending += steps;
    }
  }
}
