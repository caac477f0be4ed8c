/** cat (GNU coreutils 9.1): concatenate files to standard output; -n numbers lines, -A shows ends and controls. */
import type { ByteString } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { type OptionSpec } from "./options.js";
import { parseOrUsage, readOperand, strerror } from "./program.js";
import { quoteIfNeeded } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "n", short: "n", long: "number" },
  { key: "b", short: "b", long: "number-nonblank" },
  { key: "A", short: "A", long: "show-all" },
  { key: "E", short: "E", long: "show-ends" },
  { key: "T", short: "T", long: "show-tabs" },
  { key: "v", short: "v", long: "show-nonprinting" },
  { key: "s", short: "s", long: "squeeze-blank" },
];

/** cat -v notation for one byte */
function nonprinting(c: number, tabs: boolean): string {
  if (c === 9) return tabs ? "^I" : "\t";
  if (c === 10) return "\n";
  let out = "";
  if (c >= 128) {
    out = "M-";
    c -= 128;
  }
  if (c < 32) return `${out}^${String.fromCharCode(c + 64)}`;
  if (c === 127) return `${out}^?`;
  return out + String.fromCharCode(c);
}

interface CatState {
  line: number;
  /** the previous output ended a line (numbering starts at line starts) */
  atLineStart: boolean;
  blankRun: number;
}

function transform(data: ByteString, o: { n: boolean; b: boolean; E: boolean; T: boolean; v: boolean; s: boolean }, st: CatState): string {
  let out = "";
  const lines = data.split("\n");
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    if (last && line === "") return;
    if (o.s && line === "" && !last) {
      st.blankRun++;
      if (st.blankRun > 1) return;
    } else st.blankRun = 0;
    if (st.atLineStart && (o.b ? line !== "" : o.n)) out += `${String(++st.line).padStart(6, " ")}\t`;
    let body = line;
    if (o.v || o.T) {
      body = "";
      for (let k = 0; k < line.length; k++) {
        const c = line.charCodeAt(k);
        body += o.v ? nonprinting(c, o.T) : c === 9 ? "^I" : line[k];
      }
    }
    out += body;
    if (!last) {
      out += o.E ? "$\n" : "\n";
      st.atLineStart = true;
    } else st.atLineStart = false;
  });
  return out;
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "cat", SPECS);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const A = o.has("A");
  const flags = { n: o.has("n"), b: o.has("b"), E: A || o.has("E"), T: A || o.has("T"), v: A || o.has("v"), s: o.has("s") };
  const plain = !flags.n && !flags.b && !flags.E && !flags.T && !flags.v && !flags.s;
  const st: CatState = { line: 0, atLineStart: true, blankRun: 0 };
  let status = 0;
  for (const op of parsed.operands.length ? parsed.operands : ["-"]) {
    proc.budget.charge();
    const r = readOperand(proc, op);
    if (!r.ok) {
      proc.stderr.write(`cat: ${quoteIfNeeded(op)}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    if (plain) proc.stdout.writeBytes(r.value);
    else proc.stdout.writeBytes(transform(r.value, flags, st) as ByteString);
  }
  return status;
}

export const cat: Command = {
  name: "cat",
  summary: "cat - concatenate files and print on the standard output",
  man: `NAME
cat - concatenate files and print on the standard output

SYNOPSIS
cat [OPTION]... [FILE]...

DESCRIPTION
Concatenate FILE(s) to standard output.

With no FILE, or when FILE is -, read standard input.

-A, --show-all
       equivalent to -vET

-b, --number-nonblank
       number nonempty output lines, overrides -n

-E, --show-ends
       display $ at end of each line

-n, --number
       number all output lines

-s, --squeeze-blank
       suppress repeated empty output lines

-T, --show-tabs
       display TAB characters as ^I

-v, --show-nonprinting
       use ^ and M- notation, except for LFD and TAB

EXAMPLES
cat f - g
       Output f's contents, then standard input, then g's contents.
`,
  run,
};
