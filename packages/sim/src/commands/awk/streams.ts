/**
 * awk's open files and commands, by the name the program gives them: the
 * outputs of `print > file`, `>> file` and `| "cmd"`, and the inputs of
 * `getline < file` and `"cmd" | getline`. A file written with `>` is
 * emptied when first opened and then grows until close(); "/dev/stdout"
 * and "/dev/stderr" are the standard streams ("-" is a file named "-", as
 * in mawk). Output to a file is kept and written through when it grows,
 * at fflush/close/system and at exit; output to a command is run as the
 * command's standard input when it is closed (or at exit), through the
 * shell the program runs in. Every byte written is charged to the command
 * line's budget, as data.
 *
 * Standard output is buffered as C's stdio buffers it when it is not a
 * terminal (4096 bytes at a time), and flushed where mawk flushes it:
 * before it starts a command (a pipe either way, system()), at fflush and
 * at exit after the commands still open have run. So what a learner sees
 * from `print "x" | "cat"; print "y"` piped onward is x, then y, as on
 * Debian. On a terminal every write goes out at once (line buffering).
 */
import { type ByteString, utf8Decode } from "../../bytes.js";
import { STRERROR } from "../../kernel/errno.js";
import type { Process } from "../../process/process.js";
import { Collector } from "../../process/streams.js";
import { RecordReader } from "./input.js";

/** a fatal I/O error: the message after "mawk: " */
export class AwkIoError extends Error {}

type OutFile =
  | { kind: "std"; write: (b: ByteString) => void }
  | { kind: "file"; path: string; pending: string }
  | { kind: "cmd"; pending: string };

/** bytes kept for a file before they are written through */
const FLUSH_AT = 64 * 1024;
/** glibc's buffer for a stream that is not a terminal */
const STDIO_BUFSIZ = 4096;

export class AwkStreams {
  private readonly outputs = new Map<string, OutFile>();
  private readonly inputs = new Map<string, RecordReader>();
  /** standard output not yet written (only when it is not a terminal) */
  private stdoutBuf = "";

  constructor(private readonly proc: Process) {}

  private stdinTaken = false;

  /** standard input, once: whoever opens it next finds it at its end, as a real stream would be */
  takeStdin(): string {
    if (this.stdinTaken) return "";
    this.stdinTaken = true;
    return this.proc.stdin.bytes();
  }

  writeStdout(data: string): void {
    if (this.proc.stdout.isTTY) {
      this.proc.stdout.writeBytes(data as ByteString);
      return;
    }
    this.stdoutBuf += data;
    if (this.stdoutBuf.length >= STDIO_BUFSIZ) {
      const whole = this.stdoutBuf.length - (this.stdoutBuf.length % STDIO_BUFSIZ);
      this.proc.stdout.writeBytes(this.stdoutBuf.slice(0, whole) as ByteString);
      this.stdoutBuf = this.stdoutBuf.slice(whole);
    }
  }

  flushStdout(): void {
    if (this.stdoutBuf === "") return;
    const data = this.stdoutBuf;
    this.stdoutBuf = "";
    this.proc.stdout.writeBytes(data as ByteString);
  }

  private path(name: string): string {
    return this.proc.resolve(utf8Decode(name as ByteString));
  }

  write(mode: ">" | ">>" | "|", name: string, data: string): void {
    let out = this.outputs.get(name);
    if (!out) {
      out = this.open(mode, name);
      this.outputs.set(name, out);
    }
    if (out.kind === "std") {
      out.write(data as ByteString);
      return;
    }
    this.proc.budget.chargeData(data.length);
    out.pending += data;
    if (out.kind === "file" && out.pending.length >= FLUSH_AT) this.flushFile(out);
  }

