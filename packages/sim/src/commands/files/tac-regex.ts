/**
 * tac -r's separators: GNU tac compiles them with re_compile_pattern under
 * glibc's default syntax (RE_SYNTAX_EMACS): `\(` `\)` group, `\|` alternates,
 * `*` `+` `?` repeat, `(` `)` `|` `{` `}` are plain characters, `.` is any
 * byte but newline, a bracket expression takes its backslashes literally, and
 * `^`/`$` anchor at line starts and ends. The search walks backward the way
 * tac's does: the rightmost start before a limit that matches within the
 * text up to that limit.
 */
import { BoundedRegExp, RegexSyntaxError, type RegexCharge } from "./regex-machine.js";

export type TacRegex = { re: BoundedRegExp } | { error: string };

const PLAIN = /[(){}|/\\^$.*+?[\]]/;

export function compileTacRegex(pattern: string, charge: RegexCharge): TacRegex {
  let out = "";
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const atStart = out === "" || out.endsWith("(") || out.endsWith("|");
    if (c === "\\") {
      const n = pattern[++i];
      if (n === undefined) return { error: "Trailing backslash" };
      if (n === "(") {
        depth++;
        out += "(";
      } else if (n === ")") {
        if (depth === 0) return { error: "Unmatched ) or \\)" };
        depth--;
        out += ")";
      } else if (n === "|") out += "|";
      else if (/[1-9]/.test(n)) out += `\\${n}`;
      else if (n === "w" || n === "W") out += `\\${n}`;
      else out += PLAIN.test(n) ? `\\${n}` : n;
    } else if (c === "[") {
      const end = bracketEnd(pattern, i);
      if (end < 0) return { error: "Unmatched [, [^, [:, [., or [=" };
      let body = pattern.slice(i + 1, end);
      const negate = body.startsWith("^");
      if (negate) body = body.slice(1);
      out += `[${negate ? "^" : ""}${body.replace(/[\\\]^[]/g, (m) => `\\${m}`)}]`;
      i = end;
    } else if (c === "*" || c === "+" || c === "?") out += atStart ? `\\${c}` : c;
    else if (c === ".") out += "[^\\n]";
    else if (c === "^") out += atStart ? "^" : "\\^";
    else if (c === "$") out += i === pattern.length - 1 || pattern.startsWith("\\)", i + 1) || pattern.startsWith("\\|", i + 1) ? "$" : "\\$";
    else out += PLAIN.test(c) ? `\\${c}` : c;
  }
  if (depth > 0) return { error: "Unmatched ( or \\(" };
  try {
    return { re: new BoundedRegExp(out, "my", charge) };
  } catch (e) {
    if (!(e instanceof RegexSyntaxError)) throw e;
    return { error: e.message };
  }
}

/** index of the `]` closing the bracket expression opened at `start`, or -1 */
function bracketEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === "^") i++;
  if (p[i] === "]") i++;
  for (; i < p.length; i++) if (p[i] === "]") return i;
  return -1;
}

/** the rightmost match starting before `limit` within text[0, limit), as tac's re_search asks */
export function searchBackward(re: BoundedRegExp, text: string, limit: number, charge: () => void): { start: number; length: number } | undefined {
  // the text is cut at the limit only when a match would run past it (cutting every time costs a copy per record)
  let view: string | undefined;
  for (let p = limit - 1; p >= 0; p--) {
    charge();
    re.lastIndex = p;
    let m = re.exec(view ?? text);
    if (m && p + m[0].length > limit) {
      view = text.slice(0, limit);
      re.lastIndex = p;
      m = re.exec(view);
    }
    if (m) return { start: p, length: m[0].length };
  }
  return undefined;
}

/** tac's record loop with a regex separator: records output last first, the separator after (or with -b, before) each */
export function reverseRecordsRegex(data: string, re: BoundedRegExp, before: boolean, charge: () => void): string {
  let out = "";
  let pastEnd = data.length;
  let matchStart = data.length;
  let first = true;
  for (;;) {
    const m = matchStart >= 1 ? searchBackward(re, data, matchStart, charge) : undefined;
    if (!m) return out + data.slice(0, pastEnd);
    matchStart = m.start;
    if (before) {
      out += data.slice(m.start, pastEnd);
      pastEnd = m.start;
    } else {
      const matchEnd = m.start + m.length;
      if (!first || matchEnd !== pastEnd) out += data.slice(matchEnd, pastEnd);
      pastEnd = matchEnd;
      first = false;
    }
  }
}
