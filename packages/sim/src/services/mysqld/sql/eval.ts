/**
 * Expressions: binding column names to positions in a joined row (with
 * MariaDB's 1054/1052 errors), then evaluating. Aggregates are evaluated over
 * a group of rows; everything else over one row. Pure functions of the
 * statement and the session context: NOW() reads the virtual clock.
 */
import { civilFromUnixMs } from "../../../world/calendar.js";
import { utf8Encode } from "../../../bytes.js";
import { ER, SqlError } from "../errors.js";
import type { Cell, ColumnDef } from "../state.js";
import type { Expr } from "./ast.js";
import { cellVal } from "./types.js";
import {
  type Val, arith, boolVal, compareVals, dec, DIV_PRECISION, formatVal, isDec, likeMatch, numLiteral, roundTo, scaleOf, toNumber, truthy,
} from "./value.js";

/** One table in the FROM clause: its columns occupy row[offset .. offset+columns.length). */
export interface Source {
  db: string;
  table: string;
  /** the alias, or the table name */
  name: string;
  columns: ColumnDef[];
  offset: number;
}

/** What functions like DATABASE(), USER(), NOW() read. */
export interface EvalContext {
  database: string | null;
  user: string;
  currentUser: string;
  lastInsertId: number;
  connectionId: number;
  /** ms since the Unix epoch, virtual */
  nowMs: number;
  userVars: Record<string, Val>;
  sysVar(name: string): Val | SqlError;
  /** sql_mode has NO_AUTO_VALUE_ON_ZERO (mysqldump sets it): 0 in an AUTO_INCREMENT column stays 0 */
  noAutoValueOnZero?: boolean;
  /** rows of the group, for aggregates; undefined outside GROUP BY/aggregate queries */
  group?: Cell[][];
}

export const AGGREGATES = new Set(["COUNT", "SUM", "AVG", "MIN", "MAX", "GROUP_CONCAT"]);

export function hasAggregate(e: Expr): boolean {
  switch (e.k) {
    case "fn":
      return AGGREGATES.has(e.name) || e.args.some(hasAggregate);
    case "un":
    case "isnull":
    case "istruth":
      return hasAggregate(e.e);
    case "bin":
      return hasAggregate(e.l) || hasAggregate(e.r);
    case "in":
      return hasAggregate(e.e) || e.list.some(hasAggregate);
    case "between":
      return hasAggregate(e.e) || hasAggregate(e.lo) || hasAggregate(e.hi);
    case "like":
      return hasAggregate(e.e) || hasAggregate(e.pattern);
    case "case":
      return (e.operand ? hasAggregate(e.operand) : false) || e.whens.some((w) => hasAggregate(w.when) || hasAggregate(w.then)) || (e.else ? hasAggregate(e.else) : false);
    default:
      return false;
  }
}

/** Find a column: its position in the row and definition, or 1054 / 1052. `where` names the clause for the error. */
export function resolveColumn(sources: Source[], e: Expr & { k: "col" }, where: string): { index: number; col: ColumnDef } | SqlError {
  let found: { index: number; col: ColumnDef } | undefined;
  for (const s of sources) {
    if (e.table !== undefined && s.name.toLowerCase() !== e.table.toLowerCase() && s.table.toLowerCase() !== e.table.toLowerCase()) continue;
    const k = s.columns.findIndex((c) => c.name.toLowerCase() === e.name.toLowerCase());
    if (k < 0) continue;
    if (found) return ER.nonUniq(e.name, where === "SELECT" ? "field list" : `${where.toLowerCase()} clause`);
    found = { index: s.offset + k, col: s.columns[k] };
  }
  return found ?? ER.badField(e.text, where);
}

/** Thrown inside evaluation and caught at the statement boundary (an error in a row aborts the statement). */
export class EvalError {
  constructor(readonly error: SqlError) {}
}

