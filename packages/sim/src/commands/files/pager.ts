/**
 * less and more. There is no interactive pager yet: both print the whole
 * text, to a terminal as to a pipe. less names an unreadable file the way
 * less does ("x: No such file or directory"); more, given several files,
 * separates them with the ":::" banners it prints when not paging.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { readOperand, strerror } from "./program.js";

function runLess(proc: Process): number {
  const files = proc.argv.slice(1).filter((a) => !a.startsWith("-") || a === "-");
  if (files.length === 0) {
    if (proc.stdin.isTTY) {
      proc.stderr.write('Missing filename ("less --help" for help)\n');
      return 1;
    }
    proc.stdout.writeBytes(proc.stdin.bytes());
    return 0;
  }
  let status = 0;
  for (const f of files) {
    const st = f === "-" ? undefined : proc.host.fs.stat(proc.resolve(f));
    if (st?.ok && st.value.type === "dir") {
      proc.stderr.write(`${f} is a directory\n`);
      status = 1;
      continue;
    }
    const r = readOperand(proc, f);
    if (!r.ok) {
      proc.stderr.write(`${f}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    proc.stdout.writeBytes(r.value);
  }
  return status;
}

function runMore(proc: Process): number {
  const files = proc.argv.slice(1).filter((a) => !a.startsWith("-") || a === "-");
  if (files.length === 0) {
    if (proc.stdin.isTTY) {
      proc.stderr.write("more: bad usage\nTry 'more --help' for more information.\n");
      return 1;
    }
    proc.stdout.writeBytes(proc.stdin.bytes());
    return 0;
  }
  let status = 0;
  for (const f of files) {
    const st = proc.host.fs.stat(proc.resolve(f));
    if (st.ok && st.value.type === "dir") {
      proc.stdout.write(`\n*** ${f}: directory ***\n\n`);
      continue;
    }
    const r = readOperand(proc, f);
    if (!r.ok) {
      proc.stderr.write(`more: cannot open ${f}: ${strerror(r.errno)}\n`);
      status = 1;
      continue;
    }
    if (files.length > 1) proc.stdout.write(`::::::::::::::\n${f}\n::::::::::::::\n`);
    proc.stdout.writeBytes(r.value);
  }
  return status;
}

export const less: Command = {
  name: "less",
  summary: "less - opposite of more",
  man: `NAME
less - opposite of more

SYNOPSIS
less [options] [file...]

DESCRIPTION
less is a program similar to more, which allows backward movement in the
file as well as forward movement. In this terminal it prints the whole
file; scroll back with the terminal's scrollbar.
`,
  run: runLess,
};

export const more: Command = {
  name: "more",
  summary: "more - file perusal filter for crt viewing",
  man: `NAME
more - file perusal filter for crt viewing

SYNOPSIS
more [options] file...

DESCRIPTION
more is a filter for paging through text one screenful at a time. In this
terminal it prints the whole file.
`,
  run: runMore,
};
