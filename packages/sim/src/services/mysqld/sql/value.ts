/**
 * Values while a statement runs. MariaDB's three numeric kinds matter for
 * what it prints: integers, exact decimals (a scale: `2.50 * 2` is `5.00`,
 * `1/3` is `0.3333`) and doubles. Strings compare case-insensitively
 * (utf8mb4_general_ci). NULL is JS null.
 */
export interface Dec {
  dec: number;
  /** digits after the point */
  scale: number;
  /** the exact digits of an integer too large for a double (BIGINT values past 2^53) */
  exact?: string;
}

/** null = SQL NULL; number = integer or double; Dec = exact decimal; string = text */
export type Val = null | number | string | Dec;

/** div_precision_increment: digits a division adds to the dividend's scale */
export const DIV_PRECISION = 4;

export function isDec(v: Val): v is Dec {
  return typeof v === "object" && v !== null;
}

export function dec(value: number, scale: number): Dec {
  return { dec: value, scale };
}

/** The text the server sends for a value (the client prints it as is). */
export function formatVal(v: Val): string | null {
  if (v === null) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatDouble(v);
  if (v.exact !== undefined) return v.exact;
  const s = roundTo(v.dec, v.scale).toFixed(v.scale);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

function formatDouble(n: number): string {
  if (Number.isInteger(n)) return Object.is(n, -0) ? "0" : String(n);
  if (!Number.isFinite(n)) return "NULL";
  const s = String(Number(n.toPrecision(15)));
  return s.replace(/e\+?/, "e");
}

/** round half away from zero at `scale` digits, as DECIMAL arithmetic does */
export function roundTo(n: number, scale: number): number {
  const f = 10 ** scale;
  const r = Math.round(Math.abs(n) * f + 1e-9) / f;
  return n < 0 ? -r : r;
}

/** A string's leading number, as MariaDB converts '12abc' (12) and 'abc' (0). */
export function leadingNumber(s: string): { n: number; clean: boolean; isInt: boolean } {
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/.exec(s);
  if (!m) return { n: 0, clean: s.trim() === "", isInt: true };
  return { n: Number(m[1]), clean: m[0].length === s.replace(/\s+$/, "").length, isInt: /^\s*[-+]?\d+$/.test(m[1]) };
}

export function toNumber(v: Val): number | null {
  if (v === null) return null;
  if (typeof v === "number") return v;
  if (typeof v === "string") return leadingNumber(v).n;
  return v.dec;
}

export function scaleOf(v: Val): number {
  if (isDec(v)) return v.scale;
  if (typeof v === "string") {
    const m = /\.(\d+)/.exec(v);
    return m ? Math.min(m[1].length, 30) : 0;
  }
  return 0;
}

/** A numeric literal as written: "12" is an integer, "2.50" a decimal of scale 2, "1e2" a double. */
export function numLiteral(text: string): Val {
  if (/^0x/i.test(text)) return parseInt(text.slice(2), 16);
  if (/[eE]/.test(text)) return Number(text);
  const dot = text.indexOf(".");
  if (dot < 0) return text.length > 15 ? { dec: Number(text), scale: 0, exact: text.replace(/^0+(?=\d)/, "") } : Number(text);
  return dec(Number(text), text.length - dot - 1);
}

export function truthy(v: Val): boolean | null {
  if (v === null) return null;
  const n = toNumber(v);
  return n !== 0 && n !== null;
}

export function boolVal(b: boolean | null): Val {
  return b === null ? null : b ? 1 : 0;
}

function isNumeric(v: Val): boolean {
  return typeof v === "number" || isDec(v);
}

/**
 * Compare two non-NULL values the way MariaDB does: numerically when either
 * side is a number, otherwise as case-insensitive strings (trailing spaces
 * ignored, as PAD SPACE collations do).
 */
export function compareVals(a: Val, b: Val): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (isNumeric(a) || isNumeric(b)) {
    const x = toNumber(a)!;
    const y = toNumber(b)!;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = foldCase(String(a));
  const y = foldCase(String(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** utf8mb4_general_ci: case and most accents fold; trailing spaces do not count */
export function foldCase(s: string): string {
  return s
    .replace(/ +$/, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
}

/** Arithmetic with MariaDB's result kinds; NULL in, NULL out; division by zero is NULL. */
export function arith(op: string, a: Val, b: Val): Val {
  if (a === null || b === null) return null;
  const x = toNumber(a)!;
  const y = toNumber(b)!;
  const aDouble = typeof a === "string" ? !leadingNumber(a).isInt : typeof a === "number" && !Number.isInteger(a);
  const bDouble = typeof b === "string" ? !leadingNumber(b).isInt : typeof b === "number" && !Number.isInteger(b);
  const anyDec = isDec(a) || isDec(b);
  if (op === "/") {
    if (y === 0) return null;
    if (aDouble || bDouble) return x / y;
    return dec(x / y, scaleOf(a) + DIV_PRECISION);
  }
  if (op === "DIV") {
    if (y === 0) return null;
    return Math.trunc(x / y);
  }
  if (op === "%") {
    if (y === 0) return null;
    const r = x % y;
    return anyDec ? dec(r, Math.max(scaleOf(a), scaleOf(b))) : r;
  }
  let r: number;
  if (op === "+") r = x + y;
  else if (op === "-") r = x - y;
  else r = x * y;
  if (aDouble || bDouble) return r;
  if (anyDec) {
    const s = op === "*" ? scaleOf(a) + scaleOf(b) : Math.max(scaleOf(a), scaleOf(b));
    return dec(r, s);
  }
  return r;
}

/** SQL LIKE with % and _ (case-insensitive), `\` escaping the next character */
export function likeMatch(s: string, pattern: string): boolean {
  let re = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && i + 1 < pattern.length) re += escapeRe(pattern[++i]);
    else if (c === "%") re += "[\\s\\S]*";
    else if (c === "_") re += "[\\s\\S]";
    else re += escapeRe(c);
  }
  return new RegExp(`${re}$`, "iu").test(s);
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
