/**
 * md5sum, sha1sum, sha256sum, sha512sum and b2sum (coreutils 9.1), one
 * program with five digests. b2sum's BLAKE2b has a length: -l BITS when
 * summing, and in -c whatever length each line's hex digits give. Digests
 * come from @noble/hashes (synchronous, audited, no WebAssembly); this module
 * owns the text: the `HASH  name` lines (`*` for -b, a leading backslash and
 * \\ / \n escapes for awkward names), and `-c` with its OK / FAILED lines,
 * the three WARNING lines and the exit status.
 */
import { md5, sha1 } from "@noble/hashes/legacy.js";
import { sha256, sha512 } from "@noble/hashes/sha2.js";
import { blake2b } from "@noble/hashes/blake2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { type ByteString, toUint8Array, utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import { quoteIfNeeded, quoteLocale } from "../files/quote.js";
import { parseOrUsage, readOperand, strerror, usageError } from "../files/program.js";
import type { OptionSpec } from "../files/options.js";

export interface Digest {
  /** program name, "md5sum" */
  prog: string;
  /** as in "improperly formatted MD5 checksum line" and the BSD tag */
  label: string;
  hexLength: number;
  /** `bytes`: the digest length, for BLAKE2b (the others have one) */
  hash(data: Uint8Array, bytes?: number): Uint8Array;
  /** b2sum: -l sets the length, and -c takes each line's from its hex digits */
  variable?: boolean;
}

export const MD5: Digest = { prog: "md5sum", label: "MD5", hexLength: 32, hash: md5 };
export const SHA1: Digest = { prog: "sha1sum", label: "SHA1", hexLength: 40, hash: sha1 };
export const SHA256: Digest = { prog: "sha256sum", label: "SHA256", hexLength: 64, hash: sha256 };
export const SHA512: Digest = { prog: "sha512sum", label: "SHA512", hexLength: 128, hash: sha512 };
export const BLAKE2B: Digest = {
  prog: "b2sum",
  label: "BLAKE2b",
  hexLength: 128,
  hash: (data, bytes = 64) => blake2b(data, { dkLen: bytes }),
  variable: true,
};

/** b2sum -l BITS: the digest with that length (0 is the default 512), or an error already printed */
function withLength(proc: Process, d: Digest, text: string): Digest | number {
  const fail = (why?: string) => {
    proc.stderr.write(`${d.prog}: invalid length: ${quoteLocale(text)}\n${why ? `${d.prog}: ${why}\n` : ""}`);
    return 1;
  };
  if (!/^\d+$/.test(text)) return fail();
  const bits = Number(text);
  if (bits % 8 !== 0) return fail("length is not a multiple of 8");
  if (bits > 512) return fail(`maximum digest length for ${quoteLocale(d.label)} is 512 bits`);
  if (bits === 0 || bits === 512) return d;
  return { ...d, label: `${d.label}-${bits}`, hexLength: bits / 4, hash: (data) => d.hash(data, bits / 8) };
}

const SPECS: OptionSpec[] = [
  { key: "b", short: "b", long: "binary" },
  { key: "c", short: "c", long: "check" },
  { key: "t", short: "t", long: "text" },
  { key: "tag", long: "tag" },
  { key: "z", short: "z", long: "zero" },
  { key: "ignore-missing", long: "ignore-missing" },
  { key: "quiet", long: "quiet" },
  { key: "status", long: "status" },
  { key: "strict", long: "strict" },
  { key: "w", short: "w", long: "warn" },
];

export function hexDigest(d: Digest, data: ByteString, bytes?: number): string {
  return bytesToHex(d.hash(toUint8Array(data), bytes));
}

/** coreutils' filename escaping for checksum lines: \\ and \n, flagged by a leading backslash */
function escapeName(name: string): { name: string; escaped: boolean } {
  if (!/[\\\n]/.test(name)) return { name, escaped: false };
  return { name: name.replaceAll("\\", "\\\\").replaceAll("\n", "\\n"), escaped: true };
}

function unescapeName(s: string): string | undefined {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== "\\") {
      out += s[i];
      continue;
    }
    const n = s[++i];
    if (n === "\\") out += "\\";
    else if (n === "n") out += "\n";
    else return undefined;
  }
  return out;
}

