/**
 * printf: bash's builtin formats (%s %b %q %c %d %i %u %o %x %X %f %e %g
 * and %%, with flags, width and precision, `*` widths), the format reused
 * until the arguments run out, and `-v var`. Widths are charged to the
 * budget so that `%999999999d` ends with the step limit, not an
 * out-of-memory tab. The output is bytes, as bash writes them: \xHH and
 * \NNN are single bytes, text is UTF-8, and widths count bytes.
 */
import { formatFloat as cFormatFloat } from "../../commands/files/cfloat.js";
import { type ByteString, utf8Decode, utf8Encode } from "../../bytes.js";
import { setValue, isName } from "../vars.js";
import { echoEscapes } from "./echo.js";
import { builtinError } from "./report.js";
import type { Builtin } from "./types.js";

export const printf: Builtin = {
  name: "printf",
  run(ctx, argv, io) {
    let args = argv.slice(1);
    let varName: string | null = null;
    if (args[0] === "-v") {
      varName = args[1] ?? null;
      if (varName === null) {
        builtinError(ctx, io, "printf", "-v: option requires an argument");
        io.stderr.write("printf: usage: printf [-v var] format [arguments]\n");
        return 2;
      }
      if (!isName(varName)) {
        builtinError(ctx, io, "printf", `\`${varName}': not a valid identifier`);
        return 2;
      }
      args = args.slice(2);
    }
    if (args[0] === "--") args = args.slice(1);
    if (args.length === 0) {
      io.stderr.write("printf: usage: printf [-v var] format [arguments]\n");
      return 2;
    }
    const format = args[0];
    const values = args.slice(1);
    let out = "";
    let status = 0;
    let k = 0;
    const next = (): string | undefined => (k < values.length ? values[k++] : undefined);
    const num = (s: string | undefined): bigint => {
      if (s === undefined || s === "") return 0n;
      const r = parseIntArg(s);
      if (!r.ok) {
        builtinError(ctx, io, "printf", `${s}: invalid number`);
        status = 1;
      }
      return r.value;
    };
    for (;;) {
      const startK = k;
      const r = formatOnce(format, next, num, (n) => ctx.budget.charge(1 + (n >> 6)));
      out += r.text;
      if (r.error) {
        builtinError(ctx, io, "printf", r.error);
        status = 1;
        break;
      }
      if (r.stop || k >= values.length || k === startK) break;
      ctx.budget.charge(1);
    }
    if (varName) setValue(ctx.state, varName, utf8Decode(out as ByteString));
    else io.stdout.writeBytes(out as ByteString);
    return status;
  },
};

function parseIntArg(s: string): { ok: boolean; value: bigint } {
  if (s[0] === "'" || s[0] === '"') return { ok: true, value: BigInt(s.codePointAt(1) ?? 0) };
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return { ok: false, value: 0n };
  const sign = m[1] === "-" ? -1n : 1n;
  const body = m[2];
  const v = /^0[xX]/.test(body) ? BigInt(body) : body.length > 1 && body[0] === "0" ? BigInt("0o" + body.slice(1)) : BigInt(body);
  return { ok: m[0].length === s.length, value: BigInt.asIntN(64, sign * v) };
}

interface Spec {
  flags: string;
  width: number | null;
  precision: number | null;
}

