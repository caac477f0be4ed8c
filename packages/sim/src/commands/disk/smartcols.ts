/**
 * libsmartcols (util-linux 2.38.1) tables as lsblk prints them: the human
 * format (aligned columns, the tree drawn in one column), raw (-r) and
 * key="value" pairs (-P).
 *
 * Column widths (calculate.c): the widest value, at least the header; a
 * column whose values are all narrower than its header takes the header's
 * width, otherwise an absolute width hint (>= 1, e.g. SIZE 5, UUID 36)
 * widens it to the hint. On a terminal whose width the table exceeds,
 * columns are narrowed in three stages (relative-hint columns that may be
 * cut and are wider than hint x width; then any that may be cut; then the
 * other relative-hint ones), never below the header; a cell that no longer
 * fits and may not be cut is printed whole, and the next column continues
 * on a new line indented with empty cells (the tree's vertical lines
 * drawn). Not a terminal: no narrowing. The last column is never padded.
 */

export interface ScolsColumn {
  header: string;
  /** width hint: below 1 a fraction of the terminal's width, from 1 a number of cells */
  hint: number;
  right?: boolean;
  /** may be cut to fit (SCOLS_FL_TRUNC) */
  trunc?: boolean;
  /** multi-line cells, lines separated by "\n" (lsblk's MOUNTPOINTS) */
  wrap?: boolean;
  /** SCOLS_FL_NOEXTREMES: values over twice the average may be ignored to fit */
  noextremes?: boolean;
  /** the column the tree is drawn in */
  tree?: boolean;
}

export interface ScolsLine {
  cells: string[];
  children: ScolsLine[];
}

export interface ScolsOptions {
  format: "human" | "raw" | "export";
  noheadings?: boolean;
  /** the terminal's width when standard output is one; undefined for a pipe or file */
  termWidth?: number;
}

interface Flat {
  line: ScolsLine;
  parent?: Flat;
  last: boolean;
}

const width = (s: string) => [...s].length;

function flatten(lines: ScolsLine[], parent?: Flat, out: Flat[] = []): Flat[] {
  lines.forEach((line, i) => {
    const f: Flat = { line, parent, last: i === lines.length - 1 };
    out.push(f);
    flatten(line.children, f, out);
  });
  return out;
}

/** the vertical lines of `f`'s ancestors and its own continuation: "│ " or "  " per level below the root */
function continuation(f: Flat): string {
  return f.parent ? continuation(f.parent) + (f.last ? "  " : "│ ") : "";
}

/** what a cell holds, the tree column prefixed with its branch */
function cellData(f: Flat, col: ScolsColumn, i: number): string {
  const data = f.line.cells[i] ?? "";
  if (!col.tree || !f.parent) return data;
  return continuation(f.parent) + (f.last ? "└─" : "├─") + data;
}

interface Layout {
  width: number;
  min: number;
  max: number;
  avg: number;
  extreme: boolean;
}

function chunkWidth(col: ScolsColumn, data: string): number {
  return col.wrap ? Math.max(0, ...data.split("\n").map(width)) : width(data);
}

function measure(col: ScolsColumn, values: string[], skipExtremes: Layout | undefined): Layout {
  const min = Math.max(1, width(col.header));
  let w = 0;
  let max = 0;
  let sum = 0;
  let count = 0;
  for (const v of values) {
    const len = chunkWidth(col, v);
    max = Math.max(max, len);
    if (skipExtremes?.extreme && skipExtremes.avg && len > skipExtremes.avg * 2) continue;
    if (col.noextremes) {
      sum += len;
      count++;
    }
    w = Math.max(w, len);
  }
  const avg = skipExtremes?.avg || (count ? Math.floor(sum / count) : 0);
  const extreme = skipExtremes?.extreme || (!skipExtremes && count > 0 && avg > 0 && max > avg * 2);
  if (w < min) w = min;
  else if (col.hint >= 1 && w < col.hint && min < col.hint) w = col.hint;
  return { width: w, min, max, avg, extreme };
}

