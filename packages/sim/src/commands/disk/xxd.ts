/**
 * xxd (vim 9.0's, 2022-01-14): a hex dump with "%08x: " offsets, 16 bytes
 * per line in groups of 2, then the printable characters. -l len, -s
 * [+-]seek, -c cols, -g bytes, -p (plain), -u (upper case). Unlike od and
 * hexdump it never squeezes: `xxd /dev/sda` runs into the output limit.
 */
import type { Command } from "../types.js";
import { parseOrUsage } from "../files/program.js";
import { dumpInput, parseOffset } from "./dump-input.js";
import { asciiColumn } from "./line-dump.js";
import { XXD_MAN } from "./man-pages.js";

export const xxd: Command = {
  name: "xxd",
  summary: "xxd - make a hex dump or do the reverse.",
  man: XXD_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "xxd", [
      { key: "-l", short: "l", arg: "required" },
      { key: "-s", short: "s", arg: "required" },
      { key: "-c", short: "c", arg: "required" },
      { key: "-g", short: "g", arg: "required" },
      { key: "-p", short: "p" },
      { key: "-u", short: "u" },
    ], { version: "xxd 2022-01-14 by Juergen Weigert et al." });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    const plain = opts.has("-p");
    const cols = Number(opts.value("-c") ?? (plain ? 30 : 16));
    const group = Number(opts.value("-g") ?? 2);
    const sText = opts.value("-s") ?? "0";
    const skip = parseOffset(sText.replace(/^\+/, ""));
    const lText = opts.value("-l");
    const length = lText === undefined ? undefined : parseOffset(lText);
    if (skip === undefined || (lText !== undefined && length === undefined) || !(cols > 0) || !(group >= 0)) {
      proc.stderr.write("xxd: invalid number\n");
      return 1;
    }
    if (operands.length > 2) {
      proc.stderr.write("xxd: too many arguments\n");
      return 1;
    }
    const hex = (c: number) => {
      const h = c.toString(16).padStart(2, "0");
      return opts.has("-u") ? h.toUpperCase() : h;
    };
    const input = dumpInput(proc, "xxd", operands.slice(0, 1), skip, length, { squeezable: false });
    let offset = skip;
    let carry = "";
    const hexWidth = cols * 2 + (group > 0 ? Math.ceil(cols / group) - 1 : 0);
    const flush = (bytes: string) => {
      if (plain) {
        let out = "";
        for (let i = 0; i < bytes.length; i++) out += hex(bytes.charCodeAt(i));
        proc.stdout.write(`${out}\n`);
        return;
      }
      let h = "";
      for (let i = 0; i < bytes.length; i++) h += (group > 0 && i > 0 && i % group === 0 ? " " : "") + hex(bytes.charCodeAt(i));
      proc.stdout.write(`${offset.toString(16).padStart(8, "0")}: ${h.padEnd(hexWidth)}  ${asciiColumn(bytes)}\n`);
      offset += bytes.length;
    };
    for (const piece of input.pieces()) {
      if ("zeros" in piece) continue;
      let data = carry + piece.bytes;
      let i = 0;
      for (; i + cols <= data.length; i += cols) flush(data.slice(i, i + cols));
      carry = data.slice(i);
      data = "";
    }
    if (carry) flush(carry);
    return input.failed ? 2 : 0;
  },
  complete: () => ["-l", "-s", "-c", "-g", "-p"],
};
