/**
 * POSIX regular expressions as GNU grep reads them (BRE by default, ERE with
 * -E), translated to a JavaScript RegExp source. The translation walks the
 * pattern once, so every construct JavaScript would read differently is
 * rewritten: BRE's `\(`, `\{`, `\|`, `\+`, `\?`; bracket expressions with
 * classes ([[:digit:]]) and literal backslashes; GNU's `\<`, `\>`, `\w`,
 * `\b`; a `*` where nothing precedes it is literal. Errors carry grep's texts.
 *
 * The source is never handed to the host RegExp to match (a backtracking
 * call cannot be interrupted): regex-machine.ts runs it, charging the
 * command's budget. The host RegExp only checks here that it compiles.
 */

export type RegexResult = { ok: true; source: string; warnings: string[] } | { ok: false; error: string };

const CLASSES: Record<string, string> = {
  alpha: "\\p{L}",
  digit: "0-9",
  alnum: "\\p{L}0-9",
  upper: "\\p{Lu}",
  lower: "\\p{Ll}",
  space: " \\t\\n\\r\\f\\v",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  print: "\\x20-\\x7e\\u00a0-\\u{10ffff}",
  graph: "\\x21-\\x7e\\u00a1-\\u{10ffff}",
  cntrl: "\\x00-\\x1f\\x7f",
  xdigit: "0-9A-Fa-f",
};

function escapeForClass(ch: string): string {
  return /[\\\]\[^\-]/.test(ch) ? `\\${ch}` : ch;
}

export function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Parse a bracket expression starting at `i` (just after "["); returns the JS class and the index after "]". */
function bracket(p: string, i: number): { src: string; next: number } | { error: string } {
  let neg = false;
  if (p[i] === "^") {
    neg = true;
    i++;
  }
  let body = "";
  let first = true;
  while (i < p.length) {
    const ch = p[i];
    if (ch === "]" && !first) return { src: `[${neg ? "^" : ""}${body}]`, next: i + 1 };
    first = false;
    if (ch === "[" && (p[i + 1] === ":" || p[i + 1] === "." || p[i + 1] === "=")) {
      const kind = p[i + 1];
      const end = p.indexOf(`${kind}]`, i + 2);
      if (end < 0) return { error: "Unmatched [, [^, [:, [., or [=" };
      const name = p.slice(i + 2, end);
      if (kind === ":") {
        const cls = CLASSES[name];
        if (cls === undefined) return { error: "Invalid character class name" };
        body += cls;
      } else body += [...name].map(escapeForClass).join("");
      i = end + 2;
      continue;
    }
    if (p[i + 1] === "-" && p[i + 2] !== undefined && p[i + 2] !== "]") {
      const lo = ch;
      const hi = p[i + 2];
      if (lo > hi) return { error: "Invalid range end" };
      body += `${escapeForClass(lo)}-${escapeForClass(hi)}`;
      i += 3;
      continue;
    }
    body += escapeForClass(ch);
    i++;
  }
  return { error: "Unmatched [, [^, [:, [., or [=" };
}

/**
 * Translate a POSIX pattern. `extended`: ERE (grep -E). The result is meant
 * for `new BoundedRegExp(source, "u" + (ignoreCase ? "i" : ""), charge)`.
 */
