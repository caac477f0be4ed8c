/**
 * A program's standard streams. Input is read whole (the simulation runs each
 * pipeline stage to completion before the next); output is collected as bytes
 * and charged to the line's budget.
 */
import { type ByteString, EMPTY_BYTES, utf8Decode, utf8Encode } from "../bytes.js";
import type { Budget } from "./limits.js";

export interface InputStream {
  /** everything on standard input, as bytes */
  bytes(): ByteString;
  /** everything on standard input, decoded as UTF-8 */
  text(): string;
  /** standard input is the terminal (nothing piped or redirected) */
  readonly isTTY: boolean;
}

export interface OutputStream {
  /** write text; it is encoded as UTF-8 */
  write(text: string): void;
  /** write raw bytes */
  writeBytes(bytes: ByteString): void;
  /** standard output is the terminal */
  readonly isTTY: boolean;
}

export function inputFrom(bytes: ByteString, isTTY = false): InputStream {
  return { bytes: () => bytes, text: () => utf8Decode(bytes), isTTY };
}

export const TTY_STDIN: InputStream = inputFrom(EMPTY_BYTES, true);

/** An output stream that collects bytes in memory: a pipe or a command substitution, charged as data moved. */
export class Collector implements OutputStream {
  private chunks: string[] = [];
  constructor(
    private readonly budget: Budget,
    readonly isTTY = false,
  ) {}

  write(text: string): void {
    this.writeBytes(utf8Encode(text));
  }

  writeBytes(bytes: ByteString): void {
    if (bytes.length === 0) return;
    this.budget.chargeData(bytes.length);
    this.chunks.push(bytes);
  }

  /** everything written so far */
  bytes(): ByteString {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join("")];
    return (this.chunks[0] ?? "") as ByteString;
  }
}
