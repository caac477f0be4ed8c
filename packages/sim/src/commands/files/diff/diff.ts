/**
 * diff (GNU diffutils 3.8): compare files line by line. Normal, unified (-u)
 * and context (-c) formats, -q/-s, the -i/-w/-b/-B foldings, -a (text even
 * with NULs), `-` for standard input, a directory against a file (DIR/FILE's
 * name), and two directories (-r recursing, -x leaving names out) with "Only
 * in" and "Common subdirectories" lines. Exit 0 when
 * the same, 1 when different, 2 on trouble.
 */
import type { ByteString } from "../../../bytes.js";
import { asBytes, utf8Encode } from "../../../bytes.js";
import type { Stat } from "../../../fs/types.js";
import type { Process } from "../../../process/process.js";
import type { Command } from "../../types.js";
import { matchPattern } from "../../../shell/pattern.js";
import { processZone, statDate } from "../file-time.js";
import { type OptionSpec, Options, parseOptions } from "../options.js";
import { strerror } from "../program.js";
import { quoteIfNeeded } from "../quote.js";
import { contextHunks, normalFormat, unifiedHunks, type Line } from "./formats.js";
import { diffSequences } from "./lcs.js";
import { DIFF_MAN } from "./man.js";

const DIGITS = "0123456789".split("").map((d): OptionSpec => ({ key: d, short: d }));

const SPECS: OptionSpec[] = [
  { key: "q", short: "q", long: "brief" },
  { key: "s", short: "s", long: "report-identical-files" },
  { key: "i", short: "i", long: "ignore-case" },
  { key: "w", short: "w", long: "ignore-all-space" },
  { key: "b", short: "b", long: "ignore-space-change" },
  { key: "B", short: "B", long: "ignore-blank-lines" },
  { key: "a", short: "a", long: "text" },
  { key: "r", short: "r", long: "recursive" },
  { key: "u", short: "u" },
  { key: "U", short: "U", arg: "required" },
  { key: "unified", long: "unified", arg: "optional" },
  { key: "c", short: "c" },
  { key: "C", short: "C", arg: "required" },
  { key: "context", long: "context", arg: "optional" },
  { key: "normal", long: "normal" },
  { key: "x", short: "x", long: "exclude", arg: "required" },
  { key: "help", long: "help" },
  { key: "version", short: "v", long: "version" },
  ...DIGITS,
];

const VERSION = `diff (GNU diffutils) 3.8
Copyright (C) 2021 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Paul Eggert, Mike Haertel, David Hayes,
Richard Stallman, and Len Tower.
`;

type Style = "normal" | "unified" | "context";

interface Settings {
  brief: boolean;
  identical: boolean;
  style: Style;
  context: number;
  recursive: boolean;
  fold: (line: string) => string;
  ignoreBlank: boolean;
  /** -b or -w: a line of only white space counts as blank for -B too */
  spaceFolded: boolean;
  /** -a: compare as text even when a NUL says binary */
  text: boolean;
  /** -x's patterns: names in a directory matching one are left out of the comparison */
  exclude: string[];
  /** whether -i, -w, -b or -B can make different bytes the same */
  folds: boolean;
  /** the options as typed, for "diff -r a/x b/x" headers */
  switches: string;
}

/** `diff: msg` and diff's hint line; status 2 */
function trouble(proc: Process, msg: string): number {
  proc.stderr.write(`diff: ${msg}\ndiff: Try 'diff --help' for more information.\n`);
  return 2;
}

function run(proc: Process): number {
  const argv = proc.argv.slice(1);
  const r = parseOptions(argv, SPECS);
  if (!r.ok) return trouble(proc, r.error);
  const o = new Options(r.list);
  if (o.has("help")) {
    proc.stdout.write("Usage: diff [OPTION]... FILES\nCompare FILES line by line.\nSee 'man diff' for the options this system supports.\n");
    return 0;
  }
  if (o.has("version")) {
    proc.stdout.write(VERSION);
    return 0;
  }
  // the output style and its context length; two different styles are refused, as GNU refuses them
  let style: Style | undefined;
  let context: number | undefined;
  for (const p of r.list) {
    let named: Style;
    if (p.key === "u" || p.key === "unified" || p.key === "U") named = "unified";
    else if (p.key === "c" || p.key === "context" || p.key === "C") named = "context";
    else if (p.key === "normal") named = "normal";
    else continue;
    if (style !== undefined && style !== named) return trouble(proc, "conflicting output style options");
    style = named;
    if (p.value === undefined) continue;
    if (!/^\d+$/.test(p.value)) return trouble(proc, `invalid context length '${p.value}'`);
    context = Number(p.value);
  }
  // the obsolete -NUM: a context length (-u0, -c1)
  const digits = r.list.filter((p) => p.key.length === 1 && p.key >= "0" && p.key <= "9").map((p) => p.key).join("");
  if (digits !== "") context = Number(digits);
  const ops = r.operands;
  if (ops.length < 2) return trouble(proc, `missing operand after '${ops[0] ?? "diff"}'`);
  if (ops.length > 2) return trouble(proc, `extra operand '${ops[2]}'`);
  // the words that are not the two operands, as GNU diff repeats them in "diff -r a/x b/x"
  const switches = [...argv];
  for (const op of [ops[1], ops[0]]) switches.splice(switches.lastIndexOf(op), 1);
  const fold = folding(o);
  const s: Settings = {
    brief: o.has("q"),
    identical: o.has("s"),
    style: style ?? "normal",
    context: context ?? 3,
    recursive: o.has("r"),
    fold,
    ignoreBlank: o.has("B"),
    spaceFolded: o.has("b") || o.has("w"),
    text: o.has("a"),
    exclude: r.list.filter((p) => p.key === "x").map((p) => p.value ?? ""),
    folds: ["i", "w", "b", "B"].some((k) => o.has(k)),
    switches: switches.map(quoteIfNeeded).join(" "),
  };
  return compareOperands(proc, s, ops[0], ops[1]);
}

