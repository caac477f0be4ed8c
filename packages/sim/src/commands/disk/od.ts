/**
 * od (coreutils 9.1): -A d|o|x|n, -t TYPE (x1 x2 x4 o1 o2 o4 d1 d2 d4 u1 u2
 * u4 c a, with a "z" suffix for the printable characters), -j skip, -N
 * count, -v, -x, -c, -b. Default: octal offsets and 2-byte octal words.
 */
import type { Command } from "../types.js";
import { parseOrUsage } from "../files/program.js";
import { dumpInput, parseOffset } from "./dump-input.js";
import { asciiColumn, dumpLines, type LineFormat } from "./line-dump.js";
import { OD_MAN } from "./man-pages.js";

interface OdType {
  kind: "x" | "o" | "d" | "u" | "c" | "a";
  size: number;
  z: boolean;
}

const NAMED_CHARS = ["nul", "soh", "stx", "etx", "eot", "enq", "ack", "bel", "bs", "ht", "nl", "vt", "ff", "cr", "so", "si", "dle", "dc1", "dc2", "dc3", "dc4", "nak", "syn", "etb", "can", "em", "sub", "esc", "fs", "gs", "rs", "us", "sp"];
const C_ESCAPES: Record<number, string> = { 0: "\\0", 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r" };

function parseType(text: string): OdType | undefined {
  const m = /^([xoduca])(\d|[CSIL])?(z?)$/.exec(text);
  if (!m) return undefined;
  const kind = m[1] as OdType["kind"];
  if ((kind === "c" || kind === "a") && m[2]) return undefined;
  const sizes: Record<string, number> = { C: 1, S: 2, I: 4, L: 8 };
  const size = kind === "c" || kind === "a" ? 1 : m[2] ? (sizes[m[2]] ?? Number(m[2])) : 4;
  if (![1, 2, 4, 8].includes(size)) return undefined;
  return { kind, size, z: m[3] === "z" };
}

function field(t: OdType, bytes: string, i: number): string {
  if (t.kind === "c" || t.kind === "a") {
    const c = bytes.charCodeAt(i);
    if (t.kind === "a") return (c & 0x7f) <= 0x20 ? NAMED_CHARS[c & 0x7f].padStart(4) : c === 0x7f ? " del" : ` ${String.fromCharCode(c & 0x7f).padStart(3)}`;
    if (C_ESCAPES[c] !== undefined) return C_ESCAPES[c].padStart(4);
    if (c >= 0x20 && c < 0x7f) return bytes[i].padStart(4);
    return c.toString(8).padStart(3, "0").padStart(4);
  }
  let v = 0n;
  for (let k = t.size - 1; k >= 0; k--) v = (v << 8n) | BigInt(i + k < bytes.length ? bytes.charCodeAt(i + k) : 0);
  const bits = BigInt(t.size * 8);
  const width = { x: t.size * 2, o: Math.ceil((t.size * 8) / 3), u: [3, 5, 10, 20][Math.log2(t.size)], d: [4, 6, 11, 20][Math.log2(t.size)] }[t.kind as "x" | "o" | "u" | "d"];
  if (t.kind === "d" && v >= 1n << (bits - 1n)) v -= 1n << bits;
  const text = t.kind === "x" ? v.toString(16).padStart(width, "0") : t.kind === "o" ? v.toString(8).padStart(width, "0") : v.toString();
  return ` ${text.padStart(width)}`;
}

export const od: Command = {
  name: "od",
  summary: "od - dump files in octal and other formats",
  man: OD_MAN,
  run(proc) {
    const parsed = parseOrUsage(proc, "od", [
      { key: "-A", short: "A", long: "address-radix", arg: "required" },
      { key: "-t", short: "t", long: "format", arg: "required" },
      { key: "-j", short: "j", long: "skip-bytes", arg: "required" },
      { key: "-N", short: "N", long: "read-bytes", arg: "required" },
      { key: "-v", short: "v", long: "output-duplicates" },
      { key: "-x", short: "x" },
      { key: "-c", short: "c" },
      { key: "-b", short: "b" },
    ]);
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    const radix = opts.value("-A") ?? "o";
    if (!["d", "o", "x", "n"].includes(radix)) {
      proc.stderr.write(`od: invalid output address radix '${radix}'; it must be one character from [doxn]\n`);
      return 1;
    }
    const types: OdType[] = [];
    for (const o of opts.list) {
      if (o.key === "-x") types.push({ kind: "x", size: 2, z: false });
      else if (o.key === "-c") types.push({ kind: "c", size: 1, z: false });
      else if (o.key === "-b") types.push({ kind: "o", size: 1, z: false });
      else if (o.key === "-t") {
        const t = parseType(o.value ?? "");
        if (!t) {
          proc.stderr.write(`od: invalid type string '${o.value}'\nTry 'od --help' for more information.\n`);
          return 1;
        }
        types.push(t);
      }
    }
    if (types.length === 0) types.push({ kind: "o", size: 2, z: false });
    const j = opts.value("-j");
    const n = opts.value("-N");
    const skip = j === undefined ? 0 : parseOffset(j);
    const count = n === undefined ? undefined : parseOffset(n);
    if (skip === undefined || (n !== undefined && count === undefined)) {
      proc.stderr.write(`od: invalid ${skip === undefined ? "-j" : "-N"} argument '${skip === undefined ? j : n}'\n`);
      return 1;
    }
    const addr = (off: number) =>
      radix === "n" ? "" : radix === "x" ? off.toString(16).padStart(6, "0") : radix === "d" ? String(off).padStart(7, "0") : off.toString(8).padStart(7, "0");
    const width = Math.max(...types.map((t) => (t.kind === "c" || t.kind === "a" ? 4 : field(t, "\0".repeat(8), 0).length / t.size)));
    const fmt: LineFormat = {
      line(offset, bytes) {
        let out = "";
        types.forEach((t, k) => {
          let line = k === 0 ? addr(offset) : radix === "n" ? "" : " ".repeat(addr(0).length);
          for (let i = 0; i < bytes.length; i += t.size) line += field(t, bytes, i).padStart(width * t.size);
          if (t.z) line = `${line.padEnd((k === 0 ? addr(0).length : 0) + width * 16)}  >${asciiColumn(bytes)}<`;
          out += `${line}\n`;
        });
        return out;
      },
      end: (offset) => (radix === "n" ? undefined : `${addr(offset)}\n`),
    };
    const squeeze = !opts.has("-v");
    const input = dumpInput(proc, "od", operands, skip, count, { squeezable: squeeze });
    dumpLines(proc, input, skip, fmt, squeeze);
    return input.failed ? 1 : 0;
  },
  complete: () => ["-A", "-t", "-j", "-N", "-v", "-x", "-c"],
};
