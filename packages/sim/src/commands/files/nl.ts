/**
 * nl (GNU coreutils 9.1): lines numbered by section style (-b body, -h
 * header, -f footer: a all, t non-empty, n none, pBRE matching), in a format
 * (-n ln/rn/rz) -w columns wide followed by -s (a tab); blank lines joined
 * by -l. Lines that are exactly the delimiter (\: by default) three, two or
 * one times start a header, body or footer, print as an empty line, and
 * (each of them, unless -p) restart the numbers at -v. The state runs on across
 * the files, as nl.c's does.
 */
import { type ByteString, utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, readOperand, strerror, usageError } from "./program.js";
import { quoteIfNeeded, quoteLocale } from "./quote.js";
import { translateRegex } from "./regex.js";
import { BoundedRegExp, RegexSyntaxError, type RegexCharge } from "./regex-machine.js";
import { parseSize } from "./size-suffix.js";

type Style = { kind: "a" | "t" | "n" } | { kind: "p"; re: BoundedRegExp };

function parseStyle(text: string, charge: RegexCharge): Style | undefined | { error: string } {
  if (text === "a" || text === "t" || text === "n") return { kind: text };
  if (!text.startsWith("p")) return undefined;
  const t = translateRegex(text.slice(1), false);
  if (!t.ok) return { error: t.error };
  try {
    return { kind: "p", re: new BoundedRegExp(t.source, "u", charge) };
  } catch (e) {
    if (!(e instanceof RegexSyntaxError)) throw e;
    return { error: e.message };
  }
}

/** an integer option as xdectoimax reads it: a message when it is not one or out of [min, max] */
function integer(text: string, min: bigint, what: string): bigint | string {
  const n = parseSize(text, "", { signed: true });
  if (!n.ok) return `${what}: ${quoteLocale(text)}${n.reason === "overflow" ? ": Numerical result out of range" : ""}`;
  if (n.value < min) return `${what}: ${quoteLocale(text)}: Numerical result out of range`;
  return n.value;
}

