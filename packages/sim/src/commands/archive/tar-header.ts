/**
 * Tar headers as GNU tar 1.34 writes them by default (`--format=gnu`): 512-byte
 * blocks, octal numeric fields ("0000644\0", 11-digit size and mtime), the
 * checksum as six octal digits, NUL, space, the magic "ustar  \0", user and
 * group names, and names over 100 bytes carried by a "././@LongLink" member of
 * type 'L' (link targets: 'K') before the real header.
 *
 * Reading also accepts POSIX ustar (the 155-byte prefix field) and pax
 * extended headers ('x': path, linkpath, size, mtime), so archives made by
 * other tools list and extract. Byte strings throughout: names are raw bytes.
 */
import { type ByteString, asBytes } from "../../bytes.js";

export const BLOCK = 512;
/** GNU tar's default record: 20 blocks; an archive is padded to a multiple of it */
export const RECORD = 20 * BLOCK;

export type TarType = "file" | "hardlink" | "symlink" | "chardev" | "blockdev" | "dir" | "fifo";

const TYPEFLAG: Record<TarType, string> = {
  file: "0",
  hardlink: "1",
  symlink: "2",
  chardev: "3",
  blockdev: "4",
  dir: "5",
  fifo: "6",
};

export interface TarEntry {
  /** member name as bytes; directories end in "/" */
  name: ByteString;
  type: TarType;
  /** permission bits (07777) */
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  /** content size in bytes (0 for everything but files) */
  size: number;
  /** Unix seconds */
  mtimeSec: number;
  /** symlink or hard link target */
  linkname: ByteString;
  devmajor: number;
  devminor: number;
}

function octal(n: number, width: number): string {
  // width includes the terminating NUL
  return `${n.toString(8).padStart(width - 1, "0")}\0`;
}

function field(s: string, width: number): string {
  const cut = s.slice(0, width);
  return cut + "\0".repeat(width - cut.length);
}

function checksumOf(block: string): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block.charCodeAt(i);
  return sum;
}

function headerBlock(e: TarEntry, name: string, typeflag: string, linkname: string): string {
  const dev = e.type === "chardev" || e.type === "blockdev";
  let h =
    field(name, 100) +
    octal(e.mode & 0o7777, 8) +
    octal(e.uid, 8) +
    octal(e.gid, 8) +
    octal(e.size, 12) +
    octal(Math.max(0, e.mtimeSec), 12) +
    "        " +
    typeflag +
    field(linkname, 100) +
    "ustar  \0" +
    field(e.uname, 32) +
    field(e.gname, 32) +
    (dev ? octal(e.devmajor, 8) + octal(e.devminor, 8) : "\0".repeat(16));
  h += "\0".repeat(BLOCK - h.length);
  const sum = `${checksumOf(h).toString(8).padStart(6, "0")}\0 `;
  return h.slice(0, 148) + sum + h.slice(156);
}

function padBlock(data: string): string {
  const rem = data.length % BLOCK;
  return rem === 0 ? data : data + "\0".repeat(BLOCK - rem);
}

/** The header block(s) of one member (GNU long-name members first), without its data. */
export function encodeHeader(e: TarEntry): ByteString {
  let out = "";
  const longLink = (payload: string, flag: "L" | "K") => {
    const meta: TarEntry = { ...e, mode: 0o644, uid: 0, gid: 0, size: payload.length + 1, mtimeSec: 0, uname: "root", gname: "root", type: "file" };
    return headerBlock(meta, "././@LongLink", flag, "") + padBlock(`${payload}\0`);
  };
  if (e.linkname.length > 100) out += longLink(e.linkname, "K");
  if (e.name.length > 100) out += longLink(e.name, "L");
  out += headerBlock(e, e.name, TYPEFLAG[e.type], e.linkname);
  return asBytes(out);
}

/** A member's data padded to whole blocks. */
export function encodeData(data: ByteString): ByteString {
  return asBytes(padBlock(data));
}

/** Two zero blocks, then zeros to the end of the record. */
export function encodeEnd(archiveLength: number): ByteString {
  const withEnd = archiveLength + 2 * BLOCK;
  const total = Math.ceil(withEnd / RECORD) * RECORD;
  return asBytes("\0".repeat(total - archiveLength));
}

// ---- reading ----

function cstr(block: string, at: number, width: number): string {
  const s = block.slice(at, at + width);
  const nul = s.indexOf("\0");
  return nul < 0 ? s : s.slice(0, nul);
}

/** an octal field (spaces and NULs around it allowed), or GNU base-256 when the high bit is set */
function num(block: string, at: number, width: number): number | undefined {
  if (block.charCodeAt(at) & 0x80) {
    let n = 0;
    for (let i = 1; i < width; i++) n = n * 256 + block.charCodeAt(at + i);
    return n;
  }
  const s = cstr(block, at, width).trim();
  if (s === "") return 0;
  return /^[0-7]+$/.test(s) ? Number.parseInt(s, 8) : undefined;
}