export function translateRegex(p: string, extended: boolean): RegexResult {
  let out = "";
  const warnings: string[] = [];
  let groups = 0;
  const open: number[] = [];
  /** something that a quantifier may apply to precedes (not at start, not after ( or |) */
  let atomBefore = false;
  let i = 0;
  /** the last thing written was a quantifier */
  let lastQuant = false;
  const startOfBranch = () => !atomBefore;
  while (i < p.length) {
    const wasQuant = lastQuant;
    lastQuant = false;
    const ch = p[i];
    // the special characters of each flavour, normalised to a "token"
    let tok: string | undefined;
    if (ch === "\\") {
      const n = p[i + 1];
      if (n === undefined) return { ok: false, error: "Trailing backslash" };
      i += 2;
      if (!extended && "(){}|+?".includes(n)) tok = n;
      else if (/[1-9]/.test(n)) {
        if (Number(n) > groups || open.includes(Number(n))) return { ok: false, error: "Invalid back reference" };
        out += `\\${n}`;
        atomBefore = true;
        continue;
      } else if (n === "<") {
        out += "(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])";
        continue;
      } else if (n === ">") {
        out += "(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])";
        continue;
      } else if (n === "b") {
        out += "(?:(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))";
        continue;
      } else if (n === "B") {
        out += "(?:(?<=[\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_]))";
        continue;
      } else if (n === "w" || n === "W") {
        out += n === "w" ? "[\\p{L}\\p{N}_]" : "[^\\p{L}\\p{N}_]";
        atomBefore = true;
        continue;
      } else if (n === "s" || n === "S") {
        out += n === "s" ? "\\s" : "\\S";
        atomBefore = true;
        continue;
      } else {
        out += escapeLiteral(n);
        atomBefore = true;
        continue;
      }
    } else {
      i++;
      if (extended && "(){}|+?".includes(ch)) tok = ch;
      else if (ch === "*") tok = "*";
      else if (ch === "[") {
        if (p.slice(i - 1).match(/^\[:[a-z]+:\]/)) {
          return { ok: false, error: `character class syntax is [[:space:]], not [:space:]` };
        }
        const b = bracket(p, i);
        if ("error" in b) return { ok: false, error: b.error === "Unmatched [, [^, [:, [., or [=" && i >= p.length ? "Invalid regular expression" : b.error };
        out += b.src;
        i = b.next;
        atomBefore = true;
        continue;
      } else if (ch === "^") {
        // an anchor at the start of a branch, a literal elsewhere (BRE); always an anchor in ERE
        out += extended || startOfBranch() ? "^" : "\\^";
        continue;
      } else if (ch === "$") {
        const rest = p.slice(i);
        const atEnd = rest === "" || (!extended && (rest.startsWith("\\)") || rest.startsWith("\\|"))) || (extended && /^[)|]/.test(rest));
        out += extended || atEnd ? "$" : "\\$";
        continue;
      } else if (ch === ".") {
        out += ".";
        atomBefore = true;
        continue;
      } else {
        out += escapeLiteral(ch);
        atomBefore = true;
        continue;
      }
    }
    switch (tok) {
      case "(":
        groups++;
        open.push(groups);
        out += "(";
        atomBefore = false;
        break;
      case ")":
        if (open.length === 0) {
          if (extended) {
            out += "\\)";
            atomBefore = true;
            break;
          }
          return { ok: false, error: "Unmatched ) or \\)" };
        }
        open.pop();
        out += ")";
        atomBefore = true;
        break;
      case "|":
        out += "|";
        atomBefore = false;
        break;
      case "*":
      case "+":
      case "?":
        if (!atomBefore) {
          if (extended) warnings.push(`${tok} at start of expression`);
          if (!extended || tok !== "*") {
            out += `\\${tok}`;
            atomBefore = true;
            break;
          }
          out += "\\*";
          atomBefore = true;
          break;
        }
        // a quantifier right after a quantifier ("a**", "a*+") adds nothing in POSIX; JS would reject it
        if (wasQuant) {
          lastQuant = true;
          break;
        }
        out += tok;
        lastQuant = true;
        continue;
      case "{": {
        const close = extended ? p.indexOf("}", i) : p.indexOf("\\}", i);
        const body = close < 0 ? "" : p.slice(i, close);
        const m = /^(\d*)(,(\d*))?$/.exec(body);
        if (close < 0 || !m || (m[1] === "" && m[2] === undefined)) {
          if (extended) {
            out += "\\{";
            atomBefore = true;
            break;
          }
          return { ok: false, error: close < 0 ? "Unmatched \\{" : "Invalid content of \\{\\}" };
        }
        const lo = m[1] === "" ? 0 : Number(m[1]);
        const hi = m[3] === undefined ? (m[2] ? Infinity : lo) : m[3] === "" ? Infinity : Number(m[3]);
        if (hi < lo || lo > 32767 || (hi !== Infinity && hi > 32767))
          return { ok: false, error: hi < lo ? "Invalid content of \\{\\}" : "Regular expression too big" };
        i = close + (extended ? 1 : 2);
        if (!atomBefore) {
          if (extended) warnings.push("{...} at start of expression");
          break;
        }
        if (wasQuant) {
          lastQuant = true;
          break;
        }
        lastQuant = true;
        out += `{${lo}${hi === lo && m[2] === undefined ? "" : `,${hi === Infinity ? "" : hi}`}}`;
        continue;
      }
      case "}":
        out += "\\}";
        atomBefore = true;
        break;
    }
  }
  if (open.length > 0) return { ok: false, error: "Unmatched ( or \\(" };
  try {
    new RegExp(out, "u");
  } catch {
    return { ok: false, error: "Invalid regular expression" };
  }
  return { ok: true, source: out, warnings };
}
