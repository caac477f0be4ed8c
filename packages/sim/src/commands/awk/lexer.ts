/**
 * The awk scanner, as mawk's scan.c cuts a program into tokens: newlines
 * are tokens (the grammar uses them as separators), a backslash-newline
 * and comments vanish, `/` starts a regular expression unless it follows
 * something that ends an operand (then it divides), a name directly
 * followed by `(` is a function call. Number literals are decimal only
 * (`0x10` is 0 then the name x10, as in mawk); string and regex literals
 * end at their line (mawk's "runaway string constant" and "runaway regular
 * expression" errors). The program text is bytes.
 *
 * Brace and parenthesis depth are counted here as mawk counts them, for its
 * "extra '}'" / "missing ) near" texts.
 */

export type TokKind =
  | "NL"
  | ";"
  | "{"
  | "}"
  | "("
  | ")"
  | "["
  | "]"
  | ","
  | "NUMBER"
  | "STRING"
  | "ERE"
  | "NAME"
  | "FUNC_NAME"
  | "BUILTIN"
  | "KEYWORD"
  | "OP"
  | "EOF";

export interface Token {
  kind: TokKind;
  /** the text: an operator, a keyword, a name, a string's value, a regex's source */
  text: string;
  /** a number literal's value */
  value?: number;
  /** 1-based line of the token */
  line: number;
  /** the token as mawk names it in "syntax error at or near X" */
  shown: string;
  /** the -f file the token is from (undefined: the command line's program) */
  file?: string;
}

/** a token mawk's syntax error names with nothing at all ("syntax error", no "at or near") */
export const NO_NEAR = "\0";

export class AwkSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly text: string,
    /** true: "mawk: N: ..." (the scanner's unexpected character); false: "mawk: line N: ..." */
    readonly bare = false,
    public file?: string,
  ) {
    super(text);
  }
}

const KEYWORDS = new Set([
  "BEGIN", "END", "function", "if", "else", "while", "for", "do", "break", "continue", "next", "nextfile",
  "exit", "return", "delete", "in", "getline", "print", "printf",
]);

/** builtin functions (mawk's table) and the ones the grammar treats apart */
const BUILTINS = new Set([
  "length", "index", "substr", "sprintf", "sin", "cos", "atan2", "exp", "log", "int", "sqrt", "rand", "srand",
  "close", "system", "toupper", "tolower", "fflush", "split", "match", "sub", "gsub",
]);

const OPS = [
  "+=", "-=", "*=", "/=", "%=", "^=", "==", "<=", ">=", "!=", "!~", "++", "--", "&&", "||", ">>",
  "+", "-", "*", "/", "%", "^", "!", ">", "<", "|", "?", ":", "~", "$", "=",
];

const STRING_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07", b: "\b", "\\": "\\", '"': '"' };

/** the escapes of a string literal (or a -v value): C's, octal, \xHH; an unknown one keeps its backslash (so "\/" stays two bytes) */
export function unescapeString(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[++i];
    if (d in STRING_ESCAPES) out += STRING_ESCAPES[d];
    else if (d >= "0" && d <= "7") {
      let v = 0;
      let j = i;
      while (j < i + 3 && s[j] >= "0" && s[j] <= "7") v = v * 8 + s.charCodeAt(j++) - 48;
      out += String.fromCharCode(v & 255);
      i = j - 1;
    } else if (d === "x" && /[0-9A-Fa-f]/.test(s[i + 1] ?? "")) {
      const hex = /^[0-9A-Fa-f]{1,2}/.exec(s.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(hex, 16));
      i += hex.length;
    } else out += `\\${d}`;
  }
  return out;
}

/** tokens after which `/` divides */
function endsOperand(t: Token | undefined): boolean {
  if (!t) return false;
  switch (t.kind) {
    case "NUMBER":
    case "STRING":
    case "ERE":
    case "NAME":
    case ")":
    case "]":
      return true;
    case "BUILTIN":
      return t.text === "length";
    case "OP":
      return t.text === "++" || t.text === "--" || t.text === "$";
    case "KEYWORD":
      return t.text === "getline";
    default:
      return false;
  }
}

/**
 * mawk's scanner counts braces and parentheses: a `)` or `}` that closes
 * nothing is reported ("extra ')'") and dropped, a `}` inside parentheses is
 * "missing ) near }". Those texts come first; `stop` says the scanner gave up.
 */
