/**
 * Quoting values for display the way bash does in `set -x` traces, `set`,
 * `declare -p` and `alias` listings: plain words as they are, otherwise single
 * quotes (with `'\''` for embedded quotes) or `$'...'` for control chars.
 */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function quoteForTrace(s: string): string {
  if (s !== "" && PLAIN.test(s)) return s;
  if (/[\x00-\x1f\x7f]/.test(s)) return ansiQuote(s);
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** `set` output: NAME=value with bash's quoting */
export function quoteForSet(s: string): string {
  if (s === "") return "''";
  return quoteForTrace(s);
}

/** `alias` listings (and `command -v` of an alias): always single quotes, as sh_single_quote */
export function quoteForAlias(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** `declare -x NAME="value"` quoting (double quotes, escaping \ " $ `) */
export function quoteForDeclare(s: string): string {
  return `"${s.replace(/[\\"$`]/g, "\\$&")}"`;
}

function ansiQuote(s: string): string {
  let out = "$'";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\x1b") out += "\\E";
    else if (ch === "'") out += "\\'";
    else if (ch === "\\") out += "\\\\";
    else if (c < 32 || c === 127) out += "\\" + c.toString(8).padStart(3, "0");
    else out += ch;
  }
  return out + "'";
}
