/**
 * The server's SQL tokenizer. Positions are offsets into the statement text
 * so that a syntax error can quote the rest of the statement from the
 * offending token, as MariaDB's "near '...' at line N" does.
 *
 * Comments: `-- ` and `#` to end of line, `/* ... *\/`. Executable comments
 * `/*!NNNNN ... *\/` (what mysqldump writes) are read as SQL when NNNNN is at
 * most the server's version (10.11.19 = 101119), and skipped otherwise;
 * `/*M!NNNNNN ... *\/` likewise (MariaDB-only).
 */
import { ER, type SqlError } from "../errors.js";

export const SERVER_VERSION_ID = 101119;

export type TokenType = "word" | "qident" | "string" | "number" | "op" | "uservar" | "sysvar" | "eof";

export interface Token {
  type: TokenType;
  /** word: as written; qident/string: unquoted contents; number/op: the text; sysvar: name without @@ */
  value: string;
  /** offset of the token's first character in the statement */
  pos: number;
  /** 1-based line of the token within the statement */
  line: number;
}

const OPS = ["<=>", "<=", ">=", "<>", "!=", "||", "&&", ":=", "<<", ">>", "(", ")", ",", ".", ";", "*", "+", "-", "/", "%", "=", "<", ">", "!", "~", "^", "&", "|"];

/** operators by their first character, longest first */
const OPS_BY_FIRST = new Map<string, string[]>();
for (const o of OPS) OPS_BY_FIRST.set(o[0], [...(OPS_BY_FIRST.get(o[0]) ?? []), o].sort((a, b) => b.length - a.length));

const ESCAPES: Record<string, string> = { "0": "\0", b: "\b", n: "\n", r: "\r", t: "\t", Z: "\x1a", "\\": "\\", "'": "'", '"': '"', "%": "\\%", _: "\\_" };

function isWordCode(k: number): boolean {
  return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95 || k === 36 || k >= 128;
}

function isWordChar(c: string): boolean {
  return c !== "" && isWordCode(c.charCodeAt(0));
}

const isDigit = (k: number) => k >= 48 && k <= 57;

/** the length of the number starting at `i` (digits, a fraction, an exponent; or 0x hex) */
function numberLength(text: string, i: number): number {
  const n = text.length;
  let j = i;
  if (text[j] === "0" && (text[j + 1] === "x" || text[j + 1] === "X") && /[0-9a-fA-F]/.test(text[j + 2] ?? "")) {
    j += 2;
    while (j < n && /[0-9a-fA-F]/.test(text[j])) j++;
    return j - i;
  }
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  if (text[j] === ".") {
    j++;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
  }
  if ((text[j] === "e" || text[j] === "E") && (isDigit(text.charCodeAt(j + 1)) || ((text[j + 1] === "-" || text[j + 1] === "+") && isDigit(text.charCodeAt(j + 2))))) {
    j += 2;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
  }
  return j - i;
}

