/**
 * Raw word text to parts: quotes, escapes, `$'...'`, parameters, command and
 * arithmetic substitutions, tilde prefixes. Three modes follow bash's quoting
 * rules: a normal word, the inside of double quotes, and an unquoted
 * here-document body (where `"` is an ordinary character).
 */
import { hexEscape, letterEscape, octalEscape, unicodeEscape } from "./c-escapes.js";
import type { ParamExp, WordPart } from "./ast.js";
import { skipBacktick, skipBrace, skipCommandSub, skipDouble, skipSingle, tryArith, skipAnsi } from "./scan.js";

export type WordMode = "word" | "dq" | "heredoc";

/** Expansion text that cannot be parsed, e.g. `${}`: bash's "bad substitution". */
export class BadSubstitution extends Error {
  constructor(readonly text: string) {
    super(`${text}: bad substitution`);
  }
}

const SPECIAL_PARAMS = "?$#@*!-0123456789";

export function parseWord(raw: string, mode: WordMode = "word", opts: { assignment?: boolean } = {}): WordPart[] {
  const parts: WordPart[] = [];
  let lit = "";
  const flush = () => {
    if (lit) parts.push({ t: "lit", s: lit });
    lit = "";
  };
  const push = (p: WordPart) => {
    flush();
    parts.push(p);
  };
  let i = 0;
  const n = raw.length;
  // a tilde prefix: `~` or `~user` up to the first `/` (or `:` in an assignment)
  const tildeAt = (at: number): number => {
    let j = at + 1;
    while (j < n && raw[j] !== "/" && !(opts.assignment && raw[j] === ":")) {
      if ("\\'\"$`".includes(raw[j])) return -1;
      j++;
    }
    push({ t: "tilde", user: raw.slice(at + 1, j) });
    return j;
  };
  if (mode === "word" && raw[0] === "~") {
    const j = tildeAt(0);
    if (j >= 0) i = j;
  }
  while (i < n) {
    const c = raw[i];
    if (c === "\\") {
      const d = raw[i + 1];
      if (d === undefined) {
        lit += "\\";
        i++;
      } else if (d === "\n") i += 2;
      else if (mode === "word") {
        push({ t: "q", s: d });
        i += 2;
      } else if (d === "$" || d === "`" || d === "\\" || (mode === "dq" && d === '"')) {
        push({ t: "q", s: d });
        i += 2;
      } else {
        lit += "\\";
        i++;
      }
    } else if (c === "'" && mode === "word") {
      const end = skipSingle(raw, i + 1);
      push({ t: "q", s: raw.slice(i + 1, end - 1) });
      i = end;
    } else if (c === '"' && mode === "word") {
      const end = skipDouble(raw, i + 1);
      push({ t: "dq", parts: parseWord(raw.slice(i + 1, end - 1), "dq") });
      i = end;
    } else if (c === "`") {
      const end = skipBacktick(raw, i + 1);
      push({ t: "cmd", src: unescapeBacktick(raw.slice(i + 1, end - 1)) });
      i = end;
    } else if (c === "$") {
      i = parseDollar(raw, i, mode, push, (s) => (lit += s));
    } else if (c === "~" && mode === "word" && opts.assignment && (raw[i - 1] === ":" || isAssignEq(raw, i - 1))) {
      const j = tildeAt(i);
      if (j >= 0) i = j;
      else {
        lit += c;
        i++;
      }
    } else {
      lit += c;
      i++;
    }
  }
  flush();
  return parts;
}

/** `=` at index i is the first `=` of an assignment word */
function isAssignEq(raw: string, i: number): boolean {
  return raw[i] === "=" && raw.indexOf("=") === i;
}

