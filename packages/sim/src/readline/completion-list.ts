/**
 * What a second Tab prints: the candidates in columns sized to the terminal,
 * sorted and read top to bottom then left to right, as readline's
 * rl_display_match_list lays them out (print-completions-horizontally off).
 * Each column is as wide as the longest name plus 2; a column that would end
 * exactly at the right edge is dropped; every row but the last column is
 * padded, even when the row ends early (readline's trailing spaces are kept).
 */
import { textWidth } from "./width.js";

/** readline's completion-query-items: from this many candidates on, ask first */
export const QUERY_ITEMS = 100;

/** The listing, each row ended by "\r\n". */
export function formatCompletionList(candidates: readonly string[], cols: number, filenames: boolean): string {
  // readline sorts the unquoted matches, before a directory's "/" is appended
  const bare = (s: string): string => (filenames && s.endsWith("/") ? s.slice(0, -1) : s);
  const shown = [...new Set(candidates)]
    .map((c) => (filenames ? printablePart(c) : c))
    .sort((a, b) => compareC(bare(a), bare(b)));
  // readline measures names before the directory "/" is appended
  const measured = shown.map((s) => textWidth(filenames && s.endsWith("/") ? s.slice(0, -1) : s));
  const max = Math.max(0, ...measured) + 2;
  let perRow = Math.floor(cols / max);
  if (perRow !== 1 && perRow * max === cols) perRow--;
  if (perRow <= 0) perRow = 1;
  const rows = Math.ceil(shown.length / perRow);
  let out = "";
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < perRow; c++) {
      const i = r + c * rows;
      if (i >= shown.length) break;
      out += shown[i];
      if (c + 1 < perRow) {
        const printed = textWidth(shown[i]);
        out += " ".repeat(max <= printed ? 1 : max - printed);
      }
    }
    out += "\r\n";
  }
  return out;
}

/**
 * How a file name candidate is listed: without the shell's backslash escapes
 * ("my\\ file" lists as "my file"), only the part after its last "/" (a
 * directory keeps its trailing "/").
 */
export function printablePart(candidate: string): string {
  const plain = candidate.replace(/\\(.)/gs, "$1");
  const trailing = plain.endsWith("/") && plain.length > 1;
  const body = trailing ? plain.slice(0, -1) : plain;
  const slash = body.lastIndexOf("/");
  if (slash < 0) return plain;
  return body.slice(slash + 1) + (trailing ? "/" : "");
}

/** Longest common prefix, by whole code points. */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return "";
  let prefix = [...candidates[0]];
  for (const c of candidates.slice(1)) {
    const cps = [...c];
    let n = 0;
    while (n < prefix.length && n < cps.length && prefix[n] === cps[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix.join("");
}

/** strcmp order (C locale), on code points */
function compareC(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = (x[i].codePointAt(0) as number) - (y[i].codePointAt(0) as number);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
