/** cut (GNU coreutils 9.1): print selected bytes (-b), characters (-c) or fields (-f, -d DELIM, -s) of each line. */
import { type ByteString, utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, readOperand, splitLines, strerror, usageError } from "./program.js";
import { quoteIfNeeded, quoteLocale } from "./quote.js";

type Range = [number, number];

function parseList(list: string, what: "fields" | "positions"): Range[] | string {
  const out: Range[] = [];
  for (const part of list.split(/[,\s]/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === "" && m[3] === "" )) {
      return what === "fields" ? `invalid field range` : `invalid byte or character range`;
    }
    const lo = m[1] === "" ? 1 : Number(m[1]);
    const hi = m[2] === "" ? lo : m[3] === "" ? Infinity : Number(m[3]);
    if (lo === 0 || hi === 0) return what === "fields" ? "fields are numbered from 1" : "byte/character positions are numbered from 1";
    if (hi < lo) return "invalid decreasing range";
    out.push([lo, hi]);
  }
  return out;
}

const inList = (ranges: Range[], n: number) => ranges.some(([a, b]) => n >= a && n <= b);

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "cut", [
    { key: "b", short: "b", long: "bytes", arg: "required" },
    { key: "c", short: "c", long: "characters", arg: "required" },
    { key: "f", short: "f", long: "fields", arg: "required" },
    { key: "d", short: "d", long: "delimiter", arg: "required" },
    { key: "s", short: "s", long: "only-delimited" },
    { key: "complement", long: "complement" },
    { key: "od", long: "output-delimiter", arg: "required" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const mode = o.last("b", "c", "f");
  if (!mode) return usageError(proc, "cut", "you must specify a list of bytes, characters, or fields");
  if (["b", "c", "f"].filter((k) => o.has(k)).length > 1) return usageError(proc, "cut", "only one type of list may be specified");
  const delim = o.value("d") ?? "\t";
  if (o.has("d") && [...delim].length !== 1) return usageError(proc, "cut", "the delimiter must be a single character");
  if (mode !== "f" && o.has("d")) return usageError(proc, "cut", "an input delimiter may be specified only when operating on fields");
  const listText = o.value(mode)!;
  const ranges = parseList(listText, mode === "f" ? "fields" : "positions");
  if (typeof ranges === "string") return usageError(proc, "cut", `${ranges}`.includes("numbered") ? ranges : `${ranges}: ${quoteLocale(listText)}`);
  const complement = o.has("complement");
  const pick = (n: number) => inList(ranges, n) !== complement;
  let status = 0;
  let out = "";
  for (const f of parsed.operands.length ? parsed.operands : ["-"]) {
    const r = readOperand(proc, f);
    if (!r.ok) {
      proc.stderr.write(`cut: ${quoteIfNeeded(f)}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    for (const raw of splitLines(r.value)) {
      proc.budget.charge();
      const line = mode === "b" ? raw : utf8Decode(raw as ByteString);
      if (mode === "f") {
        if (!line.includes(delim)) {
          if (!o.has("s")) out += `${line}\n`;
          continue;
        }
        const fields = line.split(delim);
        out += `${fields.filter((_, i) => pick(i + 1)).join(o.value("od") ?? delim)}\n`;
      } else {
        const units = mode === "b" ? line.split("") : [...line];
        out += `${units.filter((_, i) => pick(i + 1)).join("")}\n`;
      }
    }
  }
  proc.stdout.write(out);
  return status;
}

export const cut: Command = {
  name: "cut",
  summary: "cut - remove sections from each line of files",
  man: `NAME
cut - remove sections from each line of files

SYNOPSIS
cut OPTION... [FILE]...

DESCRIPTION
Print selected parts of lines from each FILE to standard output.

-b, --bytes=LIST
       select only these bytes

-c, --characters=LIST
       select only these characters

-d, --delimiter=DELIM
       use DELIM instead of TAB for field delimiter

-f, --fields=LIST
       select only these fields

-s, --only-delimited
       do not print lines not containing delimiters

Each LIST is made up of one range, or many ranges separated by commas:
N, N-, N-M or -M.

EXAMPLES
cut -d: -f1,7 /etc/passwd
       Print each user's name and login shell.
`,
  run,
};