/** what -i, -w and -b make of a line before lines are compared */
function folding(o: Options): (line: string) => string {
  const steps: ((l: string) => string)[] = [];
  if (o.has("w")) steps.push((l) => l.replace(/[ \t\v\f\r]+/g, ""));
  else if (o.has("b")) steps.push((l) => l.replace(/[ \t\v\f\r]+$/, "").replace(/[ \t\v\f\r]+/g, " "));
  if (o.has("i")) steps.push((l) => l.replace(/[A-Z]+/g, (m) => m.toLowerCase()));
  return (l) => steps.reduce((acc, f) => f(acc), l);
}

function statOperand(proc: Process, name: string): { ok: true; stat?: Stat } | { ok: false; errno: string } {
  if (name === "-") return { ok: true };
  const st = proc.host.fs.stat(proc.resolve(name));
  return st.ok ? { ok: true, stat: st.value } : { ok: false, errno: strerror(st.errno) };
}

function join(dir: string, name: string): string {
  return dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`;
}

function basename(p: string): string {
  const t = p.replace(/\/+$/, "");
  return t.slice(t.lastIndexOf("/") + 1) || "/";
}

function compareOperands(proc: Process, s: Settings, n1: string, n2: string): number {
  const s1 = statOperand(proc, n1);
  if (!s1.ok) return fail(proc, n1, s1.errno);
  const s2 = statOperand(proc, n2);
  if (!s2.ok) return fail(proc, n2, s2.errno);
  const d1 = s1.stat?.type === "dir";
  const d2 = s2.stat?.type === "dir";
  if ((n1 === "-" && d2) || (n2 === "-" && d1)) {
    proc.stderr.write("diff: cannot compare '-' to a directory\n");
    return 2;
  }
  if (d1 && d2) return compareDirs(proc, s, n1, n2, [[s1.stat!.ino], [s2.stat!.ino]]);
  if (d1) return compareOperands(proc, s, join(n1, basename(n2)), n2);
  if (d2) return compareOperands(proc, s, n1, join(n2, basename(n1)));
  return compareFiles(proc, s, n1, n2, false);
}

function fail(proc: Process, name: string, msg: string): number {
  proc.stderr.write(`diff: ${name}: ${msg}\n`);
  return 2;
}

/**
 * Two directories, name by name. `above`: the inodes of the directories
 * being compared on each side, outermost first: a subdirectory among them
 * is a loop (a symlink to `.`), which GNU diff reports instead of following.
 */
function compareDirs(proc: Process, s: Settings, n1: string, n2: string, above: [number[], number[]]): number {
  const l1 = proc.host.fs.readdir(proc.resolve(n1));
  if (!l1.ok) return fail(proc, n1, strerror(l1.errno));
  const l2 = proc.host.fs.readdir(proc.resolve(n2));
  if (!l2.ok) return fail(proc, n2, strerror(l2.errno));
  const excluded = (n: string) => s.exclude.some((p) => matchPattern(p, n, () => proc.budget.charge(1)));
  const names = [...new Set([...l1.value, ...l2.value])].filter((n) => n !== "." && n !== ".." && !excluded(n));
  names.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const in1 = new Set(l1.value);
  const in2 = new Set(l2.value);
  let status = 0;
  for (const name of names) {
    proc.budget.charge(1);
    const p1 = join(n1, name);
    const p2 = join(n2, name);
    if (!in2.has(name) || !in1.has(name)) {
      proc.stdout.write(`Only in ${in1.has(name) ? n1 : n2}: ${name}\n`);
      status = Math.max(status, 1);
      continue;
    }
    const st1 = statOperand(proc, p1);
    const st2 = statOperand(proc, p2);
    if (!st1.ok || !st2.ok) {
      status = fail(proc, st1.ok ? p2 : p1, st1.ok ? (st2 as { errno: string }).errno : st1.errno);
      continue;
    }
    const dir1 = st1.stat?.type === "dir";
    const dir2 = st2.stat?.type === "dir";
    let r: number;
    if (dir1 && dir2 && st1.stat!.ino === st2.stat!.ino) {
      // one directory reached from both sides: the same files, so nothing to report (GNU's same_file)
      r = 0;
    } else if (dir1 && dir2) {
      const loop = above[0].includes(st1.stat!.ino) ? p1 : above[1].includes(st2.stat!.ino) ? p2 : undefined;
      if (s.recursive && loop !== undefined) r = fail(proc, loop, "recursive directory loop");
      else if (s.recursive) r = compareDirs(proc, s, p1, p2, [[...above[0], st1.stat!.ino], [...above[1], st2.stat!.ino]]);
      else {
        proc.stdout.write(`Common subdirectories: ${p1} and ${p2}\n`);
        r = 0;
      }
    } else if (dir1 !== dir2) {
      const kind = (d: boolean) => (d ? "directory" : "regular file");
      proc.stdout.write(`File ${p1} is a ${kind(dir1)} while file ${p2} is a ${kind(dir2)}\n`);
      r = 1;
    } else r = compareFiles(proc, s, p1, p2, true);
    status = Math.max(status, r);
  }
  return status;
}

function read(proc: Process, name: string): { ok: true; data: ByteString; mtime: number } | { ok: false; errno: string } {
  if (name === "-") return { ok: true, data: proc.stdin.bytes(), mtime: proc.host.clock.now };
  const path = proc.resolve(name);
  const st = proc.host.fs.stat(path);
  if (!st.ok) return { ok: false, errno: strerror(st.errno) };
  const data = proc.host.fs.readFile(path);
  if (!data.ok) return { ok: false, errno: strerror(data.errno) };
  return { ok: true, data: data.value, mtime: st.value.mtime };
}

function toLines(text: string): Line[] {
  if (text === "") return [];
  const parts = text.split("\n");
  const eol = text.endsWith("\n");
  if (eol) parts.pop();
  return parts.map((t, i) => ({ text: t, eol: eol || i < parts.length - 1 }));
}

function compareFiles(proc: Process, s: Settings, n1: string, n2: string, inDir: boolean): number {
  const f1 = read(proc, n1);
  if (!f1.ok) return fail(proc, n1, f1.errno);
  const f2 = read(proc, n2);
  if (!f2.ok) return fail(proc, n2, f2.errno);
  const same = () => {
    if (s.identical) proc.stdout.write(`Files ${n1} and ${n2} are identical\n`);
    return 0;
  };
  const raw1 = String(f1.data);
  const raw2 = String(f2.data);
  if (raw1 === raw2) return same();
  // -q with nothing folded: different bytes are all it needs to know
  if (s.brief && !s.folds) {
    proc.stdout.write(`Files ${n1} and ${n2} differ\n`);
    return 1;
  }
  if (!s.text && (raw1.includes("\0") || raw2.includes("\0"))) {
    proc.stdout.write(`Binary files ${n1} and ${n2} differ\n`);
    return 1;
  }
  // lines stay bytes (what -i and -b fold is ASCII): a Latin-1 line is compared and printed as it is
  const a = toLines(raw1);
  const b = toLines(raw2);
  proc.budget.charge(Math.ceil((a.length + b.length) / 64));
  const key = (l: Line) => (l.eol ? s.fold(l.text) : `${s.fold(l.text)}\0`);
  // one step per 512 diagonals searched (5000 reversed lines: ~100000 steps)
  let searched = 0;
  let changes = diffSequences(a.map(key), b.map(key), {
    charge: (n) => {
      searched += n;
      if (searched >= 512) {
        proc.budget.charge(searched >>> 9);
        searched &= 511;
      }
    },
  });
  if (s.ignoreBlank) {
    // GNU's -B: an empty line; with -b or -w, one of only white space too
    const blank = (l: Line) => l.text === "" || (s.spaceFolded && /^[ \t\v\f\r]*$/.test(l.text));
    changes = changes.filter((c) => !(a.slice(c.a0, c.a1).every(blank) && b.slice(c.b0, c.b1).every(blank)));
  }
  if (changes.length === 0) return same();
  if (s.brief) {
    proc.stdout.write(`Files ${n1} and ${n2} differ\n`);
    return 1;
  }
  let head = inDir ? `diff${s.switches ? ` ${s.switches}` : ""} ${n1} ${n2}\n` : "";
  const zone = processZone(proc);
  let body: string;
  if (s.style === "unified") {
    head += `--- ${n1}\t${statDate(f1.mtime, zone)}\n+++ ${n2}\t${statDate(f2.mtime, zone)}\n`;
    body = unifiedHunks(a, b, changes, s.context);
  } else if (s.style === "context") {
    head += `*** ${n1}\t${statDate(f1.mtime, zone)}\n--- ${n2}\t${statDate(f2.mtime, zone)}\n`;
    body = contextHunks(a, b, changes, s.context);
  } else body = normalFormat(a, b, changes);
  proc.stdout.writeBytes(asBytes(utf8Encode(head) + body));
  return 1;
}

export const diff: Command = {
  name: "diff",
  summary: "diff - compare files line by line",
  man: DIFF_MAN,
  run,
};
