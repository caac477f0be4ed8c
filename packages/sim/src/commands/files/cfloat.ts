/**
 * C's printf for one floating-point number: a `%[flags][width][.prec]conv`
 * directive with conv one of f F e E g G (what seq -f takes). Digits are
 * rounded as glibc does, from the exact binary value, a tie to even (JS's
 * toFixed rounds a tie up: 0.5 -> "1" where printf says "0"). Numbers are
 * doubles: where seq computes in long double the last digit can differ.
 */
export interface FloatSpec {
  /** any of "-+ #0" */
  flags: string;
  width: number;
  /** undefined: the default 6 */
  precision?: number;
  conv: string;
}

/** a finite non-negative double exactly, as digits / 10^scale */
function exact(abs: number): { digits: bigint; scale: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, abs);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  if (biased !== 0) mantissa |= 1n << 52n;
  const exp = (biased === 0 ? 1 : biased) - 1075;
  if (exp >= 0) return { digits: mantissa << BigInt(exp), scale: 0 };
  return { digits: mantissa * 5n ** BigInt(-exp), scale: -exp };
}

/** digits / 10^drop rounded to an integer, a tie to even */
function roundDrop(digits: bigint, drop: number): bigint {
  if (drop <= 0) return digits * 10n ** BigInt(-drop);
  const unit = 10n ** BigInt(drop);
  let q = digits / unit;
  const r2 = (digits % unit) * 2n;
  if (r2 > unit || (r2 === unit && q % 2n === 1n)) q++;
  return q;
}

/** %.PRECf of a non-negative double */
function fixed(abs: number, prec: number): string {
  const { digits, scale } = exact(abs);
  const q = roundDrop(digits, scale - prec).toString().padStart(prec + 1, "0");
  return prec === 0 ? q : `${q.slice(0, -prec)}.${q.slice(-prec)}`;
}

/** %.PRECe of a non-negative double, the exponent with at least two digits */
function expForm(abs: number, prec: number): string {
  let mant = 0n;
  let e = 0;
  if (abs !== 0) {
    const { digits, scale } = exact(abs);
    e = digits.toString().length - 1 - scale;
    mant = roundDrop(digits, digits.toString().length - 1 - prec);
    if (mant.toString().length > prec + 1) {
      mant /= 10n;
      e++;
    }
  }
  const m = mant.toString().padStart(prec + 1, "0");
  const sign = e < 0 ? "-" : "+";
  return `${m[0]}${prec > 0 ? `.${m.slice(1)}` : ""}e${sign}${String(Math.abs(e)).padStart(2, "0")}`;
}

export function formatFloat(spec: FloatSpec, v: number): string {
  const conv = spec.conv.toLowerCase();
  const prec = spec.precision ?? 6;
  const alt = spec.flags.includes("#");
  const abs = Math.abs(v);
  let body: string;
  if (!Number.isFinite(v)) body = Number.isNaN(v) ? "nan" : "inf";
  else if (conv === "f") body = fixed(abs, Math.min(prec, 100)) + (alt && prec === 0 ? "." : "");
  else if (conv === "e") body = expForm(abs, Math.min(prec, 100));
  else {
    const p = prec === 0 ? 1 : prec;
    // the exponent %e would print with P-1 digits: after rounding, as C decides
    const exp = Number(expForm(abs, Math.min(p - 1, 100)).split("e")[1]);
    body = exp < -4 || exp >= p ? expForm(abs, Math.min(p - 1, 100)) : fixed(abs, Math.min(p - 1 - exp, 100));
    // trailing zeros of the digits go, never those of the exponent (%g of 11250075000 is 1.12501e+10)
    if (!alt && body.includes(".")) {
      const e = body.indexOf("e");
      const digits = e < 0 ? body : body.slice(0, e);
      body = digits.replace(/\.?0+$/, "") + (e < 0 ? "" : body.slice(e));
    }
  }
  if (spec.conv !== conv) body = body.toUpperCase();
  const sign = v < 0 || Object.is(v, -0) ? "-" : spec.flags.includes("+") ? "+" : spec.flags.includes(" ") ? " " : "";
  const text = sign + body;
  if (text.length >= spec.width) return text;
  if (spec.flags.includes("-")) return text + " ".repeat(spec.width - text.length);
  if (spec.flags.includes("0") && Number.isFinite(v)) return sign + "0".repeat(spec.width - text.length) + body;
  return " ".repeat(spec.width - text.length) + text;
}
