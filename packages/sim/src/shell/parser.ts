/**
 * Parser: tokens to a syntax tree (ast.ts), by recursive descent over bash's
 * grammar. `parseNext()` returns one complete command (up to an unnested
 * newline) so the caller can run it before parsing the next, as bash does
 * with scripts. Errors carry bash's wording; `incomplete` marks errors caused
 * only by running out of input (the terminal then asks for another line).
 */
import type { Assign, CaseItem, Command, HereDoc, List, Pipeline, Redir, Word, AndOr } from "./ast.js";
import { Lexer, LexEof, type Token } from "./lexer.js";
import { parseWord } from "./word-parse.js";

export class ShellSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based line the error is reported at */
    readonly line: number,
    /** more input could complete the command */
    readonly incomplete: boolean,
  ) {
    super(message);
  }
}

export const RESERVED = new Set([
  "if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for", "in",
  "function", "{", "}", "!", "[[", "]]", "select", "time",
]);

/** words that end a list: a command cannot start with them */
const LIST_END = new Set(["then", "else", "elif", "fi", "do", "done", "esac", "}", "in"]);

const REDIR_OPS = new Set(["<", ">", ">>", ">|", "<>", "<<", "<<-", "<<<", "<&", ">&", "&>", "&>>"]);

/** at most this many nested constructs, so a hostile line cannot exhaust the JS stack */
const MAX_NESTING = 200;

export class Parser {
  readonly lexer: Lexer;
  private depth = 0;

  constructor(readonly src: string) {
    this.lexer = new Lexer(src);
  }

  /** The next complete command, or null at end of input. */
  parseNext(): List | null {
    return this.wrap(() => {
      this.skipNewlines();
      if (this.peek().k === "eof") return null;
      const list = this.parseList(true);
      const t = this.peek();
      if (t.k === "nl") this.next();
      else if (t.k !== "eof") this.unexpected(t);
      return list;
    });
  }

  /** Parse everything; throws on the first error. */
  parseAll(): List[] {
    const out: List[] = [];
    for (let l = this.parseNext(); l; l = this.parseNext()) out.push(l);
    return out;
  }