  private open(mode: ">" | ">>" | "|", name: string): OutFile {
    if (mode === "|") {
      if (!this.proc.runCommandLine) throw new AwkIoError(`cannot open pipe "${name}" (Operation not supported)`);
      // mawk flushes before it forks the command
      this.flushStdout();
      return { kind: "cmd", pending: "" };
    }
    if (name === "/dev/stdout") return { kind: "std", write: (b) => this.writeStdout(b) };
    if (name === "/dev/stderr") return { kind: "std", write: (b) => this.proc.stderr.writeBytes(b) };
    const path = this.path(name);
    const fs = this.proc.host.fs;
    const st = fs.stat(path);
    if (st.ok && st.value.type === "dir") throw new AwkIoError(`cannot open "${name}" for output (${STRERROR.EISDIR})`);
    const r = fs.writeFile(path, "" as ByteString, { append: mode === ">>" });
    if (!r.ok) throw new AwkIoError(`cannot open "${name}" for output (${STRERROR[r.errno]})`);
    return { kind: "file", path, pending: "" };
  }

  private flushFile(out: { path: string; pending: string }): void {
    if (out.pending === "") return;
    this.proc.host.fs.writeFile(out.path, out.pending as ByteString, { append: true });
    out.pending = "";
  }

  /** run a `print | "cmd"` command with what was printed to it; its exit status */
  private runPipe(name: string, pending: string): number {
    return this.proc.runCommandLine!(utf8Decode(name as ByteString), { stdin: pending as ByteString });
  }

  /** fflush(): every output (mawk 1.3.4 flushes all for no argument); fflush(name): 0 if it is open, else -1 */
  flush(name?: string): number {
    if (name === undefined) {
      this.flushStdout();
      for (const out of this.outputs.values()) if (out.kind === "file") this.flushFile(out);
      return 0;
    }
    if (name === "/dev/stdout") this.flushStdout();
    const out = this.outputs.get(name);
    if (!out) return name === "/dev/stdout" || name === "/dev/stderr" ? 0 : -1;
    if (out.kind === "file") this.flushFile(out);
    return 0;
  }

  /** close(name): 0 for a file, a command's exit status, -1 when nothing of that name is open */
  close(name: string): number {
    let result = -1;
    const out = this.outputs.get(name);
    if (out) {
      this.outputs.delete(name);
      result = 0;
      if (out.kind === "file") this.flushFile(out);
      else if (out.kind === "cmd") result = this.runPipe(name, out.pending);
    }
    if (this.inputs.delete(name)) result = 0;
    return result;
  }

  /** at exit: files written out and commands run, in the order they were opened; then standard output */
  closeAll(): void {
    for (const name of [...this.outputs.keys()]) this.close(name);
    this.flushStdout();
  }

  /** the reader of `getline < name`; undefined when it cannot be opened */
  fileInput(name: string): RecordReader | undefined {
    let r = this.inputs.get(name);
    if (r) return r;
    let data: string;
    if (name === "-" || name === "/dev/stdin") data = this.takeStdin();
    else {
      // what this program wrote to the file so far is there to read
      const out = this.outputs.get(name);
      if (out?.kind === "file") this.flushFile(out);
      const got = this.proc.host.fs.readFile(this.path(name));
      if (!got.ok) return undefined;
      data = got.value;
    }
    r = new RecordReader(name, data);
    this.inputs.set(name, r);
    return r;
  }

  /** the reader of `"cmd" | getline`: the command runs once, its output is read record by record */
  commandInput(name: string): RecordReader | undefined {
    let r = this.inputs.get(name);
    if (r) return r;
    if (!this.proc.runCommandLine) return undefined;
    this.flush();
    const out = new Collector(this.proc.budget);
    this.proc.runCommandLine(utf8Decode(name as ByteString), { stdout: out, stdin: "" as ByteString });
    r = new RecordReader(name, out.bytes());
    this.inputs.set(name, r);
    return r;
  }

  /** system(cmd): outputs flushed first, as mawk does; the command's exit status */
  system(cmd: string): number {
    this.flush();
    if (!this.proc.runCommandLine) return -1;
    return this.proc.runCommandLine(utf8Decode(cmd as ByteString));
  }
}
