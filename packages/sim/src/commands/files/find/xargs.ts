/**
 * xargs (GNU findutils 4.9): build command lines from standard input (or
 * -a FILE) and run them, `echo` by default. Input is split as xargs does:
 * on blanks and newlines with '...', "..." and backslash quoting (an open
 * quote is an error), or on NUL with -0, or on one character with -d.
 * -n MAX per command, -L MAX lines, -I STR (-i) one line per command with
 * STR replaced, -r not running for empty input, -t echoing each command to
 * stderr. Exit statuses as xargs: 123 when a command exited 1-254, 124
 * after one exited 255 (xargs stops), 126 cannot run, 127 not found.
 * Commands run through the process's runCommandLine with standard input
 * from /dev/null (exec-line.ts). Without -n, one command takes at most
 * 128 KiB of arguments, as xargs's default buffer.
 * Not covered: -P, -p, -s, -E/-e, -x, --show-limits, and -t's $'...'
 * quoting of control characters.
 */
import type { Command } from "../../types.js";
import type { OptionSpec } from "../options.js";
import { parseOrUsage, strerror, usageError } from "../program.js";
import { quoteIfNeeded, quoteLocale } from "../quote.js";
import { execError, runArgv } from "./exec-line.js";

const SPECS: OptionSpec[] = [
  { key: "0", short: "0", long: "null" },
  { key: "a", short: "a", long: "arg-file", arg: "required" },
  { key: "d", short: "d", long: "delimiter", arg: "required" },
  { key: "n", short: "n", long: "max-args", arg: "required" },
  { key: "L", short: "L", long: "max-lines", arg: "required" },
  { key: "I", short: "I", arg: "required" },
  { key: "i", short: "i", long: "replace", arg: "optional" },
  { key: "r", short: "r", long: "no-run-if-empty" },
  { key: "t", short: "t", long: "verbose" },
];

/** the 128 KiB command buffer xargs uses by default */
const MAX_CHARS = 131_072;

/** each line's items; an open quote's error (and whether the last line is the one it cut); a NUL read */
type Split = { items: string[][]; error?: string; cutLine?: boolean; sawNul?: boolean };

/**
 * Default input: each line's items (a line = what one -L or -I counts);
 * quotes and backslashes as xargs reads them.
 */
function splitQuoted(text: string, wholeLines: boolean): Split {
  const lines: string[][] = [];
  let line: string[] = [];
  let cur = "";
  let inItem = false;
  let sawNul = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\0") sawNul = true;
    if (c === "\n") {
      if (inItem) line.push(cur);
      // for -L a line ending in a blank goes on on the next one
      const continued = !wholeLines && (text[i - 1] === " " || text[i - 1] === "\t") && !inItem;
      if (line.length > 0 && !continued) {
        lines.push(line);
        line = [];
      }
      cur = "";
      inItem = false;
    } else if ((c === " " || c === "\t") && !wholeLines) {
      if (inItem) line.push(cur);
      cur = "";
      inItem = false;
    } else if ((c === " " || c === "\t") && !inItem) {
      // -I: leading blanks of a line are dropped
    } else if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      const nl = text.indexOf("\n", i + 1);
      // a quote that is the input's last byte, starting an item, opens nothing
      if (i === text.length - 1 && !inItem) break;
      if (end < 0 || (nl >= 0 && nl < end)) {
        // the item with the open quote is dropped; those before it are run
        if (text.slice(i + 1, nl < 0 ? text.length : nl).includes("\0")) sawNul = true;
        const cutLine = line.length > 0;
        if (cutLine) lines.push(line);
        const which = c === "'" ? "single" : "double";
        return { items: lines, sawNul, cutLine, error: `unmatched ${which} quote; by default quotes are special to xargs unless you use the -0 option` };
      }
      cur += text.slice(i + 1, end);
      if (cur.includes("\0")) sawNul = true;
      inItem = true;
      i = end;
    } else if (c === "\\") {
      // a backslash at the very end escapes nothing and is dropped
      if (i + 1 < text.length) cur += text[++i];
      if (text[i] === "\0") sawNul = true;
      inItem = true;
    } else {
      cur += c;
      inItem = true;
    }
  }
  // at the end of the input an empty item ('' or a lone backslash) is no argument
  if (inItem && cur !== "") line.push(cur);
  if (line.length > 0) lines.push(line);
  return { items: lines, sawNul };
}

