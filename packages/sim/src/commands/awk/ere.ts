/**
 * mawk's regular expressions (its own engine, "regex-funcs: internal"):
 * POSIX ERE over bytes, as mawk 1.3.4-20200120 reads them. `.` matches any
 * byte, newline included; `^` and `$` are anchors wherever they stand (so
 * /a^b/ never matches); `{` is an ordinary character (this mawk has no
 * interval expressions); an unmatched `)` is literal; a bracket expression
 * knows the POSIX classes in the C locale; `\` before a letter of C's escapes
 * (\n \t \r \f \v \a \b and \ddd octal) gives that byte, before anything else
 * the character itself. Errors carry mawk's texts ("missing operand", ...).
 *
 * Matching is leftmost-longest, as POSIX and mawk want (match("ab", /a|ab/)
 * has RLENGTH 2), which JavaScript's backtracking RegExp cannot give: the
 * pattern is compiled to a small NFA and run as a Pike VM over the bytes, so
 * the work is linear in the subject for each search and no pattern can
 * backtrack exponentially. That work is still reported (EreWork) so the
 * command line's step budget bounds a search over megabytes.
 */

/** a set of bytes: 256 flags */
type ByteSet = Uint8Array;

type Node =
  | { t: "byte"; b: number }
  | { t: "set"; set: ByteSet }
  | { t: "bol" }
  | { t: "eol" }
  | { t: "empty" }
  | { t: "cat"; items: Node[] }
  | { t: "alt"; items: Node[] }
  | { t: "rep"; op: "*" | "+" | "?"; item: Node };

export class RegexError extends Error {
  constructor(
    readonly reason: string,
    readonly source: string,
  ) {
    super(reason);
  }
}

const CLASS_TESTS: Record<string, (c: number) => boolean> = {
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  digit: (c) => c >= 48 && c <= 57,
  alnum: (c) => CLASS_TESTS.alpha(c) || CLASS_TESTS.digit(c),
  upper: (c) => c >= 65 && c <= 90,
  lower: (c) => c >= 97 && c <= 122,
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  blank: (c) => c === 32 || c === 9,
  punct: (c) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126),
  print: (c) => c >= 32 && c <= 126,
  graph: (c) => c >= 33 && c <= 126,
  cntrl: (c) => c < 32 || c === 127,
  xdigit: (c) => CLASS_TESTS.digit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

const ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7, b: 8 };

/** the byte an escape sequence at src[i] (just after the backslash) stands for, and the index after it */
function escapeAt(src: string, i: number): { b: number; next: number } {
  const ch = src[i];
  if (ch === undefined) return { b: 92, next: i };
  if (ch in ESCAPES) return { b: ESCAPES[ch], next: i + 1 };
  if (ch === "x" && /[0-9A-Fa-f]/.test(src[i + 1] ?? "")) {
    const hex = /^[0-9A-Fa-f]{1,2}/.exec(src.slice(i + 1))![0];
    return { b: parseInt(hex, 16), next: i + 1 + hex.length };
  }
  if (ch >= "0" && ch <= "7") {
    let v = 0;
    let j = i;
    while (j < i + 3 && src[j] >= "0" && src[j] <= "7") v = v * 8 + src.charCodeAt(j++) - 48;
    return { b: v & 255, next: j };
  }
  return { b: src.charCodeAt(i), next: i + 1 };
}

class EreParser {
  private i = 0;
  constructor(private readonly src: string) {}

  fail(reason: string): never {
    throw new RegexError(reason, this.src);
  }

  parse(): Node {
    const n = this.alternation(0);
    return n;
  }

  private alternation(depth: number): Node {
    const items = [this.concatenation(depth)];
    while (this.src[this.i] === "|") {
      this.i++;
      items.push(this.concatenation(depth));
    }
    for (const it of items) if (it.t === "empty" && items.length > 1) this.fail("missing operand");
    return items.length === 1 ? items[0] : { t: "alt", items };
  }

