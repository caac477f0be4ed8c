/**
 * The text being edited, as editors keep it: an array of lines without their
 * newlines. Reading and writing go through the Vfs of the program's host;
 * errors come back as errnos for the editor to word as the real one does.
 */
import { utf8Decode, utf8Encode } from "../../bytes.js";
import type { Errno } from "../../kernel/errno.js";
import type { Process } from "../../process/process.js";

export type LoadResult =
  | { kind: "file"; lines: string[]; bytes: number }
  | { kind: "new" }
  | { kind: "error"; errno: Errno | "EISDIR" };

/** Read `path` into lines; a final newline ends the last line (it does not start an empty one). */
export function loadLines(proc: Process, path: string): LoadResult {
  const abs = proc.resolve(path);
  const st = proc.host.fs.stat(abs);
  if (!st.ok) return st.errno === "ENOENT" ? { kind: "new" } : { kind: "error", errno: st.errno };
  if (st.value.type === "dir") return { kind: "error", errno: "EISDIR" };
  const r = proc.host.fs.readFile(abs);
  if (!r.ok) return { kind: "error", errno: r.errno };
  const text = utf8Decode(r.value);
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  return { kind: "file", lines, bytes: r.value.length };
}

/** Write lines, each ended by a newline (nano and vim both end the file with one). */
export function saveLines(proc: Process, path: string, lines: string[]): { ok: true; bytes: number } | { ok: false; errno: Errno } {
  const text = lines.map((l) => l + "\n").join("");
  const bytes = utf8Encode(text);
  const r = proc.host.fs.writeFile(proc.resolve(path), bytes, { mode: 0o666 & ~proc.umask });
  return r.ok ? { ok: true, bytes: bytes.length } : { ok: false, errno: r.errno };
}

/** display column of UTF-16 offset `x` in `line`, tabs to the next multiple of `tab` */
export function columnOf(line: string, x: number, tab = 8): number {
  let col = 0;
  for (let i = 0; i < x && i < line.length; i++) col = line[i] === "\t" ? col + tab - (col % tab) : col + 1;
  return col;
}

/** the offset whose column is the largest not past `col` */
export function offsetAtColumn(line: string, col: number, tab = 8): number {
  let c = 0;
  for (let i = 0; i < line.length; i++) {
    const next = line[i] === "\t" ? c + tab - (c % tab) : c + 1;
    if (next > col) return i;
    c = next;
  }
  return line.length;
}

/** the line with tabs expanded to spaces, for display */
export function expandTabs(line: string, tab = 8): string {
  let out = "";
  for (const ch of line) out += ch === "\t" ? " ".repeat(tab - (out.length % tab)) : ch;
  return out;
}