function formatNumber(n: bigint, format: string, width: number): string {
  const digits = (n < 0n ? -n : n).toString();
  const sign = n < 0n ? "-" : "";
  if (format === "ln") return (sign + digits).padEnd(width);
  if (format === "rz") return sign + digits.padStart(width - sign.length, "0");
  return (sign + digits).padStart(width);
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "nl", [
    { key: "b", short: "b", long: "body-numbering", arg: "required" },
    { key: "d", short: "d", long: "section-delimiter", arg: "required" },
    { key: "f", short: "f", long: "footer-numbering", arg: "required" },
    { key: "h", short: "h", long: "header-numbering", arg: "required" },
    { key: "i", short: "i", long: "line-increment", arg: "required" },
    { key: "l", short: "l", long: "join-blank-lines", arg: "required" },
    { key: "n", short: "n", long: "number-format", arg: "required" },
    { key: "p", short: "p", long: "no-renumber" },
    { key: "s", short: "s", long: "number-separator", arg: "required" },
    { key: "v", short: "v", long: "starting-line-number", arg: "required" },
    { key: "w", short: "w", long: "number-width", arg: "required" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const styles: Record<"header" | "body" | "footer", Style> = { header: { kind: "n" }, body: { kind: "t" }, footer: { kind: "n" } };
  for (const [key, section] of [["b", "body"], ["h", "header"], ["f", "footer"]] as const) {
    const v = o.value(key);
    if (v === undefined) continue;
    const s = parseStyle(v, (n) => proc.budget.charge(n));
    if (s === undefined) return usageError(proc, "nl", `invalid ${section} numbering style: ${quoteLocale(v)}`);
    if ("error" in s) {
      proc.stderr.write(`nl: ${s.error}\n`);
      return 1;
    }
    styles[section] = s;
  }
  const format = o.value("n") ?? "rn";
  if (!["ln", "rn", "rz"].includes(format)) return usageError(proc, "nl", `invalid line numbering format: ${quoteLocale(format)}`);
  const fail = (msg: string) => {
    proc.stderr.write(`nl: ${msg}\n`);
    return 1;
  };
  let width = 6;
  if (o.value("w") !== undefined) {
    const w = integer(o.value("w")!, 1n, "invalid line number field width");
    if (typeof w === "string") return fail(w);
    width = Number(w);
  }
  let start = 1n;
  if (o.value("v") !== undefined) {
    const v = integer(o.value("v")!, -(1n << 63n), "invalid starting line number");
    if (typeof v === "string") return fail(v);
    start = v;
  }
  let incr = 1n;
  if (o.value("i") !== undefined) {
    const v = integer(o.value("i")!, -(1n << 63n), "invalid line number increment");
    if (typeof v === "string") return fail(v);
    incr = v;
  }
  let join = 1n;
  if (o.value("l") !== undefined) {
    const v = integer(o.value("l")!, 1n, "invalid line number of blank lines");
    if (typeof v === "string") return fail(v);
    join = v;
  }
  const sep = o.value("s") ?? "\t";
  let delim = o.value("d") ?? "\\:";
  if (delim.length === 1) delim += ":";
  const noNumber = " ".repeat(width + sep.length);

  let style = styles.body;
  let lineNo = start;
  let blanks = 0n;
  let out = "";
  const number = () => {
    out += formatNumber(lineNo, format, width) + sep;
    lineNo += incr;
  };
  const text = (line: string) => {
    switch (style.kind) {
      case "a":
        if (join > 1n) {
          if (line !== "" || ++blanks === join) {
            number();
            blanks = 0n;
          } else out += noNumber;
        } else number();
        break;
      case "t":
        if (line !== "") number();
        else out += noNumber;
        break;
      case "n":
        out += noNumber;
        break;
      case "p":
        if (style.re.test(utf8Decode(line as ByteString))) number();
        else out += noNumber;
        break;
    }
    out += `${line}\n`;
  };
  let status = 0;
  for (const op of parsed.operands.length > 0 ? parsed.operands : ["-"]) {
    proc.budget.charge(1);
    const r = readOperand(proc, op);
    if (!r.ok) {
      proc.stderr.write(`nl: ${quoteIfNeeded(op)}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    const lines = r.value.split("\n");
    if (r.value.endsWith("\n") || r.value === "") lines.pop();
    for (const line of lines) {
      proc.budget.charge(1);
      const section = delim !== "" && line.startsWith(delim.slice(0, 2))
        ? line === delim.repeat(3) ? "header" : line === delim.repeat(2) ? "body" : line === delim ? "footer" : undefined
        : undefined;
      if (section === undefined) text(line);
      else {
        style = styles[section];
        if (!o.has("p")) lineNo = start;
        out += "\n";
      }
    }
    proc.stdout.writeBytes(out as ByteString);
    out = "";
  }
  return status;
}

export const nl: Command = {
  name: "nl",
  summary: "nl - number lines of files",
  man: `NAME
nl - number lines of files

SYNOPSIS
nl [OPTION]... [FILE]...

DESCRIPTION
Write each FILE to standard output, with line numbers added.

With no FILE, or when FILE is -, read standard input.

-b, --body-numbering=STYLE
       use STYLE for numbering body lines

-d, --section-delimiter=CC
       use CC for logical page delimiters

-f, --footer-numbering=STYLE
       use STYLE for numbering footer lines

-h, --header-numbering=STYLE
       use STYLE for numbering header lines

-i, --line-increment=NUMBER
       line number increment at each line

-l, --join-blank-lines=NUMBER
       group of NUMBER empty lines counted as one

-n, --number-format=FORMAT
       insert line numbers according to FORMAT

-p, --no-renumber
       do not reset line numbers for each section

-s, --number-separator=STRING
       add STRING after (possible) line number

-v, --starting-line-number=NUMBER
       first line number for each section

-w, --number-width=NUMBER
       use NUMBER columns for line numbers

Default options are: -bt -d'\\:' -fn -hn -i1 -l1 -n'rn' -s<TAB> -v1 -w6

STYLE is one of:

a      number all lines
t      number only nonempty lines
n      number no lines
pBRE   number only lines that contain a match for the basic regular
       expression, BRE

FORMAT is one of:

ln     left justified, no leading zeros
rn     right justified, no leading zeros
rz     right justified, leading zeros
`,
  run,
};
