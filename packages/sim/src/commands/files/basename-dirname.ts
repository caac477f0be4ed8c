/** basename and dirname (GNU coreutils 9.1): strip directory or last component from names. */
import { basename as baseOf, dirname as dirOf } from "../../fs/path.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, usageError } from "./program.js";
import { quoteLocale } from "./quote.js";

function runBasename(proc: Process): number {
  const parsed = parseOrUsage(proc, "basename", [
    { key: "a", short: "a", long: "multiple" },
    { key: "s", short: "s", long: "suffix", arg: "required" },
    { key: "z", short: "z", long: "zero" },
  ]);
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  const ops = parsed.operands;
  if (ops.length === 0) return usageError(proc, "basename", "missing operand");
  let suffix = o.value("s");
  let names = ops;
  if (!o.has("a") && suffix === undefined) {
    if (ops.length > 2) return usageError(proc, "basename", `extra operand ${quoteLocale(ops[2])}`);
    suffix = ops[1];
    names = [ops[0]];
  }
  const end = o.has("z") ? "\0" : "\n";
  for (const n of names) {
    let b = baseOf(n);
    if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
    proc.stdout.write(b + end);
  }
  return 0;
}

function runDirname(proc: Process): number {
  const parsed = parseOrUsage(proc, "dirname", [{ key: "z", short: "z", long: "zero" }]);
  if ("exit" in parsed) return parsed.exit;
  if (parsed.operands.length === 0) return usageError(proc, "dirname", "missing operand");
  const end = parsed.opts.has("z") ? "\0" : "\n";
  for (const n of parsed.operands) proc.stdout.write(dirOf(n) + end);
  return 0;
}

export const basename: Command = {
  name: "basename",
  summary: "basename - strip directory and suffix from filenames",
  man: `NAME
basename - strip directory and suffix from filenames

SYNOPSIS
basename NAME [SUFFIX]
basename OPTION... NAME...

DESCRIPTION
Print NAME with any leading directory components removed. If specified,
also remove a trailing SUFFIX.

EXAMPLES
basename /usr/bin/sort
       -> "sort"

basename include/stdio.h .h
       -> "stdio"
`,
  run: runBasename,
};

export const dirname: Command = {
  name: "dirname",
  summary: "dirname - strip last component from file name",
  man: `NAME
dirname - strip last component from file name

SYNOPSIS
dirname [OPTION] NAME...

DESCRIPTION
Output each NAME with its last non-slash component and trailing slashes
removed; if NAME contains no /'s, output '.' (meaning the current directory).

EXAMPLES
dirname /usr/bin/
       -> "/usr"

dirname stdio.h
       -> "."
`,
  run: runDirname,
};
