/**
 * The input of od, hexdump and xxd: the operands (or stdin) as one stream
 * of bytes, from an offset, for at most a length, read in chunks. Over a
 * sparse device a run of zeros is passed in one step (`zeros`), which
 * prints the same as reading it when the dump squeezes repeated lines.
 */
import type { ByteString } from "../../bytes.js";
import { STRERROR } from "../../kernel/errno.js";
import type { Process } from "../../process/process.js";
import { type ByteSource, openSource, stdinSource } from "./devio.js";

const CHUNK = 65536;

export type Piece = { bytes: ByteString } | { zeros: number };

export interface DumpInput {
  /** pieces in order, from `skip`, at most `length` bytes; errors reported on stderr by the caller's program name */
  pieces(): Generator<Piece>;
  failed: boolean;
}

export function dumpInput(proc: Process, prog: string, operands: string[], skip: number, length: number | undefined, opts: { squeezable: boolean }): DumpInput {
  const input: DumpInput = { failed: false, pieces: () => gen() };
  function* gen(): Generator<Piece> {
    const sources: ByteSource[] = [];
    for (const op of operands.length ? operands : ["-"]) {
      if (op === "-") {
        sources.push(stdinSource(proc));
        continue;
      }
      const s = openSource(proc, op);
      if (!s.ok) {
        proc.stderr.write(`${prog}: ${op}: ${STRERROR[s.errno]}\n`);
        input.failed = true;
        continue;
      }
      sources.push(s.value);
    }
    let toSkip = skip;
    let left = length ?? Number.POSITIVE_INFINITY;
    for (const src of sources) {
      let pos = 0;
      if (src.size !== undefined) {
        const here = Math.min(toSkip, src.size);
        pos = here;
        toSkip -= here;
      } else {
        pos = toSkip;
        toSkip = 0;
      }
      if (toSkip > 0) continue;
      while (left > 0) {
        proc.budget.charge(1);
        if (opts.squeezable && src.nextData) {
          const data = Math.min(src.nextData(pos), src.size ?? Number.POSITIVE_INFINITY);
          // a whole number of 16-byte lines of zeros can be passed without reading
          const run = Math.floor(Math.min(data - pos, left) / 16) * 16;
          if (run > CHUNK) {
            yield { zeros: run };
            pos += run;
            left -= run;
            continue;
          }
        }
        const n = Math.min(CHUNK, left);
        const bytes = src.read(pos, n);
        if (bytes.length === 0) break;
        yield { bytes };
        pos += bytes.length;
        left -= bytes.length;
        if (src.size === undefined && bytes.length < n) break;
      }
    }
  }
  return input;
}

/** dump offsets: decimal, 0x hex or 0 octal, with b (512), k/K (1024), m/M, g/G suffixes; undefined when invalid */
export function parseOffset(text: string): number | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)([bkKmMgG]?)$/.exec(text);
  if (!m) return undefined;
  const digits = m[1];
  const n = /^0[xX]/.test(digits) ? Number.parseInt(digits, 16) : digits.length > 1 && digits.startsWith("0") ? Number.parseInt(digits, 8) : Number(digits);
  const mult: Record<string, number> = { "": 1, b: 512, k: 1024, K: 1024, m: 1024 ** 2, M: 1024 ** 2, g: 1024 ** 3, G: 1024 ** 3 };
  return n * mult[m[2]];
}
