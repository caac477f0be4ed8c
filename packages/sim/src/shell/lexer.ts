/**
 * Lexer: source text to tokens, pulled one at a time by the parser (so that a
 * syntax error late in a script does not stop the lines before it from
 * running). Words are returned with their raw text; reserved words are
 * recognised by the parser, which knows when a word is in command position.
 * Here-document bodies are read when the newline that ends their line is
 * consumed, and stored into the `HereDoc` record the parser queued.
 */
import type { HereDoc } from "./ast.js";
import {
  skipAnsi,
  skipBacktick,
  skipBrace,
  skipDollarParen,
  skipDouble,
  skipSingle,
  Unterminated,
} from "./scan.js";

export type Token =
  | { k: "word"; raw: string; line: number; start: number; end: number }
  | { k: "op"; op: string; fd: number | null; line: number; start: number; end: number }
  | { k: "nl"; line: number; start: number; end: number }
  | { k: "eof"; line: number; start: number; end: number };

/** Longest first, so that `<<-` wins over `<<` and `<`. */
const OPERATORS = [
  ";;&", "&>>", "<<<", "<<-",
  ";;", ";&", "&&", "||", "|&", "&>", "<<", "<&", "<>", ">>", ">&", ">|",
  ";", "&", "|", "(", ")", "<", ">",
];

const META = new Set([" ", "\t", "\n", ";", "&", "|", "<", ">", "(", ")"]);

/** Input ended inside a construct; `message` is bash's text for it. */
export class LexEof extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

export class Lexer {
  private pos = 0;
  private peeked: Token | null = null;
  private pending: HereDoc[] = [];
  private readonly lineStarts: number[] = [0];
  /** here-documents whose body hit end of input */
  readonly unterminatedHeredocs: HereDoc[] = [];

  constructor(readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src[i] === "\n") this.lineStarts.push(i + 1);
  }

  /** 1-based line of a source offset */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** the text of a 1-based line, for "`echo a;;'" quotes in script errors */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.src.length;
    const nl = this.src.indexOf("\n", start);
    return this.src.slice(start, nl < 0 ? this.src.length : nl);
  }

  /** the line bash reports for an error at end of input */
  get eofLine(): number {
    return this.lineStarts.length + (this.src.endsWith("\n") ? 0 : 1);
  }

  queueHeredoc(doc: HereDoc): void {
    this.pending.push(doc);
  }

  get hasPendingHeredocs(): boolean {
    return this.pending.length > 0;
  }

  peek(): Token {
    if (!this.peeked) this.peeked = this.read();
    return this.peeked;
  }

  next(): Token {
    const t = this.peek();
    this.peeked = null;
    return t;
  }

  private read(): Token {
    const src = this.src;
    // blanks, line continuations and comments between tokens
    for (;;) {
      const c = src[this.pos];
      if (c === " " || c === "\t") this.pos++;
      else if (c === "\\" && src[this.pos + 1] === "\n") this.pos += 2;
      else if (c === "#") {
        const nl = src.indexOf("\n", this.pos);
        this.pos = nl < 0 ? src.length : nl;
      } else break;
    }
    const start = this.pos;
    const line = this.lineAt(start);
    if (start >= src.length) {
      this.finishHeredocsAtEof();
      return { k: "eof", line: this.eofLine, start, end: start };
    }
    if (src[start] === "\n") {
      this.pos++;
      this.readHeredocBodies();
      return { k: "nl", line, start, end: start + 1 };
    }
    // an fd number directly before a redirection operator: `2>`
    let j = start;
    while (j < src.length && src[j] >= "0" && src[j] <= "9") j++;
    if (j > start && (src[j] === "<" || src[j] === ">")) {
      const op = this.matchOperator(j)!;
      this.pos = j + op.length;
      return { k: "op", op, fd: Number(src.slice(start, j)), line, start, end: this.pos };
    }
    const op = this.matchOperator(start);
    if (op) {
      this.pos = start + op.length;
      return { k: "op", op, fd: null, line, start, end: this.pos };
    }
    this.pos = this.scanWord(start);
    return { k: "word", raw: src.slice(start, this.pos), line, start, end: this.pos };
  }

  private matchOperator(i: number): string | null {
    for (const op of OPERATORS) if (this.src.startsWith(op, i)) return op;
    return null;
  }

  private scanWord(i: number): number {
    const src = this.src;
    try {
      while (i < src.length) {
        const c = src[i];
        if (META.has(c)) break;
        if (c === "\\") i += 2;
        else if (c === "'") i = skipSingle(src, i + 1);
        else if (c === '"') i = skipDouble(src, i + 1);
        else if (c === "`") i = skipBacktick(src, i + 1);
        else if (c === "$" && src[i + 1] === "'") i = skipAnsi(src, i + 2);
        else if (c === "$" && src[i + 1] === "(") i = skipDollarParen(src, i + 2);
        else if (c === "$" && src[i + 1] === "{") i = skipBrace(src, i + 2);
        else i++;
      }
    } catch (e) {
      if (e instanceof Unterminated) throw new LexEof(e.message, this.lineAt(i));
      throw e;
    }
    return Math.min(i, src.length);
  }

  private readHeredocBodies(): void {
    const docs = this.pending;
    this.pending = [];
    for (const doc of docs) {
      let body = "";
      for (;;) {
        if (this.pos >= this.src.length) {
          doc.unterminated = true;
          this.unterminatedHeredocs.push(doc);
          break;
        }
        const nl = this.src.indexOf("\n", this.pos);
        const end = nl < 0 ? this.src.length : nl;
        let text = this.src.slice(this.pos, end);
        this.pos = nl < 0 ? end : end + 1;
        if (doc.strip) text = text.replace(/^\t+/, "");
        if (text === doc.delim) break;
        body += text + "\n";
      }
      doc.body = body;
    }
  }

  private finishHeredocsAtEof(): void {
    for (const doc of this.pending) {
      doc.unterminated = true;
      this.unterminatedHeredocs.push(doc);
    }
    this.pending = [];
  }
}
