/**
 * Finding where quoted and nested constructs end, shared by the lexer (to
 * find a word's extent) and the word parser (to cut out the inner text).
 * Each function takes the index just after the opening text and returns the
 * index just after the closing text, or throws `Unterminated` naming what
 * was being looked for (the lexer turns that into bash's
 * "unexpected EOF while looking for matching `X'").
 */
export class Unterminated extends Error {
  constructor(readonly want: string) {
    super(`unexpected EOF while looking for matching \`${want}'`);
  }
}

/** after `'` */
export function skipSingle(src: string, i: number): number {
  const j = src.indexOf("'", i);
  if (j < 0) throw new Unterminated("'");
  return j + 1;
}

/** after `$'`: backslash escapes a quote */
export function skipAnsi(src: string, i: number): number {
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "'") return i + 1;
  }
  throw new Unterminated("'");
}

/** after `"` */
export function skipDouble(src: string, i: number): number {
  while (i < src.length) {
    const c = src[i];
    if (c === "\\") i += 2;
    else if (c === '"') return i + 1;
    else if (c === "`") i = skipBacktick(src, i + 1);
    else if (c === "$" && src[i + 1] === "(") i = skipDollarParen(src, i + 2);
    else if (c === "$" && src[i + 1] === "{") i = skipBrace(src, i + 2);
    else i++;
  }
  throw new Unterminated('"');
}

/** after a backquote */
export function skipBacktick(src: string, i: number): number {
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "`") return i + 1;
  }
  throw new Unterminated("`");
}

/** after `$(`: either `$((...))` arithmetic or a command substitution */
export function skipDollarParen(src: string, i: number): number {
  if (src[i] === "(") {
    const end = tryArith(src, i + 1);
    if (end >= 0) return end;
  }
  return skipCommandSub(src, i);
}

/** after `$((`: index after `))`, or -1 if the parentheses do not close as arithmetic */
export function tryArith(src: string, i: number): number {
  let depth = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "\\") i += 2;
    else if (c === "'") i = skipSingle(src, i + 1);
    else if (c === '"') i = skipDouble(src, i + 1);
    else if (c === "`") i = skipBacktick(src, i + 1);
    else if (c === "$" && src[i + 1] === "{") i = skipBrace(src, i + 2);
    else if (c === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (depth === 0) return src[i + 1] === ")" ? i + 2 : -1;
      depth--;
      i++;
    } else i++;
  }
  throw new Unterminated(")");
}

/** after `$(` or `(`: balanced parentheses, skipping quotes and comments */
export function skipCommandSub(src: string, i: number): number {
  let depth = 1;
  let wordStart = true;
  while (i < src.length) {
    const c = src[i];
    if (c === "\\") {
      i += 2;
      wordStart = false;
      continue;
    }
    if (c === "'") i = skipSingle(src, i + 1);
    else if (c === '"') i = skipDouble(src, i + 1);
    else if (c === "`") i = skipBacktick(src, i + 1);
    else if (c === "$" && src[i + 1] === "{") i = skipBrace(src, i + 2);
    else if (c === "$" && src[i + 1] === "'") i = skipAnsi(src, i + 2);
    else if (c === "#" && wordStart) {
      const nl = src.indexOf("\n", i);
      i = nl < 0 ? src.length : nl;
    } else if (c === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      depth--;
      i++;
      if (depth === 0) return i;
    } else i++;
    wordStart = c === " " || c === "\t" || c === "\n" || c === ";" || c === "(" || c === "|" || c === "&";
  }
  throw new Unterminated(")");
}

/** after `${` */
export function skipBrace(src: string, i: number): number {
  while (i < src.length) {
    const c = src[i];
    if (c === "\\") i += 2;
    else if (c === "}") return i + 1;
    else if (c === "'") i = skipSingle(src, i + 1);
    else if (c === '"') i = skipDouble(src, i + 1);
    else if (c === "`") i = skipBacktick(src, i + 1);
    else if (c === "$" && src[i + 1] === "(") i = skipDollarParen(src, i + 2);
    else if (c === "$" && src[i + 1] === "{") i = skipBrace(src, i + 2);
    else i++;
  }
  throw new Unterminated("}");
}
