/**
 * Brace expansion (`a{b,c}d`, `{1..10}`, `{a..e..2}`) on a word's raw text,
 * before any other expansion, skipping quoted text and `${...}`/`$(...)`.
 * `charge(n)` is called before n words are produced, so `{1..999999999}`
 * hits the step limit instead of filling memory.
 */
import { skipAnsi, skipBacktick, skipBrace, skipDollarParen, skipDouble, skipSingle, Unterminated } from "./scan.js";

/** index after the quoted or nested construct starting at i, or i+1 */
function skipAt(s: string, i: number): number {
  const c = s[i];
  if (c === "\\") return i + 2;
  if (c === "'") return skipSingle(s, i + 1);
  if (c === '"') return skipDouble(s, i + 1);
  if (c === "`") return skipBacktick(s, i + 1);
  if (c === "$" && s[i + 1] === "'") return skipAnsi(s, i + 2);
  if (c === "$" && s[i + 1] === "(") return skipDollarParen(s, i + 2);
  if (c === "$" && s[i + 1] === "{") return skipBrace(s, i + 2);
  return i + 1;
}

export function braceExpand(word: string, charge: (n: number) => void, depth = 0): string[] {
  if (!word.includes("{") || depth > 64) return [word];
  try {
    for (let i = 0; i < word.length; ) {
      if (word[i] !== "{") {
        i = skipAt(word, i);
        continue;
      }
      const found = matchBrace(word, i);
      if (!found) {
        i++;
        continue;
      }
      const { close, commas } = found;
      const prefix = word.slice(0, i);
      const suffix = word.slice(close + 1);
      let alts: string[] | null = null;
      if (commas.length > 0) {
        alts = [];
        let from = i + 1;
        for (const c of [...commas, close]) {
          alts.push(word.slice(from, c));
          from = c + 1;
        }
      } else alts = sequence(word.slice(i + 1, close), charge);
      if (!alts) {
        i++;
        continue;
      }
      charge(alts.length);
      const out: string[] = [];
      for (const alt of alts) {
        for (const w of braceExpand(prefix + alt + suffix, charge, depth + 1)) out.push(w);
      }
      return out;
    }
  } catch (e) {
    // an unterminated quote cannot come from the lexer, but be safe; budget errors pass through
    if (e instanceof Unterminated) return [word];
    throw e;
  }
  return [word];
}

function matchBrace(s: string, open: number): { close: number; commas: number[] } | null {
  let depth = 0;
  const commas: number[] = [];
  for (let i = open + 1; i < s.length; ) {
    const c = s[i];
    if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return { close: i, commas };
      depth--;
    } else if (c === "," && depth === 0) commas.push(i);
    i = c === "{" || c === "}" || c === "," ? i + 1 : skipAt(s, i);
  }
  return null;
}

function sequence(body: string, charge: (n: number) => void): string[] | null {
  const num = /^(-?[0-9]+)\.\.(-?[0-9]+)(?:\.\.(-?[0-9]+))?$/.exec(body);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[2]);
    let step = Math.abs(Number(num[3] ?? "1")) || 1;
    const count = Math.floor(Math.abs(b - a) / step) + 1;
    charge(count);
    // zero padding when either end is written with a leading zero
    const width = /^-?0[0-9]/.test(num[1]) || /^-?0[0-9]/.test(num[2]) ? Math.max(num[1].length, num[2].length) : 0;
    const out: string[] = [];
    if (a > b) step = -step;
    for (let k = 0, v = a; k < count; k++, v += step) {
      const s = String(Math.abs(v)).padStart(width - (v < 0 ? 1 : 0), "0");
      out.push(v < 0 ? "-" + s : s);
    }
    return out;
  }
  const chr = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?[0-9]+))?$/.exec(body);
  if (chr) {
    const a = chr[1].charCodeAt(0);
    const b = chr[2].charCodeAt(0);
    const step = Math.abs(Number(chr[3] ?? "1")) || 1;
    const out: string[] = [];
    if (a <= b) for (let v = a; v <= b; v += step) out.push(String.fromCharCode(v));
    else for (let v = a; v >= b; v -= step) out.push(String.fromCharCode(v));
    return out;
  }
  return null;
}