/** Tokenize a statement; a string or comment left open is a syntax error near it. */
export function tokenize(text: string): Token[] | SqlError {
  const toks: Token[] = [];
  let i = 0;
  let line = 1;
  /** open executable comments whose closing `*\/` must be skipped */
  let execDepth = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line++;
      i++;
      continue;
    }
    if (code === 32 || code === 9 || code === 13 || code === 12) {
      i++;
      continue;
    }
    const c = text[i];
    if (c === "#" || (c === "-" && text[i + 1] === "-" && (i + 2 >= n || /\s/.test(text[i + 2])))) {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "*" && text[i + 1] === "/" && execDepth > 0) {
      execDepth--;
      i += 2;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const m = /^\/\*(M?)!(\d{5,6})?/.exec(text.slice(i, i + 10));
      if (m) {
        const version = m[2] ? Number(m[2]) : 0;
        if (version <= SERVER_VERSION_ID) {
          execDepth++;
          i += m[0].length;
          continue;
        }
      }
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return ER.parse(text.slice(i, i + 80), line);
      for (let k = i; k < end; k++) if (text.charCodeAt(k) === 10) line++;
      i = end + 2;
      continue;
    }
    const start = i;
    if (c === "'" || c === '"') {
      // copy runs between escapes and doubled quotes as slices
      const pieces: string[] = [];
      let j = i + 1;
      let runStart = j;
      let closed = false;
      while (j < n) {
        const d = text[j];
        if (d === "\\" && j + 1 < n) {
          pieces.push(text.slice(runStart, j));
          const e = text[j + 1];
          pieces.push(ESCAPES[e] ?? e);
          j += 2;
          runStart = j;
          continue;
        }
        if (d === c) {
          pieces.push(text.slice(runStart, j));
          if (text[j + 1] === c) {
            pieces.push(c);
            j += 2;
            runStart = j;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        j++;
      }
      if (!closed) return ER.parse(nearText(text, start), line);
      toks.push({ type: "string", value: pieces.length === 1 ? pieces[0] : pieces.join(""), pos: start, line });
      line += countNewlines(text, start, j);
      i = j;
      continue;
    }
    if (c === "`") {
      let out = "";
      i++;
      let closed = false;
      while (i < n) {
        if (text[i] === "`") {
          if (text[i + 1] === "`") {
            out += "`";
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        out += text[i++];
      }
      if (!closed) return ER.parse(nearText(text, start), line);
      toks.push({ type: "qident", value: out, pos: start, line });
      line += countNewlines(text, start, i);
      continue;
    }
    if (isDigit(code) || (c === "." && isDigit(text.charCodeAt(i + 1)))) {
      const len = numberLength(text, i);
      const num = text.slice(i, i + len);
      // "1abc" is an identifier in MariaDB: digits followed by letters form a word
      if (isWordChar(text[i + len] ?? "") && !/[eE.x]/.test(num)) {
        let j = i;
        while (j < n && isWordCode(text.charCodeAt(j))) j++;
        toks.push({ type: "word", value: text.slice(i, j), pos: start, line });
        i = j;
        continue;
      }
      toks.push({ type: "number", value: num, pos: start, line });
      i += len;
      continue;
    }
    if (c === "@") {
      if (text[i + 1] === "@") {
        let j = i + 2;
        while (j < n && (isWordChar(text[j]) || text[j] === ".")) j++;
        toks.push({ type: "sysvar", value: text.slice(i + 2, j), pos: start, line });
        i = j;
        continue;
      }
      let j = i + 1;
      if (text[j] === "'" || text[j] === "`" || text[j] === '"') {
        const close = text.indexOf(text[j], j + 1);
        if (close < 0) return ER.parse(nearText(text, start), line);
        toks.push({ type: "uservar", value: text.slice(j + 1, close), pos: start, line });
        i = close + 1;
        continue;
      }
      while (j < n && (isWordChar(text[j]) || text[j] === ".")) j++;
      toks.push({ type: "uservar", value: text.slice(i + 1, j), pos: start, line });
      i = j;
      continue;
    }
    if (isWordCode(code)) {
      let j = i;
      while (j < n && isWordCode(text.charCodeAt(j))) j++;
      toks.push({ type: "word", value: text.slice(i, j), pos: start, line });
      i = j;
      continue;
    }
    const op = text.startsWith(c, i) && OPS_BY_FIRST.get(c)?.find((o) => text.startsWith(o, i));
    if (!op) return ER.parse(nearText(text, start), line);
    toks.push({ type: "op", value: op, pos: start, line });
    i += op.length;
  }
  toks.push({ type: "eof", value: "", pos: n, line });
  return toks;
}

function countNewlines(text: string, from: number, to: number): number {
  let k = 0;
  for (let p = text.indexOf("\n", from); p >= 0 && p < to; p = text.indexOf("\n", p + 1)) k++;
  return k;
}

/** The rest of the statement from `pos`, as the parse error quotes it (80 characters, then "..."). */
export function nearText(text: string, pos: number): string {
  const rest = text.slice(pos);
  const chars = [...rest];
  return chars.length > 80 ? `${chars.slice(0, 80).join("")}...` : rest;
}