function layout(cols: ScolsColumn[], flat: Flat[], termWidth: number | undefined): number[] {
  const values = cols.map((c, i) => flat.map((f) => cellData(f, c, i)));
  const lay = cols.map((c, i) => measure(c, values[i], undefined));
  const widths = lay.map((l) => l.width);
  if (termWidth === undefined) return widths;
  let total = widths.reduce((a, b) => a + b, 0) + cols.length - 1;
  const last = cols.length - 1;
  if (total > termWidth && lay.some((l) => l.extreme))
    lay.forEach((l, i) => {
      if (!l.extreme) return;
      const again = measure(cols[i], values[i], l);
      total -= widths[i] - again.width;
      widths[i] = again.width;
    });
  if (total < termWidth) {
    // an extreme column takes back what fits; otherwise the last column grows (invisible: it is never padded)
    const extreme = lay.findIndex((l) => l.extreme);
    if (extreme >= 0) {
      const add = Math.min(termWidth - total, lay[extreme].max - widths[extreme]);
      widths[extreme] += Math.max(0, add);
      total += Math.max(0, add);
    } else if (!cols[last].right) {
      widths[last] += termWidth - total;
      total = termWidth;
    }
  }
  const treeArt = flat.reduce((m, f) => Math.max(m, f.parent ? width(continuation(f.parent)) + 2 : 0), 0);
  for (let stage = 1; total > termWidth && stage <= 3; ) {
    const before = total;
    for (let i = 0; i < cols.length && total > termWidth; i++) {
      const c = cols[i];
      if (widths[i] === lay[i].min) continue;
      if (c.tree && total <= treeArt) continue;
      if (widths[i] === 0) continue;
      const cuttable = c.trunc || c.wrap === true;
      const relative = c.hint > 0 && c.hint < 1;
      const shrink =
        stage === 1 ? cuttable && relative && widths[i] >= Math.floor(c.hint * termWidth) : stage === 2 ? cuttable : relative;
      if (shrink) {
        widths[i]--;
        total--;
      }
    }
    if (before === total) stage++;
  }
  return widths;
}

/** cut `s` to `n` cells */
const cut = (s: string, n: number) => [...s].slice(0, n).join("");

function human(cols: ScolsColumn[], flat: Flat[], opts: ScolsOptions): string {
  const widths = layout(cols, flat, opts.termWidth);
  const last = cols.length - 1;
  let out = "";
  const emptyCell = (f: Flat | undefined, i: number) => {
    const art = f && cols[i].tree ? continuation(f) : "";
    out += art;
    if (i === last) return;
    out += " ".repeat(Math.max(0, widths[i] - width(art))) + " ";
  };
  const printLine = (f: Flat | undefined, cells: string[]) => {
    const pending: (string[] | undefined)[] = [];
    cells.forEach((raw, i) => {
      const c = cols[i];
      let data = raw;
      if (c.wrap && data.includes("\n")) {
        const [first, ...rest] = data.split("\n");
        data = first;
        pending[i] = rest;
      }
      let len = width(data);
      let w = widths[i];
      if (i === last && len < w && !c.right) w = len;
      if (len > w && c.trunc) {
        data = cut(data, w);
        len = w;
      }
      if (data && c.right && len < w) {
        out += " ".repeat(w - len);
        len = w;
      }
      out += data;
      if (i === last) return;
      if (len < w) out += " ".repeat(w - len);
      if (len > w && !c.trunc) {
        out += "\n";
        for (let j = 0; j <= i; j++) emptyCell(f, j);
      } else out += " ";
    });
    while (pending.some((p) => p?.length)) {
      out += "\n";
      cols.forEach((c, i) => {
        const more = pending[i]?.shift();
        if (more === undefined) return emptyCell(f, i);
        out += i === last ? more : more + " ".repeat(Math.max(0, widths[i] - width(more))) + " ";
      });
    }
    out += "\n";
  };
  if (!opts.noheadings) printLine(undefined, cols.map((c) => c.header));
  for (const f of flat) printLine(f, cols.map((c, i) => cellData(f, c, i)));
  return out;
}

/** raw: blanks and other unsafe bytes as \xNN, an empty cell as nothing */
const rawValue = (s: string) => s.replace(/[ \t\n\\\x00-\x1f\x7f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`);
const quoted = (s: string) => `"${s.replace(/[\\"$`]/g, (ch) => `\\${ch}`).replace(/\n/g, "\\x0a")}"`;

export function renderTable(cols: ScolsColumn[], roots: ScolsLine[], opts: ScolsOptions): string {
  const flat = flatten(roots);
  if (opts.format === "human") return human(cols, flat, opts);
  let out = "";
  if (opts.format === "raw") {
    if (!opts.noheadings) out += `${cols.map((c) => c.header).join(" ")}\n`;
    for (const f of flat) out += `${f.line.cells.map(rawValue).join(" ")}\n`;
    return out;
  }
  for (const f of flat) out += `${cols.map((c, i) => `${c.header}=${quoted(f.line.cells[i] ?? "")}`).join(" ")}\n`;
  return out;
}