  private concatenation(depth: number): Node {
    const items: Node[] = [];
    const src = this.src;
    while (this.i < src.length) {
      const ch = src[this.i];
      if (ch === "|") break;
      if (ch === ")" && depth > 0) break;
      if (ch === "*" || ch === "+" || ch === "?") {
        const prev = items[items.length - 1];
        if (!prev) this.fail("missing operand");
        if (prev.t === "bol" && items.length === 1) this.fail("syntax error ^* or ^+");
        this.i++;
        items[items.length - 1] = { t: "rep", op: ch, item: prev };
        continue;
      }
      items.push(this.atom(depth));
    }
    if (items.length === 0) return { t: "empty" };
    return items.length === 1 ? items[0] : { t: "cat", items };
  }

  private atom(depth: number): Node {
    const src = this.src;
    const ch = src[this.i++];
    switch (ch) {
      case "(": {
        if (src[this.i] === ")") {
          // `()` alone is nothing to match; inside a pattern (a()b) it matches the empty string
          this.i++;
          if (this.i >= src.length && this.src.replace(/\(\)/g, "") === "") this.fail("missing operand");
          return { t: "empty" };
        }
        const inner = this.alternation(depth + 1);
        if (src[this.i] !== ")") this.fail("missing ')'");
        this.i++;
        if (inner.t === "empty") this.fail("missing operand");
        return inner;
      }
      case ".":
        return { t: "set", set: new Uint8Array(256).fill(1) };
      case "^":
        return { t: "bol" };
      case "$":
        return { t: "eol" };
      case "[":
        return { t: "set", set: this.bracket() };
      case "\\": {
        const e = escapeAt(src, this.i);
        this.i = e.next;
        return { t: "byte", b: e.b };
      }
      default:
        return { t: "byte", b: ch.charCodeAt(0) };
    }
  }

  /** a bracket expression, `[` already read */
  private bracket(): ByteSet {
    const src = this.src;
    const set = new Uint8Array(256);
    let neg = false;
    if (src[this.i] === "^") {
      neg = true;
      this.i++;
    }
    let first = true;
    const bad = () => this.fail("bad class -- [], [^] or [");
    for (;;) {
      if (this.i >= src.length) bad();
      let ch = src[this.i];
      if (ch === "]" && !first) {
        this.i++;
        break;
      }
      first = false;
      if (ch === "[" && src[this.i + 1] === ":") {
        const end = src.indexOf(":]", this.i + 2);
        if (end < 0) bad();
        const test = CLASS_TESTS[src.slice(this.i + 2, end)];
        if (!test) bad();
        for (let c = 0; c < 256; c++) if (test(c)) set[c] = 1;
        this.i = end + 2;
        continue;
      }
      let lo: number;
      if (ch === "\\") {
        const e = escapeAt(src, this.i + 1);
        lo = e.b;
        this.i = e.next;
      } else {
        lo = src.charCodeAt(this.i);
        this.i++;
      }
      if (src[this.i] === "-" && this.i + 1 < src.length && src[this.i + 1] !== "]") {
        this.i++;
        ch = src[this.i];
        let hi: number;
        if (ch === "\\") {
          const e = escapeAt(src, this.i + 1);
          hi = e.b;
          this.i = e.next;
        } else {
          hi = src.charCodeAt(this.i);
          this.i++;
        }
        for (let c = lo; c <= hi; c++) set[c] = 1;
      } else set[lo] = 1;
    }
    if (neg) for (let c = 0; c < 256; c++) set[c] ^= 1;
    return set;
  }
}

// ---- the NFA ----

const OP_BYTE = 0;
const OP_SET = 1;
const OP_BOL = 2;
const OP_EOL = 3;
const OP_SPLIT = 4;
const OP_JMP = 5;
const OP_MATCH = 6;

interface Inst {
  op: number;
  b?: number;
  set?: ByteSet;
  x?: number;
  y?: number;
}