function unescapeBacktick(s: string): string {
  return s.replace(/\\([$`\\])/g, "$1");
}

function parseDollar(
  raw: string,
  i: number,
  mode: WordMode,
  push: (p: WordPart) => void,
  lit: (s: string) => void,
): number {
  const d = raw[i + 1];
  if (d === "'" && mode === "word") {
    const end = skipAnsi(raw, i + 2);
    push({ t: "q", s: ansiC(raw.slice(i + 2, end - 1)) });
    return end;
  }
  if (d === '"' && mode === "word") {
    // $"..." (locale translation) is plain double quoting without a catalog
    const end = skipDouble(raw, i + 2);
    push({ t: "dq", parts: parseWord(raw.slice(i + 2, end - 1), "dq") });
    return end;
  }
  if (d === "(") {
    if (raw[i + 2] === "(") {
      const end = tryArith(raw, i + 3);
      if (end >= 0) {
        push({ t: "arith", src: raw.slice(i + 3, end - 2) });
        return end;
      }
    }
    const end = skipCommandSub(raw, i + 2);
    push({ t: "cmd", src: raw.slice(i + 2, end - 1) });
    return end;
  }
  if (d === "{") {
    const end = skipBrace(raw, i + 2);
    push({ t: "param", p: parseBraceParam(raw.slice(i, end)) });
    return end;
  }
  if (d !== undefined && /[A-Za-z_]/.test(d)) {
    let j = i + 2;
    while (j < raw.length && /[A-Za-z0-9_]/.test(raw[j])) j++;
    push({ t: "param", p: { name: raw.slice(i + 1, j), src: raw.slice(i, j) } });
    return j;
  }
  if (d !== undefined && SPECIAL_PARAMS.includes(d)) {
    push({ t: "param", p: { name: d, src: raw.slice(i, i + 2) } });
    return i + 2;
  }
  lit("$");
  return i + 1;
}

const PARAM_OPS = [":-", ":=", ":+", ":?", "##", "%%", "//", "/#", "/%", "^^", ",,", "-", "=", "+", "?", "#", "%", "/", "^", ",", ":"];

/** `${...}` text (with the `${` and `}`) to a parameter expansion */
export function parseBraceParam(src: string): ParamExp {
  let body = src.slice(2, -1);
  const p: ParamExp = { name: "", src };
  if (body.startsWith("#") && body.length > 1 && !/^#[-=?+:%#]/.test(body.slice(0, 2) + "x")) {
    p.length = true;
    body = body.slice(1);
  } else if (body === "#" || body === "#-" || body === "#?") {
    // `${#}` is $#; `${#-}`/`${#?}` are lengths of specials
    if (body !== "#") {
      p.length = true;
      body = body.slice(1);
    }
  } else if (body.startsWith("!") && body.length > 1) {
    p.indirect = true;
    body = body.slice(1);
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!\-])/.exec(body);
  if (!m) throw new BadSubstitution(src);
  p.name = m[1];
  const rest = body.slice(m[1].length);
  if (rest === "") return p;
  if (p.length) throw new BadSubstitution(src);
  const op = PARAM_OPS.find((o) => rest.startsWith(o));
  if (!op) throw new BadSubstitution(src);
  p.op = op;
  const arg = rest.slice(op.length);
  if (op === "/" || op === "//" || op === "/#" || op === "/%") {
    const slash = findUnquoted(arg, "/");
    if (slash < 0) p.arg = arg;
    else {
      p.arg = arg.slice(0, slash);
      p.arg2 = arg.slice(slash + 1);
    }
  } else if (op === ":") {
    const colon = findUnquoted(arg, ":");
    if (colon < 0) p.arg = arg;
    else {
      p.arg = arg.slice(0, colon);
      p.arg2 = arg.slice(colon + 1);
    }
  } else p.arg = arg;
  return p;
}

function findUnquoted(s: string, ch: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "'") i = skipSingle(s, i + 1) - 1;
    else if (c === '"') i = skipDouble(s, i + 1) - 1;
    else if (c === ch) return i;
  }
  return -1;
}

/** The body of `$'...'`: C escapes. */
export function ansiC(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[++i];
    // $'...' also takes \' \" and \? as themselves
    const letter = letterEscape(d) ?? (d === "'" || d === '"' || d === "?" ? d : undefined);
    if (letter !== undefined) out += letter;
    else if (d >= "0" && d <= "7") {
      const e = octalEscape(s, i, 3);
      out += e.text;
      i = e.last;
    } else if (d === "x") {
      const e = hexEscape(s, i);
      if (e) {
        out += e.text;
        i = e.last;
      } else out += "\\x";
    } else if (d === "u" || d === "U") {
      const e = unicodeEscape(s, i);
      if (e) {
        out += e.cp <= 0x10ffff ? String.fromCodePoint(e.cp) : "\ufffd";
        i = e.last;
      } else out += "\\" + d;
    } else if (d === "c" && i + 1 < s.length) {
      out += String.fromCharCode(s.charCodeAt(++i) & 0x1f);
    } else out += "\\" + d;
  }
  return out;
}
