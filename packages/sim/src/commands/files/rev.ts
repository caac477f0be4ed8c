/** rev (util-linux 2.38): each line's characters in reverse order; its FILE operands are files only ("-" too). */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, strerror } from "./program.js";

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "rev", [], { version: "rev from util-linux 2.38.1" });
  if ("exit" in parsed) return parsed.exit;
  const inputs: { name: string; bytes: () => ReturnType<typeof proc.host.fs.readFile> }[] = parsed.operands.length
    ? parsed.operands.map((name) => ({ name, bytes: () => proc.host.fs.readFile(proc.resolve(name)) }))
    : [{ name: "", bytes: () => ({ ok: true, value: proc.stdin.bytes() }) as const }];
  let status = 0;
  for (const input of inputs) {
    const r = input.bytes();
    if (!r.ok) {
      proc.stderr.write(`rev: cannot open ${input.name}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    const text = utf8Decode(r.value);
    proc.budget.charge(text.length >> 10);
    // a line keeps its newline at the end; the last line may have none
    proc.stdout.write(text.split("\n").map((line) => [...line].reverse().join("")).join("\n"));
  }
  return status;
}

export const rev: Command = {
  name: "rev",
  summary: "rev - reverse lines characterwise",
  man: `NAME
rev - reverse lines characterwise

SYNOPSIS
rev [option] [file...]

DESCRIPTION
The rev utility copies the specified files to standard output, reversing the
order of characters in every line. If no files are specified, standard input
is read.

OPTIONS
-h, --help
       Display help text and exit.

-V, --version
       Print version and exit.
`,
  run,
};
