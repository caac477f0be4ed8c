/**
 * paste (GNU coreutils 9.1): lines of the inputs side by side, or (-s) each
 * input's lines on one line. -d LIST gives the delimiters, used in turn and
 * started again on each output line: \n \t \\ \0 (none) are escapes, other
 * backslashed characters stand for themselves. `-` is standard input and may
 * be named more than once (each names the next line of it).
 */
import { type ByteString, utf8Encode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, readOperand, splitLines, strerror } from "./program.js";
import { quoteIfNeeded } from "./quote.js";

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", "\\": "\\", "0": "", b: "\b", f: "\f", r: "\r", v: "\v" };

/** the delimiter list of -d, or undefined when it ends with a lone backslash */
function parseDelimiters(list: string): string[] | undefined {
  if (list === "") return [""];
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    if (list[i] !== "\\") {
      out.push(list[i]);
      continue;
    }
    if (i + 1 === list.length) return undefined;
    const c = list[++i];
    out.push(ESCAPES[c] ?? c);
  }
  return out;
}

/** lines with the last one unterminated counted too */
function linesOf(data: string): string[] {
  return splitLines(data);
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "paste", [
    { key: "d", short: "d", long: "delimiters", arg: "required" },
    { key: "s", short: "s", long: "serial" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const list = o.value("d") ?? "\t";
  // the list is bytes to paste as to coreutils 9.1: -d 'é' alternates its two bytes
  const delims = parseDelimiters(utf8Encode(list));
  if (!delims) {
    proc.stderr.write(`paste: delimiter list ends with an unescaped backslash: ${list}\n`);
    return 1;
  }
  const ops = parsed.operands.length > 0 ? parsed.operands : ["-"];
  // every input is opened (read) before anything is written, as paste opens them all first
  let stdinLines: string[] | undefined;
  const inputs: string[][] = [];
  for (const op of ops) {
    proc.budget.charge(1);
    if (op === "-") {
      stdinLines ??= linesOf(proc.stdin.bytes());
      inputs.push(stdinLines);
      continue;
    }
    const r = readOperand(proc, op);
    if (!r.ok) {
      proc.stderr.write(`paste: ${quoteIfNeeded(op)}: ${strerror(r.errno)}\n`);
      return 1;
    }
    inputs.push(linesOf(r.value));
  }
  let out = "";
  if (o.has("s")) {
    // one output line per input; a `-` given twice reads what the first left
    let stdinUsed = false;
    ops.forEach((op, k) => {
      const lines = op === "-" ? (stdinUsed ? [] : inputs[k]) : inputs[k];
      if (op === "-") stdinUsed = true;
      proc.budget.charge(lines.length);
      out += lines.map((l, i) => (i === 0 ? l : delims[(i - 1) % delims.length] + l)).join("") + "\n";
    });
  } else {
    // stdin named several times: each `-` takes the next line of it
    let stdinNext = 0;
    const next = ops.map(() => 0);
    for (;;) {
      proc.budget.charge(1);
      const fields = ops.map((op, k) => {
        if (op === "-") return stdinNext < inputs[k].length ? inputs[k][stdinNext++] : undefined;
        return next[k] < inputs[k].length ? inputs[k][next[k]++] : undefined;
      });
      if (fields.every((f) => f === undefined)) break;
      out += fields.map((f, i) => (i === 0 ? "" : delims[(i - 1) % delims.length]) + (f ?? "")).join("") + "\n";
    }
  }
  proc.stdout.writeBytes(out as ByteString);
  return 0;
}

export const paste: Command = {
  name: "paste",
  summary: "paste - merge lines of files",
  man: `NAME
paste - merge lines of files

SYNOPSIS
paste [OPTION]... [FILE]...

DESCRIPTION
Write lines consisting of the sequentially corresponding lines from each
FILE, separated by TABs, to standard output.

With no FILE, or when FILE is -, read standard input.

-d, --delimiters=LIST
       reuse characters from LIST instead of TABs

-s, --serial
       paste one file at a time instead of in parallel
`,
  run,
};
