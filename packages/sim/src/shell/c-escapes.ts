/**
 * The C escapes bash decodes in two places, `echo -e` (and printf's %b) and
 * `$'...'`. They agree on the letters and on \xHH and \uHHHH/\UHHHHHHHH,
 * and differ on octal (echo wants a leading 0) and on \c, which the callers
 * handle. Each function gets the index of the escape letter and returns the
 * decoded text with the index of its last character, or undefined when no
 * digits follow (the caller keeps the backslash and letter as they are).
 */
export const LETTER_ESCAPES: Readonly<Record<string, string>> = {
  a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\",
};

export function letterEscape(d: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(LETTER_ESCAPES, d) ? LETTER_ESCAPES[d] : undefined;
}

/** up to `max` octal digits from `from`, as one byte */
export function octalEscape(s: string, from: number, max: number): { text: string; last: number } {
  let j = from;
  while (j < s.length && j < from + max && s[j] >= "0" && s[j] <= "7") j++;
  return { text: String.fromCharCode(parseInt(s.slice(from, j) || "0", 8) & 0xff), last: j - 1 };
}

/** \xHH at `i` (the x) */
export function hexEscape(s: string, i: number): { text: string; last: number } | undefined {
  const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1));
  return m ? { text: String.fromCharCode(parseInt(m[0], 16)), last: i + m[0].length } : undefined;
}

/** \uHHHH or \UHHHHHHHH at `i` (the u or U): the code point, which may be beyond U+10FFFF */
export function unicodeEscape(s: string, i: number): { cp: number; last: number } | undefined {
  const m = (s[i] === "u" ? /^[0-9a-fA-F]{1,4}/ : /^[0-9a-fA-F]{1,8}/).exec(s.slice(i + 1));
  return m ? { cp: parseInt(m[0], 16), last: i + m[0].length } : undefined;
}
