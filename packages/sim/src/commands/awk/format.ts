/**
 * printf and sprintf as mawk 1.3.4-20200120 runs them: each `%` directive
 * of the format is handed to C's printf with one argument, so the flags
 * (-+ #0), width and precision (`*` takes them from the arguments) are C's.
 * mawk's own rules on top: integers (%d %i) are clamped to ±2147483647 and
 * the unsigned ones (%o %x %X %u) to 0..4294967295; %c of a number is that
 * byte (modulo 256), of a string its first byte (a NUL for ""); one `l` or
 * `h` is accepted and ignored; anything else is "improper conversion", and
 * running out of arguments is "not enough arguments passed to". Both stop
 * the program (exit 2) after what was formatted so far was written.
 */
import { formatFloat } from "../files/cfloat.js";

const MAX_INT = 2147483647;
const MAX_UINT = 4294967295;

/** a runtime error in printf: the message after "mawk: run time error: " */
export class FormatError extends Error {
  constructor(
    message: string,
    /** what was formatted before the error (printf writes it) */
    readonly partial: string,
  ) {
    super(message);
  }
}

/** one argument as the formatter reads it */
export interface FormatArg {
  num(): number;
  str(): string;
  /** a number (not a string or strnum): %c takes its byte */
  isNumber(): boolean;
}

function pad(text: string, width: number, left: boolean, zero = false, signLen = 0): string {
  if (text.length >= width) return text;
  if (left) return text + " ".repeat(width - text.length);
  if (zero) return text.slice(0, signLen) + "0".repeat(width - text.length) + text.slice(signLen);
  return " ".repeat(width - text.length) + text;
}

function toInt(d: number): number {
  if (d >= MAX_INT) return MAX_INT;
  if (d > -MAX_INT) return Math.trunc(d);
  return -MAX_INT;
}

function toUint(d: number): number {
  if (d >= MAX_UINT) return MAX_UINT;
  if (d > 0) return Math.trunc(d);
  return 0;
}

interface Spec {
  flags: string;
  width: number;
  precision?: number;
  conv: string;
}

function formatInt(spec: Spec, d: number): string {
  const left = spec.flags.includes("-");
  const signed = spec.conv === "d" || spec.conv === "i";
  const v = signed ? toInt(d) : toUint(d);
  let digits: string;
  if (spec.conv === "o") digits = v.toString(8);
  else if (spec.conv === "x") digits = v.toString(16);
  else if (spec.conv === "X") digits = v.toString(16).toUpperCase();
  else digits = String(Math.abs(v));
  if (spec.precision !== undefined) {
    if (spec.precision === 0 && v === 0) digits = "";
    else digits = digits.padStart(spec.precision, "0");
  }
  let prefix = "";
  if (signed) prefix = v < 0 ? "-" : spec.flags.includes("+") ? "+" : spec.flags.includes(" ") ? " " : "";
  else if (spec.flags.includes("#")) {
    if (spec.conv === "o" && !digits.startsWith("0")) digits = `0${digits}`;
    else if ((spec.conv === "x" || spec.conv === "X") && v !== 0) prefix = spec.conv === "x" ? "0x" : "0X";
  }
  const zero = spec.flags.includes("0") && !left && spec.precision === undefined;
  return pad(prefix + digits, spec.width, left, zero, prefix.length);
}

function formatDouble(spec: Spec, d: number): string {
  if (Number.isNaN(d)) {
    const text = "-nan";
    return pad(spec.conv === spec.conv.toUpperCase() ? text.toUpperCase() : text, spec.width, spec.flags.includes("-"));
  }
  return formatFloat({ flags: spec.flags, width: spec.width, precision: spec.precision, conv: spec.conv }, d);
}

/**
 * Format `fmt` with `args`. `who` is "printf" or "sprintf" for the error
 * texts; `charge` is told the size of each piece (a huge width is work).
 */
export function awkFormat(fmt: string, args: FormatArg[], who: string, charge: (n: number) => void): string {
  let out = "";
  let argi = 0;
  let convs = 0;
  const next = (): FormatArg => {
    if (argi >= args.length) throw new FormatError(`not enough arguments passed to ${who}("${fmt}")`, out);
    return args[argi++];
  };
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (fmt[i] === "%") {
      out += "%";
      i++;
      continue;
    }
    convs++;
    if (argi >= args.length) throw new FormatError(`not enough arguments passed to ${who}("${fmt}")`, out);
    let flags = "";
    while (i < fmt.length && "-+ #0".includes(fmt[i])) flags += fmt[i++];
    let width = 0;
    if (fmt[i] === "*") {
      i++;
      width = toInt(next().num());
      if (width < 0) {
        flags += "-";
        width = -width;
      }
    } else while (fmt[i] >= "0" && fmt[i] <= "9") width = width * 10 + (fmt.charCodeAt(i++) - 48);
    let precision: number | undefined;
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        i++;
        const p = toInt(next().num());
        precision = p < 0 ? undefined : p;
      } else {
        precision = 0;
        while (fmt[i] >= "0" && fmt[i] <= "9") precision = precision * 10 + (fmt.charCodeAt(i++) - 48);
      }
    }
    if (fmt[i] === "l" || fmt[i] === "h") i++;
    const conv = fmt[i++] ?? "";
    const improper = () => new FormatError(`improper conversion(number ${convs}) in ${who}("${fmt}")`, out);
    if (!"cdiouxXeEfgGs".includes(conv) || conv === "") throw improper();
    charge(1 + ((width + (precision ?? 0)) >> 6));
    const arg = next();
    const spec: Spec = { flags, width, precision, conv };
    const left = flags.includes("-");
    switch (conv) {
      case "c": {
        let ch: string;
        if (arg.isNumber()) ch = String.fromCharCode(toInt(arg.num()) & 255);
        else ch = arg.str()[0] ?? "\0";
        out += pad(ch, width, left);
        break;
      }
      case "s": {
        const s = arg.str();
        out += pad(precision === undefined ? s : s.slice(0, precision), width, left);
        break;
      }
      case "d":
      case "i":
      case "o":
      case "u":
      case "x":
      case "X":
        out += formatInt(spec, arg.num());
        break;
      default:
        out += formatDouble(spec, arg.num());
    }
  }
  return out;
}

/** CONVFMT/OFMT applied to a number (what a non-default CONVFMT asks for) */
export function formatNumberWith(fmt: string, n: number): string {
  try {
    return awkFormat(fmt, [{ num: () => n, str: () => String(n), isNumber: () => true }], "sprintf", () => {});
  } catch {
    return fmt;
  }
}