/** Resolve every column reference once, so evaluating many rows does not search by name. */
export function bindExpr(e: Expr, sources: Source[], where: string, aliases?: Map<string, Expr>): SqlError | null {
  const err = walk(e, (node) => {
    if (node.k === "col") {
      const r = resolveColumn(sources, node, where);
      if (r instanceof SqlError) {
        const alias = node.table === undefined ? aliases?.get(node.name.toLowerCase()) : undefined;
        if (alias) {
          (node as Expr & { bound?: Expr }).bound = alias;
          return null;
        }
        return r;
      }
      (node as Expr & { index?: number; col?: ColumnDef }).index = r.index;
      (node as Expr & { col?: ColumnDef }).col = r.col;
    }
    return null;
  });
  return err;
}

function walk(e: Expr, f: (e: Expr) => SqlError | null): SqlError | null {
  const own = f(e);
  if (own) return own;
  const kids: Expr[] = [];
  switch (e.k) {
    case "un":
    case "isnull":
    case "istruth":
      kids.push(e.e);
      break;
    case "bin":
      kids.push(e.l, e.r);
      break;
    case "in":
      kids.push(e.e, ...e.list);
      break;
    case "between":
      kids.push(e.e, e.lo, e.hi);
      break;
    case "like":
      kids.push(e.e, e.pattern);
      break;
    case "fn":
      kids.push(...e.args);
      break;
    case "case":
      if (e.operand) kids.push(e.operand);
      for (const w of e.whens) kids.push(w.when, w.then);
      if (e.else) kids.push(e.else);
      break;
    case "interval":
      kids.push(e.e);
      break;
  }
  for (const k of kids) {
    const err = walk(k, f);
    if (err) return err;
  }
  return null;
}

export function evaluate(e: Expr, row: Cell[], ctx: EvalContext): Val {
  switch (e.k) {
    case "lit":
      return e.v === null ? null : typeof e.v === "string" ? e.v : numLiteral(e.v.num);
    case "col": {
      const b = e as Expr & { index?: number; col?: ColumnDef; bound?: Expr };
      if (b.bound) return evaluate(b.bound, row, ctx);
      if (b.index === undefined || !b.col) throw new EvalError(ER.badField(e.text, "SELECT"));
      return cellVal(row[b.index] ?? null, b.col.type);
    }
    case "star":
      throw new EvalError(ER.parse("*", 1));
    case "un": {
      const v = evaluate(e.e, row, ctx);
      if (e.op === "NOT") {
        const t = truthy(v);
        return t === null ? null : t ? 0 : 1;
      }
      if (v === null) return null;
      if (e.op === "-") return isDec(v) ? dec(-v.dec, v.scale) : -toNumber(v)!;
      if (e.op === "~") return ~toNumber(v)! >>> 0;
      return v;
    }
    case "bin":
      return binary(e.op, e.l, e.r, row, ctx);
    case "isnull": {
      const v = evaluate(e.e, row, ctx);
      return (v === null) !== e.not ? 1 : 0;
    }
    case "istruth": {
      const t = truthy(evaluate(e.e, row, ctx));
      return (t === e.value) !== e.not ? 1 : 0;
    }
    case "in": {
      const v = evaluate(e.e, row, ctx);
      if (v === null) return null;
      let sawNull = false;
      for (const x of e.list) {
        const w = evaluate(x, row, ctx);
        if (w === null) sawNull = true;
        else if (compareVals(v, w) === 0) return e.not ? 0 : 1;
      }
      return sawNull ? null : e.not ? 1 : 0;
    }
    case "between": {
      const v = evaluate(e.e, row, ctx);
      const lo = evaluate(e.lo, row, ctx);
      const hi = evaluate(e.hi, row, ctx);
      if (v === null || lo === null || hi === null) return null;
      const inside = compareVals(v, lo) >= 0 && compareVals(v, hi) <= 0;
      return inside !== e.not ? 1 : 0;
    }
    case "like": {
      const v = evaluate(e.e, row, ctx);
      const p = evaluate(e.pattern, row, ctx);
      if (v === null || p === null) return null;
      return likeMatch(formatVal(v)!, formatVal(p)!) !== e.not ? 1 : 0;
    }
    case "case": {
      const operand = e.operand ? evaluate(e.operand, row, ctx) : undefined;
      for (const w of e.whens) {
        const c = evaluate(w.when, row, ctx);
        const hit = e.operand ? operand !== null && c !== null && compareVals(operand!, c) === 0 : truthy(c) === true;
        if (hit) return evaluate(w.then, row, ctx);
      }
      return e.else ? evaluate(e.else, row, ctx) : null;
    }
    case "sysvar": {
      const v = ctx.sysVar(e.name);
      if (v instanceof SqlError) throw new EvalError(v);
      return v;
    }
    case "uservar":
      return ctx.userVars[e.name] ?? null;
    case "fn":
      return callFunction(e, row, ctx);
    case "interval":
      return evaluate(e.e, row, ctx);
  }
}

