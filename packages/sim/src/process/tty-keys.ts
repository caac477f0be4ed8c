/**
 * Decoding one chunk of raw terminal input into keys, as a curses program in
 * raw mode sees them with TERM=xterm-256color. A chunk is decoded on its own:
 * an escape sequence never spans two chunks (xterm.js sends each key's
 * sequence whole), so an ESC at the end of a chunk is the Escape key, as it
 * is for a real program once ESCDELAY has passed. Decoding per chunk keeps
 * the result independent of what arrives later, which the re-run of a
 * waiting command line relies on.
 */
import type { TtyKey, TtyKeyName } from "./tty.js";

export interface DecodedKey {
  key: TtyKey;
  /** UTF-16 code units of the chunk this key used */
  length: number;
}

const ESC = "\x1b";

const C0: Record<number, TtyKeyName> = { 0x0d: "enter", 0x0a: "ctrl-j", 0x09: "tab", 0x08: "backspace", 0x7f: "backspace", 0x1b: "esc" };

const LETTER: Record<string, TtyKeyName> = { A: "up", B: "down", C: "right", D: "left", H: "home", F: "end", P: "f1", Q: "f2", R: "f3", S: "f4" };

const TILDE: Record<string, TtyKeyName> = {
  "1": "home", "2": "insert", "3": "delete", "4": "end", "5": "pgup", "6": "pgdn", "7": "home", "8": "end",
  "11": "f1", "12": "f2", "13": "f3", "14": "f4", "15": "f5", "17": "f6", "18": "f7", "19": "f8", "20": "f9",
  "21": "f10", "23": "f11", "24": "f12",
};

function named(name: TtyKeyName): TtyKey {
  return { type: "key", name };
}

function control(code: number): TtyKeyName {
  if (code in C0) return C0[code];
  if (code === 0) return "ctrl-@";
  if (code <= 26) return `ctrl-${String.fromCharCode(code + 96)}`;
  // 0x1c..0x1f: Ctrl-\ Ctrl-] Ctrl-^ Ctrl-_
  return `ctrl-${String.fromCharCode(code + 64)}`;
}

/** Decode a whole chunk. */
export function decodeChunk(chunk: string): DecodedKey[] {
  const out: DecodedKey[] = [];
  let i = 0;
  while (i < chunk.length) {
    const d = decodeAt(chunk, i);
    out.push(d);
    i += d.length;
  }
  return out;
}

function decodeAt(s: string, i: number): DecodedKey {
  const code = s.charCodeAt(i);
  if (code === 0x1b) return decodeEscape(s, i);
  if (code < 0x20 || code === 0x7f) return { key: named(control(code)), length: 1 };
  if (code >= 0xd800 && code < 0xdc00 && i + 1 < s.length) return { key: { type: "char", char: s.slice(i, i + 2) }, length: 2 };
  return { key: { type: "char", char: s[i] }, length: 1 };
}

function decodeEscape(s: string, i: number): DecodedKey {
  if (i + 1 >= s.length) return { key: named("esc"), length: 1 };
  const next = s[i + 1];
  if (next === "[") return decodeCsi(s, i);
  if (next === "O" && i + 2 < s.length && LETTER[s[i + 2]]) return { key: named(LETTER[s[i + 2]]), length: 3 };
  if (next === ESC) return { key: named("esc"), length: 1 };
  const code = next.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return { key: named(`alt-${control(code)}`), length: 2 };
  return { key: named(`alt-${next}`), length: 2 };
}

/** ESC [ params final; an unfinished sequence is ESC followed by its characters */
function decodeCsi(s: string, i: number): DecodedKey {
  let j = i + 2;
  while (j < s.length && s.charCodeAt(j) >= 0x20 && s.charCodeAt(j) <= 0x3f) j++;
  if (j >= s.length || s.charCodeAt(j) < 0x40 || s.charCodeAt(j) > 0x7e) return { key: named("esc"), length: 1 };
  const length = j - i + 1;
  const params = s.slice(i + 2, j).split(";");
  const final = s[j];
  const mod = params[1] === undefined ? 1 : Number(params[1]);
  let name: TtyKeyName | undefined = final === "~" ? TILDE[params[0]] : LETTER[final];
  if (!name) return { key: named("unknown"), length };
  // xterm modifier parameter: 1 + (shift 1 | alt 2 | ctrl 4)
  if (mod > 1 && (mod - 1) & 4 && ["up", "down", "left", "right", "home", "end"].includes(name)) name = `ctrl-${name}`;
  return { key: named(name), length };
}
