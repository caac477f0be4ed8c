/**
 * Column types: how MariaDB 10.11 names them (`int(11)`, `decimal(10,2)`,
 * `int(10) unsigned`), how a value is stored in a column under Debian's
 * default strict sql_mode (STRICT_TRANS_TABLES: a bad value is an error, not
 * a warning), and how a stored cell reads back as a value.
 */
import { ER, SqlError } from "../errors.js";
import type { Cell, ColumnDef, ColumnType } from "../state.js";
import { type Val, dec, formatVal, isDec, leadingNumber, roundTo, toNumber } from "./value.js";

const INT_RANGE: Record<string, [number, number, number]> = {
  // signed min, signed max, unsigned max
  tinyint: [-128, 127, 255],
  smallint: [-32768, 32767, 65535],
  mediumint: [-8388608, 8388607, 16777215],
  int: [-2147483648, 2147483647, 4294967295],
  bigint: [-9223372036854775808, 9223372036854775807, 18446744073709551615],
};

const INT_BIG: Record<string, [bigint, bigint, bigint]> = Object.fromEntries(
  Object.entries({
    tinyint: ["-128", "127", "255"],
    smallint: ["-32768", "32767", "65535"],
    mediumint: ["-8388608", "8388607", "16777215"],
    int: ["-2147483648", "2147483647", "4294967295"],
    bigint: ["-9223372036854775808", "9223372036854775807", "18446744073709551615"],
  }).map(([k, [a, b, c]]) => [k, [BigInt(a), BigInt(b), BigInt(c)]]),
);

export function isIntegerType(t: ColumnType): boolean {
  return t.base in INT_RANGE;
}

export function isNumericType(t: ColumnType): boolean {
  return isIntegerType(t) || t.base === "decimal" || t.base === "float" || t.base === "double" || t.base === "year";
}

export function isTextType(t: ColumnType): boolean {
  return ["tinytext", "text", "mediumtext", "longtext", "blob"].includes(t.base);
}

/** int(11), smallint(6), ...: the display width MariaDB shows when none was given */
export function defaultDisplayWidth(base: string, unsigned: boolean): number {
  const w: Record<string, [number, number]> = {
    tinyint: [4, 3], smallint: [6, 5], mediumint: [9, 8], int: [11, 10], bigint: [20, 20],
  };
  return w[base][unsigned ? 1 : 0];
}

/** The type as SHOW CREATE TABLE and DESCRIBE print it. */
export function typeText(t: ColumnType): string {
  let s: string;
  switch (t.base) {
    case "decimal":
      s = `decimal(${t.length},${t.scale})`;
      break;
    case "char":
    case "varchar":
      s = `${t.base}(${t.length})`;
      break;
    case "enum":
      s = `enum(${(t.values ?? []).map((v) => `'${v.replace(/'/g, "''")}'`).join(",")})`;
      break;
    case "float":
    case "double":
      s = t.length !== undefined ? `${t.base}(${t.length},${t.scale ?? 0})` : t.base;
      break;
    case "year":
      s = "year(4)";
      break;
    default:
      s = isIntegerType(t) ? `${t.base}(${t.length})` : t.base;
  }
  if (t.unsigned) s += " unsigned";
  if (t.zerofill) s += " zerofill";
  return s;
}

/** A stored cell as a value of its column's type. */
export function cellVal(cell: Cell, t: ColumnType): Val {
  if (cell === null) return null;
  if (isIntegerType(t) || t.base === "year") return cell.length > 15 ? { dec: Number(cell), scale: 0, exact: cell } : Number(cell);
  if (t.base === "decimal") return dec(Number(cell), t.scale ?? 0);
  if (t.base === "float" || t.base === "double") return Number(cell);
  return cell;
}

/** Where a value is being stored: for the error texts */
export interface StoreSite {
  db: string;
  table: string;
  /** 1-based row of the statement */
  row: number;
}

const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?)?$/;

