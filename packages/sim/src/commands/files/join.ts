/**
 * join (GNU coreutils 9.1): lines of two files sorted on a join field,
 * paired by equal fields. The merge loop, the order check and the output
 * (prjoin: the join field, file 1's other fields, file 2's, or -o's list,
 * -e filling missing ones) follow join.c line by line, so the "FILE:N: is
 * not sorted" warnings come at the same point of the output as the real
 * ones: only once some line could not be paired (or always, with
 * --check-order, which stops there), and "input is not in sorted order" at
 * the end. Fields are bytes compared as bytes (C.UTF-8), or ASCII case
 * folded with -i.
 */
import type { ByteString } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, readOperand, strerror, usageError } from "./program.js";
import { quoteAlways, quoteIfNeeded, quoteLocale } from "./quote.js";
import { parseSize } from "./size-suffix.js";

interface Line {
  text: string;
  fields: string[];
}

/** the unpaired side of an -a/-v line: no fields at all */
const UNI_BLANK: Line = { text: "", fields: [] };

/** -o's items: file 0 is the join field of whichever line is there */
type OutItem = { file: 0 | 1 | 2; field: number };

/** thrown out of the merge when --check-order finds a line out of order (the message is written) */
class Disorder extends Error {}

/** join.c's xfields: with -t, every separator splits; otherwise runs of blanks (and newlines), leading ones ignored */
function fields(text: string, tab: string | undefined): string[] {
  if (text === "") return [];
  if (tab !== undefined) return text.split(tab);
  const blank = (c: string) => c === " " || c === "\t" || c === "\n";
  const out: string[] = [];
  let ptr = 0;
  const lim = text.length;
  while (blank(text[ptr])) if (++ptr === lim) return out;
  do {
    let sep = ptr + 1;
    while (sep !== lim && !blank(text[sep])) sep++;
    out.push(text.slice(ptr, sep));
    if (sep === lim) return out;
    for (ptr = sep + 1; ptr !== lim && blank(text[ptr]); ptr++);
  } while (ptr !== lim);
  // blanks at the end of the line leave one empty field after them
  out.push("");
  return out;
}

function fieldError(text: string): string {
  return `invalid field number: ${quoteLocale(text)}`;
}

/** -1/-2/-j FIELD as a 0-based index */
function joinField(text: string): number | string {
  const n = parseSize(text, "");
  if (!n.ok || n.value < 1n || n.value > BigInt(Number.MAX_SAFE_INTEGER)) return fieldError(text);
  return Number(n.value) - 1;
}

function parseOutList(spec: string): OutItem[] | string {
  const out: OutItem[] = [];
  for (const item of spec.split(/[, \t]/)) {
    if (item === "0") {
      out.push({ file: 0, field: 0 });
      continue;
    }
    const m = /^([^.]*)\.(.*)$/.exec(item);
    if (!m || (m[1] !== "1" && m[1] !== "2")) return `invalid file number in field spec: ${quoteLocale(item)}`;
    const f = joinField(m[2]);
    if (typeof f === "string") return f;
    out.push({ file: m[1] === "1" ? 1 : 2, field: f });
  }
  return out;
}

