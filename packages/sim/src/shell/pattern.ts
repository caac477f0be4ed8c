/**
 * Shell patterns (`*`, `?`, `[...]`, backslash escapes) as used by globbing,
 * `case` and `${var#pattern}`. Matching is done by a small backtracking
 * matcher (no JavaScript RegExp built from learner input), bounded by
 * O(pattern x text) steps.
 */
type PatTok =
  | { t: "star" }
  | { t: "any" }
  | { t: "char"; c: string }
  | { t: "class"; negate: boolean; test: (c: string) => boolean };

const CLASSES: Record<string, (c: string) => boolean> = {
  alpha: (c) => /[A-Za-z]/.test(c),
  digit: (c) => /[0-9]/.test(c),
  alnum: (c) => /[A-Za-z0-9]/.test(c),
  upper: (c) => /[A-Z]/.test(c),
  lower: (c) => /[a-z]/.test(c),
  space: (c) => /[ \t\n\r\f\v]/.test(c),
  blank: (c) => c === " " || c === "\t",
  punct: (c) => /[!-/:-@[-`{-~]/.test(c),
  xdigit: (c) => /[0-9A-Fa-f]/.test(c),
  cntrl: (c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127,
  print: (c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127,
  graph: (c) => c.charCodeAt(0) > 32 && c.charCodeAt(0) !== 127,
  word: (c) => /[A-Za-z0-9_]/.test(c),
};

export function compilePattern(pat: string): PatTok[] {
  const out: PatTok[] = [];
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === "\\" && i + 1 < pat.length) out.push({ t: "char", c: pat[++i] });
    else if (c === "*") {
      if (out[out.length - 1]?.t !== "star") out.push({ t: "star" });
    } else if (c === "?") out.push({ t: "any" });
    else if (c === "[") {
      const cls = parseClass(pat, i + 1);
      if (cls) {
        out.push(cls.tok);
        i = cls.end - 1;
      } else out.push({ t: "char", c });
    } else out.push({ t: "char", c });
  }
  return out;
}

function parseClass(pat: string, i: number): { tok: PatTok; end: number } | null {
  let negate = false;
  if (pat[i] === "!" || pat[i] === "^") {
    negate = true;
    i++;
  }
  const tests: ((c: string) => boolean)[] = [];
  let first = true;
  while (i < pat.length) {
    let c = pat[i];
    if (c === "]" && !first) {
      return { tok: { t: "class", negate, test: (ch) => tests.some((f) => f(ch)) }, end: i + 1 };
    }
    first = false;
    if (c === "[" && pat[i + 1] === ":") {
      const close = pat.indexOf(":]", i + 2);
      if (close > 0) {
        const f = CLASSES[pat.slice(i + 2, close)];
        if (f && Object.prototype.hasOwnProperty.call(CLASSES, pat.slice(i + 2, close))) tests.push(f);
        i = close + 2;
        continue;
      }
    }
    if (c === "\\" && i + 1 < pat.length) c = pat[++i];
    if (pat[i + 1] === "-" && pat[i + 2] !== undefined && pat[i + 2] !== "]") {
      let hi = pat[i + 2];
      let skip = 3;
      if (hi === "\\" && pat[i + 3] !== undefined) {
        hi = pat[i + 3];
        skip = 4;
      }
      const lo = c;
      tests.push((ch) => ch >= lo && ch <= hi);
      i += skip;
      continue;
    }
    const lit = c;
    tests.push((ch) => ch === lit);
    i++;
  }
  return null;
}

function matchOne(tok: PatTok, c: string): boolean {
  switch (tok.t) {
    case "any":
      return true;
    case "char":
      return tok.c === c;
    case "class":
      return tok.test(c) !== tok.negate;
    case "star":
      return false;
  }
}

/** Whole-string match. `charge` is called per comparison round to bound the work. */
export function matchPattern(pat: PatTok[] | string, text: string, charge?: () => void): boolean {
  const p = typeof pat === "string" ? compilePattern(pat) : pat;
  let pi = 0;
  let ti = 0;
  let starPi = -1;
  let starTi = 0;
  let rounds = 0;
  while (ti < text.length) {
    if (charge && ++rounds % 256 === 0) charge();
    const tok = p[pi];
    if (tok && tok.t === "star") {
      starPi = pi++;
      starTi = ti;
    } else if (tok && matchOne(tok, text[ti])) {
      pi++;
      ti++;
    } else if (starPi >= 0) {
      pi = starPi + 1;
      ti = ++starTi;
    } else return false;
  }
  while (p[pi]?.t === "star") pi++;
  return pi === p.length;
}

/** the pattern has an unescaped `*`, `?` or a complete `[...]` */
export function hasGlobChars(pat: string): boolean {
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?") return true;
    else if (c === "[" && parseClass(pat, i + 1)) return true;
  }
  return false;
}

/** escape pattern characters so the text matches only itself */
export function escapePattern(s: string): string {
  return s.replace(/[\\*?[\]]/g, "\\$&");
}

/** remove pattern escapes (for a pattern that matched nothing) */
export function unescapePattern(s: string): string {
  return s.replace(/\\(.)/gs, "$1");
}