function formatOnce(
  format: string,
  next: () => string | undefined,
  num: (s: string | undefined) => bigint,
  charge: (n: number) => void,
): { text: string; stop: boolean; error?: string } {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "\\") {
      // one escape at a time, so `\c` can stop the output
      const m = /^\\(0[0-7]{0,3}|[1-7][0-7]{0,2}|x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|.)?/s.exec(format.slice(i))!;
      if (m[1] === "c") return { text: out, stop: true };
      const esc = m[1]?.[0] === "0" ? "\\" + m[1] : m[0];
      out += echoEscapes(esc, { bareOctal: true }).bytes;
      i += m[0].length - 1;
      continue;
    }
    if (c !== "%") {
      const ch = String.fromCodePoint(format.codePointAt(i)!);
      out += utf8Encode(ch);
      i += ch.length - 1;
      continue;
    }
    const m = /^%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([a-zA-Z%])?/.exec(format.slice(i))!;
    const conv = m[4];
    if (!conv || !"sbqcdiuoxXfFeEgG%".includes(conv)) {
      return { text: out, stop: true, error: `\`${m[0]}': missing format character` };
    }
    i += m[0].length - 1;
    if (conv === "%") {
      out += "%";
      continue;
    }
    const spec: Spec = { flags: m[1], width: null, precision: null };
    if (m[2] === "*") spec.width = Number(num(next()));
    else if (m[2]) spec.width = Number(m[2]);
    if (m[3] === "*") spec.precision = Number(num(next()));
    else if (m[3] !== undefined) spec.precision = Number(m[3] || "0");
    if (spec.width !== null && spec.width < 0) {
      spec.flags += "-";
      spec.width = -spec.width;
    }
    charge(Math.max(spec.width ?? 0, spec.precision ?? 0));
    const arg = next();
    switch (conv) {
      case "s":
        out += pad(spec, spec.precision !== null ? utf8Encode(arg ?? "").slice(0, spec.precision) : utf8Encode(arg ?? ""));
        break;
      case "b": {
        const r = echoEscapes(arg ?? "", { bareOctal: true });
        out += pad(spec, r.bytes);
        if (r.stop) return { text: out, stop: true };
        break;
      }
      case "q":
        out += pad(spec, utf8Encode(shellQuoteQ(arg ?? "")));
        break;
      case "c":
        out += pad(spec, utf8Encode(arg ?? "").slice(0, 1));
        break;
      case "d":
      case "i":
        out += formatInt(spec, num(arg), 10, false);
        break;
      case "u":
        out += formatInt(spec, BigInt.asUintN(64, num(arg)), 10, false);
        break;
      case "o":
        out += formatInt(spec, BigInt.asUintN(64, num(arg)), 8, false);
        break;
      case "x":
      case "X":
        out += formatInt(spec, BigInt.asUintN(64, num(arg)), 16, conv === "X");
        break;
      default:
        out += formatFloat(spec, conv, parseFloatArg(arg));
    }
  }
  return { text: out, stop: false };
}

function pad(spec: Spec, s: string, zeroOk = false): string {
  const w = spec.width ?? 0;
  if (s.length >= w) return s;
  if (spec.flags.includes("-")) return s + " ".repeat(w - s.length);
  if (zeroOk && spec.flags.includes("0")) {
    const sign = /^[+\- ]|^0[xX]/.exec(s)?.[0] ?? "";
    return sign + "0".repeat(w - s.length) + s.slice(sign.length);
  }
  return " ".repeat(w - s.length) + s;
}

function formatInt(spec: Spec, v: bigint, base: number, upper: boolean): string {
  const neg = v < 0n;
  let digits = (neg ? -v : v).toString(base);
  if (upper) digits = digits.toUpperCase();
  if (spec.precision !== null) {
    digits = digits.padStart(spec.precision, "0");
    if (spec.precision === 0 && v === 0n) digits = "";
  }
  if (spec.flags.includes("#") && v !== 0n) {
    if (base === 16) digits = (upper ? "0X" : "0x") + digits;
    if (base === 8 && !digits.startsWith("0")) digits = "0" + digits;
  }
  const sign = neg ? "-" : spec.flags.includes("+") ? "+" : spec.flags.includes(" ") ? " " : "";
  return pad(spec, sign + digits, spec.precision === null);
}

function parseFloatArg(s: string | undefined): number {
  if (s === undefined || s === "") return 0;
  if (s[0] === "'" || s[0] === '"') return s.codePointAt(1) ?? 0;
  const v = Number(s);
  return Number.isNaN(v) ? Number.parseFloat(s) || 0 : v;
}

function formatFloat(spec: Spec, conv: string, v: number): string {
  // the digits as C's printf rounds them (from the exact binary value, a tie to even); the width is padded here
  return pad(spec, cFormatFloat({ flags: spec.flags.replace(/[-0]/g, ""), width: 0, precision: spec.precision ?? undefined, conv }, v), true);
}

/** %q: backslash-quote shell metacharacters, as bash does */
export function shellQuoteQ(s: string): string {
  if (s === "") return "''";
  if (/[\x00-\x1f\x7f]/.test(s)) {
    return "$'" + s.replace(/[\\']/g, "\\$&").replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\r/g, "\\r").replace(/\x1b/g, "\\E") + "'";
  }
  return s.replace(/[^A-Za-z0-9_@%+=:,./-]/g, "\\$&");
}