function compileNode(n: Node, prog: Inst[]): void {
  switch (n.t) {
    case "byte":
      prog.push({ op: OP_BYTE, b: n.b });
      return;
    case "set":
      prog.push({ op: OP_SET, set: n.set });
      return;
    case "bol":
      prog.push({ op: OP_BOL });
      return;
    case "eol":
      prog.push({ op: OP_EOL });
      return;
    case "empty":
      return;
    case "cat":
      for (const it of n.items) compileNode(it, prog);
      return;
    case "alt": {
      const jumps: Inst[] = [];
      for (let k = 0; k < n.items.length; k++) {
        if (k < n.items.length - 1) {
          const split: Inst = { op: OP_SPLIT, x: prog.length + 1 };
          prog.push(split);
          compileNode(n.items[k], prog);
          const j: Inst = { op: OP_JMP };
          prog.push(j);
          jumps.push(j);
          split.y = prog.length;
        } else compileNode(n.items[k], prog);
      }
      for (const j of jumps) j.x = prog.length;
      return;
    }
    case "rep": {
      if (n.op === "?") {
        const split: Inst = { op: OP_SPLIT, x: prog.length + 1 };
        prog.push(split);
        compileNode(n.item, prog);
        split.y = prog.length;
      } else if (n.op === "*") {
        const start = prog.length;
        const split: Inst = { op: OP_SPLIT, x: start + 1 };
        prog.push(split);
        compileNode(n.item, prog);
        prog.push({ op: OP_JMP, x: start });
        split.y = prog.length;
      } else {
        const start = prog.length;
        compileNode(n.item, prog);
        prog.push({ op: OP_SPLIT, x: start, y: prog.length + 1 });
      }
      return;
    }
  }
}

/** the literal bytes a pattern is, when it has no operator at all (a fast path: indexOf) */
function literalOf(n: Node): string | undefined {
  if (n.t === "byte") return String.fromCharCode(n.b);
  if (n.t === "cat" && n.items.every((it) => it.t === "byte")) return n.items.map((it) => String.fromCharCode((it as { b: number }).b)).join("");
  return undefined;
}

export interface Match {
  start: number;
  end: number;
}

/**
 * Told the work a search did, in thread steps (one NFA state carried over
 * one byte); the interpreter turns it into the command line's steps.
 */
export type EreWork = (threadSteps: number) => void;

/** thread steps a search reports at once while it runs (a long subject is charged as it goes) */
const WORK_FLUSH = 1 << 16;
/** what starting a search costs, in thread steps: gsub over a megabyte of empty matches is millions of searches */
const SEARCH_COST = 16;

/** A compiled regular expression. */
export class Ere {
  private readonly prog: Inst[];
  private readonly literal?: string;
  /** the generation a pc was last added in (one search position is a generation) */
  private readonly seen: Int32Array;
  private generation = 0;
  /** thread lists reused between searches: pcs and their starts, carried and closed */
  private readonly carriedPc: Int32Array;
  private readonly carriedStart: Int32Array;
  private readonly closedPc: Int32Array;
  private readonly closedStart: Int32Array;
  /** the epsilon closure's explicit stack: a long chain of moves must not overflow the JS stack */
  private readonly stack: Int32Array;

  constructor(
    readonly source: string,
    private readonly work: EreWork = () => {},
  ) {
    const tree = new EreParser(source).parse();
    this.literal = literalOf(tree);
    const prog: Inst[] = [];
    compileNode(tree, prog);
    prog.push({ op: OP_MATCH });
    this.prog = prog;
    const n = prog.length;
    this.seen = new Int32Array(n);
    this.carriedPc = new Int32Array(n);
    this.carriedStart = new Int32Array(n);
    this.closedPc = new Int32Array(n);
    this.closedStart = new Int32Array(n);
    this.stack = new Int32Array(2 * n + 2);
  }

  /** does the pattern match anywhere in s */
  test(s: string): boolean {
    if (this.literal !== undefined) {
      this.work(SEARCH_COST + (s.length >> 6));
      return s.includes(this.literal);
    }
    return this.search(s, 0, false, true) !== undefined;
  }

