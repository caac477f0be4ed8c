/**
 * seq (coreutils 9.1): numbers from FIRST to LAST by INCREMENT. Operands
 * are decimal (sign, fraction, exponent) or 0x hexadecimal; the default
 * format is %.PRECf with PREC the most digits after the point of FIRST and
 * INCREMENT (or %g for hex floats), `-w` pads with zeros to the widest of
 * FIRST and LAST as written, `-f` takes one %e/%f/%g directive with flags,
 * width and precision, `-s` separates. Options stop at the first operand or
 * at a negative number (`seq -w -1 1`), as seq's getopt loop does. The last
 * number is printed if it prints equal to LAST (seq's rounding check).
 * Not covered: long double precision (numbers are doubles), `inf`/`nan`
 * operands, %a, and the arbitrary-size integer fast path beyond 2^53.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { type FloatSpec, formatFloat } from "./cfloat.js";
import { parseOrUsage, usageError } from "./program.js";
import { quoteLocale } from "./quote.js";

const SPECS = [
  { key: "f", short: "f", long: "format", arg: "required" as const },
  { key: "s", short: "s", long: "separator", arg: "required" as const },
  { key: "w", short: "w", long: "equal-width" },
];

interface Operand {
  value: number;
  /** columns as written (sign and digits, "-.5" counted as "-0.5"); 0 for hex */
  width: number;
  /** digits after the point; Infinity when not a fixed-point decimal */
  precision: number;
}

const DECIMAL = /^[ \t\n]*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const HEX = /^[ \t\n]*[+-]?0[xX][0-9a-fA-F]+$/;

/** seq's scan_arg: the value, and the width and precision its spelling implies */
function scanOperand(text: string): Operand | undefined {
  if (HEX.test(text)) {
    const t = text.trim();
    const neg = t.startsWith("-");
    const v = Number.parseInt(t.replace(/^[+-]?0[xX]/, ""), 16);
    return { value: neg ? -v : v, width: 0, precision: 0 };
  }
  if (!DECIMAL.test(text)) return undefined;
  const arg = text.replace(/^[ \t\n+]+/, "");
  const value = Number(arg);
  let width = arg.length;
  let precision = 0;
  const point = arg.indexOf(".");
  const e = arg.search(/[eE]/);
  let fraction = 0;
  if (point >= 0) {
    fraction = (e < 0 ? arg.slice(point + 1) : arg.slice(point + 1, e)).length;
    precision = fraction;
    // "#." prints as "#", ".#" and "-.#" as "0.#"
    width += fraction === 0 ? -1 : point === 0 || !/\d/.test(arg[point - 1]) ? 1 : 0;
  }
  if (e >= 0) {
    const exponent = Number(arg.slice(e + 1));
    precision += exponent < 0 ? -exponent : -Math.min(precision, exponent);
    width -= arg.length - e;
    if (exponent < 0) {
      if (point < 0 || e === point + 1) width++;
      width -= exponent;
    } else {
      // digits move from the fraction to the integer part: "2.5e1" is as wide as "25"
      if (fraction > 0 && precision === 0 && exponent > 0) width--;
      width += Math.max(0, exponent - fraction);
    }
  }
  return { value, width, precision };
}

