/**
 * The gzip file format (RFC 1952) as gzip 1.12 writes and reads it. The
 * deflate stream itself comes from fflate; this module owns the header
 * (magic, method, flags, MTIME in Unix seconds, XFL, OS byte 3 = Unix, the
 * NUL-terminated original name), the trailer (CRC-32 and size mod 2^32), and
 * the member walk that finds concatenated members and trailing garbage.
 *
 * fflate's deflate is not gzip's: for inputs over a few dozen bytes the
 * compressed bytes (and so `gzip -l`'s compressed size) differ slightly from
 * real gzip's, while the data any gunzip reads back is identical.
 */
import { Inflate, deflateSync, inflateSync } from "fflate";
import { crc32 } from "./crc32.js";

export interface GzipWriteOptions {
  /** the original file name stored in the header (FNAME); absent for stdin or with -n */
  name?: Uint8Array;
  /** Unix seconds stored in MTIME; 0 means "no time stamp" */
  mtimeSec: number;
  /** 1 (fastest) .. 9 (best); gzip's default is 6 */
  level: number;
}

const FTEXT = 1;
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
/** gzip's XFL byte: 2 for -9 (best), 4 for -1 (fastest), 0 otherwise */
const xfl = (level: number) => (level === 9 ? 2 : level === 1 ? 4 : 0);

function le32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

function readLe32(d: Uint8Array, at: number): number {
  return (d[at] | (d[at + 1] << 8) | (d[at + 2] << 16) | (d[at + 3] << 24)) >>> 0;
}

/** One gzip member holding `data`. */
export function gzipEncode(data: Uint8Array, opts: GzipWriteOptions): Uint8Array {
  const level = Math.min(9, Math.max(1, opts.level)) as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  const body = deflateSync(data, { level });
  const header = [0x1f, 0x8b, 8, opts.name ? FNAME : 0, ...le32(opts.mtimeSec >>> 0), xfl(level), 3];
  const name = opts.name ? [...opts.name, 0] : [];
  const trailer = [...le32(crc32(data)), ...le32(data.length >>> 0)];
  const out = new Uint8Array(header.length + name.length + body.length + 8);
  out.set(header, 0);
  out.set(name, header.length);
  out.set(body, header.length + name.length);
  out.set(trailer, out.length - 8);
  return out;
}

/** What the first member's header says (for `gzip -l`, `file`). */
export interface GzipHeader {
  method: number;
  flags: number;
  /** Unix seconds; 0 when the writer stored none */
  mtimeSec: number;
  /** the stored original name, if any (raw bytes) */
  name?: Uint8Array;
  /** bytes taken by the header */
  length: number;
}

/**
 * Problems as gzip prints them after "gzip: NAME: ". `warning` ones leave
 * the exit status at 2 and keep the output; the others are errors (1).
 */
export type GzipProblem =
  | { kind: "not-gzip" }
  | { kind: "unknown-method"; method: number }
  | { kind: "flags"; flags: number }
  | { kind: "eof" }
  | { kind: "format" }
  | { kind: "crc" }
  | { kind: "length" }
  | { kind: "trailing-garbage" };

/** The text after "gzip: NAME: ", and whether gzip puts an empty line before it. */
export function problemText(p: GzipProblem): { text: string; newlineBefore: boolean; warning: boolean } {
  switch (p.kind) {
    case "not-gzip":
      return { text: "not in gzip format", newlineBefore: true, warning: false };
    case "unknown-method":
      return { text: `unknown method ${p.method} -- not supported`, newlineBefore: false, warning: false };
    case "flags":
      return { text: `has flags 0x${p.flags.toString(16)} -- not supported`, newlineBefore: false, warning: false };
    case "eof":
      return { text: "unexpected end of file", newlineBefore: true, warning: false };
    case "format":
      return { text: "invalid compressed data--format violated", newlineBefore: true, warning: false };
    case "crc":
      return { text: "invalid compressed data--crc error", newlineBefore: true, warning: false };
    case "length":
      return { text: "invalid compressed data--length error", newlineBefore: true, warning: false };
    case "trailing-garbage":
      return { text: "decompression OK, trailing garbage ignored", newlineBefore: true, warning: true };
  }
}

export function isGzip(d: Uint8Array): boolean {
  return d.length >= 2 && d[0] === 0x1f && d[1] === 0x8b;
}

/** Parse a member header at `at`; a problem when it is not one gzip can read. */
export function parseHeader(d: Uint8Array, at = 0): { ok: true; header: GzipHeader } | { ok: false; problem: GzipProblem } {
  if (d.length - at < 2) return { ok: false, problem: d.length - at === 0 ? { kind: "not-gzip" } : { kind: "eof" } };
  if (d[at] !== 0x1f || d[at + 1] !== 0x8b) return { ok: false, problem: { kind: "not-gzip" } };
  if (d.length - at < 10) return { ok: false, problem: { kind: "eof" } };
  const method = d[at + 2];
  if (method !== 8) return { ok: false, problem: { kind: "unknown-method", method } };
  const flags = d[at + 3];
  if (flags & 0xe0) return { ok: false, problem: { kind: "flags", flags } };
  const mtimeSec = readLe32(d, at + 4);
  let p = at + 10;
  if (flags & FEXTRA) {
    if (p + 2 > d.length) return { ok: false, problem: { kind: "eof" } };
    p += 2 + (d[p] | (d[p + 1] << 8));
  }
  let name: Uint8Array | undefined;
  if (flags & FNAME) {
    const end = d.indexOf(0, p);
    if (end < 0) return { ok: false, problem: { kind: "eof" } };
    name = d.subarray(p, end);
    p = end + 1;
  }
  if (flags & FCOMMENT) {
    const end = d.indexOf(0, p);
    if (end < 0) return { ok: false, problem: { kind: "eof" } };
    p = end + 1;
  }
  if (flags & FHCRC) p += 2;
  if (p > d.length) return { ok: false, problem: { kind: "eof" } };
  void FTEXT;
  return { ok: true, header: { method, flags, mtimeSec, name, length: p - at } };
}

