/**
 * comm (GNU coreutils 9.1): compare two sorted files line by line, in three
 * tab-indented columns (only in FILE1, only in FILE2, in both); -1/-2/-3
 * hide columns. Order is checked as coreutils does: once a line has been
 * unpairable, a line smaller than the one before it in its file warns "file N
 * is not in sorted order" (a fatal error with --check-order) and the exit
 * status becomes 1.
 */
import { type ByteString, utf8Encode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, readOperand, splitLines, strerror, usageError } from "./program.js";
import { quoteIfNeeded, quoteLocale } from "./quote.js";

/** C-locale comparison: UTF-16 order equals byte order for the BMP */
const cmpC = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "comm", [
    { key: "1", short: "1" },
    { key: "2", short: "2" },
    { key: "3", short: "3" },
    { key: "check", long: "check-order" },
    { key: "nocheck", long: "nocheck-order" },
    { key: "delim", long: "output-delimiter", arg: "required" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(proc, "comm", "missing operand");
  if (ops.length === 1) return usageError(proc, "comm", `missing operand after ${quoteLocale(ops[0])}`);
  if (ops.length > 2) return usageError(proc, "comm", `extra operand ${quoteLocale(ops[2])}`);
  const files: string[][] = [];
  for (const op of ops) {
    const r = readOperand(proc, op);
    if (!r.ok) {
      proc.stderr.write(`comm: ${quoteIfNeeded(op)}: ${strerror(r.errno)}\n`);
      return 1;
    }
    // lines stay bytes: a Latin-1 line is compared and printed as it is (C.UTF-8 collates by byte)
    files.push(splitLines(r.value));
  }
  // the last of --check-order / --nocheck-order wins; neither: check after an unpairable line
  let mode: "default" | "enabled" | "disabled" = "default";
  for (const p of o.list) if (p.key === "check") mode = "enabled";
  else if (p.key === "nocheck") mode = "disabled";
  const delim = utf8Encode(o.value("delim") ?? "\t");
  const show = [!o.has("1"), !o.has("2"), !o.has("3")];
  const prefix = ["", show[0] ? delim : "", (show[0] ? delim : "") + (show[1] ? delim : "")];
  const [f1, f2] = files;
  proc.budget.charge(Math.ceil((f1.length + f2.length) / 16));
  const warned = [false, false];
  let unpairable = false;
  let i = 0;
  let j = 0;
  const write = (line: string, col: number) => {
    if (show[col]) proc.stdout.writeBytes(`${prefix[col]}${line}\n` as ByteString);
  };
  /** the newly read line of `file` against the one before it; false on a fatal disorder */
  const check = (file: number, lines: string[], at: number): boolean => {
    if (mode === "disabled" || (mode === "default" && !unpairable) || warned[file] || at >= lines.length) return true;
    if (cmpC(lines[at - 1], lines[at]) > 0) {
      proc.stderr.write(`comm: file ${file + 1} is not in sorted order\n`);
      warned[file] = true;
      return mode !== "enabled";
    }
    return true;
  };
  while (i < f1.length || j < f2.length) {
    const order = i >= f1.length ? 1 : j >= f2.length ? -1 : cmpC(f1[i], f2[j]);
    const fill = [false, false];
    if (order === 0) {
      write(f2[j], 2);
      fill[0] = fill[1] = true;
    } else {
      unpairable = true;
      if (order < 0) {
        write(f1[i], 0);
        fill[0] = true;
      } else {
        write(f2[j], 1);
        fill[1] = true;
      }
    }
    if (fill[0] && !check(0, f1, ++i)) return 1;
    if (fill[1] && !check(1, f2, ++j)) return 1;
  }
  if (warned[0] || warned[1]) {
    proc.stderr.write("comm: input is not in sorted order\n");
    return 1;
  }
  return 0;
}

export const comm: Command = {
  name: "comm",
  summary: "comm - compare two sorted files line by line",
  man: `NAME
comm - compare two sorted files line by line

SYNOPSIS
comm [OPTION]... FILE1 FILE2

DESCRIPTION
Compare sorted files FILE1 and FILE2 line by line.

When FILE1 or FILE2 (not both) is -, read standard input.

With no options, produce three-column output. Column one contains lines
unique to FILE1, column two contains lines unique to FILE2, and column
three contains lines common to both files.

-1     suppress column 1 (lines unique to FILE1)

-2     suppress column 2 (lines unique to FILE2)

-3     suppress column 3 (lines that appear in both files)

--check-order
       check that the input is correctly sorted, even if all input lines
       are pairable

--nocheck-order
       do not check that the input is correctly sorted

--output-delimiter=STR
       separate columns with STR
`,
  run,
};
