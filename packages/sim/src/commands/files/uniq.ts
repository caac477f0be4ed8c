/** uniq (GNU coreutils 9.1): report or omit adjacent repeated lines; -c counts, -d/-u select, -i ignores case. */
import { utf8Decode, utf8Encode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, readOperand, splitLines, strerror, usageError } from "./program.js";
import { quoteIfNeeded, quoteLocale } from "./quote.js";

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "uniq", [
    { key: "c", short: "c", long: "count" },
    { key: "d", short: "d", long: "repeated" },
    { key: "u", short: "u", long: "unique" },
    { key: "i", short: "i", long: "ignore-case" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const ops = parsed.operands;
  if (ops.length > 2) return usageError(proc, "uniq", `extra operand ${quoteLocale(ops[2])}`);
  const input = ops[0] ?? "-";
  const r = readOperand(proc, input);
  if (!r.ok) {
    proc.stderr.write(`uniq: ${quoteIfNeeded(input)}: ${strerror(r.errno)}\n`);
    return 1;
  }
  const lines = splitLines(utf8Decode(r.value));
  proc.budget.charge(lines.length);
  const same = (a: string, b: string) => (o.has("i") ? a.toLowerCase() === b.toLowerCase() : a === b);
  let out = "";
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && same(lines[i], lines[j])) j++;
    const n = j - i;
    if ((!o.has("d") || n > 1) && (!o.has("u") || n === 1))
      out += o.has("c") ? `${String(n).padStart(7, " ")} ${lines[i]}\n` : `${lines[i]}\n`;
    i = j;
  }
  if (ops[1] !== undefined) {
    const w = proc.host.fs.writeFile(proc.resolve(ops[1]), utf8Encode(out));
    if (!w.ok) {
      proc.stderr.write(`uniq: ${quoteIfNeeded(ops[1])}: ${strerror(w.errno)}\n`);
      return 1;
    }
  } else proc.stdout.write(out);
  return 0;
}

export const uniq: Command = {
  name: "uniq",
  summary: "uniq - report or omit repeated lines",
  man: `NAME
uniq - report or omit repeated lines

SYNOPSIS
uniq [OPTION]... [INPUT [OUTPUT]]

DESCRIPTION
Filter adjacent matching lines from INPUT (or standard input), writing to
OUTPUT (or standard output).

-c, --count
       prefix lines by the number of occurrences

-d, --repeated
       only print duplicate lines, one for each group

-i, --ignore-case
       ignore differences in case when comparing

-u, --unique
       only print unique lines
`,
  run,
};
