/**
 * truncate (GNU coreutils 9.1): set each file's size (-s SIZE), adjust it
 * (+N, -N, <N at most, >N at least, /N round down, %N round up to a
 * multiple), or take it from a reference file (-r), creating missing files
 * unless -c. The extended part reads as zero bytes.
 *
 * Files live in memory here, not as sparse files on a disk: a size past
 * MAX_TRUNCATE_BYTES fails with EFBIG ("File too large"), the error a real
 * truncate gives past the filesystem's limit.
 */
import { type ByteString, asBytes } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";
import { parseOrUsage, resolveOperand, strerror, usageError } from "./program.js";
import { quoteAlways, quoteLocale } from "./quote.js";
import { parseSize } from "./size-suffix.js";

/** bytes a file may be made to hold (the data bound of one command line, commands/limits) */
export const MAX_TRUNCATE_BYTES = 64 * 1024 * 1024;
/** st_blksize of the simulated ext4: what -o multiplies SIZE by */
const IO_BLOCK = 4096;

type RelMode = "" | "adj" | "max" | "min" | "rdn" | "rup";

/** the new size of a file `size` bytes long */
function newSize(mode: RelMode, size: bigint, current: bigint): bigint {
  switch (mode) {
    case "":
      return size;
    case "adj": {
      const s = current + size;
      return s < 0n ? 0n : s;
    }
    case "max":
      return current < size ? current : size;
    case "min":
      return current > size ? current : size;
    case "rdn":
      return (current / size) * size;
    case "rup":
      return ((current + size - 1n) / size) * size;
  }
}

