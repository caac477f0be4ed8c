/**
 * INSERT (multi-row, column lists, DEFAULT, AUTO_INCREMENT, IGNORE,
 * REPLACE, INSERT ... SELECT), UPDATE and DELETE, with strict-mode checks.
 * A statement that fails part-way leaves the table as it was (InnoDB rolls
 * the statement back).
 */
import { ER, SqlError } from "../errors.js";
import type { Cell, ColumnDef, TableState } from "../state.js";
import type { Expr, OrderItem } from "./ast.js";
import { bindExpr, type EvalContext, EvalError, evaluate, formatDateTime, type Source } from "./eval.js";
import type { OkResult } from "./result.js";
import { checkUnique, clusterIndex, insertRow, resort } from "./table.js";
import { storeVal } from "./types.js";
import { compareVals, truthy, type Val } from "./value.js";

function defaultCell(col: ColumnDef, ctx: EvalContext): Cell | "none" {
  if (col.default && "expr" in col.default) return formatDateTime(ctx.nowMs);
  if (col.default) return col.default.value;
  if (col.autoIncrement || !col.notNull) return null;
  return "none";
}

function isDefaultMarker(e: Expr): boolean {
  return e.k === "fn" && e.name === "__DEFAULT";
}

/** Rows as values, before storing: VALUES lists or a SELECT's result. */
export interface InsertInput {
  db: string;
  table: TableState;
  columns?: string[];
  rows: (Expr[] | Val[])[];
  fromSelect: boolean;
  ignore: boolean;
  replace: boolean;
}

export function runInsert(input: InsertInput, ctx: EvalContext): { result: OkResult; lastInsertId?: number } | SqlError {
  const t = input.table;
  const targets: number[] = [];
  if (input.columns) {
    for (const name of input.columns) {
      const k = t.columns.findIndex((c) => c.name.toLowerCase() === name.toLowerCase());
      if (k < 0) return ER.badField(name, "INSERT INTO");
      targets.push(k);
    }
  } else t.columns.forEach((_, k) => targets.push(k));
  const before = { rows: t.rows.slice(), autoIncrement: t.autoIncrement };
  const rollback = () => {
    t.rows = before.rows;
    t.autoIncrement = before.autoIncrement;
  };
  const ai = t.columns.findIndex((c) => c.autoIncrement);
  let affected = 0;
  let duplicates = 0;
  let firstAuto: number | undefined;
  const site = { db: input.db, table: t.name, row: 0 };
  try {
    for (let r = 0; r < input.rows.length; r++) {
      site.row = r + 1;
      const given = input.rows[r];
      if (given.length !== targets.length) {
        rollback();
        return r === 0 ? ER.wrongValueCount() : ER.wrongValueCountOnRow(r + 1);
      }
      const row: Cell[] = new Array(t.columns.length);
      const set = new Array<boolean>(t.columns.length).fill(false);
      for (let k = 0; k < targets.length; k++) {
        const col = t.columns[targets[k]];
        const g = given[k];
        if (!input.fromSelect && isDefaultMarker(g as Expr)) continue;
        const v = input.fromSelect ? (g as Val) : evaluate(g as Expr, [], ctx);
        if (v === null && col.notNull && !col.autoIncrement && col.type.base !== "timestamp") {
          rollback();
          return ER.badNull(col.name);
        }
        const stored = storeVal(v, col, site);
        if (stored instanceof SqlError) {
          rollback();
          return stored;
        }
        row[targets[k]] = stored;
        set[targets[k]] = true;
      }
      for (let k = 0; k < t.columns.length; k++) {
        if (set[k]) continue;
        const col = t.columns[k];
        const d = defaultCell(col, ctx);
        if (d === "none") {
          rollback();
          return ER.noDefaultForField(col.name);
        }
        row[k] = d;
      }
      // AUTO_INCREMENT: NULL or 0 (outside NO_AUTO_VALUE_ON_ZERO) takes the next value
      if (ai >= 0) {
        const cur = row[ai];
        if (cur === null || (cur === "0" && !ctx.noAutoValueOnZero)) {
          row[ai] = String(t.autoIncrement);
          firstAuto ??= t.autoIncrement;
          t.autoIncrement++;
        } else if (Number(cur) >= t.autoIncrement) t.autoIncrement = Number(cur) + 1;
      }
      const check = checkUnique(t, row);
      if (check instanceof SqlError) {
        if (input.replace) {
          const removed = removeConflicts(t, row);
          insertRow(t, row);
          affected += 1 + removed;
          continue;
        }
        if (input.ignore) {
          duplicates++;
          continue;
        }
        rollback();
        return check;
      }
      if (check.at === t.rows.length) t.rows.push(row);
      else t.rows.splice(check.at, 0, row);
      affected++;
    }
  } catch (e) {
    rollback();
    if (e instanceof EvalError) return e.error;
    throw e;
  }
  const result: OkResult = { kind: "ok", affectedRows: affected };
  if (input.rows.length > 1 || input.fromSelect) result.info = `Records: ${input.rows.length}  Duplicates: ${duplicates}  Warnings: ${duplicates}`;
  return { result, lastInsertId: firstAuto };
}

