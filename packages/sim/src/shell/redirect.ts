/**
 * Redirections: applied in order to a copy of the current streams, as bash
 * applies dup2 calls left to right (so `>f 2>&1` and `2>&1 >f` differ).
 * Output files are created or truncated when the redirection is set up,
 * before the command runs (`cat f > f` empties f, as on Linux); writes are
 * then appended through a `FileSink`. Errors print bash's text
 * ("-bash: f: No such file or directory") and the command is not run.
 */
import { utf8Encode } from "../bytes.js";
import { STRERROR } from "../kernel/errno.js";
import type { Redir } from "./ast.js";
import { type Ctx, errorPrefix } from "./ctx.js";
import { redirectFailureText } from "./dialect.js";
import { expandHeredoc, expandTarget, expandWord } from "./expand.js";
import { CLOSED, FileSink, type Io, Reader } from "./io.js";
import { resolvePath } from "./path.js";
import { shellUmask } from "./builtins/umask.js";
import type { OutputStream } from "../process/streams.js";

/** the streams after redirection, or null when one failed (message already printed) */
export function applyRedirs(ctx: Ctx, redirs: Redir[], io: Io): Io | null {
  if (redirs.length === 0) return io;
  const out: Io = { ...io };
  const fail = (msg: string): null => {
    io.stderr.write(`${errorPrefix(ctx)}${msg}\n`);
    return null;
  };
  for (const r of redirs) {
    ctx.budget.charge(1);
    ctx.line = r.target.line;
    if (r.op === "<<" || r.op === "<<-") {
      const doc = r.heredoc!;
      const body = doc.quoted ? doc.body : expandHeredoc(ctx, doc.body, io);
      setInput(out, r.fd ?? 0, new Reader(utf8Encode(body), false));
      continue;
    }
    if (r.op === "<<<") {
      const text = expandWord(ctx, r.target, io);
      setInput(out, r.fd ?? 0, new Reader(utf8Encode(text + "\n"), false));
      continue;
    }
    if ((r.op === ">&" || r.op === "<&") && /^([0-9]+|-)$/.test(r.target.raw)) {
      const fd = r.fd ?? (r.op === ">&" ? 1 : 0);
      if (r.target.raw === "-") {
        if (fd === 1) out.stdout = CLOSED;
        else if (fd === 2) out.stderr = CLOSED;
        continue;
      }
      const src = Number(r.target.raw);
      if (src > 2) return fail(`${src}: Bad file descriptor`);
      if (fd === 0) {
        if (src !== 0) return fail(`${src}: Bad file descriptor`);
        continue;
      }
      const stream = src === 1 ? out.stdout : src === 2 ? out.stderr : null;
      if (!stream) return fail(`${src}: Bad file descriptor`);
      if (fd === 1) out.stdout = stream;
      else if (fd === 2) out.stderr = stream;
      continue;
    }
    const target = expandTarget(ctx, r.target, io);
    if (target === null) return fail(`${r.target.raw}: ambiguous redirect`);
    if (target === "") return fail(`: No such file or directory`);
    const path = resolvePath(ctx.state.cwd, target);
    const fs = ctx.host.fs;
    if (r.op === "<" || r.op === "<>") {
      const st = fs.stat(path);
      if (!st.ok) return fail(redirectFailureText(ctx, target, st.errno, false));
      if (st.value.type === "dir") {
        // reading a directory fails at read(2) time; the command sees EISDIR from its reads
        setInput(out, r.fd ?? 0, new Reader(utf8Encode(""), false));
        continue;
      }
      const data = fs.readFile(path);
      if (!data.ok) return fail(redirectFailureText(ctx, target, data.errno, false));
      setInput(out, r.fd ?? 0, new Reader(data.value, false));
      continue;
    }
    // output: > >| >> &> &>> and >&word (same as &>)
    const append = r.op === ">>" || r.op === "&>>";
    const st = fs.stat(path);
    if (st.ok && st.value.type === "dir") return fail(redirectFailureText(ctx, target, "EISDIR", true));
    // a device (/dev/null) is opened, not truncated
    if (!(st.ok && (st.value.type === "chardev" || st.value.type === "blockdev"))) {
      const res = fs.writeFile(path, utf8Encode(""), { append, mode: 0o666 & ~shellUmask(ctx) });
      // a file that opens but refuses writes (/proc/version: EIO) fails the command's writes, not the redirection
      if (!res.ok && res.detail !== "write") return fail(redirectFailureText(ctx, target, res.errno, true));
    }
    const sink: OutputStream = new FileSink(fs, path, ctx.budget);
    const both = r.op === "&>" || r.op === "&>>" || (r.op === ">&" && r.fd === null);
    const fd = r.fd ?? 1;
    if (both) {
      out.stdout = sink;
      out.stderr = sink;
    } else if (fd === 1) out.stdout = sink;
    else if (fd === 2) out.stderr = sink;
    // other descriptors have no reader in the simulation; the file is still created
  }
  return out;
}

function setInput(io: Io, fd: number, reader: Reader): void {
  if (fd === 0) io.stdin = reader;
}
