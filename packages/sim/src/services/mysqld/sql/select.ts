/**
 * SELECT: FROM with inner/left/right/cross joins (nested loops: the tables
 * a lesson uses are small), WHERE, GROUP BY with aggregates, HAVING,
 * DISTINCT, ORDER BY (also by alias or position), LIMIT.
 */
import { ER, SqlError } from "../errors.js";
import type { Cell, ColumnDef, TableState } from "../state.js";
import type { Expr, SelectItem, SelectStmt, TableRef } from "./ast.js";
import { AGGREGATES, bindExpr, type EvalContext, EvalError, evaluate, hasAggregate, type Source } from "./eval.js";
import type { ResultColumn, ResultSet } from "./result.js";
import { scanOrder } from "./table.js";
import { isNumericType } from "./types.js";
import { compareVals, formatVal, isDec, truthy, type Val } from "./value.js";

/** How SELECT finds a table (with the privilege check): the table, or the error. */
export type TableLookup = (ref: TableRef, command: string) => { db: string; table: TableState } | SqlError;

interface OutCol {
  name: string;
  expr: Expr;
}

function isNumericExpr(e: Expr, probe: Val): boolean {
  if (e.k === "col") {
    const col = (e as Expr & { col?: ColumnDef }).col;
    if (col) return isNumericType(col.type);
  }
  return typeof probe === "number" || isDec(probe);
}

/** Whether a result column may be NULL, as the server flags it (a nullable column, NULL, an aggregate but COUNT). */
function maybeNull(e: Expr, probe: Val): boolean {
  if (probe === null) return true;
  switch (e.k) {
    case "col": {
      const col = (e as Expr & { col?: ColumnDef }).col;
      return col ? !col.notNull : true;
    }
    case "lit":
      return e.v === null;
    case "fn":
      if (e.name === "COUNT") return false;
      if (AGGREGATES.has(e.name) || e.name === "DATABASE" || e.name === "SCHEMA") return true;
      return e.args.some((a) => maybeNull(a, 0));
    case "un":
    case "isnull":
      return e.k === "un" && maybeNull(e.e, 0);
    case "bin":
      return maybeNull(e.l, 0) || maybeNull(e.r, 0);
    case "sysvar":
    case "uservar":
    case "case":
      return true;
    default:
      return false;
  }
}

