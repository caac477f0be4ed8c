/**
 * rev (util-linux 2.38): each line's characters in reverse order; its FILE
 * operands are files only ("-" too). Lines are read as wide characters, so a
 * byte that is not UTF-8 ends the file with "FILE: LINE: Invalid or
 * incomplete multibyte or wide character" (LINE counted from 0) and status
 * 1; an unfinished last line keeps what came before the bad byte.
 */
import { type ByteString, utf8Decode, utf8Encode } from "../../bytes.js";
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
  // stdio buffers a pipe or a file to the end, so an error comes out before the lines; a terminal gets them line by line
  const out: string[] = [];
  for (const input of inputs) {
    const r = input.bytes();
    if (!r.ok) {
      proc.stderr.write(`rev: cannot open ${input.name}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    proc.budget.charge(r.value.length >> 10);
    // a line keeps its newline at the end; the last line may have none
    const lines = r.value.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const { chars, valid } = wideChars(lines[i] as ByteString);
      const last = i === lines.length - 1;
      if (!valid && !last) {
        if (proc.stdout.isTTY) {
          proc.stdout.write(out.join(""));
          out.length = 0;
        }
        proc.stderr.write(`rev: ${input.name || "stdin"}: ${i}: Invalid or incomplete multibyte or wide character\n`);
        status = 1;
        break;
      }
      out.push(chars.reverse().join("") + (last ? "" : "\n"));
    }
  }
  proc.stdout.write(out.join(""));
  return status;
}

/** the characters of a line up to its first byte that is not UTF-8, and whether there was none */
function wideChars(line: ByteString): { chars: string[]; valid: boolean } {
  const chars = [...utf8Decode(line)];
  let at = 0;
  for (let k = 0; k < chars.length; k++) {
    const bytes = utf8Encode(chars[k]);
    if (line.startsWith(bytes, at)) at += bytes.length;
    else return { chars: chars.slice(0, k), valid: false };
  }
  return { chars, valid: true };
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