export interface GzipDecoded {
  /**
   * what gzip writes before it stops: every member read, then of a member
   * cut short all that inflates from what there is, of one with bad
   * compressed data only the whole 32 KiB windows it flushed before the
   * bad code, of one with a bad trailer all of it (the check comes after)
   */
  data: Uint8Array;
  /** how many members were read whole */
  members: number;
  /** the first member's header, when there was one */
  header?: GzipHeader;
  /** problems in the order gzip reports them; empty when all is well */
  problems: GzipProblem[];
}

/** gzip's output window (WSIZE): inflate writes its output a window at a time */
const WSIZE = 0x8000;

function concat(chunks: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Inflate the first `n` bytes of `body` as far as they go: the output, and whether a data error stopped it. */
function inflatePrefix(body: Uint8Array, n: number): { out: Uint8Array; bad: boolean } {
  const chunks: Uint8Array[] = [];
  const inf = new Inflate((d) => chunks.push(d.slice()));
  try {
    inf.push(body.subarray(0, n), false);
    return { out: concat(chunks), bad: false };
  } catch {
    return { out: concat(chunks), bad: true };
  }
}

/** the first byte after the deflate stream that starts `body` (the least prefix that inflates whole) */
function deflateEnd(body: Uint8Array): number {
  let lo = 1;
  let hi = body.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let whole = true;
    try {
      inflateSync(body.subarray(0, mid));
    } catch {
      whole = false;
    }
    if (whole) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A member body that does not inflate whole: cut short (gzip writes what it
 * inflated: "unexpected end of file") or bad data (it writes the windows
 * flushed before the bad code: "format violated"). fflate decodes a cut
 * stream up to its last complete code, gzip's inflate stops a few codes
 * earlier when the lookahead it asks for runs past the end (its output can
 * be a few bytes shorter).
 */
function brokenBody(body: Uint8Array): { out: Uint8Array; problem: GzipProblem } {
  const whole = inflatePrefix(body, body.length);
  if (!whole.bad) return { out: whole.out, problem: { kind: "eof" } };
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (inflatePrefix(body, mid).bad) hi = mid - 1;
    else lo = mid;
  }
  const good = inflatePrefix(body, lo).out;
  return { out: good.subarray(0, good.length - (good.length % WSIZE)), problem: { kind: "format" } };
}

/**
 * Decompress every member of a .gz file. A member's end is found from its
 * trailer: the first 8 bytes after the header that hold the CRC-32 and size of
 * what was inflated (a false match needs a 64-bit coincidence); when none
 * does, from where the deflate stream ends, as gzip reads it.
 * Bounded: each round consumes at least one member's header and trailer.
 */
export function gzipDecode(d: Uint8Array): GzipDecoded {
  const chunks: Uint8Array[] = [];
  const problems: GzipProblem[] = [];
  let members = 0;
  let first: GzipHeader | undefined;
  let at = 0;
  while (at < d.length) {
    const h = parseHeader(d, at);
    if (!h.ok) {
      // after a good member, anything that is not a header is garbage gzip tolerates
      if (first && h.problem.kind === "not-gzip") problems.push({ kind: "trailing-garbage" });
      else problems.push(h.problem);
      break;
    }
    first ??= h.header;
    const bodyAt = at + h.header.length;
    let out: Uint8Array;
    try {
      out = inflateSync(d.subarray(bodyAt));
    } catch {
      const broken = brokenBody(d.subarray(bodyAt));
      chunks.push(broken.out);
      problems.push(broken.problem);
      break;
    }
    const crc = crc32(out);
    const size = out.length >>> 0;
    const want = [...le32(crc), ...le32(size)];
    let end = -1;
    for (let q = bodyAt + 1; q + 8 <= d.length; q++) {
      if (d[q] === want[0] && d[q + 1] === want[1] && d[q + 2] === want[2] && d[q + 3] === want[3] &&
          d[q + 4] === want[4] && d[q + 5] === want[5] && d[q + 6] === want[6] && d[q + 7] === want[7]) {
        end = q + 8;
        break;
      }
    }
    // gzip writes the data before it reads the trailer
    chunks.push(out);
    if (end < 0) {
      const trailer = bodyAt + deflateEnd(d.subarray(bodyAt));
      if (d.length - trailer < 8) problems.push({ kind: "eof" });
      else {
        if (readLe32(d, trailer) !== crc) problems.push({ kind: "crc" });
        if (readLe32(d, trailer + 4) !== size) problems.push({ kind: "length" });
      }
      break;
    }
    members++;
    at = end;
  }
  // an empty file is a header cut short
  if (!first && problems.length === 0) problems.push({ kind: "eof" });
  return { data: concat(chunks), members, header: first, problems };
}

/** The 8-byte trailer of the last member: CRC-32 and size mod 2^32 (what `gzip -l` reads). */
export function lastTrailer(d: Uint8Array): { crc: number; size: number } | undefined {
  if (d.length < 18) return undefined;
  return { crc: readLe32(d, d.length - 8), size: readLe32(d, d.length - 4) };
}