export function runSelect(st: SelectStmt, lookup: TableLookup, ctx: EvalContext): ResultSet | SqlError {
  const sources: Source[] = [];
  const tables: TableState[] = [];
  const refs = st.from ? [st.from, ...st.joins.map((j) => j.ref)] : [];
  let offset = 0;
  for (const ref of refs) {
    const found = lookup(ref, "SELECT");
    if (found instanceof SqlError) return found;
    const name = ref.alias ?? ref.table;
    if (sources.some((s) => s.name.toLowerCase() === name.toLowerCase())) return ER.nonUniqTable(name);
    sources.push({ db: found.db, table: found.table.name, name, columns: found.table.columns, offset });
    tables.push(found.table);
    offset += found.table.columns.length;
  }

  // output columns: expand * and t.*
  const out: OutCol[] = [];
  for (const item of st.items) {
    if (item.expr.k === "star") {
      const star = item.expr;
      const chosen = star.table === undefined ? sources : sources.filter((s) => s.name.toLowerCase() === star.table!.toLowerCase());
      if (star.table !== undefined && chosen.length === 0) return ER.badTable(star.table);
      if (sources.length === 0) return ER.noTablesUsed();
      for (const s of chosen) {
        s.columns.forEach((c) => out.push({ name: c.name, expr: { k: "col", table: s.name, name: c.name, text: c.name } }));
      }
    } else out.push({ name: item.alias ?? columnName(item), expr: item.expr });
  }
  for (const o of out) {
    const err = bindExpr(o.expr, sources, "SELECT");
    if (err) return err;
  }
  const aliases = new Map(out.map((o) => [o.name.toLowerCase(), o.expr] as const));
  for (const j of st.joins) {
    if (j.on) {
      const err = bindExpr(j.on, sources, "on");
      if (err) return err;
    }
  }
  if (st.where) {
    const err = bindExpr(st.where, sources, "WHERE");
    if (err) return err;
    if (hasAggregate(st.where)) return ER.invalidGroupFuncUse();
  }
  for (const g of st.groupBy) {
    const err = bindExpr(g, sources, "GROUP BY", aliases);
    if (err) return err;
  }
  if (st.having) {
    const err = bindExpr(st.having, sources, "HAVING", aliases);
    if (err) return err;
  }
  const orderExprs: { expr: Expr; desc: boolean }[] = [];
  for (const o of st.orderBy) {
    let e = o.expr;
    if (e.k === "lit" && e.v !== null && typeof e.v === "object") {
      const n = Number(e.v.num);
      if (!Number.isInteger(n) || n < 1 || n > out.length) return ER.badField(e.v.num, "ORDER BY");
      e = out[n - 1].expr;
    } else {
      const err = bindExpr(e, sources, "ORDER BY", aliases);
      if (err) return err;
    }
    orderExprs.push({ expr: e, desc: o.desc });
  }

  try {
    // FROM and joins
    let rows: Cell[][] = tables.length ? scanOrder(tables[0]).map((r) => r) : [[]];
    for (let k = 1; k < tables.length; k++) {
      const j = st.joins[k - 1];
      const right = scanOrder(tables[k]);
      const width = tables[k].columns.length;
      const leftWidth = sources[k].offset;
      const next: Cell[][] = [];
      const matches = (combined: Cell[]) => {
        if (j.on) return truthy(evaluate(j.on, combined, ctx)) === true;
        if (j.using) {
          return j.using.every((name) => {
            const l = sources.slice(0, k).find((s) => s.columns.some((c) => c.name.toLowerCase() === name.toLowerCase()));
            const li = l ? l.offset + l.columns.findIndex((c) => c.name.toLowerCase() === name.toLowerCase()) : -1;
            const ri = leftWidth + tables[k].columns.findIndex((c) => c.name.toLowerCase() === name.toLowerCase());
            return li >= 0 && combined[li] !== null && combined[li] === combined[ri];
          });
        }
        return true;
      };
      if (j.kind === "right") {
        for (const r of right) {
          let hit = false;
          for (const l of rows) {
            const combined = [...l, ...r];
            if (matches(combined)) {
              next.push(combined);
              hit = true;
            }
          }
          if (!hit) next.push([...new Array<Cell>(leftWidth).fill(null), ...r]);
        }
      } else {
        for (const l of rows) {
          let hit = false;
          for (const r of right) {
            const combined = [...l, ...r];
            if (matches(combined)) {
              next.push(combined);
              hit = true;
            }
          }
          if (!hit && j.kind === "left") next.push([...l, ...new Array<Cell>(width).fill(null)]);
        }
      }
      rows = next;
    }
    if (st.where) rows = rows.filter((r) => truthy(evaluate(st.where!, r, ctx)) === true);

    const aggregated = st.groupBy.length > 0 || out.some((o) => hasAggregate(o.expr)) || (st.having ? hasAggregate(st.having) : false);
    let produced: { values: Val[]; sortKeys: Val[] }[];
    if (aggregated) {
      const groups = new Map<string, Cell[][]>();
      if (st.groupBy.length === 0) groups.set("", rows);
      else {
        for (const r of rows) {
          const key = st.groupBy.map((g) => groupKey(evaluate(g, r, ctx))).join("\u0001");
          const list = groups.get(key);
          if (list) list.push(r);
          else groups.set(key, [r]);
        }
      }
      produced = [];
      for (const group of groups.values()) {
        const gctx: EvalContext = { ...ctx, group };
        const first = group[0] ?? new Array<Cell>(offset).fill(null);
        if (st.having && truthy(evaluate(st.having, first, gctx)) !== true) continue;
        produced.push({
          values: out.map((o) => evaluate(o.expr, first, gctx)),
          sortKeys: orderExprs.map((o) => evaluate(o.expr, first, gctx)),
        });
      }
      if (st.groupBy.length > 0 && orderExprs.length === 0) {
        // MariaDB sorts GROUP BY results by the grouping expressions
        const keyed = [...groups.values()].map((g) => st.groupBy.map((e) => evaluate(e, g[0], ctx)));
        const order = produced.map((p, k) => ({ p, key: keyed[k] }));
        order.sort((a, b) => compareKeys(a.key, b.key, st.groupBy.map(() => false)));
        produced = order.map((o) => o.p);
      }
    } else {
      if (st.having) rows = rows.filter((r) => truthy(evaluate(st.having!, r, ctx)) === true);
      produced = rows.map((r) => ({ values: out.map((o) => evaluate(o.expr, r, ctx)), sortKeys: orderExprs.map((o) => evaluate(o.expr, r, ctx)) }));
    }
    if (orderExprs.length) {
      const desc = orderExprs.map((o) => o.desc);
      produced = produced
        .map((p, k) => ({ p, k }))
        .sort((a, b) => compareKeys(a.p.sortKeys, b.p.sortKeys, desc) || a.k - b.k)
        .map((x) => x.p);
    }
    let cells = produced.map((p) => p.values.map(formatVal));
    if (st.distinct) {
      const seen = new Set<string>();
      cells = cells.filter((r) => {
        const key = r.map((c) => (c === null ? "\u0000NULL" : c.toUpperCase())).join("\u0001");
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    if (st.limit) cells = cells.slice(st.limit.offset, st.limit.offset + st.limit.count);
    const probe = produced[0]?.values ?? [];
    const columns: ResultColumn[] = out.map((o, k) => ({
      name: o.name,
      numeric: isNumericExpr(o.expr, probe[k] ?? null),
      maybeNull: maybeNull(o.expr, produced.length === 0 ? 0 : (probe[k] ?? null)),
    }));
    return { kind: "rows", columns, rows: cells };
  } catch (e) {
    if (e instanceof EvalError) return e.error;
    throw e;
  }
}

function groupKey(v: Val): string {
  const s = formatVal(v);
  return s === null ? "\u0000NULL" : typeof v === "string" ? s.toUpperCase() : s;
}

function compareKeys(a: Val[], b: Val[], desc: boolean[]): number {
  for (let k = 0; k < a.length; k++) {
    // NULL sorts first ascending, last descending
    const c = compareVals(a[k], b[k]);
    if (c !== 0) return desc[k] ? -c : c;
  }
  return 0;
}

/** A column's name when it has no alias: the expression as written, at most 256 characters. */
function columnName(item: SelectItem): string {
  if (item.expr.k === "col") return item.expr.name;
  return item.text.slice(0, 256);
}
