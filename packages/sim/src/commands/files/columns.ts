/**
 * GNU ls's multi-column layout (`ls` to a terminal, `ls -C`): the most
 * columns whose widths (longest name in the column + 2, the last column
 * without the gap) fit in the line width, files ordered down the columns;
 * padding is written with tabs where a tab stop (every 8) fits, as ls does.
 */

/** display width of a name: one column per code point (no wide-character table) */
export function displayWidth(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const MIN_COLUMN_WIDTH = 3;

/** Column widths for `names` in `lineWidth`: returns the widths (one per column). */
export function columnWidths(widths: number[], lineWidth: number): number[] {
  const n = widths.length;
  if (n === 0) return [];
  const maxIdx = Math.max(1, Math.floor(lineWidth / MIN_COLUMN_WIDTH) + (lineWidth % MIN_COLUMN_WIDTH !== 0 ? 1 : 0));
  const maxCols = Math.min(maxIdx, n);
  const configs = Array.from({ length: maxCols }, (_, i) => ({
    valid: true,
    lineLen: (i + 1) * MIN_COLUMN_WIDTH,
    cols: new Array<number>(i + 1).fill(MIN_COLUMN_WIDTH),
  }));
  for (let f = 0; f < n; f++) {
    for (let i = 0; i < maxCols; i++) {
      const c = configs[i];
      if (!c.valid) continue;
      const rows = Math.floor((n + i) / (i + 1));
      const idx = Math.floor(f / rows);
      const real = widths[f] + (idx === i ? 0 : 2);
      if (c.cols[idx] < real) {
        c.lineLen += real - c.cols[idx];
        c.cols[idx] = real;
        c.valid = c.lineLen < lineWidth;
      }
    }
  }
  let cols = maxCols;
  while (cols > 1 && !configs[cols - 1].valid) cols--;
  return configs[cols - 1].cols;
}

function indent(from: number, to: number): string {
  let out = "";
  while (from < to) {
    if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
      out += "\t";
      from += 8 - (from % 8);
    } else {
      out += " ";
      from++;
    }
  }
  return out;
}

/** The lines (each ending in "\n") of `names` laid out in columns. */
export function formatColumns(names: string[], lineWidth: number): string {
  const widths = names.map(displayWidth);
  const cols = columnWidths(widths, lineWidth);
  const n = names.length;
  if (n === 0) return "";
  const rows = Math.ceil(n / cols.length);
  let out = "";
  for (let row = 0; row < rows; row++) {
    let col = 0;
    let pos = 0;
    let f = row;
    for (;;) {
      out += names[f];
      const w = widths[f];
      const max = cols[col++];
      f += rows;
      if (f >= n) break;
      out += indent(pos + w, pos + max);
      pos += max;
    }
    out += "\n";
  }
  return out;
}
