/**
 * column (util-linux 2.38): lay lines out in columns. Without -t the lines
 * are entries filled down the columns (-x: across the rows) of a line as
 * wide as -c says (80 on a pipe, the terminal's width on one), each column
 * as wide as the longest entry rounded up to a tab stop, padded with tabs.
 * With -t every line is a row split into cells (at runs of blanks, or at
 * each -s character), cells padded to their column's widest and joined by
 * two spaces (-o), the last column left unpadded unless right-aligned (-R);
 * -N names the columns in a header row.
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { displayWidth } from "./columns.js";
import { parseOrUsage, splitLines, strerror } from "./program.js";

const TAB = 8;

function run(proc: Process): number {
  const parsed = parseOrUsage(
    proc,
    "column",
    [
      { key: "t", short: "t", long: "table" },
      { key: "s", short: "s", long: "separator", arg: "required" },
      { key: "o", short: "o", long: "output-separator", arg: "required" },
      { key: "N", short: "N", long: "table-columns", arg: "required" },
      { key: "R", short: "R", long: "table-right", arg: "required" },
      { key: "c", short: "c", long: "output-width", arg: "required" },
      { key: "x", short: "x", long: "fillrows" },
    ],
    { version: "column from util-linux 2.38.1" },
  );
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  let width = proc.stdout.isTTY && proc.tty ? proc.tty.cols : 80;
  const c = o.value("c");
  if (c !== undefined) {
    if (!/^[0-9]+$/.test(c)) {
      proc.stderr.write(`column: invalid columns argument: '${c}'\n`);
      return 1;
    }
    width = Number(c);
  }
  const lines: string[] = [];
  let status = 0;
  const sources = parsed.operands.length ? parsed.operands : ["-"];
  for (const name of sources) {
    const r = name === "-" ? ({ ok: true, value: proc.stdin.bytes() } as const) : proc.host.fs.readFile(proc.resolve(name));
    if (!r.ok) {
      proc.stderr.write(`column: ${name}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    lines.push(...splitLines(utf8Decode(r.value)));
  }
  proc.budget.charge(lines.length);
  if (o.has("t")) proc.stdout.write(table(lines, { separators: o.value("s"), joiner: o.value("o") ?? "  ", names: o.value("N"), right: o.value("R") }));
  else proc.stdout.write(fill(lines.filter((l) => l.trim() !== ""), width, o.has("x")));
  return status;
}

function table(lines: string[], opts: { separators?: string; joiner: string; names?: string; right?: string }): string {
  const split = (line: string): string[] => {
    // blanks (the default) come in runs and may lead or trail; each character of -s separates one cell from the next
    if (opts.separators === undefined) return line.split(/[ \t]+/).filter((cell) => cell !== "");
    const seps = new Set(opts.separators);
    const cells = [""];
    for (const ch of line) {
      if (seps.has(ch)) cells.push("");
      else cells[cells.length - 1] += ch;
    }
    return cells;
  };
  const rows = lines.filter((l) => l.trim() !== "").map(split);
  const names = opts.names === undefined ? [] : opts.names.split(",");
  if (names.length) rows.unshift(names);
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(0, ...rows.map((r) => displayWidth(r[i] ?? ""))));
  const right = new Set<number>();
  for (const spec of opts.right?.split(",") ?? []) {
    const at = /^[0-9]+$/.test(spec) ? Number(spec) - 1 : names.indexOf(spec);
    if (at >= 0 && at < columns) right.add(at);
  }
  let out = "";
  for (const row of rows) {
    const cells: string[] = [];
    for (let i = 0; i < columns; i++) {
      const cell = row[i] ?? "";
      const pad = " ".repeat(widths[i] - displayWidth(cell));
      cells.push(right.has(i) ? pad + cell : i < columns - 1 ? cell + pad : cell);
    }
    out += `${cells.join(opts.joiner)}\n`;
  }
  return out;
}

/** the entries down the columns (across the rows with `byRows`), columns a tab stop past the longest entry */
function fill(entries: string[], width: number, byRows: boolean): string {
  if (entries.length === 0) return "";
  const longest = Math.max(...entries.map(displayWidth));
  const colWidth = (longest + TAB) & ~(TAB - 1);
  if (colWidth >= width) return entries.map((e) => `${e}\n`).join("");
  const numCols = Math.max(1, Math.floor(width / colWidth));
  const numRows = Math.ceil(entries.length / numCols);
  let out = "";
  for (let row = 0; row < numRows; row++) {
    let line = "";
    let chars = 0;
    let endCol = colWidth;
    for (let col = 0; col < numCols; col++) {
      const at = byRows ? row * numCols + col : row + col * numRows;
      const next = byRows ? at + 1 : at + numRows;
      line += entries[at];
      chars += displayWidth(entries[at]);
      if (next >= entries.length || (byRows && col === numCols - 1)) break;
      // tabs to the next column's start
      for (let stop = (chars + TAB) & ~(TAB - 1); stop <= endCol; stop = (chars + TAB) & ~(TAB - 1)) {
        line += "\t";
        chars = stop;
      }
      endCol += colWidth;
    }
    out += `${line}\n`;
  }
  return out;
}

export const column: Command = {
  name: "column",
  summary: "column - columnate lists",
  man: `NAME
column - columnate lists

SYNOPSIS
column [options] [file ...]

DESCRIPTION
The column utility formats its input into multiple columns. The util supports
three modes:

columns are filled before rows
       This is the default mode (required by backward compatibility).

rows are filled before columns
       This mode is enabled by option -x, --fillrows

table
       Determine the number of columns the input contains and create a table.
       This mode is enabled by option -t, --table and columns formatting is
       possible to modify by --table-* options. Use this mode if not sure.

Input is taken from file, or otherwise from standard input. Empty lines are
ignored and all invalid multibyte sequences are encoded by x<hex> convention.

OPTIONS
-c, --output-width width
       Output is formatted to a width specified as number of characters.

-N, --table-columns names
       Specify the columns names by comma separated list of names.

-R, --table-right columns
       Right align text in the specified columns.

-o, --output-separator string
       Specify the columns delimiter for table output (default is two spaces).

-s, --separator separators
       Specify the possible input item delimiters (default is whitespace).

-t, --table
       Determine the number of columns the input contains and create a table.

-x, --fillrows
       Fill rows before filling columns.

EXAMPLES
mount | column -t
       the mounted file systems, aligned

column -s: -t -N USER,PW,UID,GID,GECOS,HOME,SHELL /etc/passwd
       /etc/passwd as a table with a header
`,
  run,
};
