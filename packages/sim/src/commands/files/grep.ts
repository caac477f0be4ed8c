/**
 * grep (GNU grep 3.8): print lines that match patterns. BRE by default, -E
 * for ERE, -F for fixed strings; -i -v -w -x -n -c -l -L -o -q -s -h -H -r -R
 * and context (-A -B -C). Exit status 0 if a line was selected, 1 if none,
 * 2 on error (unless -q selected a line).
 */
import { type ByteString, utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import type { OptionSpec } from "./options.js";
import { parseOptions, Options } from "./options.js";
import { splitLines, strerror } from "./program.js";
import { escapeLiteral, translateRegex } from "./regex.js";
import { BoundedRegExp, RegexSyntaxError, type RegexCharge } from "./regex-machine.js";

const SPECS: OptionSpec[] = [
  { key: "E", short: "E", long: "extended-regexp" },
  { key: "F", short: "F", long: "fixed-strings" },
  { key: "G", short: "G", long: "basic-regexp" },
  { key: "e", short: "e", long: "regexp", arg: "required" },
  { key: "f", short: "f", long: "file", arg: "required" },
  { key: "i", short: "i", long: "ignore-case" },
  { key: "y", short: "y" },
  { key: "no-i", long: "no-ignore-case" },
  { key: "v", short: "v", long: "invert-match" },
  { key: "w", short: "w", long: "word-regexp" },
  { key: "x", short: "x", long: "line-regexp" },
  { key: "c", short: "c", long: "count" },
  { key: "l", short: "l", long: "files-with-matches" },
  { key: "L", short: "L", long: "files-without-match" },
  { key: "o", short: "o", long: "only-matching" },
  { key: "q", short: "q", long: "quiet" },
  { key: "q", long: "silent" },
  { key: "s", short: "s", long: "no-messages" },
  { key: "n", short: "n", long: "line-number" },
  { key: "H", short: "H", long: "with-filename" },
  { key: "h", short: "h", long: "no-filename" },
  { key: "r", short: "r", long: "recursive" },
  { key: "R", short: "R", long: "dereference-recursive" },
  { key: "A", short: "A", long: "after-context", arg: "required" },
  { key: "B", short: "B", long: "before-context", arg: "required" },
  { key: "C", short: "C", long: "context", arg: "required" },
  { key: "m", short: "m", long: "max-count", arg: "required" },
  { key: "color", long: "color", arg: "optional" },
  { key: "color", long: "colour", arg: "optional" },
  { key: "help", long: "help" },
  { key: "version", long: "version" },
];

const USAGE = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

interface GrepCtx {
  proc: Process;
  re: BoundedRegExp;
  invert: boolean;
  count: boolean;
  filesWith: boolean;
  filesWithout: boolean;
  only: boolean;
  quiet: boolean;
  silent: boolean;
  lineNumbers: boolean;
  withName: boolean;
  after: number;
  before: number;
  maxCount: number;
  /** a context separator "--" is due before the next group */
  printedSomething: boolean;
}

function lineMatches(ctx: GrepCtx, line: string): boolean {
  ctx.re.lastIndex = 0;
  return ctx.re.test(line) !== ctx.invert;
}

/** grep one input; returns whether a line was selected */
function grepData(ctx: GrepCtx, name: string, data: ByteString): boolean {
  const { proc } = ctx;
  const binary = data.includes("\0");
  const lines = splitLines(data).map((l) => utf8Decode(l as ByteString));
  const prefix = (n: number, sep: string) => (ctx.withName ? `${name}${sep}` : "") + (ctx.lineNumbers ? `${n}${sep}` : "");
  let selected = 0;
  let lastPrinted = -1;
  let afterLeft = 0;
  const context = ctx.after > 0 || ctx.before > 0;
  for (let i = 0; i < lines.length; i++) {
    proc.budget.charge();
    if (selected >= ctx.maxCount) {
      // GNU prints trailing context after the last allowed match
      if (afterLeft > 0 && !ctx.count && !ctx.filesWith && !ctx.quiet) {
        proc.stdout.write(`${prefix(i + 1, "-")}${lines[i]}\n`);
        lastPrinted = i;
        afterLeft--;
        continue;
      }
      break;
    }
    const line = lines[i];
    if (!lineMatches(ctx, line)) {
      if (afterLeft > 0 && !ctx.count && !ctx.filesWith && !ctx.filesWithout && !ctx.quiet && !binary) {
        proc.stdout.write(`${prefix(i + 1, "-")}${line}\n`);
        lastPrinted = i;
        afterLeft--;
      }
      continue;
    }
    selected++;
    if (ctx.quiet || ctx.filesWith || ctx.filesWithout) {
      if (ctx.quiet || ctx.filesWith) break;
      continue;
    }
    if (ctx.count) continue;
    if (binary) break;
    if (context) {
      const from = Math.max(lastPrinted + 1, i - ctx.before);
      if (ctx.printedSomething && from > lastPrinted + 1) proc.stdout.write("--\n");
      for (let k = from; k < i; k++) proc.stdout.write(`${prefix(k + 1, "-")}${lines[k]}\n`);
    }
    if (ctx.only) {
      if (!ctx.invert) {
        const g = ctx.re.withFlags(`${ctx.re.flags}g`);
        for (let m = g.exec(line); m; m = g.exec(line)) {
          if (m[0] === "") {
            // as matchAll does: step past an empty match
            g.lastIndex = m.index + ((line.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
            continue;
          }
          proc.stdout.write(`${prefix(i + 1, ":")}${m[0]}\n`);
        }
      }
    } else proc.stdout.write(`${prefix(i + 1, ":")}${line}\n`);
    ctx.printedSomething = true;
    lastPrinted = i;
    afterLeft = ctx.after;
  }
  if (ctx.count) proc.stdout.write(`${ctx.withName ? `${name}:` : ""}${selected}\n`);
  if (ctx.filesWith && selected > 0) proc.stdout.write(`${name}\n`);
  if (ctx.filesWithout && selected === 0) proc.stdout.write(`${name}\n`);
  if (binary && selected > 0 && !ctx.count && !ctx.quiet && !ctx.filesWith && !ctx.filesWithout)
    proc.stdout.write(`grep: ${name}: binary file matches\n`);
  return selected > 0;
}

function buildRegex(patterns: string[], o: Options, charge: RegexCharge): { re: BoundedRegExp; warnings: string[] } | { error: string } {
  const fixed = o.last("E", "F", "G") === "F";
  const extended = o.last("E", "F", "G") === "E";
  const sources: string[] = [];
  const warnings: string[] = [];
  for (const p of patterns) {
    if (fixed) sources.push([...p].map(escapeLiteral).join(""));
    else {
      const t = translateRegex(p, extended);
      if (!t.ok) return { error: t.error };
      warnings.push(...t.warnings);
      sources.push(t.source);
    }
  }
  let src = sources.map((s) => `(?:${s})`).join("|");
  const word = "[\\p{L}\\p{N}_]";
  if (o.has("x")) src = `^(?:${src})$`;
  else if (o.has("w")) src = `(?<!${word})(?:${src})(?!${word})`;
  const icase = o.last("i", "y", "no-i") === "i" || o.last("i", "y", "no-i") === "y";
  try {
    return { re: new BoundedRegExp(src, `u${icase ? "i" : ""}`, charge, true), warnings };
  } catch (e) {
    if (!(e instanceof RegexSyntaxError)) throw e;
    return { error: e.message };
  }
}

function run(proc: Process): number {
  const r = parseOptions(proc.argv.slice(1), SPECS);
  if (!r.ok) {
    proc.stderr.write(`grep: ${r.error}\n${USAGE}`);
    return 2;
  }
  const o = new Options(r.list);
  // -E, -F and -G pick the matcher; naming two different ones is an error (egrep -F, fgrep -E)
  if (new Set(r.list.map((p) => p.key).filter((k) => k === "E" || k === "F" || k === "G")).size > 1) {
    proc.stderr.write("grep: conflicting matchers specified\n");
    return 2;
  }
  if (o.has("help")) {
    proc.stdout.write("Usage: grep [OPTION]... PATTERNS [FILE]...\nSearch for PATTERNS in each FILE.\nSee 'man grep' for the options this system supports.\n");
    return 0;
  }
  if (o.has("version")) {
    proc.stdout.write("grep (GNU grep) 3.8\n");
    return 0;
  }
  const operands = [...r.operands];
  let patterns: string[] = [];
  const fs = proc.host.fs;
  if (o.has("e") || o.has("f")) {
    for (const e of o.values("e")) patterns.push(...e.split("\n"));
    for (const f of o.values("f")) {
      const d = f === "-" ? { ok: true as const, value: proc.stdin.bytes() } : fs.readFile(proc.resolve(f));
      if (!d.ok) {
        proc.stderr.write(`grep: ${f}: ${strerror(d.errno)}\n`);
        return 2;
      }
      patterns.push(...splitLines(utf8Decode(d.value)));
    }
  } else {
    const p = operands.shift();
    if (p === undefined) {
      proc.stderr.write(USAGE);
      return 2;
    }
    patterns = p.split("\n");
  }
  const built = buildRegex(patterns, o, (n) => proc.budget.charge(n));
  if ("error" in built) {
    proc.stderr.write(`grep: ${built.error}\n`);
    return 2;
  }
  for (const w of built.warnings) proc.stderr.write(`grep: warning: ${w}\n`);
  const num = (key: string): number | undefined => {
    const v = o.value(key);
    if (v === undefined) return undefined;
    return /^\d+$/.test(v) ? Number(v) : Number.NaN;
  };
  for (const k of ["A", "B", "C"]) {
    if (Number.isNaN(num(k))) {
      proc.stderr.write(`grep: ${o.value(k)}: invalid context length argument\n`);
      return 2;
    }
  }
  const recursive = o.has("r") || o.has("R");
  if (operands.length === 0) operands.push(recursive ? "." : "-");
  const multi = operands.length > 1 || recursive;
  const ctx: GrepCtx = {
    proc,
    re: built.re,
    invert: o.has("v"),
    count: o.has("c"),
    filesWith: o.last("l", "L") === "l",
    filesWithout: o.last("l", "L") === "L",
    only: o.has("o"),
    quiet: o.has("q"),
    silent: o.has("s"),
    lineNumbers: o.has("n"),
    withName: o.last("H", "h") === "H" || (o.last("H", "h") === undefined && multi),
    after: num("A") ?? num("C") ?? 0,
    before: num("B") ?? num("C") ?? 0,
    maxCount: num("m") ?? Infinity,
    printedSomething: false,
  };
  let matched = false;
  let error = false;
  const report = (name: string, msg: string) => {
    if (!ctx.silent) proc.stderr.write(`grep: ${name}: ${msg}\n`);
    error = true;
  };
  const visit = (name: string, top: boolean) => {
    if (matched && ctx.quiet) return;
    proc.budget.charge();
    if (name === "-" && top) {
      if (grepData(ctx, "(standard input)", proc.stdin.bytes())) matched = true;
      return;
    }
    const path = proc.resolve(name);
    const l = fs.lstat(path);
    if (!l.ok) return report(name, strerror(l.errno));
    // -r follows symlinks named on the command line only; -R follows all
    if (l.value.type === "symlink" && !top && !o.has("R")) return;
    const st = fs.stat(path);
    if (!st.ok) return report(name, strerror(st.errno));
    if (st.value.type === "dir") {
      if (!recursive) return report(name, "Is a directory");
      const names = fs.readdir(path);
      if (!names.ok) return report(name, strerror(names.errno));
      for (const n of names.value) visit(name === "." && top && r.operands.length <= 1 ? n : `${name.replace(/\/$/, "")}/${n}`, false);
      return;
    }
    if (st.value.type !== "file" && !top) return;
    const data = fs.readFile(path);
    if (!data.ok) return report(name, strerror(data.errno));
    if (grepData(ctx, name, data.value)) matched = true;
  };
  for (const op of operands) visit(op, true);
  if (matched && ctx.quiet) return 0;
  return error ? 2 : matched ? 0 : 1;
}

export const grep: Command = {
  name: "grep",
  summary: "grep, egrep, fgrep - print lines that match patterns",
  man: `NAME
grep - print lines that match patterns

SYNOPSIS
grep [OPTION...] PATTERNS [FILE...]
grep [OPTION...] -e PATTERNS ... [FILE...]

DESCRIPTION
grep searches for PATTERNS in each FILE. When FILE is "-" or absent,
grep searches standard input (with -r, the working directory).

-E, --extended-regexp
       interpret PATTERNS as extended regular expressions

-F, --fixed-strings
       interpret PATTERNS as fixed strings, not regular expressions

-e PATTERNS, --regexp=PATTERNS
       use PATTERNS as the patterns

-i, --ignore-case
       ignore case distinctions in patterns and data

-v, --invert-match
       select non-matching lines

-w, --word-regexp
       select only lines with matches that form whole words

-x, --line-regexp
       select only matches that exactly match the whole line

-c, --count
       print a count of matching lines for each input file

-l, --files-with-matches
       print only the names of files with a match

-o, --only-matching
       print only the matched parts of a matching line

-q, --quiet
       exit immediately with zero status if any match is found

-n, --line-number
       prefix each line of output with its line number

-r, --recursive
       read all files under each directory, recursively

-A NUM, -B NUM, -C NUM
       print NUM lines of trailing, leading or surrounding context

EXIT STATUS
Normally the exit status is 0 if a line is selected, 1 if no lines were
selected, and 2 if an error occurred.
`,
  run,
};