function binary(op: string, l: Expr, r: Expr, row: Cell[], ctx: EvalContext): Val {
  if (op === "AND") {
    const a = truthy(evaluate(l, row, ctx));
    if (a === false) return 0;
    const b = truthy(evaluate(r, row, ctx));
    if (b === false) return 0;
    return a === null || b === null ? null : 1;
  }
  if (op === "OR") {
    const a = truthy(evaluate(l, row, ctx));
    if (a === true) return 1;
    const b = truthy(evaluate(r, row, ctx));
    if (b === true) return 1;
    return a === null || b === null ? null : 0;
  }
  const a = evaluate(l, row, ctx);
  const b = evaluate(r, row, ctx);
  switch (op) {
    case "XOR": {
      const x = truthy(a);
      const y = truthy(b);
      return x === null || y === null ? null : x !== y ? 1 : 0;
    }
    case "<=>":
      return a === null || b === null ? (a === b ? 1 : 0) : compareVals(a, b) === 0 ? 1 : 0;
    case "=":
    case "<>":
    case "<":
    case ">":
    case "<=":
    case ">=": {
      if (a === null || b === null) return null;
      const c = compareVals(a, b);
      return boolVal(op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0);
    }
    case "|":
    case "&":
      if (a === null || b === null) return null;
      return op === "|" ? (toNumber(a)! | toNumber(b)!) >>> 0 : (toNumber(a)! & toNumber(b)!) >>> 0;
    default:
      return arith(op, a, b);
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function civil(ms: number): { y: number; m: number; d: number; hh: number; mm: number; ss: number } {
  const c = civilFromUnixMs(ms);
  return { y: c.year, m: c.month, d: c.day, hh: c.hour, mm: c.minute, ss: c.second };
}

export function formatDateTime(ms: number): string {
  const c = civil(ms);
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)} ${pad(c.hh)}:${pad(c.mm)}:${pad(c.ss)}`;
}

function callFunction(e: Expr & { k: "fn" }, row: Cell[], ctx: EvalContext): Val {
  const name = e.name;
  if (AGGREGATES.has(name)) return aggregate(e, ctx);
  const args = () => e.args.map((a) => evaluate(a, row, ctx));
  const arity = (n: number | number[]) => {
    const ok = Array.isArray(n) ? n.includes(e.args.length) : e.args.length === n;
    if (!ok) throw new EvalError(ER.wrongParamCount(name));
  };
  switch (name) {
    case "DATABASE":
    case "SCHEMA":
      arity(0);
      return ctx.database;
    case "USER":
    case "SESSION_USER":
    case "SYSTEM_USER":
      arity(0);
      return ctx.user;
    case "CURRENT_USER":
      return ctx.currentUser;
    case "VERSION":
      arity(0);
      return ctx.sysVar("version") as Val;
    case "LAST_INSERT_ID":
      return ctx.lastInsertId;
    case "CONNECTION_ID":
      arity(0);
      return ctx.connectionId;
    case "NOW":
    case "SYSDATE":
    case "UTC_TIMESTAMP":
      return formatDateTime(ctx.nowMs);
    case "CURDATE":
    case "CURRENT_DATE":
    case "UTC_DATE":
      return formatDateTime(ctx.nowMs).slice(0, 10);
    case "CURTIME":
    case "CURRENT_TIME":
      return formatDateTime(ctx.nowMs).slice(11);
    case "UNIX_TIMESTAMP":
      return Math.floor(ctx.nowMs / 1000);
    case "DATE": {
      const [v] = args();
      return v === null ? null : formatVal(v)!.slice(0, 10);
    }
    case "TIMESTAMP": {
      const [v] = args();
      return v === null ? null : formatVal(v)!.length === 10 ? `${formatVal(v)} 00:00:00` : formatVal(v);
    }
    case "YEAR":
    case "MONTH":
    case "DAY":
    case "DAYOFMONTH": {
      const [v] = args();
      if (v === null) return null;
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(formatVal(v)!);
      if (!m) return null;
      return Number(name === "YEAR" ? m[1] : name === "MONTH" ? m[2] : m[3]);
    }
    case "CONCAT": {
      const vs = args();
      if (vs.some((v) => v === null)) return null;
      return vs.map((v) => formatVal(v)).join("");
    }
    case "CONCAT_WS": {
      const [sep, ...vs] = args();
      if (sep === null) return null;
      return vs.filter((v) => v !== null).map((v) => formatVal(v)).join(formatVal(sep)!);
    }
    case "UPPER":
    case "UCASE":
    case "LOWER":
    case "LCASE": {
      arity(1);
      const [v] = args();
      if (v === null) return null;
      return name === "UPPER" || name === "UCASE" ? formatVal(v)!.toUpperCase() : formatVal(v)!.toLowerCase();
    }
    case "LENGTH":
    case "OCTET_LENGTH":
    case "CHAR_LENGTH":
    case "CHARACTER_LENGTH": {
      arity(1);
      const [v] = args();
      if (v === null) return null;
      const s = formatVal(v)!;
      return name.startsWith("CHAR") ? [...s].length : utf8Encode(s).length;
    }
    case "SUBSTRING":
    case "SUBSTR":
    case "LEFT":
    case "RIGHT": {
      const vs = args();
      if (vs.some((v) => v === null)) return null;
      const s = [...formatVal(vs[0])!];
      if (name === "LEFT") return s.slice(0, Math.max(0, toNumber(vs[1])!)).join("");
      if (name === "RIGHT") return s.slice(Math.max(0, s.length - toNumber(vs[1])!)).join("");
      let start = toNumber(vs[1])!;
      if (start === 0) return "";
      start = start < 0 ? s.length + start : start - 1;
      const len = vs.length > 2 ? toNumber(vs[2])! : s.length;
      return s.slice(start, start + Math.max(0, len)).join("");
    }
    case "TRIM":
    case "LTRIM":
    case "RTRIM": {
      const [v] = args();
      if (v === null) return null;
      const s = formatVal(v)!;
      return name === "TRIM" ? s.replace(/^ +| +$/g, "") : name === "LTRIM" ? s.replace(/^ +/, "") : s.replace(/ +$/, "");
    }
    case "REPLACE": {
      const vs = args();
      if (vs.some((v) => v === null)) return null;
      const [s, from, to] = vs.map((v) => formatVal(v)!);
      return from === "" ? s : s.split(from).join(to);
    }
    case "REPEAT": {
      const [v, n] = args();
      if (v === null || n === null) return null;
      const count = Math.max(0, Math.min(toNumber(n)!, 100_000));
      return formatVal(v)!.repeat(count);
    }
    case "IFNULL":
    case "NVL": {
      arity(2);
      const [a, b] = args();
      return a === null ? b : a;
    }
    case "COALESCE": {
      for (const a of e.args) {
        const v = evaluate(a, row, ctx);
        if (v !== null) return v;
      }
      return null;
    }
    case "NULLIF": {
      arity(2);
      const [a, b] = args();
      return a !== null && b !== null && compareVals(a, b) === 0 ? null : a;
    }
    case "IF": {
      arity(3);
      const c = truthy(evaluate(e.args[0], row, ctx));
      return evaluate(c ? e.args[1] : e.args[2], row, ctx);
    }
    case "ABS": {
      const [v] = args();
      if (v === null) return null;
      return isDec(v) ? dec(Math.abs(v.dec), v.scale) : Math.abs(toNumber(v)!);
    }
    case "ROUND":
    case "TRUNCATE": {
      const [v, d] = args();
      if (v === null) return null;
      const digits = d === undefined || d === null ? 0 : toNumber(d)!;
      const x = toNumber(v)!;
      const f = 10 ** digits;
      const r = name === "ROUND" ? roundTo(x, Math.max(digits, 0)) : Math.trunc(x * f) / f;
      if (typeof v === "number" && Number.isInteger(v)) return Math.round(r);
      return digits > 0 ? dec(r, Math.min(digits, isDec(v) ? Math.max(scaleOf(v), digits) : digits)) : Math.round(r);
    }
    case "FLOOR":
    case "CEIL":
    case "CEILING": {
      const [v] = args();
      if (v === null) return null;
      return name === "FLOOR" ? Math.floor(toNumber(v)!) : Math.ceil(toNumber(v)!);
    }
    case "MOD": {
      const [a, b] = args();
      return arith("%", a, b);
    }
    case "RAND":
      throw new EvalError(ER.notSupported("RAND() in this simulation"));
    case "CAST":
    case "CONVERT": {
      const [v, type] = args();
      if (v === null) return null;
      const t = String(type);
      if (t === "SIGNED" || t === "UNSIGNED" || t === "INTEGER" || t === "INT") return Math.trunc(toNumber(v)!);
      if (t === "DECIMAL") return Math.round(toNumber(v)!);
      return formatVal(v);
    }
    case "PASSWORD":
      throw new EvalError(ER.notSupported("PASSWORD() outside SET PASSWORD"));
    case "__DEFAULT":
      throw new EvalError(ER.parse("DEFAULT", 1));
  }
  throw new EvalError(ER.spDoesNotExist(`${ctx.database ?? ""}${ctx.database ? "." : ""}${name.toLowerCase()}`));
}

function aggregate(e: Expr & { k: "fn" }, ctx: EvalContext): Val {
  const group = ctx.group;
  if (!group) throw new EvalError(ER.invalidGroupFuncUse());
  const inner = { ...ctx, group: undefined };
  if (e.name === "COUNT" && e.star) return group.length;
  if (e.args.length !== 1 && e.name !== "GROUP_CONCAT") throw new EvalError(ER.parse(")", 1));
  let vals = group.map((r) => evaluate(e.args[0], r, inner)).filter((v) => v !== null) as Exclude<Val, null>[];
  if (e.distinct) {
    const seen: Val[] = [];
    vals = vals.filter((v) => (seen.some((s) => compareVals(s, v) === 0) ? false : (seen.push(v), true)));
  }
  switch (e.name) {
    case "COUNT":
      return vals.length;
    case "SUM": {
      if (vals.length === 0) return null;
      const total = vals.reduce<number>((s, v) => s + toNumber(v)!, 0);
      const anyDec = vals.some(isDec);
      const anyDouble = vals.some((v) => typeof v === "string" || (typeof v === "number" && !Number.isInteger(v)));
      if (anyDouble) return total;
      return anyDec ? dec(total, Math.max(...vals.map(scaleOf))) : total;
    }
    case "AVG": {
      if (vals.length === 0) return null;
      const total = vals.reduce<number>((s, v) => s + toNumber(v)!, 0);
      return dec(total / vals.length, Math.max(0, ...vals.map(scaleOf)) + DIV_PRECISION);
    }
    case "MIN":
    case "MAX": {
      if (vals.length === 0) return null;
      let best = vals[0];
      for (const v of vals) if (e.name === "MIN" ? compareVals(v, best) < 0 : compareVals(v, best) > 0) best = v;
      return best;
    }
    case "GROUP_CONCAT":
      return vals.length ? vals.map((v) => formatVal(v)).join(",") : null;
  }
  return null;
}