  private wrap<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof LexEof) throw new ShellSyntaxError(e.message, e.line, true);
      throw e;
    }
  }

  private peek(): Token {
    return this.lexer.peek();
  }
  private next(): Token {
    return this.lexer.next();
  }

  private isWord(t: Token, w?: string): t is Extract<Token, { k: "word" }> {
    return t.k === "word" && (w === undefined || t.raw === w);
  }
  private isOp(t: Token, op: string): boolean {
    return t.k === "op" && t.op === op;
  }

  private unexpected(t: Token): never {
    if (t.k === "eof") throw new ShellSyntaxError("syntax error: unexpected end of file", t.line, true);
    const text = t.k === "nl" ? "newline" : t.k === "word" ? t.raw : t.op;
    throw new ShellSyntaxError(`syntax error near unexpected token \`${text}'`, t.line, false);
  }

  private skipNewlines(): void {
    while (this.peek().k === "nl") this.next();
  }

  private expectWord(w: string): Token {
    this.skipNewlines();
    const t = this.peek();
    if (!this.isWord(t, w)) this.unexpected(t);
    return this.next();
  }

  /** `top`: stop at a newline (one complete command); otherwise newlines separate commands */
  private parseList(top: boolean): List {
    const list: List = { items: [] };
    for (;;) {
      if (!top) this.skipNewlines();
      const t = this.peek();
      if (t.k === "eof" || (t.k === "nl" && top)) break;
      if (t.k === "word" && LIST_END.has(t.raw)) break;
      if (t.k === "op" && (t.op === ")" || t.op === ";;" || t.op === ";&" || t.op === ";;&")) break;
      const andOr = this.parseAndOr();
      const sep = this.peek();
      if (this.isOp(sep, ";") || this.isOp(sep, "&")) {
        this.next();
        list.items.push({ andOr, background: sep.k === "op" && sep.op === "&" });
        continue;
      }
      list.items.push({ andOr, background: false });
      if (sep.k === "nl") {
        if (top) break;
        continue;
      }
      break;
    }
    return list;
  }

  /** a list that must not be empty (`if` conditions, bodies) */
  private parseBody(): List {
    const list = this.parseList(false);
    if (list.items.length === 0) this.unexpected(this.peek());
    return list;
  }

  private parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const rest: AndOr["rest"] = [];
    for (;;) {
      const t = this.peek();
      if (t.k === "op" && (t.op === "&&" || t.op === "||")) {
        this.next();
        this.skipNewlines();
        rest.push({ op: t.op, pipeline: this.parsePipeline() });
      } else break;
    }
    return { first, rest };
  }

  private parsePipeline(): Pipeline {
    let negate = false;
    let timed: Pipeline["timed"];
    const line = this.peek().line;
    for (;;) {
      if (this.isWord(this.peek(), "!")) {
        this.next();
        negate = !negate;
      } else if (timed === undefined && this.isWord(this.peek(), "time")) {
        // bash's timespec: `time [-p]` before a pipeline, or on its own
        this.next();
        timed = "bash";
        if (this.isWord(this.peek(), "-p")) {
          this.next();
          timed = "posix";
        }
      } else break;
    }
    if (timed) {
      const t = this.peek();
      if (t.k === "nl" || t.k === "eof" || (t.k === "op" && (t.op === ";" || t.op === "&"))) return { negate, cmds: [], line, timed };
    }
    const cmds: Command[] = [this.parseCommand()];
    for (;;) {
      const t = this.peek();
      if (t.k === "op" && (t.op === "|" || t.op === "|&")) {
        this.next();
        this.skipNewlines();
        const cmd = this.parseCommand();
        if (t.op === "|&") {
          const prev = cmds[cmds.length - 1];
          if ("redirs" in prev) prev.redirs.push({ fd: 2, op: ">&", target: { raw: "1", line: t.line } });
        }
        cmds.push(cmd);
      } else break;
    }
    return timed ? { negate, cmds, line, timed } : { negate, cmds, line };
  }

  private parseCommand(): Command {
    if (++this.depth > MAX_NESTING) throw new ShellSyntaxError("syntax error: nesting too deep", this.peek().line, false);
    try {
      return this.parseCommandInner();
    } finally {
      this.depth--;
    }
  }

  private parseCommandInner(): Command {
    const t = this.peek();
    if (t.k === "op" && t.op === "(") {
      this.next();
      if (this.isOp(this.peek(), "(")) {
        // `((` directly: an arithmetic command
        return this.parseArithCommand(t);
      }
      const body = this.parseBody();
      const close = this.peek();
      if (!this.isOp(close, ")")) this.unexpected(close);
      this.next();
      return { k: "subshell", line: t.line, body, redirs: this.parseRedirs() };
    }
    if (t.k === "word") {
      switch (t.raw) {
        case "if":
          return this.parseIf();
        case "for":
          return this.parseFor();
        case "while":
        case "until":
          return this.parseWhile(t.raw === "until");
        case "case":
          return this.parseCase();
        case "{": {
          this.next();
          const body = this.parseBody();
          this.expectWord("}");
          return { k: "group", line: t.line, body, redirs: this.parseRedirs() };
        }
        case "function":
          return this.parseFunction(true);
        case "[[":
          return this.parseCond();
        case "then": case "else": case "elif": case "fi": case "do": case "done": case "esac": case "}": case "in": case "]]":
          this.unexpected(t);
      }
      // name() ...
      if (/^[A-Za-z_][A-Za-z0-9_.:-]*$/.test(t.raw) && !RESERVED.has(t.raw)) {
        this.next();
        if (this.isOp(this.peek(), "(")) return this.parseFunctionAfterName(t, t.start);
        return this.parseSimple(t);
      }
    }
    return this.parseSimple(null);
  }

  private parseArithCommand(open: Token): Command {
    // the lexer gave `(` `(`; take the raw text up to the matching `))`
    const src = this.lexer.src;
    const innerStart = open.end + 1;
    let depth = 0;
    let i = innerStart;
    for (; i < src.length; i++) {
      if (src[i] === "(") depth++;
      else if (src[i] === ")") {
        if (depth === 0) break;
        depth--;
      }
    }
    if (i >= src.length || src[i + 1] !== ")") throw new ShellSyntaxError("syntax error: unexpected end of file", this.lexer.eofLine, true);
    const expr = src.slice(innerStart, i);
    // re-synchronise the lexer after `))`
    this.skipTo(i + 2);
    return { k: "arith", line: open.line, expr: { raw: expr, line: open.line }, redirs: this.parseRedirs() };
  }

  private skipTo(offset: number): void {
    while (this.peek().k !== "eof" && this.peek().start < offset) this.next();
  }

  private parseCond(): Command {
    const open = this.next();
    const words: Word[] = [];
    for (;;) {
      const t = this.peek();
      if (t.k === "eof") this.unexpected(t);
      if (t.k === "nl") {
        this.next();
        continue;
      }
      if (this.isWord(t, "]]")) {
        this.next();
        break;
      }
      const tok = this.next();
      words.push({ raw: tok.k === "word" ? tok.raw : tok.k === "op" ? tok.op : "", line: tok.line });
    }
    return { k: "cond", line: open.line, words, redirs: this.parseRedirs() };
  }

  private parseIf(): Command {
    const start = this.next();
    const clauses: { cond: List; body: List }[] = [];
    let elseBody: List | null = null;
    for (;;) {
      const cond = this.parseBody();
      this.expectWord("then");
      const body = this.parseBody();
      clauses.push({ cond, body });
      const t = this.peek();
      if (this.isWord(t, "elif")) {
        this.next();
        continue;
      }
      if (this.isWord(t, "else")) {
        this.next();
        elseBody = this.parseBody();
        this.expectWord("fi");
        break;
      }
      this.expectWord("fi");
      break;
    }
    return { k: "if", line: start.line, clauses, elseBody, redirs: this.parseRedirs() };
  }

  private parseDoGroup(): List {
    this.expectWord("do");
    const body = this.parseBody();
    this.expectWord("done");
    return body;
  }

  private parseFor(): Command {
    const start = this.next();
    const nameTok = this.next();
    if (nameTok.k !== "word") this.unexpected(nameTok);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(nameTok.raw)) {
      throw new ShellSyntaxError(`\`${nameTok.raw}': not a valid identifier`, nameTok.line, false);
    }
    let words: Word[] | null = null;
    let t = this.peek();
    if (this.isOp(t, ";")) {
      this.next();
    } else {
      this.skipNewlines();
      t = this.peek();
      if (this.isWord(t, "in")) {
        this.next();
        words = [];
        for (;;) {
          const w = this.peek();
          if (w.k !== "word") break;
          this.next();
          words.push({ raw: w.raw, line: w.line });
        }
        const sep = this.peek();
        if (this.isOp(sep, ";") || sep.k === "nl") this.next();
        else this.unexpected(sep);
      }
    }
    const body = this.parseDoGroup();
    return { k: "for", line: start.line, name: nameTok.raw, words, body, redirs: this.parseRedirs() };
  }

  private parseWhile(until: boolean): Command {
    const start = this.next();
    const cond = this.parseBody();
    const body = this.parseDoGroup();
    return { k: "while", line: start.line, until, cond, body, redirs: this.parseRedirs() };
  }

  private parseCase(): Command {
    const start = this.next();
    const wt = this.next();
    if (wt.k !== "word") this.unexpected(wt);
    this.expectWord("in");
    const items: CaseItem[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (this.isWord(t, "esac")) {
        this.next();
        break;
      }
      if (this.isOp(t, "(")) this.next();
      const patterns: Word[] = [];
      for (;;) {
        const p = this.next();
        if (p.k !== "word") this.unexpected(p);
        patterns.push({ raw: p.raw, line: p.line });
        const sep = this.next();
        if (this.isOp(sep, "|")) continue;
        if (this.isOp(sep, ")")) break;
        this.unexpected(sep);
      }
      const body = this.parseList(false);
      const end = this.peek();
      let term: CaseItem["term"] = ";;";
      if (end.k === "op" && (end.op === ";;" || end.op === ";&" || end.op === ";;&")) {
        term = end.op;
        this.next();
        items.push({ patterns, body, term });
        continue;
      }
      items.push({ patterns, body, term });
      this.skipNewlines();
      if (this.isWord(this.peek(), "esac")) {
        this.next();
        break;
      }
      this.unexpected(this.peek());
    }
    return { k: "case", line: start.line, word: { raw: wt.raw, line: wt.line }, items, redirs: this.parseRedirs() };
  }

  private parseFunction(keyword: boolean): Command {
    const kw = this.next();
    const nameTok = this.next();
    if (nameTok.k !== "word") this.unexpected(nameTok);
    if (this.isOp(this.peek(), "(")) return this.parseFunctionAfterName(nameTok, keyword ? kw.start : nameTok.start);
    this.skipNewlines();
    return this.finishFunction(nameTok, kw.start);
  }

  private parseFunctionAfterName(nameTok: Extract<Token, { k: "word" }>, start: number): Command {
    this.next(); // (
    const close = this.next();
    if (!this.isOp(close, ")")) this.unexpected(close);
    this.skipNewlines();
    return this.finishFunction(nameTok, start);
  }

  private finishFunction(nameTok: Extract<Token, { k: "word" }>, start: number): Command {
    const t = this.peek();
    const compound =
      (t.k === "word" && ["{", "if", "for", "while", "until", "case", "[["].includes(t.raw)) || this.isOp(t, "(");
    if (!compound) this.unexpected(t);
    const body = this.parseCommand();
    const end = this.lastEnd;
    return { k: "funcdef", line: nameTok.line, name: nameTok.raw, body, src: this.lexer.src.slice(start, end) };
  }

  /** end offset of the last token consumed */
  private get lastEnd(): number {
    const t = this.peek();
    // the token after the body has been peeked (redirections of the body were consumed);
    // the body ends at the last non-blank before it
    let e = t.start;
    while (e > 0 && /[ \t\n]/.test(this.lexer.src[e - 1])) e--;
    return e;
  }

  private parseRedirs(): Redir[] {
    const redirs: Redir[] = [];
    for (;;) {
      const r = this.tryRedir();
      if (!r) break;
      redirs.push(r);
    }
    return redirs;
  }

  private tryRedir(): Redir | null {
    const t = this.peek();
    if (t.k !== "op" || !REDIR_OPS.has(t.op)) return null;
    this.next();
    const target = this.next();
    if (target.k !== "word") this.unexpected(target);
    const redir: Redir = { fd: t.fd, op: t.op, target: { raw: target.raw, line: target.line } };
    if (t.op === "<<" || t.op === "<<-") {
      const quoted = /['"\\]/.test(target.raw);
      const doc: HereDoc = {
        delim: quoted ? removeQuotes(target.raw) : target.raw,
        quoted,
        strip: t.op === "<<-",
        body: "",
        line: t.line,
        unterminated: false,
      };
      this.lexer.queueHeredoc(doc);
      redir.heredoc = doc;
    }
    return redir;
  }

  private parseSimple(first: Extract<Token, { k: "word" }> | null): Command {
    const assigns: Assign[] = [];
    const words: Word[] = [];
    const redirs: Redir[] = [];
    let line = first ? first.line : this.peek().line;
    const addWord = (w: Extract<Token, { k: "word" }>) => {
      if (words.length === 0) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(w.raw);
        if (m) {
          assigns.push({ name: m[1], append: m[2] === "+", value: { raw: w.raw.slice(m[0].length), line: w.line } });
          return;
        }
      }
      words.push({ raw: w.raw, line: w.line });
    };
    if (first) addWord(first);
    for (;;) {
      const r = this.tryRedir();
      if (r) {
        redirs.push(r);
        continue;
      }
      const t = this.peek();
      if (t.k !== "word") break;
      if (words.length === 0 && assigns.length === 0 && redirs.length === 0) line = t.line;
      this.next();
      addWord(t);
    }
    const cmd: Command = { k: "simple", line: first ? first.line : line, assigns, words, redirs };
    return this.collectRedirs(cmd);
  }

  private collectRedirs(cmd: Extract<Command, { k: "simple" }>): Command {
    if (cmd.assigns.length === 0 && cmd.words.length === 0 && cmd.redirs.length === 0) this.unexpected(this.peek());
    return cmd;
  }
}

/** quote removal for here-document delimiters */
function removeQuotes(raw: string): string {
  let out = "";
  for (const p of parseWord(raw)) {
    if (p.t === "lit" || p.t === "q") out += p.s;
    else if (p.t === "dq") out += p.parts.map((q) => (q.t === "lit" || q.t === "q" ? q.s : "")).join("");
  }
  return out;
}
