/**
 * find's -printf FORMAT (findutils 4.9): backslash escapes and %
 * directives, each with printf's flags and field width. Times are the
 * file's (the simulation keeps one, so %a, %c and %t, and %A, %C and %T,
 * all give the modification time) in the process's local time zone
 * (file-time.ts): %t and %a/%c like ctime with the fraction findutils
 * prints ("Fri May 29 05:26:40.2500000000 2026"), %TK strftime's K, with
 * the fraction for S, T, X, + and @ (seconds since the Epoch).
 */
import type { Stat } from "../../../fs/types.js";
import { EPOCH_MS } from "../../../world/clock.js";
import { type LocalZone, fileTime } from "../file-time.js";
import { modeString } from "../file-mode.js";

export interface PrintfFile {
  /** as find prints it (%p) */
  path: string;
  /** the starting point it was found under (%H) */
  start: string;
  st: Stat;
  depth: number;
  /** the symlink's target (%l), "" for other files */
  target: string;
  user: string;
  group: string;
}

const TYPE: Record<Stat["type"], string> = { file: "f", dir: "d", symlink: "l", chardev: "c", blockdev: "b" };
const ESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", "0": "\0" };

/** findutils' fraction: nine digits of nanoseconds and a zero */
function fraction(mtime: number): string {
  const ms = (((EPOCH_MS + mtime) % 1000) + 1000) % 1000;
  return `.${String(ms).padStart(3, "0")}0000000`;
}

function timeField(k: string, mtime: number, zone: LocalZone): string {
  const f = fraction(mtime);
  switch (k) {
    case "@": return `${Math.floor((EPOCH_MS + mtime) / 1000)}${f}`;
    case "S": case "T": case "X": return fileTime(k === "S" ? "%S" : "%H:%M:%S", mtime, zone) + f;
    case "+": return fileTime("%Y-%m-%d+%H:%M:%S", mtime, zone) + f;
    default: return /^[aAbBcdDehHIjklmMnprsuUVwWxyYzZ]$/.test(k) ? fileTime(`%${k}`, mtime, zone) : `%${k}`;
  }
}

function ctimeField(mtime: number, zone: LocalZone): string {
  return `${fileTime("%a %b %e %H:%M:%S", mtime, zone)}${fraction(mtime)} ${fileTime("%Y", mtime, zone)}`;
}

/** the field width and `-` of a directive ("-10", "5"); findutils pads %05s with blanks too */
function pad(text: string, spec: string): string {
  const m = /^([-+ #0]*)(\d*)/.exec(spec)!;
  const width = Number(m[2] || 0);
  if (text.length >= width) return text;
  return m[1].includes("-") ? text.padEnd(width, " ") : text.padStart(width, " ");
}

/** -printf's output for one file */
export function formatPrintf(format: string, f: PrintfFile, zone: LocalZone): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "\\" && i + 1 < format.length) {
      const e = format[++i];
      if (e === "c") break;
      out += ESCAPES[e] ?? `\\${e}`;
      continue;
    }
    if (c !== "%" || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const m = /^[-+ #0]*\d*(?:\.\d+)?/.exec(format.slice(i + 1))!;
    const spec = m[0];
    i += spec.length + 1;
    const d = format[i];
    const st = f.st;
    const slash = f.path.lastIndexOf("/");
    const num = (n: number) => pad(String(n), spec);
    const str = (s: string) => pad(s, spec);
    switch (d) {
      case "%": out += "%"; break;
      case "p": out += str(f.path); break;
      case "f": out += str(slash < 0 || f.path === "/" ? f.path : f.path.slice(slash + 1)); break;
      case "h": out += str(slash < 0 ? "." : slash === 0 ? "/" : f.path.slice(0, slash)); break;
      case "H": out += str(f.start); break;
      case "P": out += str(f.path === f.start ? "" : f.path.slice(f.start.length).replace(/^\//, "")); break;
      case "s": out += num(st.size); break;
      case "k": out += num(Math.ceil((st.blocks ?? 0) / 2)); break;
      case "b": out += num(st.blocks ?? 0); break;
      case "m": out += pad((st.mode & 0o7777).toString(8), spec); break;
      case "M": out += str(modeString(st.type, st.mode)); break;
      case "u": out += str(f.user); break;
      case "g": out += str(f.group); break;
      case "U": out += num(st.uid); break;
      case "G": out += num(st.gid); break;
      case "i": out += num(st.ino); break;
      case "n": out += num(st.nlink); break;
      case "d": out += num(f.depth); break;
      case "y": out += str(TYPE[st.type]); break;
      case "l": out += str(f.target); break;
      case "t": case "a": case "c": out += str(ctimeField(st.mtime, zone)); break;
      case "T": case "A": case "C":
        i++;
        out += str(i < format.length ? timeField(format[i], st.mtime, zone) : "");
        break;
      default: out += `%${spec}${d ?? ""}`;
    }
  }
  return out;
}
