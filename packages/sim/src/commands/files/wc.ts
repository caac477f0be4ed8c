/**
 * wc (GNU coreutils 9.1): newline, word, character and byte counts. Column
 * width follows GNU: the digits of the total size of the regular files named,
 * at least 7 when an input is not a regular file (a pipe, stdin, a
 * directory), and 1 when one count of one input is printed.
 */
import { type ByteString, utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import type { OptionSpec } from "./options.js";
import { parseOrUsage, strerror } from "./program.js";
import { quoteIfNeeded } from "./quote.js";

const SPECS: OptionSpec[] = [
  { key: "l", short: "l", long: "lines" },
  { key: "w", short: "w", long: "words" },
  { key: "m", short: "m", long: "chars" },
  { key: "c", short: "c", long: "bytes" },
  { key: "L", short: "L", long: "max-line-length" },
];

interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
  maxLine: number;
}

/**
 * Counts as GNU wc 9.1 makes them in a UTF-8 locale: a word starts at a
 * printable character and ends at white space; other characters (NUL,
 * controls, invalid bytes) neither start nor end one.
 */
export function countBytes(data: ByteString): Counts {
  let lines = 0;
  let words = 0;
  let inWord = false;
  let chars = 0;
  let maxLine = 0;
  let col = 0;
  const text = utf8Decode(data);
  // by index, not for...of: a string a character costs more than the counting (10 MB of text: a second of garbage)
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    if (c !== 0xfffd) chars++;
    if (c === 10) {
      lines++;
      maxLine = Math.max(maxLine, col);
      col = 0;
    } else if (c === 9) col += 8 - (col % 8);
    else if (c >= 0x20 && c !== 0x7f) col++;
    if (c === 32 || (c >= 9 && c <= 13)) inWord = false;
    else if (c >= 0x20 && c !== 0x7f && !(c >= 0x80 && c < 0xa0) && c !== 0xfffd) {
      if (!inWord) words++;
      inWord = true;
    }
  }
  maxLine = Math.max(maxLine, col);
  return { lines, words, chars, bytes: data.length, maxLine };
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "wc", SPECS);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  let show = { l: o.has("l"), w: o.has("w"), m: o.has("m"), c: o.has("c"), L: o.has("L") };
  if (!show.l && !show.w && !show.m && !show.c && !show.L) show = { l: true, w: true, m: false, c: true, L: false };
  const nShown = Object.values(show).filter(Boolean).length;
  const files = parsed.operands.length ? parsed.operands : ["-"];
  const fs = proc.host.fs;
  // the column width, from what stat says before reading
  let width = 1;
  if (!(files.length === 1 && nShown === 1)) {
    let minimum = 1;
    let regularTotal = 0;
    for (const f of files) {
      if (f === "-") {
        minimum = 7;
        continue;
      }
      const st = fs.stat(proc.resolve(f));
      if (!st.ok) continue;
      if (st.value.type === "file") regularTotal += st.value.size;
      else minimum = 7;
    }
    width = Math.max(String(regularTotal).length, minimum);
  }
  const line = (c: Counts, name: string | undefined) => {
    const cols: number[] = [];
    if (show.l) cols.push(c.lines);
    if (show.w) cols.push(c.words);
    if (show.m) cols.push(c.chars);
    if (show.c) cols.push(c.bytes);
    if (show.L) cols.push(c.maxLine);
    const text = cols.map((n) => String(n).padStart(width, " ")).join(" ");
    return name === undefined ? `${text}\n` : `${text} ${name}\n`;
  };
  const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLine: 0 };
  let status = 0;
  for (const f of files) {
    proc.budget.charge();
    let data: ByteString;
    if (f === "-") data = proc.stdin.bytes();
    else {
      const r = fs.readFile(proc.resolve(f));
      if (!r.ok) {
        proc.stderr.write(`wc: ${quoteIfNeeded(f)}: ${strerror(r.errno)}\n`);
        status = 1;
        if (r.errno !== "EISDIR") continue;
        data = "" as ByteString;
      } else data = r.value;
    }
    // bytes alone are the length: nothing to decode (the real wc -c stats a regular file without reading it)
    const c = show.l || show.w || show.m || show.L ? countBytes(data) : { lines: 0, words: 0, chars: 0, bytes: data.length, maxLine: 0 };
    total.lines += c.lines;
    total.words += c.words;
    total.chars += c.chars;
    total.bytes += c.bytes;
    total.maxLine = Math.max(total.maxLine, c.maxLine);
    proc.stdout.write(line(c, parsed.operands.length ? f : undefined));
  }
  if (files.length > 1) proc.stdout.write(line(total, "total"));
  return status;
}

export const wc: Command = {
  name: "wc",
  summary: "wc - print newline, word, and byte counts for each file",
  man: `NAME
wc - print newline, word, and byte counts for each file

SYNOPSIS
wc [OPTION]... [FILE]...

DESCRIPTION
Print newline, word, and byte counts for each FILE, and a total line if
more than one FILE is specified. A word is a non-zero-length sequence of
printable characters delimited by white space.

-c, --bytes
       print the byte counts

-m, --chars
       print the character counts

-l, --lines
       print the newline counts

-L, --max-line-length
       print the maximum display width

-w, --words
       print the word counts
`,
  run,
};
