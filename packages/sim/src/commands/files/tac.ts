/**
 * tac (GNU coreutils 9.1): each input's records in reverse order. A record
 * ends with the separator (newline, or -s STRING) unless -b attaches it to
 * the front of the record after it; -r reads the separator as a regular
 * expression (tac-regex.ts). Works on bytes.
 */
import { type ByteString, utf8Encode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, readOperand, strerror } from "./program.js";
import { quoteAlways, quoteIfNeeded } from "./quote.js";
import { compileTacRegex, reverseRecordsRegex } from "./tac-regex.js";

/** the records of `data` split at `sep`, in reverse order and joined again */
function reverseRecords(data: ByteString, sep: string, before: boolean): string {
  if (sep === "" || data === "") return data;
  const parts = data.split(sep);
  const records: string[] = [];
  if (before) {
    // "a,b," -> "a" ",b" ","
    records.push(parts[0]);
    for (let i = 1; i < parts.length; i++) records.push(sep + parts[i]);
    if (records[0] === "") records.shift();
  } else {
    // "a,b,c" -> "a," "b," "c"
    for (let i = 0; i < parts.length - 1; i++) records.push(parts[i] + sep);
    if (parts[parts.length - 1] !== "") records.push(parts[parts.length - 1]);
  }
  return records.reverse().join("");
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "tac", [
    { key: "b", short: "b", long: "before" },
    { key: "r", short: "r", long: "regex" },
    { key: "s", short: "s", long: "separator", arg: "required" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  // the separator is bytes, as the data is
  const sep = utf8Encode(o.value("s") ?? "\n");
  const compiled = o.has("r") && sep !== "" ? compileTacRegex(sep, (n) => proc.budget.charge(n)) : undefined;
  if (compiled && "error" in compiled) {
    proc.stderr.write(`tac: ${compiled.error}\n`);
    return 1;
  }
  const ops = parsed.operands.length > 0 ? parsed.operands : ["-"];
  let status = 0;
  for (const op of ops) {
    proc.budget.charge(1);
    const r = readOperand(proc, op);
    if (!r.ok) {
      if (r.errno === "EISDIR") proc.stderr.write(`tac: ${quoteIfNeeded(op)}: read error: Invalid argument\n`);
      else proc.stderr.write(`tac: failed to open ${quoteAlways(op)} for reading: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    proc.budget.charge(Math.ceil(r.value.length / 4096));
    const charge = () => proc.budget.charge(1);
    const out = compiled ? reverseRecordsRegex(r.value, compiled.re, o.has("b"), charge) : reverseRecords(r.value, sep, o.has("b"));
    proc.stdout.writeBytes(out as ByteString);
  }
  return status;
}

export const tac: Command = {
  name: "tac",
  summary: "tac - concatenate and print files in reverse",
  man: `NAME
tac - concatenate and print files in reverse

SYNOPSIS
tac [OPTION]... [FILE]...

DESCRIPTION
Write each FILE to standard output, last line first.

With no FILE, or when FILE is -, read standard input.

-b, --before
       attach the separator before instead of after

-r, --regex
       interpret the separator as a regular expression

-s, --separator=STRING
       use STRING as the separator instead of newline
`,
  run,
};
