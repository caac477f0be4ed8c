/**
 * more (util-linux 2.38). On a terminal, a text taller than the screen is
 * shown a screenful at a time with `--More--(NN%)` (percent of the bytes
 * shown) in reverse video: space shows the next screenful, Enter the next
 * line, q quits; a shorter text, or output that is not a terminal, is copied
 * as cat would (several files with their `::::::` banners). more does not
 * use the alternate screen: what it showed stays. When the terminal hangs up
 * (headless input ran out) it stops as if `q` was pressed.
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Terminal } from "../../process/tty.js";
import { utf8Encode } from "../../bytes.js";
import type { Command } from "../types.js";
import { wrapRows } from "./less.js";
import { readOperand, strerror } from "./program.js";

function page(tty: Terminal, text: string): void {
  const { rows } = wrapRows(text, tty.cols);
  const total = utf8Encode(text).length;
  let shown = 0;
  let bytes = 0;
  const show = (n: number) => {
    const end = Math.min(rows.length, shown + n);
    let out = "";
    for (; shown < end; shown++) {
      out += `${rows[shown]}\r\n`;
      bytes += utf8Encode(rows[shown]).length + 1;
    }
    tty.write(out);
  };
  show(tty.rows - 1);
  while (shown < rows.length) {
    const pct = Math.min(99, Math.floor((bytes * 100) / Math.max(1, total)));
    const prompt = `--More--(${pct}%)`;
    tty.write(`\x1b[7m${prompt}\x1b[m`);
    let step = 0;
    while (step === 0) {
      const key = tty.readKey();
      if (key === null || (key.type === "char" && (key.char === "q" || key.char === "Q"))) {
        tty.write("\r\x1b[K");
        return;
      }
      if (key.type === "char" && (key.char === " " || key.char === "f")) step = tty.rows - 1;
      else if (key.type === "key" && (key.name === "enter" || key.name === "down")) step = 1;
      else if (key.type === "char" && key.char === "d") step = Math.floor(tty.rows / 2);
    }
    tty.write("\r\x1b[K");
    show(step);
  }
}

function runMore(proc: Process): number {
  const files = proc.argv.slice(1).filter((a) => !a.startsWith("-") || a === "-");
  if (files.length === 0) {
    if (proc.stdin.isTTY) {
      proc.stderr.write("more: bad usage\nTry 'more --help' for more information.\n");
      return 1;
    }
    return output(proc, proc.stdin.text());
  }
  let status = 0;
  let text = "";
  for (const f of files) {
    const st = proc.host.fs.stat(proc.resolve(f));
    if (st.ok && st.value.type === "dir") {
      text += `\n*** ${f}: directory ***\n\n`;
      continue;
    }
    const r = readOperand(proc, f);
    if (!r.ok) {
      proc.stderr.write(`more: cannot open ${f}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    if (files.length > 1) text += `::::::::::::::\n${f}\n::::::::::::::\n`;
    text += utf8Decode(r.value);
  }
  return output(proc, text) || status;
}

function output(proc: Process, text: string): number {
  const tty = proc.tty;
  if (!tty || !proc.stdout.isTTY || wrapRows(text, tty.cols).rows.length < tty.rows) {
    proc.stdout.write(text);
    return 0;
  }
  page(tty, text);
  return 0;
}

export const more: Command = {
  name: "more",
  summary: "more - file perusal filter for crt viewing",
  man: `NAME
more - file perusal filter for crt viewing

SYNOPSIS
more [options] file...

DESCRIPTION
more is a filter for paging through text one screenful at a time.
SPACE shows the next screenful, ENTER the next line, q quits.
`,
  run: runMore,
};