function run(proc: Process): number {
  const parsed = parseOrUsage(proc, "join", [
    { key: "a", short: "a", arg: "required" },
    { key: "e", short: "e", arg: "required" },
    { key: "i", short: "i", long: "ignore-case" },
    { key: "j", short: "j", arg: "required" },
    { key: "o", short: "o", arg: "required" },
    { key: "t", short: "t", arg: "required" },
    { key: "v", short: "v", arg: "required" },
    { key: "1", short: "1", arg: "required" },
    { key: "2", short: "2", arg: "required" },
    { key: "check", long: "check-order" },
    { key: "nocheck", long: "nocheck-order" },
    { key: "header", long: "header" },
    { key: "z", short: "z", long: "zero-terminated" },
  ], { help: "Usage: join [OPTION]... FILE1 FILE2\nSee 'man join' for the options this system supports.\n" });
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const fail = (msg: string) => {
    proc.stderr.write(`join: ${msg}\n`);
    return 1;
  };
  // options in the order given, as getopt hands them to join.c
  let printPairables = true;
  const unpairables = [false, false];
  let jf1: number | undefined;
  let jf2: number | undefined;
  let tab: string | undefined;
  let outList: OutItem[] = [];
  let autoformat = false;
  let empty: string | undefined;
  for (const opt of o.list) {
    const v = opt.value ?? "";
    switch (opt.key) {
      case "a":
      case "v": {
        if (v !== "1" && v !== "2") return fail(fieldError(v));
        unpairables[Number(v) - 1] = true;
        if (opt.key === "v") printPairables = false;
        break;
      }
      case "e":
        empty = v;
        break;
      case "1":
      case "2":
      case "j": {
        const f = joinField(v);
        if (typeof f === "string") return fail(f);
        const set = (cur: number | undefined): number => {
          if (cur !== undefined && cur !== f) throw new RangeError(`incompatible join fields ${cur + 1}, ${f + 1}`);
          return f;
        };
        try {
          if (opt.key !== "2") jf1 = set(opt.key === "j" ? jf1 : undefined);
          if (opt.key !== "1") jf2 = set(opt.key === "j" ? jf2 : undefined);
        } catch (e) {
          return fail((e as RangeError).message);
        }
        break;
      }
      case "o": {
        if (v === "auto") {
          autoformat = true;
          break;
        }
        const list = parseOutList(v);
        if (typeof list === "string") return fail(list);
        outList = outList.concat(list);
        break;
      }
      case "t": {
        let t = v;
        if (t === "") t = "\n";
        else if (t.length > 1) {
          if (t === "\\0") t = "\0";
          else return fail(`multi-character tab ${quoteLocale(v)}`);
        }
        if (tab !== undefined && tab !== t) return fail("incompatible tabs");
        tab = t;
        break;
      }
    }
  }
  const ops = parsed.operands;
  if (ops.length < 2) return usageError(proc, "join", ops.length === 0 ? "missing operand" : `missing operand after ${quoteLocale(ops[0])}`);
  if (ops.length > 2) return usageError(proc, "join", `extra operand ${quoteAlways(ops[2])}`);
  if (ops[0] === "-" && ops[1] === "-") return fail("both files cannot be standard input: No such file or directory");
  const join1 = jf1 ?? 0;
  const join2 = jf2 ?? 0;
  const checkMode = o.last("check", "nocheck") === "check" ? "enabled" : o.last("check", "nocheck") === "nocheck" ? "disabled" : "default";
  const eol = o.has("z") ? "\0" : "\n";
  const outSep = tab ?? " ";
  const icase = o.has("i");

  const inputs: string[][] = [];
  // a directory opens (fopen) but its first read fails, once both files are open
  let unreadable = false;
  for (const op of ops) {
    const r = readOperand(proc, op);
    if (!r.ok && r.errno !== "EISDIR") return fail(`${quoteIfNeeded(op)}: ${strerror(r.errno)}`);
    if (!r.ok) {
      unreadable = true;
      inputs.push([]);
      continue;
    }
    const recs = r.value.split(eol);
    if (r.value === "" || r.value.endsWith(eol)) recs.pop();
    inputs.push(recs);
  }
  if (unreadable) return fail(`read error: ${strerror("EISDIR")}`);

  let out = "";
  const flush = () => {
    proc.stdout.writeBytes(out as ByteString);
    out = "";
  };
  const warn = (msg: string) => {
    flush();
    proc.stderr.write(`join: ${msg}\n`);
  };

  const compare = (a: string, b: string): number => {
    if (icase) {
      a = a.replace(/[a-z]/g, (c) => c.toUpperCase());
      b = b.replace(/[a-z]/g, (c) => c.toUpperCase());
    }
    return a < b ? -1 : a > b ? 1 : 0;
  };
  const keycmp = (l1: Line, l2: Line, f1: number, f2: number): number => {
    const k1 = f1 < l1.fields.length ? l1.fields[f1] : "";
    const k2 = f2 < l2.fields.length ? l2.fields[f2] : "";
    if (k1 === "") return k2 === "" ? 0 : -1;
    if (k2 === "") return 1;
    return compare(k1, k2);
  };

  let seenUnpairable = false;
  const warned = [false, false];
  const lineNo = [0, 0];
  const prev: (Line | undefined)[] = [undefined, undefined];
  const pos = [0, 0];
  const names = ops;
  /** get_line: the next line of file `w` (0 or 1), checking its order against the one before */
  const getLine = (w: number): Line | undefined => {
    proc.budget.charge(1);
    if (pos[w] >= inputs[w].length) return undefined;
    const text = inputs[w][pos[w]++];
    lineNo[w]++;
    const line: Line = { text, fields: fields(text, tab) };
    const p = prev[w];
    if (p && checkMode !== "disabled" && (checkMode === "enabled" || seenUnpairable) && !warned[w]) {
      const jf = w === 0 ? join1 : join2;
      if (keycmp(p, line, jf, jf) > 0) {
        warn(`${names[w]}:${lineNo[w]}: is not sorted: ${text}`);
        if (checkMode === "enabled") throw new Disorder();
        warned[w] = true;
      }
    }
    prev[w] = line;
    return line;
  };

  const prfield = (n: number, line: Line) => {
    if (n < line.fields.length && line.fields[n] !== "") out += line.fields[n];
    else if (empty !== undefined) out += empty;
  };
  const autocount = [0, 0];
  const prfields = (line: Line, jf: number, count: number) => {
    const n = autoformat ? count : line.fields.length;
    for (let i = 0; i < jf && i < n; i++) {
      out += outSep;
      prfield(i, line);
    }
    for (let i = jf + 1; i < n; i++) {
      out += outSep;
      prfield(i, line);
    }
  };
  const prjoin = (l1: Line, l2: Line) => {
    proc.budget.charge(1);
    if (outList.length > 0) {
      outList.forEach((item, i) => {
        if (i > 0) out += outSep;
        if (item.file === 0) {
          if (l1 === UNI_BLANK) prfield(join2, l2);
          else prfield(join1, l1);
        } else prfield(item.field, item.file === 1 ? l1 : l2);
      });
    } else {
      if (l1 === UNI_BLANK) prfield(join2, l2);
      else prfield(join1, l1);
      prfields(l1, join1, autocount[0]);
      prfields(l2, join2, autocount[1]);
    }
    out += eol;
  };

  try {
    const seq1: Line[] = [];
    const seq2: Line[] = [];
    const getseq = (w: number, seq: Line[]): boolean => {
      const l = getLine(w);
      if (!l) return false;
      seq.push(l);
      return true;
    };
    const advance = (w: number, seq: Line[], first: boolean): boolean => {
      if (first) seq.length = 0;
      return getseq(w, seq);
    };
    getseq(0, seq1);
    getseq(1, seq2);
    if (autoformat) {
      autocount[0] = seq1.length ? seq1[0].fields.length : 0;
      autocount[1] = seq2.length ? seq2[0].fields.length : 0;
    }
    if (o.has("header") && (seq1.length || seq2.length)) {
      prjoin(seq1.length ? seq1[0] : UNI_BLANK, seq2.length ? seq2[0] : UNI_BLANK);
      prev[0] = undefined;
      prev[1] = undefined;
      if (seq1.length) advance(0, seq1, true);
      if (seq2.length) advance(1, seq2, true);
    }
    while (seq1.length && seq2.length) {
      const diff = keycmp(seq1[0], seq2[0], join1, join2);
      if (diff < 0) {
        if (unpairables[0]) prjoin(seq1[0], UNI_BLANK);
        advance(0, seq1, true);
        seenUnpairable = true;
        continue;
      }
      if (diff > 0) {
        if (unpairables[1]) prjoin(UNI_BLANK, seq2[0]);
        advance(1, seq2, true);
        seenUnpairable = true;
        continue;
      }
      // the runs of lines with this key in each file
      let eof1 = false;
      do {
        if (!advance(0, seq1, false)) {
          eof1 = true;
          break;
        }
      } while (!keycmp(seq1[seq1.length - 1], seq2[0], join1, join2));
      let eof2 = false;
      do {
        if (!advance(1, seq2, false)) {
          eof2 = true;
          break;
        }
      } while (!keycmp(seq1[0], seq2[seq2.length - 1], join1, join2));
      const n1 = eof1 ? seq1.length : seq1.length - 1;
      const n2 = eof2 ? seq2.length : seq2.length - 1;
      if (printPairables) for (let i = 0; i < n1; i++) for (let j = 0; j < n2; j++) prjoin(seq1[i], seq2[j]);
      if (!eof1) seq1.splice(0, seq1.length, seq1[seq1.length - 1]);
      else seq1.length = 0;
      if (!eof2) seq2.splice(0, seq2.length, seq2[seq2.length - 1]);
      else seq2.length = 0;
    }
    // the tails: printed with -a/-v, read to the end anyway to check their order
    const checktail = checkMode !== "disabled" && !(warned[0] && warned[1]);
    const tails: [number, Line[], Line[]][] = [[0, seq1, seq2], [1, seq2, seq1]];
    for (const [w, seq, other] of tails) {
      if (!((unpairables[w] || checktail) && seq.length)) continue;
      const show = (l: Line) => (w === 0 ? prjoin(l, UNI_BLANK) : prjoin(UNI_BLANK, l));
      if (unpairables[w]) show(seq[0]);
      if (other.length) seenUnpairable = true;
      for (let l = getLine(w); l; l = getLine(w)) {
        if (unpairables[w]) show(l);
        if (warned[w] && !unpairables[w]) break;
      }
    }
  } catch (e) {
    if (e instanceof Disorder) return 1;
    throw e;
  }
  flush();
  if (warned[0] || warned[1]) return fail("input is not in sorted order");
  return 0;
}