/** A checksum line: "HASH  name", "HASH *name", or the BSD "MD5 (name) = HASH". */
function parseLine(d: Digest, raw: string): { hex: string; name: string } | undefined {
  let line = raw.replace(/^[ \t]+/, "");
  let escaped = false;
  if (line.startsWith("\\")) {
    escaped = true;
    line = line.slice(1);
  }
  const hexDigits = d.variable ? "+" : `{${d.hexLength}}`;
  const tag = new RegExp(`^${d.label}${d.variable ? "(?:-\\d+)?" : ""} \\((.*)\\) = ([0-9a-fA-F]${hexDigits})$`).exec(line);
  let hex: string;
  let name: string;
  if (tag) {
    name = tag[1];
    hex = tag[2];
  } else {
    const m = new RegExp(`^([0-9a-fA-F]${hexDigits}) [ *]?(.+)$`).exec(line);
    if (!m) return undefined;
    hex = m[1];
    name = m[2];
  }
  // BLAKE2b: a whole number of bytes, at most 64
  if (d.variable && (hex.length % 2 !== 0 || hex.length > 128)) return undefined;
  if (escaped) {
    const u = unescapeName(name);
    if (u === undefined) return undefined;
    name = u;
  }
  return { hex: hex.toLowerCase(), name };
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function runChecksum(proc: Process, digest: Digest): number {
  const specs = digest.variable ? [...SPECS, { key: "l", short: "l", long: "length", arg: "required" as const }] : SPECS;
  const p = parseOrUsage(proc, digest.prog, specs, { version: `${digest.prog} (GNU coreutils) 9.1` });
  if ("exit" in p) return p.exit;
  const o = p.opts;
  let d = digest;
  const length = o.value("l");
  if (length !== undefined) {
    const r = withLength(proc, d, length);
    if (typeof r === "number") return r;
    // -c takes each line's length from its digits (b2sum -l 16 -c accepts an 8-bit line)
    if (!o.has("c")) d = r;
  }
  const check = o.has("c");
  if (!check) {
    for (const [key, opt] of [["ignore-missing", "--ignore-missing"], ["status", "--status"], ["quiet", "--quiet"], ["strict", "--strict"], ["w", "--warn"]] as const)
      if (o.has(key)) return usageError(proc, d.prog, `the ${opt} option is meaningful only when verifying checksums`);
  } else if (o.has("b") || o.has("t")) {
    return usageError(proc, d.prog, "the --binary and --text options are meaningless when verifying checksums");
  } else if (o.has("tag")) {
    return usageError(proc, d.prog, "the --tag option is meaningless when verifying checksums");
  }
  const operands = p.operands.length === 0 ? ["-"] : p.operands;
  let status = 0;
  for (const name of operands) {
    const ok = check ? checkFile(proc, d, name, o) : printSum(proc, d, name, o.has("b"), o.has("tag"));
    if (!ok) status = 1;
  }
  return status;
}

function readError(proc: Process, d: Digest, name: string): ByteString | undefined {
  const r = readOperand(proc, name);
  if (r.ok) return r.value;
  proc.stderr.write(`${d.prog}: ${quoteIfNeeded(name)}: ${strerror(r.errno)}\n`);
  return undefined;
}

function printSum(proc: Process, d: Digest, name: string, binary: boolean, tag: boolean): boolean {
  const data = readError(proc, d, name);
  if (data === undefined) return false;
  const hex = hexDigest(d, data);
  const e = escapeName(name);
  if (tag) proc.stdout.write(`${e.escaped ? "\\" : ""}${d.label} (${e.name}) = ${hex}\n`);
  else proc.stdout.write(`${e.escaped ? "\\" : ""}${hex} ${binary ? "*" : " "}${e.name}\n`);
  return true;
}

interface CheckFlags {
  has(key: string): boolean;
}

function checkFile(proc: Process, d: Digest, listName: string, o: CheckFlags): boolean {
  const list = readError(proc, d, listName);
  if (list === undefined) return false;
  const shownList = listName === "-" ? "'standard input'" : quoteIfNeeded(listName);
  const status = o.has("status");
  const quiet = o.has("quiet");
  let good = 0;
  let bad = 0;
  let unreadable = 0;
  let mismatched = 0;
  let matchedAny = false;
  const lines = utf8Decode(list).split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  lines.forEach((raw, i) => {
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text.startsWith("#")) return;
    const parsed = parseLine(d, text);
    if (!parsed) {
      bad++;
      if (o.has("w")) proc.stderr.write(`${d.prog}: ${shownList}: ${i + 1}: improperly formatted ${d.label} checksum line\n`);
      return;
    }
    good++;
    // in -c reports coreutils 9.1 escapes only names holding a newline
    const e = parsed.name.includes("\n") ? escapeName(parsed.name) : { name: parsed.name, escaped: false };
    const shown = `${e.escaped ? "\\" : ""}${e.name}`;
    const r = readOperand(proc, parsed.name);
    if (!r.ok) {
      if (o.has("ignore-missing") && r.errno === "ENOENT") return;
      matchedAny = true;
      proc.stderr.write(`${d.prog}: ${quoteIfNeeded(parsed.name)}: ${strerror(r.errno)}\n`);
      unreadable++;
      if (!status) proc.stdout.write(`${shown}: FAILED open or read\n`);
      return;
    }
    matchedAny = true;
    const same = hexDigest(d, r.value, d.variable ? parsed.hex.length / 2 : undefined) === parsed.hex;
    if (!same) mismatched++;
    if (!status && (!same || !quiet)) proc.stdout.write(`${shown}: ${same ? "OK" : "FAILED"}\n`);
  });
  if (good === 0) {
    proc.stderr.write(`${d.prog}: ${shownList}: no properly formatted checksum lines found\n`);
    return false;
  }
  if (!status) {
    if (bad > 0) proc.stderr.write(`${d.prog}: WARNING: ${bad} ${plural(bad, "line is", "lines are")} improperly formatted\n`);
    if (unreadable > 0)
      proc.stderr.write(`${d.prog}: WARNING: ${unreadable} listed ${plural(unreadable, "file", "files")} could not be read\n`);
    if (mismatched > 0)
      proc.stderr.write(`${d.prog}: WARNING: ${mismatched} computed ${plural(mismatched, "checksum", "checksums")} did NOT match\n`);
  }
  if (o.has("ignore-missing") && !matchedAny) {
    proc.stderr.write(`${d.prog}: ${shownList}: no file was verified\n`);
    return false;
  }
  return unreadable === 0 && mismatched === 0 && !(o.has("strict") && bad > 0);
}