function balance(toks: Token[]): { toks: Token[]; errors: AwkSyntaxError[]; stop: boolean } {
  const out: Token[] = [];
  const errors: AwkSyntaxError[] = [];
  let parens = 0;
  let braces = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === "(") parens++;
    else if (t.kind === ")") {
      if (parens === 0) {
        errors.push(new AwkSyntaxError(t.line, "extra ')'", false, t.file));
        continue;
      }
      parens--;
    } else if (t.kind === "{") braces++;
    else if (t.kind === "}") {
      if (parens > 0) {
        errors.push(new AwkSyntaxError(t.line, "missing ) near }", false, t.file));
        return { toks: out, errors, stop: true };
      }
      if (braces === 0) {
        errors.push(new AwkSyntaxError(t.line, "extra '}'", false, t.file));
        const next = toks[i + 1];
        if (next?.kind === "NL") {
          errors.push(new AwkSyntaxError(next.line, "syntax error at or near end of line", false, next.file));
          return { toks: out, errors, stop: true };
        }
        continue;
      }
      braces--;
    }
    out.push(t);
  }
  return { toks: out, errors, stop: false };
}

/** several errors at once: each is a line of its own */
export class AwkSyntaxErrors extends Error {
  constructor(readonly errors: AwkSyntaxError[]) {
    super(errors[0]?.text);
  }
}

/** the tokens of each program text, balanced; errors found on the way come first */
export function scanProgram(texts: { src: string; file?: string }[]): { toks: Token[]; errors: AwkSyntaxError[]; stop: boolean } {
  return balance(tokenizeAll(texts));
}

/** the tokens of each program text (the -f files, or the one operand), one stream */
function tokenizeAll(texts: { src: string; file?: string }[]): Token[] {
  const out: Token[] = [];
  for (const t of texts) {
    try {
      const toks = tokenize(t.src);
      for (const tok of toks) tok.file = t.file;
      out.push(...toks.slice(0, -1));
      if (t === texts[texts.length - 1]) out.push(toks[toks.length - 1]);
    } catch (e) {
      if (e instanceof AwkSyntaxError) e.file = t.file;
      throw e;
    }
  }
  return out;
}

export function tokenize(src: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  let line = 1;
  const push = (kind: TokKind, text: string, shown = text, value?: number) => {
    toks.push({ kind, text, shown, line, value });
  };
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v") {
      i++;
      continue;
    }
    if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
      line++;
      continue;
    }
    if (c === "\\" && src[i + 1] === "\r" && src[i + 2] === "\n") {
      i += 3;
      line++;
      continue;
    }
    if (c === "#") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "\n") {
      push("NL", "\n", "end of line");
      line++;
      i++;
      continue;
    }
    if ("{};,[]()".includes(c)) {
      push(c as TokKind, c);
      i++;
      continue;
    }
    if ((c >= "0" && c <= "9") || (c === "." && src[i + 1] >= "0" && src[i + 1] <= "9")) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(src.slice(i, i + 400))!;
      push("NUMBER", m[0], m[0], Number(m[0]));
      i += m[0].length;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let raw = "";
      for (;;) {
        if (j >= src.length || src[j] === "\n") throw new AwkSyntaxError(line, `runaway string constant "${src.slice(i + 1, i + 11)} ...`);
        if (src[j] === "\\" && j + 1 < src.length) {
          if (src[j + 1] === "\n") {
            j += 2;
            line++;
            continue;
          }
          raw += src[j] + src[j + 1];
          j += 2;
          continue;
        }
        if (src[j] === '"') break;
        raw += src[j++];
      }
      const value = unescapeString(raw);
      push("STRING", value, value);
      i = j + 1;
      continue;
    }
    if (c === "/" && !endsOperand(toks[toks.length - 1])) {
      let j = i + 1;
      let raw = "";
      let inBracket = false;
      for (;;) {
        if (j >= src.length || src[j] === "\n") throw new AwkSyntaxError(line, `runaway regular expression /${src.slice(i + 1, i + 11)} ...`);
        const d = src[j];
        if (d === "\\" && j + 1 < src.length && src[j + 1] !== "\n") {
          // \/ is a slash; other escapes are the regex's own
          raw += src[j + 1] === "/" ? "/" : d + src[j + 1];
          j += 2;
          continue;
        }
        if (inBracket) {
          if (d === "]" && !(raw.endsWith("[") || raw.endsWith("[^"))) inBracket = false;
        } else if (d === "[") inBracket = true;
        else if (d === "/") break;
        raw += d;
        j++;
      }
      push("ERE", raw, `/${raw}/`);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[A-Za-z0-9_]/.test(src[j])) j++;
      const word = src.slice(i, j);
      if (KEYWORDS.has(word)) push("KEYWORD", word);
      else if (BUILTINS.has(word)) push("BUILTIN", word, word === "length" ? NO_NEAR : word);
      else if (src[j] === "(") push("FUNC_NAME", word);
      else push("NAME", word, word === "NF" ? "$" : word);
      i = j;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      // mawk names `~` and `>>` oddly in its syntax errors
      push("OP", op, op === "~" ? "" : op === ">>" ? ">" : op);
      i += op.length;
      continue;
    }
    throw new AwkSyntaxError(line, `unexpected character '${c}'`, true);
  }
  // mawk reads every program text as if one more newline ended it
  push("NL", "\n", "end of line");
  line++;
  push("EOF", "", "end of file");
  return toks;
}