/** seq's long_double_format: the one directive of -f's FORMAT, or an error text */
function parseFormat(format: string): { prefix: string; spec: FloatSpec; suffix: string } | string {
  let i = 0;
  const literal = (from: number, to: number) => format.slice(from, to).replaceAll("%%", "%");
  for (; i < format.length; i++) {
    if (format[i] !== "%") continue;
    if (format[i + 1] === "%") {
      i++;
      continue;
    }
    break;
  }
  if (i >= format.length) return `format ${quoteLocale(format)} has no % directive`;
  const m = /^%([-+ #0']*)(\d*)(?:\.(\d*))?(L?)(.?)/.exec(format.slice(i))!;
  const conv = m[5];
  if (conv === "") return `format ${quoteLocale(format)} ends in %`;
  if (!"efgEFG".includes(conv)) return `format ${quoteLocale(format)} has unknown %${conv} directive`;
  const rest = format.slice(i + m[0].length);
  if (/%(?!%)/.test(rest.replaceAll("%%", ""))) return `format ${quoteLocale(format)} has too many % directives`;
  const spec: FloatSpec = { flags: m[1].replaceAll("'", ""), width: Number(m[2] || "0"), precision: m[3] === undefined ? undefined : Number(m[3] || "0"), conv };
  return { prefix: literal(0, i), spec, suffix: literal(i + m[0].length, format.length) };
}

/** the options before the operands: up to `--`, a non-option, or a negative number */
function optionWords(args: string[]): number {
  let i = 0;
  while (i < args.length) {
    const a = args[i];
    if (a === "--") return i + 1;
    if (!a.startsWith("-") || a === "-" || /^-[.\d]/.test(a)) return i;
    if (a.startsWith("--")) {
      const name = a.slice(2);
      if (!name.includes("=") && name !== "" && ("format".startsWith(name) || "separator".startsWith(name))) i++;
    } else {
      const at = a.slice(1).search(/[fs]/);
      if (at >= 0 && at === a.length - 2) i++;
    }
    i++;
  }
  return i;
}

export const seq: Command = {
  name: "seq",
  summary: "seq - print a sequence of numbers",
  man: `NAME
seq - print a sequence of numbers

SYNOPSIS
seq [OPTION]... LAST
seq [OPTION]... FIRST LAST
seq [OPTION]... FIRST INCREMENT LAST

DESCRIPTION
Print numbers from FIRST to LAST, in steps of INCREMENT.

-f, --format=FORMAT
       use printf style floating-point FORMAT
-s, --separator=STRING
       use STRING to separate numbers (default: \\n)
-w, --equal-width
       equalize width by padding with leading zeroes

If FIRST or INCREMENT is omitted, it defaults to 1. That is, an omitted
INCREMENT defaults to 1 even when LAST is smaller than FIRST. The sequence of
numbers ends when the sum of the current number and INCREMENT would become
greater than LAST. FIRST, INCREMENT, and LAST are interpreted as floating
point values. FORMAT must be suitable for printing one argument of type
'double'; it defaults to %.PRECf if FIRST, INCREMENT, and LAST are all fixed
point decimal numbers with maximum precision PREC, and to %g otherwise.

EXAMPLES
seq 5              1 to 5, one per line
seq -s, 0 2 10     0,2,4,6,8,10
seq -w 8 10        08 09 10
`,
  run(proc) {
    const args = proc.argv.slice(1);
    const end = optionWords(args);
    const parsed = parseOrUsage(proc, "seq", SPECS, {
      argv: args.slice(0, end),
      help: "Usage: seq [OPTION]... LAST\n  or:  seq [OPTION]... FIRST LAST\n  or:  seq [OPTION]... FIRST INCREMENT LAST\nSee 'man seq' for the options this system supports.\n",
    });
    if ("exit" in parsed) return parsed.exit;
    const { opts } = parsed;
    const operands = [...parsed.operands, ...args.slice(end)];
    if (operands.length === 0) return usageError(proc, "seq", "missing operand");
    if (operands.length > 3) return usageError(proc, "seq", `extra operand ${quoteLocale(operands[3])}`);
    const formatText = opts.value("f");
    const format = formatText === undefined ? undefined : parseFormat(formatText);
    if (typeof format === "string") {
      proc.stderr.write(`seq: ${format}\n`);
      return 1;
    }
    if (format && opts.has("w")) return usageError(proc, "seq", "format string may not be specified when printing equal width strings");
    const scanned: Operand[] = [];
    for (const text of operands) {
      const o = scanOperand(text);
      if (!o) return usageError(proc, "seq", `invalid floating point argument: ${quoteLocale(text)}`);
      scanned.push(o);
    }
    const one: Operand = { value: 1, width: 1, precision: 0 };
    const last = scanned[scanned.length - 1];
    const first = scanned.length > 1 ? scanned[0] : one;
    const step = scanned.length > 2 ? scanned[1] : one;
    if (step.value === 0) return usageError(proc, "seq", `invalid Zero increment value: ${quoteLocale(operands[1])}`);
    const layout = format ?? { prefix: "", spec: defaultSpec(first, step, last, opts.has("w")), suffix: "" };
    printNumbers(proc, layout, opts.value("s") ?? "\n", first.value, step.value, last.value);
    return 0;
  },
};

/** seq's get_default_format */
function defaultSpec(first: Operand, step: Operand, last: Operand, equalWidth: boolean): FloatSpec {
  const prec = Math.max(first.precision, step.precision);
  if (!Number.isFinite(prec) || !Number.isFinite(last.precision)) return { flags: "", width: 0, conv: "g" };
  if (!equalWidth) return { flags: "", width: 0, precision: prec, conv: "f" };
  let firstWidth = first.width + (prec - first.precision);
  let lastWidth = last.width + (prec - last.precision);
  if (last.precision && prec === 0) lastWidth--;
  if (last.precision === 0 && prec) lastWidth++;
  if (first.precision === 0 && prec) firstWidth++;
  return { flags: "0", width: Math.max(firstWidth, lastWidth), precision: prec, conv: "f" };
}

/** seq's print_numbers: FIRST + i*STEP while not past LAST, plus a last one that prints as LAST */
function printNumbers(proc: Process, layout: { prefix: string; spec: FloatSpec; suffix: string }, separator: string, first: number, step: number, last: number): void {
  const show = (x: number) => layout.prefix + formatFloat(layout.spec, x) + layout.suffix;
  const past = (x: number) => (step < 0 ? x < last : last < x);
  if (past(first)) return;
  let out = show(first);
  let shown = out;
  for (let i = 1; ; i++) {
    proc.budget.charge(1);
    const x = first + i * step;
    const text = show(x);
    if (past(x)) {
      // past LAST only by rounding: printed if it prints as LAST and unlike the one before
      if (Number(formatFloat(layout.spec, x)) !== last || text === shown) break;
      out += separator + text;
      break;
    }
    out += separator + text;
    shown = text;
    if (out.length >= 4096) {
      proc.stdout.write(out);
      out = "";
    }
  }
  proc.stdout.write(`${out}\n`);
}