/** -0 / -d: items between delimiters, taken as they are */
function splitOn(text: string, delim: string): Split {
  const parts = text.split(delim);
  if (parts[parts.length - 1] === "") parts.pop();
  return { items: parts.map((p) => [p]) };
}

/** -d's argument: one character or an escape such as \n, \t, \0 */
function delimiter(spec: string): string | undefined {
  const escapes: Record<string, string> = { "\\n": "\n", "\\t": "\t", "\\0": "\0", "\\\\": "\\" };
  if (spec in escapes) return escapes[spec];
  return [...spec].length === 1 ? spec : undefined;
}

export const xargs: Command = {
  name: "xargs",
  summary: "xargs - build and execute command lines from standard input",
  man: `NAME
xargs - build and execute command lines from standard input

SYNOPSIS
xargs [options] [command [initial-arguments]]

DESCRIPTION
xargs reads items from the standard input, delimited by blanks (which can be
protected with double or single quotes or a backslash) or newlines, and
executes the command (default is echo) one or more times with any
initial-arguments followed by items read from standard input. Blank lines on
the standard input are ignored.

OPTIONS
-0, --null
       input items are terminated by a null character instead of by
       whitespace, and the quotes and backslash are not special
-a file, --arg-file=file
       read items from file instead of standard input
-d delim, --delimiter=delim
       input items are terminated by the specified character
-I replace-str
       replace occurrences of replace-str in the initial-arguments with names
       read from standard input; unquoted blanks do not terminate input items,
       the separator is the newline character. Implies -L 1.
-i[replace-str], --replace[=replace-str]
       this option is a synonym for -Ireplace-str; replace-str defaults to {}
-L max-lines
       use at most max-lines nonblank input lines per command line
-n max-args, --max-args=max-args
       use at most max-args arguments per command line
-r, --no-run-if-empty
       if the standard input does not contain any nonblanks, do not run the
       command
-t, --verbose
       print the command line on the standard error output before executing it

EXIT STATUS
0 if it succeeds, 123 if any invocation of the command exited with status
1-125, 124 if the command exited with status 255, 125 if the command is
killed by a signal, 126 if the command cannot be run, 127 if the command is
not found, 1 if some other error occurred.

EXAMPLES
find /tmp -name core -type f -print0 | xargs -0 rm -f
ls *.txt | xargs -I {} cp {} /backup/{}
`,
  run(proc) {
    // options stop at the command: '+' getopt
    const args = proc.argv.slice(1);
    let end = 0;
    while (end < args.length && args[end].startsWith("-") && args[end] !== "-") {
      if (args[end] === "--") {
        end++;
        break;
      }
      const a = args[end];
      const takesNext = a.startsWith("--")
        ? !a.includes("=") && ["arg-file", "delimiter", "max-args", "max-lines"].some((l) => l.startsWith(a.slice(2)) && a.length > 2)
        : /^-[0rti]*[adnLI]$/.test(a);
      end += takesNext ? 2 : 1;
    }
    const parsed = parseOrUsage(proc, "xargs", SPECS, {
      argv: args.slice(0, end),
      help: "Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...\nRun COMMAND with arguments INITIAL-ARGS and more arguments read from input.\nSee 'man xargs' for the options this system supports.\n",
      version: "xargs (GNU findutils) 4.9.0",
    });
    if ("exit" in parsed) return parsed.exit;
    const { opts } = parsed;
    const command = [...parsed.operands, ...args.slice(end)];
    if (command.length === 0) command.push("echo");

    const number = (key: string, name: string): number | undefined | string => {
      const v = opts.value(key);
      if (v === undefined) return undefined;
      if (!/^\d+$/.test(v)) return `invalid number ${JSON.stringify(v)} for -${name} option`;
      if (Number(v) < 1) return `value ${v} for -${name} option should be >= 1`;
      return Number(v);
    };
    let maxArgs = number("n", "n");
    const maxLines = number("L", "L");
    for (const v of [maxArgs, maxLines]) if (typeof v === "string") return usageError(proc, "xargs", v);
    const replaceKey = opts.last("I", "i");
    const replace = replaceKey === undefined ? undefined : replaceKey === "I" ? opts.value("I")! : (opts.value("i") ?? "{}");
    if (replace !== undefined && maxArgs !== undefined) {
      const nBeforeI = opts.list.findIndex((o) => o.key === "n") < opts.list.findIndex((o) => o.key === replaceKey);
      if (nBeforeI) proc.stderr.write("xargs: warning: options --max-args and --replace/-I/-i are mutually exclusive, ignoring previous --max-args value\n");
      maxArgs = undefined;
    }

    let text: string;
    const file = opts.value("a");
    if (file !== undefined) {
      const r = proc.host.fs.readFile(proc.resolve(file));
      if (!r.ok) {
        proc.stderr.write(`xargs: Cannot open input file ${quoteLocale(file)}: ${strerror(r.errno)}\n`);
        return 1;
      }
      text = r.value;
    } else text = proc.stdin.bytes();
    proc.budget.charge(Math.ceil(text.length / 4096));
    const delim = opts.has("0") ? "\0" : opts.value("d") === undefined ? undefined : delimiter(opts.value("d")!);
    if (opts.has("d") && delim === undefined) return usageError(proc, "xargs", `invalid delimiter ${JSON.stringify(opts.value("d"))}`);
    const split = delim !== undefined ? splitOn(text, delim) : splitQuoted(text, replace !== undefined);
    if (split.sawNul)
      proc.stderr.write("xargs: WARNING: a NUL character occurred in the input.  It cannot be passed through in the argument list.  Did you mean to use the --null option?\n");

    // the command lines: each a list of items from the input
    const batches: string[][] = [];
    if (replace !== undefined) for (const line of split.items) batches.push([line.join(" ")]);
    else if (typeof maxLines === "number") {
      // an open quote ends the input inside a command's lines: that command is not run
      const lines = split.error && split.cutLine ? split.items.slice(0, -1) : split.items;
      for (let i = 0; i < lines.length; i += maxLines) batches.push(lines.slice(i, i + maxLines).flat());
      if (split.error && lines.length % maxLines !== 0) batches.pop();
    } else {
      const items = split.items.flat();
      const base = command.reduce((n, w) => n + w.length + 1, 0);
      let batch: string[] = [];
      let size = base;
      for (const item of items) {
        proc.budget.charge(1);
        const full = (typeof maxArgs === "number" && batch.length >= maxArgs) || (batch.length > 0 && size + item.length + 1 > MAX_CHARS);
        if (full) {
          batches.push(batch);
          batch = [];
          size = base;
        }
        batch.push(item);
        size += item.length + 1;
      }
      if (batch.length > 0) batches.push(batch);
    }
    // empty input still runs the command once, unless -r or -I
    if (batches.length === 0 && !opts.has("r") && replace === undefined && !split.error) batches.push([]);

    let status = 0;
    for (const batch of batches) {
      proc.budget.charge(1);
      const words = replace !== undefined ? command.map((w) => w.replaceAll(replace, batch[0])) : [...command, ...batch];
      // an argument is a C string: it ends at a NUL
      const argv = words.map((w) => w.split("\0")[0]);
      if (opts.has("t")) proc.stderr.write(`${argv.map(quoteIfNeeded).join(" ")}\n`);
      const failed = execError(proc, argv[0]);
      if (failed) {
        proc.stderr.write(`xargs: ${argv[0]}: ${strerror(failed)}\n`);
        return failed === "ENOENT" ? 127 : 126;
      }
      const code = runArgv(proc, argv, true);
      if (code === 255) {
        proc.stderr.write(`xargs: ${argv[0]}: exited with status 255; aborting\n`);
        return 124;
      }
      if (code !== 0) status = 123;
    }
    if (split.error) {
      proc.stderr.write(`xargs: ${split.error}\n`);
      return 1;
    }
    return status;
  },
};
