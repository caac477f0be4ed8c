/**
 * add_param_to_argv: an iptables-restore rule line split into words.
 * Blanks separate words; a double quote opens a quoted part, in which a
 * backslash escapes the next character; the closing quote ends the word
 * (so `""` is an empty word and `a"b c"d` is "ab c" then "d").
 */
export function splitRestoreLine(line: string): string[] {
  const out: string[] = [];
  let param = "";
  let quoteOpen = false;
  let escaped = false;
  for (const ch of line) {
    if (quoteOpen) {
      if (escaped) {
        param += ch;
        escaped = false;
      } else if (ch === "\\") escaped = true;
      else if (ch === '"') {
        quoteOpen = false;
        out.push(param);
        param = "";
      } else param += ch;
      continue;
    }
    if (ch === '"') quoteOpen = true;
    else if (ch === " " || ch === "\t" || ch === "\n") {
      if (param === "") continue;
      out.push(param);
      param = "";
    } else param += ch;
  }
  if (param !== "") out.push(param);
  return out;
}
