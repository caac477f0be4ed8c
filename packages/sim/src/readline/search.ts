/**
 * Reverse incremental search (Ctrl-R) over the history lines, newest first.
 * Offsets are UTF-16 offsets into a line.
 */

export interface Match {
  /** history line index (HistoryCursor numbering) */
  index: number;
  /** offset of the match in that line */
  pos: number;
}

/**
 * The nearest match of `query` at or before (`from.index`, `limit`): in line
 * `from.index` the match must start at or before `limit`; in older lines
 * anywhere (the rightmost occurrence is taken, as readline does).
 */
export function searchBackward(
  textAt: (i: number) => string,
  query: string,
  from: number,
  limit: number,
): Match | undefined {
  for (let i = from; i >= 0; i--) {
    const text = textAt(i);
    const max = i === from ? Math.min(limit, text.length - query.length) : text.length - query.length;
    if (max < 0) continue;
    const pos = text.lastIndexOf(query, max);
    if (pos >= 0) return { index: i, pos };
  }
  return undefined;
}

/** The prompt bash shows while searching. */
export function searchPrompt(query: string, failed: boolean): string {
  return `(${failed ? "failed " : ""}reverse-i-search)\`${query}': `;
}
