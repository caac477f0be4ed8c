/**
 * ~/.mysql_history as the Debian client (linked with libedit) keeps it: the
 * monitor reads it at start, so Up recalls lines of earlier sessions, and
 * writes it back on leaving. libedit's format: a "_HiStOrY_V2_" line, then
 * one line per entry with spaces, tabs, newlines and backslashes written as
 * octal escapes (`select\0401`). MYSQL_HISTFILE names another file;
 * /dev/null turns it off. Batch runs never touch it.
 */
import { utf8Decode, utf8Encode } from "../../bytes.js";
import type { Process } from "../../process/process.js";

const MAGIC = "_HiStOrY_V2_";
/** entries kept (libedit's default size is larger; a bound keeps a learner's file small) */
const MAX_ENTRIES = 500;

function historyPath(proc: Process): string | undefined {
  const path = proc.env.MYSQL_HISTFILE || `${proc.env.HOME || "/root"}/.mysql_history`;
  return path === "/dev/null" ? undefined : proc.resolve(path);
}

const encode = (line: string) => line.replace(/[\\ \t\n]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}`);
const decode = (line: string) => line.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

export function loadHistory(proc: Process): string[] {
  const path = historyPath(proc);
  if (!path) return [];
  const data = proc.host.fs.readFile(path);
  if (!data.ok) return [];
  const lines = utf8Decode(data.value).split("\n");
  if (lines[0] !== MAGIC) return [];
  return lines.slice(1).filter((l) => l !== "").map(decode).slice(-MAX_ENTRIES);
}

export function saveHistory(proc: Process, entries: readonly string[]): void {
  const path = historyPath(proc);
  if (!path) return;
  const kept = entries.slice(-MAX_ENTRIES);
  const fs = proc.host.fs;
  if (fs.writeFile(path, utf8Encode(`${MAGIC}\n${kept.map((e) => `${encode(e)}\n`).join("")}`)).ok) fs.chmod(path, 0o600);
}