/** REPLACE: delete the rows whose unique keys the new row takes; how many were deleted */
function removeConflicts(t: TableState, row: Cell[]): number {
  let removed = 0;
  for (let guard = 0; guard < t.indexes.length + 1; guard++) {
    const c = checkUnique(t, row);
    if (!(c instanceof SqlError)) break;
    const unique = t.indexes.filter((i) => i.kind !== "key");
    const before = t.rows.length;
    t.rows = t.rows.filter((other) => !unique.some((i) => i.columns.every((n) => {
      const k = t.columns.findIndex((col) => col.name === n);
      return other[k] !== null && row[k] !== null && compareVals(other[k], row[k]) === 0;
    })));
    removed += before - t.rows.length;
  }
  return removed;
}

function orderAndLimit(t: TableState, rows: Cell[][], orderBy: OrderItem[], limit: number | undefined, ctx: EvalContext): Cell[][] {
  let out = rows;
  if (orderBy.length) {
    out = [...rows].sort((a, b) => {
      for (const o of orderBy) {
        const c = compareVals(evaluate(o.expr, a, ctx), evaluate(o.expr, b, ctx));
        if (c !== 0) return o.desc ? -c : c;
      }
      return 0;
    });
  }
  return limit === undefined ? out : out.slice(0, limit);
}

export function runUpdate(
  db: string,
  t: TableState,
  alias: string,
  sets: { column: string; expr: Expr }[],
  where: Expr | undefined,
  orderBy: OrderItem[],
  limit: number | undefined,
  ctx: EvalContext,
): OkResult | SqlError {
  const sources: Source[] = [{ db, table: t.name, name: alias, columns: t.columns, offset: 0 }];
  const targets: number[] = [];
  for (const s of sets) {
    const k = t.columns.findIndex((c) => c.name.toLowerCase() === s.column.toLowerCase());
    if (k < 0) return ER.badField(s.column, "SET");
    targets.push(k);
    if (!isDefaultMarker(s.expr)) {
      const err = bindExpr(s.expr, sources, "SET");
      if (err) return err;
    }
  }
  if (where) {
    const err = bindExpr(where, sources, "WHERE");
    if (err) return err;
  }
  for (const o of orderBy) {
    const err = bindExpr(o.expr, sources, "ORDER BY");
    if (err) return err;
  }
  const saved = t.rows.map((r) => r.slice());
  const savedRows = t.rows;
  let matched = 0;
  let changed = 0;
  try {
    const chosen = orderAndLimit(t, t.rows.filter((r) => !where || truthy(evaluate(where, r, ctx)) === true), orderBy, limit, ctx);
    for (const row of chosen) {
      matched++;
      const next = row.slice();
      for (let k = 0; k < sets.length; k++) {
        const col = t.columns[targets[k]];
        let cell: Cell;
        if (isDefaultMarker(sets[k].expr)) {
          const d = defaultCell(col, ctx);
          cell = d === "none" ? null : d;
        } else {
          const v = evaluate(sets[k].expr, row, ctx);
          if (v === null && col.notNull) throw new EvalError(ER.badNull(col.name));
          const s = storeVal(v, col, { db, table: t.name, row: matched });
          if (s instanceof SqlError) throw new EvalError(s);
          cell = s;
        }
        next[targets[k]] = cell;
      }
      if (next.every((c, k) => c === row[k])) continue;
      const check = checkUnique(t, next, row);
      if (check instanceof SqlError) throw new EvalError(check);
      for (let k = 0; k < next.length; k++) row[k] = next[k];
      changed++;
    }
  } catch (e) {
    t.rows = savedRows;
    saved.forEach((r, k) => (t.rows[k] = r));
    if (e instanceof EvalError) return e.error;
    throw e;
  }
  if (clusterIndex(t)) resort(t);
  return { kind: "ok", affectedRows: changed, info: `Rows matched: ${matched}  Changed: ${changed}  Warnings: 0` };
}

export function runDelete(
  db: string,
  t: TableState,
  alias: string,
  where: Expr | undefined,
  orderBy: OrderItem[],
  limit: number | undefined,
  ctx: EvalContext,
): OkResult | SqlError {
  const sources: Source[] = [{ db, table: t.name, name: alias, columns: t.columns, offset: 0 }];
  if (where) {
    const err = bindExpr(where, sources, "WHERE");
    if (err) return err;
  }
  for (const o of orderBy) {
    const err = bindExpr(o.expr, sources, "ORDER BY");
    if (err) return err;
  }
  try {
    const doomed = new Set(orderAndLimit(t, t.rows.filter((r) => !where || truthy(evaluate(where, r, ctx)) === true), orderBy, limit, ctx));
    t.rows = t.rows.filter((r) => !doomed.has(r));
    return { kind: "ok", affectedRows: doomed.size };
  } catch (e) {
    if (e instanceof EvalError) return e.error;
    throw e;
  }
}

