/**
 * Numbers as coreutils prints and reads them: human_readable's autoscaled
 * sizes ("3.1 MB", "977 KiB", "1.1 GB/s"), C's %g, and dd's size operands
 * with their multiplier suffixes ("1M", "2x512", "4kB").
 */

/** C's printf("%g", x): 6 significant digits, trailing zeros dropped, exponent with at least two digits */
export function formatG(x: number): string {
  if (x === 0) return "0";
  const exp = Math.floor(Math.log10(Math.abs(x)));
  let s = x.toPrecision(6);
  if (exp < -4 || exp >= 6) {
    let [m, e] = x.toExponential(5).split("e");
    if (m.includes(".")) m = m.replace(/0+$/, "").replace(/\.$/, "");
    const n = Number(e);
    return `${m}e${n < 0 ? "-" : "+"}${String(Math.abs(n)).padStart(2, "0")}`;
  }
  if (s.includes("e")) s = x.toFixed(Math.max(0, 5 - exp));
  if (s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  return s;
}

const SI = ["", "k", "M", "G", "T", "P", "E"];
const IEC = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];

/**
 * human_readable(n, human_autoscale | human_round_to_nearest | human_space_before_unit | human_B)
 * for an exact count: one decimal below 10, else a whole number. "512 B" when no prefix applies.
 */
export function humanExact(n: number, base: 1000 | 1024): string {
  const names = base === 1000 ? SI : IEC;
  let power = 0;
  let v = n;
  while (v >= base && power < names.length - 1) {
    v /= base;
    power++;
  }
  let text: string;
  if (power > 0 && v < 10) {
    const tenths = Math.round(v * 10);
    text = tenths >= 100 ? "10" : `${Math.floor(tenths / 10)}.${tenths % 10}`;
  } else {
    const r = Math.round(v);
    if (r >= base && power < names.length - 1) return `1.0 ${names[power + 1]}B`;
    text = String(r);
  }
  return `${text} ${names[power]}B`;
}

/** the same for a rate (the floating path: always at least one power of 1000, "0.0 kB") */
export function humanRate(bytesPerSecond: number): string {
  let power = 1;
  let e = 1000;
  while (e * 1000 <= bytesPerSecond && power < SI.length - 1) {
    e *= 1000;
    power++;
  }
  const v = bytesPerSecond / e;
  let text = v.toFixed(1);
  if (text.indexOf(".") >= 3) text = Math.round(v).toFixed(0);
  return `${text} ${SI[power]}B/s`;
}

const MULT: Record<string, number> = {
  "": 1, c: 1, w: 2, b: 512,
  kB: 1000, K: 1024, KiB: 1024, k: 1024,
  MB: 1000 ** 2, M: 1024 ** 2, MiB: 1024 ** 2, xM: 1024 ** 2,
  GB: 1000 ** 3, G: 1024 ** 3, GiB: 1024 ** 3,
  TB: 1000 ** 4, T: 1024 ** 4, TiB: 1024 ** 4,
};

/** dd's numbers: N with an optional suffix, products with "x" ("2x512"); undefined when invalid */
export function parseDdNumber(text: string): number | undefined {
  let total = 1;
  for (const part of text.split("x")) {
    const m = /^(\d+)([A-Za-z]*)$/.exec(part);
    if (!m || !(m[2] in MULT)) return undefined;
    total *= Number(m[1]) * MULT[m[2]];
  }
  return Number.isSafeInteger(total) ? total : undefined;
}