export type ReadProblem = "not-tar" | "eof" | "bad-header";

export interface ReadMember {
  entry: TarEntry;
  data: ByteString;
}

const FROM_FLAG: Record<string, TarType> = {
  "0": "file",
  "\0": "file",
  "7": "file",
  "1": "hardlink",
  "2": "symlink",
  "3": "chardev",
  "4": "blockdev",
  "5": "dir",
  "6": "fifo",
};

function parsePax(data: string): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  // bounded: each record advances `at` by its declared positive length
  while (at < data.length) {
    const sp = data.indexOf(" ", at);
    if (sp < 0) break;
    const len = Number(data.slice(at, sp));
    if (!Number.isInteger(len) || len <= 0) break;
    const rec = data.slice(sp + 1, at + len - 1);
    const eq = rec.indexOf("=");
    if (eq > 0) out[rec.slice(0, eq)] = rec.slice(eq + 1);
    at += len;
  }
  return out;
}

/**
 * Every member of an uncompressed archive. `problem` says why reading
 * stopped early: "not-tar" when there is no first header (tar's "This does
 * not look like a tar archive", also for an empty file), "eof" when the data
 * ends inside a member's data blocks, "bad-header" for a damaged header later
 * on. Data ending inside a header block ends the listing silently, as GNU tar
 * does; so does less than one block read through gzip (`fromPipe`).
 */
export function readArchive(bytes: ByteString, opts: { fromPipe?: boolean } = {}): { members: ReadMember[]; problem?: ReadProblem } {
  const members: ReadMember[] = [];
  let at = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> = {};
  let sawHeader = false;
  // bounded: every round consumes at least one block
  while (at + BLOCK <= bytes.length) {
    const block = bytes.slice(at, at + BLOCK);
    if (/^\0*$/.test(block)) return { members };
    const stored = num(block, 148, 8);
    const sum = checksumOf(block);
    if (stored === undefined || stored !== sum) return { members, problem: sawHeader ? "bad-header" : "not-tar" };
    sawHeader = true;
    const flag = block[156];
    let size = num(block, 124, 12) ?? 0;
    if (pax.size !== undefined) size = Number(pax.size) || size;
    const dataAt = at + BLOCK;
    const dataEnd = dataAt + size;
    const hasData = flag === "0" || flag === "\0" || flag === "7" || flag === "L" || flag === "K" || flag === "x" || flag === "g";
    // GNU tar reads whole blocks: a member whose last data block is cut short is an EOF error,
    // reported after the member itself has been listed (or partly extracted)
    const truncated = hasData && dataAt + Math.ceil(size / BLOCK) * BLOCK > bytes.length;
    const data = hasData ? bytes.slice(dataAt, dataEnd) : "";
    at = hasData ? dataAt + Math.ceil(size / BLOCK) * BLOCK : dataAt;
    if (truncated && (flag === "L" || flag === "K" || flag === "x" || flag === "g")) return { members, problem: "eof" };
    if (flag === "L") {
      longName = cstr(data, 0, data.length);
      continue;
    }
    if (flag === "K") {
      longLink = cstr(data, 0, data.length);
      continue;
    }
    if (flag === "x") {
      pax = parsePax(data);
      continue;
    }
    if (flag === "g") continue;
    const ustar = block.slice(257, 263) === "ustar\0";
    const prefix = ustar ? cstr(block, 345, 155) : "";
    let name = longName ?? pax.path ?? (prefix ? `${prefix}/${cstr(block, 0, 100)}` : cstr(block, 0, 100));
    const type = FROM_FLAG[flag] ?? "file";
    if (type === "dir" && !name.endsWith("/")) name += "/";
    const entry: TarEntry = {
      name: asBytes(name),
      type,
      mode: (num(block, 100, 8) ?? 0) & 0o7777,
      uid: num(block, 108, 8) ?? 0,
      gid: num(block, 116, 8) ?? 0,
      size: type === "file" ? size : 0,
      mtimeSec: pax.mtime !== undefined ? Math.floor(Number(pax.mtime)) : (num(block, 136, 12) ?? 0),
      linkname: asBytes(longLink ?? pax.linkpath ?? cstr(block, 157, 100)),
      uname: cstr(block, 265, 32),
      gname: cstr(block, 297, 32),
      devmajor: num(block, 329, 8) ?? 0,
      devminor: num(block, 337, 8) ?? 0,
    };
    members.push({ entry, data: asBytes(type === "file" ? data : "") });
    if (truncated) return { members, problem: "eof" };
    longName = undefined;
    longLink = undefined;
    pax = {};
  }
  // through a decompressor, less than one block is a short read that ends the archive quietly
  if (!sawHeader) return { members, problem: opts.fromPipe && bytes.length < BLOCK ? undefined : "not-tar" };
  // the data ended without the zero blocks, or inside a header block: GNU tar stops there silently
  return { members };
}
