/**
 * fold (GNU coreutils 9.1): break lines longer than -w columns (80). Columns
 * are counted as Debian's fold counts them, one per byte (é is two), a tab
 * to the next multiple of 8, backspace one back, carriage return to 0; -b
 * counts every byte as one column, -s breaks after the last blank that fits.
 * The loop is fold.c's, so the odd cases (a tab wider than the line, a
 * blank that starts a line under -s) come out the same.
 */
import type { ByteString } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { type OptionSpec, obsoleteNumberOption } from "./options.js";
import { parseOrUsage, readOperand, strerror } from "./program.js";
import { quoteIfNeeded, quoteLocale } from "./quote.js";
import { parseSize } from "./size-suffix.js";

const TAB_WIDTH = 8;

function adjustColumn(column: number, c: string, countBytes: boolean): number {
  if (countBytes) return column + 1;
  if (c === "\b") return column > 0 ? column - 1 : 0;
  if (c === "\r") return 0;
  if (c === "\t") return column + TAB_WIDTH - (column % TAB_WIDTH);
  return column + 1;
}

/** `data` with its long lines broken at `width` columns */
export function foldBytes(data: string, width: number, opts: { bytes: boolean; spaces: boolean }): string {
  let out = "";
  let line = "";
  let column = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === "\n") {
      out += `${line}\n`;
      line = "";
      column = 0;
      continue;
    }
    for (;;) {
      column = adjustColumn(column, c, opts.bytes);
      if (column <= width) {
        line += c;
        break;
      }
      if (opts.spaces) {
        const blank = Math.max(line.lastIndexOf(" "), line.lastIndexOf("\t"));
        if (blank >= 0) {
          out += `${line.slice(0, blank + 1)}\n`;
          line = line.slice(blank + 1);
          column = 0;
          for (const k of line) column = adjustColumn(column, k, opts.bytes);
          continue;
        }
      }
      if (line === "") {
        line = c;
        break;
      }
      out += `${line}\n`;
      line = "";
      column = 0;
    }
  }
  return out + line;
}

const SPECS: OptionSpec[] = [
  { key: "b", short: "b", long: "bytes" },
  { key: "s", short: "s", long: "spaces" },
  { key: "w", short: "w", long: "width", arg: "required" },
];

function run(proc: Process): number {
  // -NUM is -w NUM (an obsolete form fold still takes)
  const argv = obsoleteNumberOption(proc.argv.slice(1), "w", SPECS);
  const parsed = parseOrUsage(
    proc,
    "fold",
    SPECS,
    { argv },
  );
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  let width = 80;
  const w = o.value("w");
  if (w !== undefined) {
    const n = parseSize(w, "");
    if (!n.ok || n.value < 1n) {
      const range = n.ok || n.reason === "overflow" ? ": Numerical result out of range" : "";
      proc.stderr.write(`fold: invalid number of columns: ${quoteLocale(w)}${range}\n`);
      return 1;
    }
    width = Number(n.value);
  }
  const ops = parsed.operands.length > 0 ? parsed.operands : ["-"];
  let status = 0;
  for (const op of ops) {
    proc.budget.charge(1);
    const r = readOperand(proc, op);
    if (!r.ok) {
      proc.stderr.write(`fold: ${quoteIfNeeded(op)}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    proc.budget.charge(Math.ceil(r.value.length / 4096));
    proc.stdout.writeBytes(foldBytes(r.value, width, { bytes: o.has("b"), spaces: o.has("s") }) as ByteString);
  }
  return status;
}

export const fold: Command = {
  name: "fold",
  summary: "fold - wrap each input line to fit in specified width",
  man: `NAME
fold - wrap each input line to fit in specified width

SYNOPSIS
fold [OPTION]... [FILE]...

DESCRIPTION
Wrap input lines in each FILE, writing to standard output.

With no FILE, or when FILE is -, read standard input.

-b, --bytes
       count bytes rather than columns

-s, --spaces
       break at spaces

-w, --width=WIDTH
       use WIDTH columns instead of 80

EXAMPLES
fold -s -w 60 notes.txt
       wrap notes.txt at 60 columns, breaking lines after a blank
`,
  run,
};