export const join: Command = {
  name: "join",
  summary: "join - join lines of two files on a common field",
  man: `NAME
join - join lines of two files on a common field

SYNOPSIS
join [OPTION]... FILE1 FILE2

DESCRIPTION
For each pair of input lines with identical join fields, write a line to
standard output.  The default join field is the first, delimited by blanks.

When FILE1 or FILE2 (not both) is -, read standard input.

-a FILENUM
       also print unpairable lines from file FILENUM, where FILENUM is 1 or
       2, corresponding to FILE1 or FILE2

-e STRING
       replace missing (empty) input fields with STRING; I.e., missing
       fields specified with '-12jo' options

-i, --ignore-case
       ignore differences in case when comparing fields

-j FIELD
       equivalent to '-1 FIELD -2 FIELD'

-o FORMAT
       obey FORMAT while constructing output line

-t CHAR
       use CHAR as input and output field separator

-v FILENUM
       like -a FILENUM, but suppress joined output lines

-1 FIELD
       join on this FIELD of file 1

-2 FIELD
       join on this FIELD of file 2

--check-order
       check that the input is correctly sorted, even if all input lines
       are pairable

--nocheck-order
       do not check that the input is correctly sorted

--header
       treat the first line in each file as field headers, print them
       without trying to pair them

-z, --zero-terminated
       line delimiter is NUL, not newline

Unless -t CHAR is given, leading blanks separate fields and are ignored,
else fields are separated by CHAR.  Any FIELD is a field number counted
from 1.  FORMAT is one or more comma or blank separated specifications,
each being 'FILENUM.FIELD' or '0'.  Default FORMAT outputs the join field,
the remaining fields from FILE1, the remaining fields from FILE2, all
separated by CHAR.  If FORMAT is the keyword 'auto', then the first line of
each file determines the number of fields output for each line.

Important: FILE1 and FILE2 must be sorted on the join fields.  E.g., use
"sort -k 1b,1" if 'join' has no options, or use "join -t ''" if 'sort' has
no options.  If the input is not sorted and some lines cannot be joined, a
warning message will be given.
`,
  run,
};
