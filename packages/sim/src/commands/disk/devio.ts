/**
 * Opening an operand the way dd, od, hexdump, xxd, file -s and fdisk do:
 * a regular file (read whole, written back when done), a block device
 * (byte I/O through the kernel's block layer: `/dev/sda` reads the disk,
 * `/dev/sda1` the partition the kernel holds), or a character device
 * (/dev/zero endless zeros, /dev/urandom the world's seeded PRNG,
 * /dev/null empty and bottomless, /dev/full always full).
 */
import { type ByteString, EMPTY_BYTES, asBytes, fromUint8Array } from "../../bytes.js";
import { type Result, fail, ok } from "../../kernel/errno.js";
import type { BlockDevice } from "../../kernel/block/block.js";
import type { Process } from "../../process/process.js";
import { resolveOperand } from "../files/program.js";

/** what dd may write into one regular file, so that no command line can fill the learner's memory */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface ByteSource {
  kind: "file" | "block" | "char" | "stdin";
  /** bytes from `offset`, at most `length` (fewer at the end) */
  read(offset: number, length: number): ByteString;
  /** size in bytes; undefined for endless devices */
  size?: number;
  /** the block device, when it is one */
  dev?: BlockDevice;
  /**
   * For a sparse device: the first offset at or after `offset` that may hold
   * a non-zero byte (SEEK_DATA), so a dump can pass over a run of zeros
   * without reading it. Undefined: read everything.
   */
  nextData?(offset: number): number;
}

export interface ByteSink {
  kind: "file" | "block" | "char" | "stdout";
  /** write at `offset`; the count written, or ENOSPC when nothing fits */
  write(offset: number, data: ByteString): Result<number>;
  /** end the output at `size` bytes (dd without conv=notrunc), before writing */
  truncate(size: number): void;
  /** commit (a file is written back) */
  close(): Result;
  dev?: BlockDevice;
}

const ZEROS_64K = "\0".repeat(65536);

function zeros(n: number): ByteString {
  let out = "";
  while (out.length + ZEROS_64K.length <= n) out += ZEROS_64K;
  return asBytes(out + ZEROS_64K.slice(0, n - out.length));
}

/** the kernel's device for a path that names a block device node */
export function blockDeviceAt(proc: Process, path: string): Result<BlockDevice> {
  const st = proc.host.fs.stat(path);
  if (!st.ok) return st;
  if (st.value.type !== "blockdev" || !st.value.rdev) return fail("ENOTBLK");
  const dev = proc.host.kernel.block.byNumber(st.value.rdev.major, st.value.rdev.minor);
  return dev ? ok(dev) : fail("ENXIO");
}

export function openSource(proc: Process, operand: string): Result<ByteSource> {
  const path = resolveOperand(proc, operand);
  const st = proc.host.fs.stat(path);
  if (!st.ok) return st;
  const s = st.value;
  if (s.type === "dir") return fail("EISDIR");
  if (s.type === "blockdev") {
    const dev = blockDeviceAt(proc, path);
    if (!dev.ok) return dev;
    const block = proc.host.kernel.block;
    return ok({
      kind: "block",
      dev: dev.value,
      size: block.size(dev.value),
      read: (o, n) => block.read(dev.value, o, n),
      nextData: (o) => block.nextData(dev.value, o),
    });
  }
  if (s.type === "chardev") {
    const minor = s.rdev?.minor;
    if (s.rdev?.major === 1 && minor === 5) return ok({ kind: "char", read: (_o, n) => zeros(n) });
    if (s.rdev?.major === 1 && (minor === 8 || minor === 9)) return ok({ kind: "char", read: (_o, n) => randomBytes(proc, n) });
    return ok({ kind: "char", size: 0, read: () => EMPTY_BYTES });
  }
  const data = proc.host.fs.readFile(path);
  if (!data.ok) return data;
  return ok({ kind: "file", size: data.value.length, read: (o, n) => asBytes(data.value.slice(o, o + n)) });
}

export function stdinSource(proc: Process): ByteSource {
  const data = proc.stdin.bytes();
  return { kind: "stdin", size: data.length, read: (o, n) => asBytes(data.slice(o, o + n)) };
}

/** bytes of /dev/urandom: the world's PRNG, so a replay reads the same */
function randomBytes(proc: Process, n: number): ByteString {
  const prng = proc.host.prng;
  // each 32-bit draw gives four bytes, low byte first; filled in an array, made a string once
  const bytes = new Uint8Array(Math.ceil(n / 4) * 4);
  for (let i = 0; i < bytes.length; i += 4) {
    const x = prng.nextU32();
    bytes[i] = x;
    bytes[i + 1] = x >>> 8;
    bytes[i + 2] = x >>> 16;
    bytes[i + 3] = x >>> 24;
  }
  return fromUint8Array(bytes.subarray(0, n));
}

/** Open for writing; a missing regular file is created (mode 0644) when written. */
export function openSink(proc: Process, operand: string): Result<ByteSink> {
  const path = resolveOperand(proc, operand);
  const fs = proc.host.fs;
  const st = fs.stat(path);
  if (st.ok && st.value.type === "dir") return fail("EISDIR");
  if (st.ok && st.value.type === "blockdev") {
    const dev = blockDeviceAt(proc, path);
    if (!dev.ok) return dev;
    const block = proc.host.kernel.block;
    return ok({
      kind: "block",
      dev: dev.value,
      write: (o, d) => {
        const n = block.write(dev.value, o, d);
        return n === 0 && d.length > 0 ? fail("ENOSPC") : ok(n);
      },
      truncate: () => {},
      close: () => ok(),
    });
  }
  if (st.ok && st.value.type === "chardev") {
    const full = st.value.rdev?.major === 1 && st.value.rdev.minor === 7;
    return ok({ kind: "char", write: (_o, d) => (full ? fail("ENOSPC") : ok(d.length)), truncate: () => {}, close: () => ok() });
  }
  const old = st.ok ? fs.readFile(path) : ok(EMPTY_BYTES);
  if (!old.ok) return old;
  let data: string = old.value;
  // open(2) with O_CREAT: a missing parent or an unwritable place fails now
  if (!st.ok) {
    const created = fs.writeFile(path, EMPTY_BYTES);
    if (!created.ok) return created;
  }
  return ok({
    kind: "file",
    write: (o, d) => {
      if (o + d.length > MAX_FILE_BYTES) {
        const room = Math.max(0, MAX_FILE_BYTES - o);
        if (room === 0) return fail("ENOSPC");
        d = asBytes(d.slice(0, room));
      }
      if (o > data.length) data += zeros(o - data.length);
      data = data.slice(0, o) + d + data.slice(o + d.length);
      return ok(d.length);
    },
    truncate: (size) => {
      data = size <= data.length ? data.slice(0, size) : data + zeros(size - data.length);
    },
    close: () => fs.writeFile(path, asBytes(data)),
  });
}

export function stdoutSink(proc: Process): ByteSink {
  return {
    kind: "stdout",
    write: (_o, d) => {
      proc.stdout.writeBytes(d);
      return ok(d.length);
    },
    truncate: () => {},
    close: () => ok(),
  };
}
