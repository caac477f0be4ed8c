/**
 * awk's values as mawk keeps them: a number (a double), a string (bytes: a
 * JS string of char codes 0-255, as mawk counts length and cuts substr by
 * bytes), a "strnum" (a string from input that looks like a number: a
 * field, getline's line, split's pieces, ARGV, ENVIRON, -v: compared as a
 * number when the other side is numeric too) or uninitialised.
 *
 * Conversions follow mawk 1.3.4-20200120 on x86-64: a string becomes a
 * number the way strtod(3) reads its longest prefix (so "0x1A"+0 is 26 and
 * "info"+0 is inf), but only plain decimals count as strnum; a number
 * becomes a string with "%d" when it is integral and within ±2147483647
 * (mawk's Max_Int), with CONVFMT (or OFMT when printed) otherwise.
 */
import { formatFloat } from "../files/cfloat.js";
import { formatNumberWith } from "./format.js";

export class StrNum {
  constructor(
    readonly s: string,
    readonly n: number,
  ) {}
}

/** undefined is the uninitialised value */
export type Value = number | string | StrNum | undefined;

export const MAX_INT = 2147483647;

const STRNUM = /^[ \t\n\r\f\v]*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[ \t\n\r\f\v]*$/;

/** a string from input: a strnum when it looks like a decimal number */
export function inputValue(s: string): Value {
  return STRNUM.test(s) ? new StrNum(s, strtod(s)) : s;
}

/** strtod(3) in the C locale over the longest prefix it accepts; 0 when none */
export function strtod(s: string): number {
  let i = 0;
  while (i < s.length && (s[i] === " " || (s[i] >= "\t" && s[i] <= "\r"))) i++;
  let sign = 1;
  if (s[i] === "+" || s[i] === "-") {
    if (s[i] === "-") sign = -1;
    i++;
  }
  const rest = s.slice(i, i + 8).toLowerCase();
  if (rest.startsWith("inf")) return sign * Infinity;
  if (rest.startsWith("nan")) return NaN;
  if (rest.startsWith("0x")) {
    const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([-+]?\d+))?/.exec(s.slice(i))!;
    const int = m[1] ?? "";
    const frac = m[2] ?? "";
    if (int === "" && frac === "") return sign * 0;
    let v = 0;
    for (const c of int) v = v * 16 + parseInt(c, 16);
    let scale = 1 / 16;
    for (const c of frac) {
      v += parseInt(c, 16) * scale;
      scale /= 16;
    }
    if (m[3] !== undefined) v *= 2 ** Number(m[3]);
    return sign * v;
  }
  const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(s.slice(i));
  return m ? sign * Number(m[0]) : sign * 0;
}

export function toNum(v: Value): number {
  if (typeof v === "number") return v;
  if (v === undefined) return 0;
  if (v instanceof StrNum) return v.n;
  return strtod(v);
}

/** C's "%d"-able: mawk prints such numbers as integers */
function isSmallInt(n: number): boolean {
  return Number.isInteger(n) && n >= -MAX_INT && n <= MAX_INT;
}

/** a number as a string, with `fmt` (CONVFMT or OFMT) when it is not a small integer */
export function numToStr(n: number, fmt: string): string {
  if (isSmallInt(n)) return String(n === 0 ? 0 : n);
  if (fmt === "%.6g") return formatG6(n);
  return formatNumberWith(fmt, n);
}

/** the common case, CONVFMT/OFMT "%.6g", without parsing the format */
function formatG6(n: number): string {
  if (Number.isNaN(n)) return "-nan";
  return formatFloat({ flags: "", width: 0, precision: 6, conv: "g" }, n);
}

export function toStr(v: Value, convfmt: string): string {
  if (typeof v === "string") return v;
  if (v === undefined) return "";
  if (v instanceof StrNum) return v.s;
  return numToStr(v, convfmt);
}

export function toBool(v: Value): boolean {
  if (typeof v === "number") return v !== 0;
  if (v === undefined) return false;
  if (v instanceof StrNum) return v.n !== 0;
  return v !== "";
}

function isNumeric(v: Value): boolean {
  return typeof v === "number" || v instanceof StrNum || v === undefined;
}

/** awk's comparison: numeric when both sides are numbers (or strnums, or unset), else bytewise on strings */
export function compare(a: Value, b: Value, convfmt: string): number {
  if (isNumeric(a) && isNumeric(b)) {
    // as C compares doubles in mawk: a NaN is neither less nor greater, so "equal"
    const x = toNum(a);
    const y = toNum(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const s = toStr(a, convfmt);
  const t = toStr(b, convfmt);
  return s < t ? -1 : s > t ? 1 : 0;
}
