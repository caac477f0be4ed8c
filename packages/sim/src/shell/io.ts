/**
 * Standard streams as the interpreter passes them around. Input is a
 * `Reader` with a read position, so that successive `read` builtins in a
 * loop consume successive lines of the same redirected file; a program
 * handed the reader takes everything left. Output streams are the
 * process/streams.ts contract; `FileSink` appends to a file as it is written.
 */
import type { Errno } from "../kernel/errno.js";
import { type ByteString, EMPTY_BYTES, utf8Encode } from "../bytes.js";
import type { Vfs } from "../fs/types.js";
import type { Budget } from "../process/limits.js";
import { type InputStream, type OutputStream, inputFrom } from "../process/streams.js";

export class Reader {
  private pos = 0;
  constructor(
    private readonly data: ByteString,
    readonly isTTY: boolean,
  ) {}

  static tty(): Reader {
    return new Reader(EMPTY_BYTES, true);
  }

  get atEof(): boolean {
    return this.pos >= this.data.length;
  }

  /** bytes up to (not including) `delim`, consuming the delimiter; null at end of input */
  readUntil(delim: string): { text: ByteString; terminated: boolean } | null {
    if (this.pos >= this.data.length) return null;
    const i = delim === "" ? -1 : this.data.indexOf(delim, this.pos);
    const end = i < 0 ? this.data.length : i;
    const text = this.data.slice(this.pos, end) as ByteString;
    this.pos = i < 0 ? this.data.length : i + delim.length;
    return { text, terminated: i >= 0 };
  }

  /** everything not yet read, as a program's standard input */
  takeAll(): InputStream {
    const rest = this.data.slice(this.pos) as ByteString;
    this.pos = this.data.length;
    return inputFrom(rest, this.isTTY);
  }
}

export interface Io {
  stdin: Reader;
  stdout: OutputStream;
  stderr: OutputStream;
}

/** Appends every write to a file (the file was created or truncated when the redirection was set up). */
export class FileSink implements OutputStream {
  readonly isTTY = false;
  constructor(
    private readonly fs: Vfs,
    private readonly path: string,
    private readonly budget: Budget,
  ) {}

  write(text: string): void {
    this.writeBytes(utf8Encode(text));
  }

  /** the first write(2) error (e.g. EINVAL writing a word to a numeric /proc/sys file), reported once the command ends */
  writeError?: Errno;

  writeBytes(bytes: ByteString): void {
    if (bytes.length === 0) return;
    this.budget.chargeData(bytes.length);
    const r = this.fs.writeFile(this.path, bytes, { append: true });
    if (!r.ok && !this.writeError) this.writeError = r.errno;
  }
}

/** A stream that charges the line's output budget, then passes bytes on. */
export class ChargedStream implements OutputStream {
  constructor(
    private readonly inner: OutputStream,
    private readonly budget: Budget,
  ) {}
  get isTTY(): boolean {
    return this.inner.isTTY;
  }
  write(text: string): void {
    this.writeBytes(utf8Encode(text));
  }
  writeBytes(bytes: ByteString): void {
    if (bytes.length === 0) return;
    this.budget.chargeOutput(bytes.length);
    this.inner.writeBytes(bytes);
  }
}

/** `>&-`: a closed descriptor; writes vanish */
export const CLOSED: OutputStream = { write() {}, writeBytes() {}, isTTY: false };
