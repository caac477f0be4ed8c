/**
 * Word boundaries, as readline's emacs commands see them. Two notions:
 * - readline words (Alt-B, Alt-F, Alt-D, Alt-Backspace): runs of letters and
 *   digits; everything else, `_` and `-` included, separates words.
 * - whitespace words (Ctrl-W, unix-word-rubout): runs of non-blanks.
 */

function isWordUnit(u: string): boolean {
  return /^[\p{L}\p{N}]/u.test(u);
}

function isBlank(u: string): boolean {
  return u === " " || u === "\t";
}

/** Alt-F: skip separators, then the word; the index just after it. */
export function forwardWord(units: readonly string[], point: number): number {
  let i = point;
  while (i < units.length && !isWordUnit(units[i])) i++;
  while (i < units.length && isWordUnit(units[i])) i++;
  return i;
}

/** Alt-B: skip separators backwards, then the word; the index of its first unit. */
export function backwardWord(units: readonly string[], point: number): number {
  let i = point;
  while (i > 0 && !isWordUnit(units[i - 1])) i--;
  while (i > 0 && isWordUnit(units[i - 1])) i--;
  return i;
}

/** Ctrl-W: where the whitespace-delimited word before `point` starts. */
export function unixWordStart(units: readonly string[], point: number): number {
  let i = point;
  while (i > 0 && isBlank(units[i - 1])) i--;
  while (i > 0 && !isBlank(units[i - 1])) i--;
  return i;
}
