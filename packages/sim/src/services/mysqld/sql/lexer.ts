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

const ESCAPES: Record<string, string> = { "0": "\0", b: "\b", n: "\n", r: "\r", t: "\t", Z: "\x1a", "\\": "\\", "'": "'", '"': '"', "%": "\\%", _: "\\_" };

function isWordChar(c: string): boolean {
  return /[A-Za-z0-9_$\u0080-\uffff]/.test(c);
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
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\f") {
      i++;
      continue;
    }
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
      let out = "";
      i++;
      let closed = false;
      while (i < n) {
        const d = text[i];
        if (d === "\\" && i + 1 < n) {
          const e = text[i + 1];
          out += ESCAPES[e] ?? e;
          i += 2;
          continue;
        }
        if (d === c) {
          if (text[i + 1] === c) {
            out += c;
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        out += d;
        i++;
      }
      if (!closed) return ER.parse(nearText(text, start), line);
      toks.push({ type: "string", value: out, pos: start, line });
      line += countNewlines(text, start, i);
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
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(text[i + 1] ?? ""))) {
      const m = /^(?:0x[0-9a-fA-F]+|\d*\.?\d+(?:[eE][-+]?\d+)?|\d+\.)/.exec(text.slice(i, i + 400));
      const num = m ? m[0] : c;
      // "1abc" is an identifier in MariaDB; keep it simple: digits followed by letters form a word
      if (isWordChar(text[i + num.length] ?? "") && !/[eE.]/.test(num)) {
        let j = i;
        while (j < n && isWordChar(text[j])) j++;
        toks.push({ type: "word", value: text.slice(i, j), pos: start, line });
        i = j;
        continue;
      }
      toks.push({ type: "number", value: num, pos: start, line });
      i += num.length;
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
    if (isWordChar(c)) {
      let j = i;
      while (j < n && isWordChar(text[j])) j++;
      toks.push({ type: "word", value: text.slice(i, j), pos: start, line });
      i = j;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
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
