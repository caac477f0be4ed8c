/**
 * Rows in a table as InnoDB keeps them: clustered by the primary key (or
 * the first UNIQUE key over NOT NULL columns, or insertion order when there
 * is neither), unique keys enforced with error 1062. A full scan with no
 * ORDER BY returns rows in clustered order, except that the optimizer reads
 * a secondary index that covers every column instead (what real mysqldump
 * output shows for such tables).
 */
import { ER, type SqlError } from "../errors.js";
import type { Cell, IndexDef, TableState } from "../state.js";
import { cellVal } from "./types.js";
import { compareVals, foldCase } from "./value.js";

export function clusterIndex(t: TableState): IndexDef | undefined {
  const pk = t.indexes.find((i) => i.kind === "primary");
  if (pk) return pk;
  return t.indexes.find(
    (i) => i.kind === "unique" && i.columns.every((n) => t.columns.find((c) => c.name === n)?.notNull),
  );
}

function positions(t: TableState, idx: IndexDef): number[] {
  return idx.columns.map((n) => t.columns.findIndex((c) => c.name === n));
}

function compareOn(t: TableState, pos: number[], a: Cell[], b: Cell[]): number {
  for (const p of pos) {
    const type = t.columns[p].type;
    const c = compareVals(cellVal(a[p], type), cellVal(b[p], type));
    if (c !== 0) return c;
  }
  return 0;
}

/** the key value as error 1062 quotes it ("1", "a-b") */
function keyText(pos: number[], row: Cell[]): string {
  return pos.map((p) => row[p] ?? "NULL").join("-");
}

/** First index of the row that sorts at or after `row` on `pos` (binary search). */
function lowerBound(t: TableState, pos: number[], row: Cell[]): number {
  let lo = 0;
  let hi = t.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareOn(t, pos, t.rows[mid], row) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where a new row goes, or the duplicate-key error. `skip` ignores one
 * existing row (an UPDATE checking the row it replaces).
 */
export function checkUnique(t: TableState, row: Cell[], skip?: Cell[]): { at: number } | SqlError {
  const cluster = clusterIndex(t);
  let at = t.rows.length;
  if (cluster) {
    const pos = positions(t, cluster);
    const lastRow = t.rows[t.rows.length - 1];
    // rows mostly arrive in key order (AUTO_INCREMENT, restores): past the last row needs no search
    at = lastRow && lastRow !== skip && compareOn(t, pos, lastRow, row) < 0 ? t.rows.length : lowerBound(t, pos, row);
    const hit = t.rows[at];
    if (hit && hit !== skip && compareOn(t, pos, hit, row) === 0) return ER.dupEntry(keyText(pos, row), cluster.name);
    if (hit === skip && skip) {
      const next = t.rows[at + 1];
      if (next && compareOn(t, pos, next, row) === 0) return ER.dupEntry(keyText(pos, row), cluster.name);
    }
  }
  for (const idx of t.indexes) {
    if (idx.kind !== "unique" || idx === cluster) continue;
    const pos = positions(t, idx);
    if (pos.some((p) => row[p] === null)) continue; // NULLs never collide in a UNIQUE key
    const key = pos.map((p) => foldCase(row[p]!)).join("\0");
    for (const other of t.rows) {
      if (other === skip) continue;
      if (pos.some((p) => other[p] === null)) continue;
      if (pos.map((p) => foldCase(other[p]!)).join("\0") === key) return ER.dupEntry(keyText(pos, row), idx.name);
    }
  }
  return { at };
}

/** Insert a row at its clustered position; the 1062 error when a key is taken. */
export function insertRow(t: TableState, row: Cell[]): SqlError | null {
  const r = checkUnique(t, row);
  if ("code" in r) return r;
  if (r.at === t.rows.length) t.rows.push(row);
  else t.rows.splice(r.at, 0, row);
  return null;
}

/** Put a changed row back in clustered order. */
export function resort(t: TableState): void {
  const cluster = clusterIndex(t);
  if (!cluster) return;
  const pos = positions(t, cluster);
  t.rows.sort((a, b) => compareOn(t, pos, a, b));
}

/** The rows in the order a full scan without ORDER BY returns them. */
export function scanOrder(t: TableState): Cell[][] {
  const cluster = clusterIndex(t);
  if (!cluster || t.indexes.find((i) => i.kind === "primary") !== cluster) return t.rows;
  const clusterCols = new Set(cluster.columns);
  const covering = t.indexes.find((i) => {
    if (i === cluster) return false;
    const cols = new Set([...i.columns, ...clusterCols]);
    return t.columns.every((c) => cols.has(c.name));
  });
  if (!covering) return t.rows;
  const pos = [...positions(t, covering), ...positions(t, cluster)];
  return [...t.rows].sort((a, b) => compareOn(t, pos, a, b));
}