function validDate(y: number, m: number, d: number): boolean {
  if (m === 0 && d === 0 && y === 0) return true;
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function parseDateTime(s: string): { y: number; m: number; d: number; hh: number; mm: number; ss: number } | null {
  let m = DATE_RE.exec(s.trim());
  if (!m) {
    const digits = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/.exec(s.trim());
    if (!digits) return null;
    m = digits;
  }
  const [y, mo, d, hh, mi, ss] = [1, 2, 3, 4, 5, 6].map((k) => Number(m![k] ?? 0));
  if (!validDate(y, mo, d) || hh > 23 || mi > 59 || ss > 59) return null;
  return { y, m: mo, d, hh, mm: mi, ss };
}

/**
 * Convert a value for storage in `col` (strict mode): the canonical cell
 * text, or the error the real server gives (1264, 1265, 1292, 1366, 1406).
 */
export function storeVal(v: Val, col: ColumnDef, site: StoreSite): Cell | SqlError {
  if (v === null) return null;
  const t = col.type;
  const colPath = `${site.db}\`.\`${site.table}\`.\`${col.name}`;
  if (isIntegerType(t)) {
    // integers past 2^53 keep their digits exactly (BIGINT UNSIGNED up to 18446744073709551615)
    const digits = isDec(v) && v.exact !== undefined ? v.exact : typeof v === "string" && /^\s*[-+]?\d{16,}\s*$/.test(v) ? v.trim() : undefined;
    if (digits !== undefined) {
      const big = BigInt(digits);
      const [lo, hi, uhi] = INT_BIG[t.base];
      if (t.unsigned ? big < 0n || big > uhi : big < lo || big > hi) return ER.outOfRange(col.name, site.row);
      return big.toString();
    }
    let n: number;
    if (typeof v === "string") {
      const ln = leadingNumber(v);
      if (!/\d/.test(v) || (ln.n === 0 && !ln.clean)) return ER.truncatedWrongValue("integer", v, colPath, site.row);
      if (!ln.clean) return new SqlError(1265, "01000", `Data truncated for column '${col.name}' at row ${site.row}`);
      n = Math.round(ln.n);
    } else n = Math.round(toNumber(v)!);
    const [lo, hi, uhi] = INT_RANGE[t.base];
    if (t.unsigned ? n < 0 || n > uhi : n < lo || n > hi) return ER.outOfRange(col.name, site.row);
    return String(n);
  }
  if (t.base === "decimal") {
    let n: number;
    if (typeof v === "string") {
      const ln = leadingNumber(v);
      if (!/\d/.test(v)) return ER.truncatedWrongValue("decimal", v, colPath, site.row);
      if (!ln.clean) return new SqlError(1265, "01000", `Data truncated for column '${col.name}' at row ${site.row}`);
      n = ln.n;
    } else n = toNumber(v)!;
    const scale = t.scale ?? 0;
    const r = roundTo(n, scale);
    const maxInt = 10 ** ((t.length ?? 10) - scale);
    if (Math.abs(r) >= maxInt || (t.unsigned && r < 0)) return ER.outOfRange(col.name, site.row);
    return formatVal(dec(r, scale));
  }
  if (t.base === "float" || t.base === "double") {
    const n = typeof v === "string" ? leadingNumber(v).n : toNumber(v)!;
    return formatVal(t.base === "float" ? Number(n.toPrecision(6)) : n);
  }
  if (t.base === "year") {
    const n = typeof v === "string" ? leadingNumber(v).n : toNumber(v)!;
    const y = n < 70 && n > 0 ? 2000 + n : n < 100 && n >= 70 ? 1900 + n : n;
    if (y !== 0 && (y < 1901 || y > 2155)) return ER.outOfRange(col.name, site.row);
    return String(y);
  }
  const text = isDec(v) || typeof v === "number" ? formatVal(v)! : v;
  if (t.base === "date" || t.base === "datetime" || t.base === "timestamp") {
    const p = parseDateTime(text);
    if (!p) {
      const kind = t.base === "date" ? "date" : "datetime";
      return new SqlError(1292, "22007", `Incorrect ${kind} value: '${text}' for column \`${colPath}\` at row ${site.row}`);
    }
    const day = `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
    return t.base === "date" ? day : `${day} ${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)}`;
  }
  if (t.base === "time") {
    const m = /^(-?\d{1,3}):(\d{1,2})(?::(\d{1,2}))?$/.exec(text.trim());
    if (!m) return new SqlError(1292, "22007", `Incorrect time value: '${text}' for column \`${colPath}\` at row ${site.row}`);
    return `${pad(Number(m[1]))}:${pad(Number(m[2]))}:${pad(Number(m[3] ?? 0))}`;
  }
  if (t.base === "enum") {
    const values = t.values ?? [];
    const hit = values.find((x) => x.toLowerCase() === text.toLowerCase());
    if (hit !== undefined) return hit;
    if (typeof v === "number" && v >= 1 && v <= values.length) return values[v - 1];
    return new SqlError(1265, "01000", `Data truncated for column '${col.name}' at row ${site.row}`);
  }
  const max = t.base === "char" || t.base === "varchar" ? t.length! : t.base === "tinytext" ? 255 : t.base === "text" ? 65535 : Infinity;
  const stored = t.base === "char" ? text.replace(/ +$/, "") : text;
  // UTF-16 length >= characters: count code points only when it could matter
  if (stored.length > max && [...stored].length > max) return ER.dataTooLong(col.name, site.row);
  return stored;
}
