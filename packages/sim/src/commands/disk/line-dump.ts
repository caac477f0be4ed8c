/**
 * The 16-bytes-per-line loop od and hexdump share: lines formatted by the
 * program, a run of lines equal to the one before shown as one "*" (unless
 * -v), and the end offset on a line of its own. A run of zeros passed
 * without reading (dump-input.ts) squeezes the same way.
 */
import type { Process } from "../../process/process.js";
import type { DumpInput } from "./dump-input.js";

export interface LineFormat {
  /** one output line for `bytes` (16, or fewer on the last line) at `offset` */
  line(offset: number, bytes: string): string;
  /** the last line: the offset where the input ended; undefined for none */
  end(offset: number): string | undefined;
}

export function dumpLines(proc: Process, input: DumpInput, start: number, fmt: LineFormat, squeeze: boolean): void {
  let offset = start;
  let carry = "";
  let prev: string | undefined;
  let starred = false;
  const emit = (bytes: string) => {
    if (squeeze && bytes.length === 16 && bytes === prev) {
      if (!starred) proc.stdout.write("*\n");
      starred = true;
    } else {
      proc.stdout.write(fmt.line(offset, bytes));
      starred = false;
    }
    prev = bytes;
    offset += bytes.length;
  };
  const zeroLine = "\0".repeat(16);
  for (const piece of input.pieces()) {
    if ("zeros" in piece) {
      let n = piece.zeros;
      // finish a partial line first, then the zero lines (after the first, all squeezed)
      while (carry.length > 0 && n > 0) {
        carry += "\0";
        n--;
        if (carry.length === 16) {
          emit(carry);
          carry = "";
        }
      }
      if (n >= 16) {
        emit(zeroLine);
        const rest = Math.floor((n - 16) / 16) * 16;
        if (rest > 0) {
          if (!squeeze || prev !== zeroLine) for (let i = 0; i < rest; i += 16) emit(zeroLine);
          else {
            if (!starred) proc.stdout.write("*\n");
            starred = true;
            offset += rest;
          }
        }
        n -= 16 + rest;
      }
      carry += "\0".repeat(n);
      continue;
    }
    let data = carry + piece.bytes;
    let i = 0;
    for (; i + 16 <= data.length; i += 16) emit(data.slice(i, i + 16));
    carry = data.slice(i);
    data = "";
  }
  if (carry.length > 0) {
    proc.stdout.write(fmt.line(offset, carry));
    offset += carry.length;
  }
  const end = fmt.end(offset);
  if (end !== undefined) proc.stdout.write(end);
}

/** printable ASCII, else "." */
export function asciiColumn(bytes: string): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    out += c >= 0x20 && c < 0x7f ? bytes[i] : ".";
  }
  return out;
}

export function hex2(c: number): string {
  return c.toString(16).padStart(2, "0");
}