  /**
   * The leftmost-longest match at or after `from`. `notBol`: position 0 of
   * the search is not the start of the subject (^ fails there), as gsub
   * asks after its first match.
   */
  exec(s: string, from = 0, notBol = false): Match | undefined {
    if (this.literal !== undefined) {
      const at = s.indexOf(this.literal, from);
      this.work(SEARCH_COST + (((at < 0 ? s.length : at) - from) >> 6));
      return at < 0 ? undefined : { start: at, end: at + this.literal.length };
    }
    return this.search(s, from, notBol, false);
  }

  private search(s: string, from: number, notBol: boolean, anyMatch: boolean): Match | undefined {
    const { prog, seen, stack, carriedPc, carriedStart, closedPc, closedStart } = this;
    const len = s.length;
    let carried = 0;
    let closed = 0;
    let bestStart = -1;
    let bestEnd = -1;
    let work = 0;
    /** the threads pc reaches without reading a byte, into the closed list */
    const add = (pc: number, start: number, pos: number, gen: number): void => {
      let sp = 0;
      stack[sp++] = pc;
      while (sp > 0) {
        const p = stack[--sp];
        if (seen[p] === gen) continue;
        seen[p] = gen;
        const inst = prog[p];
        switch (inst.op) {
          case OP_JMP:
            stack[sp++] = inst.x!;
            break;
          case OP_SPLIT:
            stack[sp++] = inst.y!;
            stack[sp++] = inst.x!;
            break;
          case OP_BOL:
            if (pos === 0 && !notBol) stack[sp++] = p + 1;
            break;
          case OP_EOL:
            if (pos === len) stack[sp++] = p + 1;
            break;
          default:
            closedPc[closed] = p;
            closedStart[closed] = start;
            closed++;
        }
      }
    };
    for (let pos = from; ; pos++) {
      const gen = ++this.generation;
      // threads carried over keep their (earlier) starts first: they win a tie on a pc
      closed = 0;
      for (let k = 0; k < carried; k++) add(carriedPc[k], carriedStart[k], pos, gen);
      if (bestStart < 0 && pos <= len) add(0, pos, pos, gen);
      if (closed === 0) break;
      work += closed;
      if (work >= WORK_FLUSH) {
        this.work(work);
        work = 0;
      }
      const c = pos < len ? s.charCodeAt(pos) : -1;
      carried = 0;
      for (let k = 0; k < closed; k++) {
        const inst = prog[closedPc[k]];
        const st = closedStart[k];
        if (inst.op === OP_MATCH) {
          if (bestStart < 0 || st < bestStart || (st === bestStart && pos > bestEnd)) {
            bestStart = st;
            bestEnd = pos;
          }
          if (anyMatch) break;
          continue;
        }
        if (bestStart >= 0 && st > bestStart) continue;
        if (c < 0) continue;
        if (inst.op === OP_BYTE ? inst.b === c : inst.set![c] === 1) {
          carriedPc[carried] = closedPc[k] + 1;
          carriedStart[carried] = st;
          carried++;
        }
      }
      if (anyMatch && bestStart >= 0) break;
      if (pos >= len) break;
      if (carried === 0 && bestStart >= 0) break;
    }
    this.work(work + SEARCH_COST);
    if (this.generation > 1e9) {
      this.generation = 0;
      this.seen.fill(0);
    }
    return bestStart < 0 ? undefined : { start: bestStart, end: bestEnd };
  }
}

/** compiled patterns by source: a dynamic regex in a loop is compiled once */
export class EreCache {
  private readonly map = new Map<string, Ere>();
  /** `work`: where every pattern's searches report their thread steps */
  constructor(private readonly work: EreWork = () => {}) {}

  get(source: string): Ere {
    let re = this.map.get(source);
    if (!re) {
      // compiling is work too: a dynamic pattern may be megabytes long
      this.work(1 + source.length);
      re = new Ere(source, this.work);
      if (this.map.size > 500) this.map.clear();
      this.map.set(source, re);
    }
    return re;
  }
}
