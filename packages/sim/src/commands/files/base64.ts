/**
 * base64 (coreutils 9.1): RFC 4648 base64 of a file or standard input,
 * wrapped at 76 columns (`-w COLS`, 0 for no wrapping), or decoded with
 * `-d`. Decoding skips newlines (with `-i` every byte outside the alphabet)
 * and works four characters at a time as gnulib's base64_decode_ctx: on a
 * bad or missing character it has already written the bytes it decoded and
 * says "base64: invalid input" (exit 1). Not covered: base32/basenc.
 */
import { type ByteString, asBytes } from "../../bytes.js";
import type { Command } from "../types.js";
import { parseOrUsage, readOperand, strerror, usageError } from "./program.js";
import { quoteIfNeeded, quoteLocale } from "./quote.js";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

const SPECS = [
  { key: "d", short: "d", long: "decode" },
  { key: "i", short: "i", long: "ignore-garbage" },
  { key: "w", short: "w", long: "wrap", arg: "required" as const },
];

export function encodeBase64(data: ByteString): string {
  let out = "";
  for (let i = 0; i < data.length; i += 3) {
    const n = (data.charCodeAt(i) << 16) | ((data.charCodeAt(i + 1) || 0) << 8) | (data.charCodeAt(i + 2) || 0);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < data.length ? ALPHABET[(n >> 6) & 63] : "=";
    out += i + 2 < data.length ? ALPHABET[n & 63] : "=";
  }
  return out;
}

/** the decoded bytes, and whether all of the input was valid */
export function decodeBase64(text: string, ignoreGarbage: boolean): { bytes: ByteString; ok: boolean } {
  const chars = [...text].filter((c) => c !== "\n" && (!ignoreGarbage || c === "=" || ALPHABET.includes(c)));
  let out = "";
  const value = (c: string | undefined) => (c === undefined ? -1 : ALPHABET.indexOf(c));
  for (let i = 0; i < chars.length; i += 4) {
    const [a, b, c, d] = [value(chars[i]), value(chars[i + 1]), value(chars[i + 2]), value(chars[i + 3])];
    if (a < 0 || b < 0) return { bytes: asBytes(out), ok: false };
    out += String.fromCharCode(((a << 2) | (b >> 4)) & 255);
    if (chars[i + 2] === "=") {
      if (chars[i + 3] === "=") continue;
      return { bytes: asBytes(out), ok: false };
    }
    if (c < 0) return { bytes: asBytes(out), ok: false };
    out += String.fromCharCode(((b << 4) | (c >> 2)) & 255);
    if (chars[i + 3] === "=") continue;
    if (d < 0) return { bytes: asBytes(out), ok: false };
    out += String.fromCharCode(((c << 6) | d) & 255);
  }
  return { bytes: asBytes(out), ok: true };
}

export const base64: Command = {
  name: "base64",
  summary: "base64 - base64 encode/decode data and print to standard output",
  man: `NAME
base64 - base64 encode/decode data and print to standard output

SYNOPSIS
base64 [OPTION]... [FILE]

DESCRIPTION
Base64 encode or decode FILE, or standard input, to standard output.

With no FILE, or when FILE is -, read standard input.

-d, --decode
       decode data
-i, --ignore-garbage
       when decoding, ignore non-alphabet characters
-w, --wrap=COLS
       wrap encoded lines after COLS character (default 76). Use 0 to disable
       line wrapping

The data are encoded as described for the base64 alphabet in RFC 4648. When
decoding, the input may contain newlines in addition to the bytes of the
formal base64 alphabet. Use --ignore-garbage to attempt to recover from any
other non-alphabet bytes in the encoded stream.
`,
  run(proc) {
    const parsed = parseOrUsage(proc, "base64", SPECS, { help: "Usage: base64 [OPTION]... [FILE]\nSee 'man base64' for the options this system supports.\n" });
    if ("exit" in parsed) return parsed.exit;
    const { opts, operands } = parsed;
    const wrapText = opts.value("w");
    const wrap = wrapText === undefined ? 76 : /^\d+$/.test(wrapText) ? Number(wrapText) : -1;
    if (wrap < 0) {
      proc.stderr.write(`base64: invalid wrap size: ${quoteLocale(wrapText ?? "")}\n`);
      return 1;
    }
    if (operands.length > 1) return usageError(proc, "base64", `extra operand ${quoteLocale(operands[1])}`);
    const file = operands[0] ?? "-";
    const data = readOperand(proc, file);
    if (!data.ok) {
      proc.stderr.write(data.errno === "EISDIR" ? `base64: read error: ${strerror(data.errno)}\n` : `base64: ${quoteIfNeeded(file)}: ${strerror(data.errno)}\n`);
      return 1;
    }
    proc.budget.charge(Math.ceil(data.value.length / 4096));
    if (opts.has("d")) {
      const r = decodeBase64(data.value, opts.has("i"));
      proc.stdout.writeBytes(r.bytes);
      if (r.ok) return 0;
      proc.stderr.write("base64: invalid input\n");
      return 1;
    }
    const text = encodeBase64(data.value);
    if (wrap === 0 || text === "") proc.stdout.write(text);
    else {
      let out = "";
      for (let i = 0; i < text.length; i += wrap) out += `${text.slice(i, i + wrap)}\n`;
      proc.stdout.write(out);
    }
    return 0;
  },
};