function run(proc: Process): number {
  const parsed = parseOrUsage(
    proc,
    "truncate",
    [
      { key: "c", short: "c", long: "no-create" },
      { key: "o", short: "o", long: "io-blocks" },
      { key: "r", short: "r", long: "reference", arg: "required" },
      { key: "s", short: "s", long: "size", arg: "required" },
    ],
    { help: "Usage: truncate OPTION... FILE...\nSee 'man truncate' for the options this system supports.\n" },
  );
  if ("exit" in parsed) return parsed.exit;
  const o = parsed.opts;
  let mode: RelMode = "";
  let size: bigint | undefined;
  const sizeArg = o.value("s");
  if (sizeArg !== undefined) {
    let text = sizeArg.replace(/^\s+/, "");
    const modifier = ({ "<": "max", ">": "min", "/": "rdn", "%": "rup" } as const)[text[0]];
    if (modifier) {
      mode = modifier;
      text = text.slice(1).replace(/^\s+/, "");
    }
    if (text[0] === "+" || text[0] === "-") {
      if (mode !== "") return usageError(proc, "truncate", "multiple relative modifiers specified");
      mode = "adj";
    }
    const n = parseSize(text, "EgGkKmMPtTYZ0", { signed: true });
    if (!n.ok) {
      const why = n.reason === "overflow" ? ": Value too large for defined data type" : "";
      proc.stderr.write(`truncate: Invalid number: ${quoteLocale(text)}${why}\n`);
      return 1;
    }
    if ((mode === "rdn" || mode === "rup") && n.value === 0n) {
      proc.stderr.write("truncate: division by zero\n");
      return 1;
    }
    size = n.value;
  }
  const ref = o.value("r");
  if (o.has("o") && size === undefined) {
    return usageError(proc, "truncate", `${quoteLocale("--io-blocks")} was specified but ${quoteLocale("--size")} was not`);
  }
  if (size === undefined && ref === undefined) {
    return usageError(proc, "truncate", `you must specify either ${quoteLocale("--size")} or ${quoteLocale("--reference")}`);
  }
  if (size !== undefined && ref !== undefined && mode === "") {
    return usageError(proc, "truncate", `you must specify a relative ${quoteLocale("--size")} with ${quoteLocale("--reference")}`);
  }
  if (parsed.operands.length === 0) return usageError(proc, "truncate", "missing file operand");
  const fs = proc.host.fs;
  let refSize: bigint | undefined;
  if (ref !== undefined) {
    const st = fs.stat(resolveOperand(proc, ref));
    if (!st.ok) {
      proc.stderr.write(`truncate: cannot stat ${quoteAlways(ref)}: ${strerror(st.errno)}\n`);
      return 1;
    }
    refSize = BigInt(st.value.size);
  }
  let status = 0;
  for (const name of parsed.operands) {
    proc.budget.charge(1);
    const path = resolveOperand(proc, name);
    const st = fs.stat(path);
    if (!st.ok && (st.errno !== "ENOENT" || o.has("c"))) {
      // -c: a missing file is no error
      if (st.errno === "ENOENT") continue;
      proc.stderr.write(`truncate: cannot open ${quoteAlways(name)} for writing: ${strerror(st.errno)}\n`);
      status = 1;
      continue;
    }
    if (st.ok && st.value.type === "dir") {
      proc.stderr.write(`truncate: cannot open ${quoteAlways(name)} for writing: ${strerror("EISDIR")}\n`);
      status = 1;
      continue;
    }
    const current = st.ok ? BigInt(st.value.size) : 0n;
    let target: bigint;
    if (size === undefined) target = refSize!;
    else {
      const amount = o.has("o") ? size * BigInt(IO_BLOCK) : size;
      // with -r, the relative modes start from the reference's size, not the file's
      target = newSize(mode, amount, refSize ?? current);
    }
    if (st.ok && st.value.type !== "file") {
      proc.stderr.write(`truncate: failed to truncate ${quoteAlways(name)} at ${target} bytes: ${strerror("EINVAL")}\n`);
      status = 1;
      continue;
    }
    if (target > BigInt(MAX_TRUNCATE_BYTES)) {
      if (!st.ok) fs.writeFile(path, asBytes(""));
      proc.stderr.write(`truncate: failed to truncate ${quoteAlways(name)} at ${target} bytes: File too large\n`);
      status = 1;
      continue;
    }
    const want = Number(target);
    let data: ByteString = asBytes("");
    if (st.ok && st.value.size > 0) {
      const r = fs.readFile(path);
      if (r.ok) data = r.value;
    }
    const next = want <= data.length ? data.slice(0, want) : data + "\0".repeat(want - data.length);
    const w = fs.writeFile(path, next as ByteString);
    if (!w.ok) {
      proc.stderr.write(`truncate: cannot open ${quoteAlways(name)} for writing: ${strerror(w.errno)}\n`);
      status = 1;
    }
  }
  return status;
}

export const truncate: Command = {
  name: "truncate",
  summary: "truncate - shrink or extend the size of a file to the specified size",
  man: `NAME
truncate - shrink or extend the size of a file to the specified size

SYNOPSIS
truncate OPTION... FILE...

DESCRIPTION
Shrink or extend the size of each FILE to the specified size

A FILE argument that does not exist is created.

If a FILE is larger than the specified size, the extra data is lost.  If a
FILE is shorter, it is extended and the sparse extended part (hole) reads as
zero bytes.

-c, --no-create
       do not create any files

-o, --io-blocks
       treat SIZE as number of IO blocks instead of bytes

-r, --reference=RFILE
       base size on RFILE

-s, --size=SIZE
       set or adjust the file size by SIZE bytes

The SIZE argument is an integer and optional unit (example: 10K is 10*1024).
Units are K,M,G,T,P,E,Z,Y (powers of 1024) or KB,MB,... (powers of 1000).
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.

SIZE may also be prefixed by one of the following modifying characters: '+'
extend by, '-' reduce by, '<' at most, '>' at least, '/' round down to
multiple of, '%' round up to multiple of.

In Rootlab files are kept in memory, not on a disk: a file may grow to 64 MiB.

EXAMPLES
truncate -s 0 /var/log/syslog
       empty a log file in place (a program writing to it keeps its file)

truncate -s 1M disk.img
       make a 1 MiB file of zero bytes
`,
  run,
};
