/**
 * hexdump (util-linux 2.38.1): -C (canonical hex+ASCII), the default
 * 16-bit hex words, -n length, -s offset, -v. Squeezes repeated lines.
 */
import type { Command } from "../types.js";
import { parseOrUsage } from "../files/program.js";
import { dumpInput, parseOffset } from "./dump-input.js";
import { asciiColumn, dumpLines, hex2, type LineFormat } from "./line-dump.js";
import { HEXDUMP_MAN } from "./man-pages.js";

const CANONICAL: LineFormat = {
  line(offset, bytes) {
    let hex = "";
    for (let i = 0; i < bytes.length; i++) hex += `${hex2(bytes.charCodeAt(i))} ${i === 7 ? " " : ""}`;
    return `${offset.toString(16).padStart(8, "0")}  ${hex.padEnd(49)} |${asciiColumn(bytes)}|\n`;
  },
  end: (offset) => `${offset.toString(16).padStart(8, "0")}\n`,
};

const WORDS: LineFormat = {
  line(offset, bytes) {
    let out = offset.toString(16).padStart(7, "0");
    for (let i = 0; i < bytes.length; i += 2) {
      const lo = bytes.charCodeAt(i);
      const hi = i + 1 < bytes.length ? bytes.charCodeAt(i + 1) : 0;
      out += ` ${hex2(hi)}${hex2(lo)}`;
    }
    return `${out}\n`;
  },
  end: (offset) => `${offset.toString(16).padStart(7, "0")}\n`,
};

export const hexdump: Command = {
  name: "hexdump",
  summary: "hexdump - display file contents in hexadecimal, decimal, octal, or ascii",
  man: HEXDUMP_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "hexdump", [
      { key: "-C", short: "C", long: "canonical" },
      { key: "-n", short: "n", long: "length", arg: "required" },
      { key: "-s", short: "s", long: "skip", arg: "required" },
      { key: "-v", short: "v", long: "no-squeezing" },
    ], { version: "hexdump from util-linux 2.38.1" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    const n = opts.value("-n");
    const s = opts.value("-s");
    const length = n === undefined ? undefined : parseOffset(n);
    const skip = s === undefined ? 0 : parseOffset(s);
    if ((n !== undefined && length === undefined) || skip === undefined) {
      proc.stderr.write(`hexdump: invalid ${n !== undefined && length === undefined ? "length" : "offset"} argument: '${length === undefined ? n : s}'\n`);
      return 1;
    }
    const squeeze = !opts.has("-v");
    const input = dumpInput(proc, "hexdump", operands, skip, length, { squeezable: squeeze });
    dumpLines(proc, input, skip, opts.has("-C") ? CANONICAL : WORDS, squeeze);
    return input.failed ? 1 : 0;
  },
  complete: () => ["-C", "-n", "-s", "-v"],
};
