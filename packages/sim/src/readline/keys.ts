/**
 * Key decoding: the raw string a terminal sends (xterm.js `onData`) becomes a
 * sequence of keys. Decoding is a pure function of the pending input so that
 * an escape sequence split across two chunks is simply decoded once the rest
 * has arrived: `decodeKey` answers "incomplete" and the caller keeps the bytes.
 *
 * A lone ESC is incomplete too: like readline in emacs mode, ESC is the meta
 * prefix, so ESC followed later by `b` is Alt-B, whenever the `b` arrives.
 */

/** Named keys the editor binds. Control letters are "ctrl-a" .. "ctrl-z". */
export type KeyName =
  | "enter"
  | "tab"
  | "backspace"
  | "delete"
  | "left"
  | "right"
  | "up"
  | "down"
  | "home"
  | "end"
  | "ctrl-left"
  | "ctrl-right"
  | `ctrl-${string}`
  | `alt-${string}`
  /** a sequence that is well formed but bound to nothing (F1, PgUp, Insert, ...) */
  | "unknown";

export type Key = { type: "char"; char: string } | { type: "key"; name: KeyName };

export type Decoded = { key: Key; length: number } | "incomplete";

const ESC = "\x1b";

/** Control characters with their own names; other C0 codes map to "ctrl-<letter>". */
const C0_NAMES: Record<string, KeyName> = {
  "\r": "enter",
  "\n": "enter",
  "\t": "tab",
  "\b": "backspace",
  "\x7f": "backspace",
};

/**
 * Decode the key at `input[pos]`. Returns the key and how many UTF-16 code
 * units it used, or "incomplete" when `input` ends inside a sequence.
 * Precondition: pos < input.length.
 */
export function decodeKey(input: string, pos: number): Decoded {
  const c = input[pos];
  if (c === ESC) return decodeEscape(input, pos);
  const code = c.charCodeAt(0);
  if (c in C0_NAMES) return { key: named(C0_NAMES[c]), length: 1 };
  if (code < 0x20) {
    // 0x1c..0x1f have no letter; readline leaves them unbound by default
    const name: KeyName = code >= 1 && code <= 26 ? `ctrl-${String.fromCharCode(code + 96)}` : "unknown";
    return { key: named(name), length: 1 };
  }
  if (code >= 0x80 && code < 0xa0) return { key: named("unknown"), length: 1 };
  if (code >= 0xd800 && code < 0xdc00) {
    if (pos + 1 >= input.length) return "incomplete";
    return { key: { type: "char", char: input.slice(pos, pos + 2) }, length: 2 };
  }
  return { key: { type: "char", char: c }, length: 1 };
}

function named(name: KeyName): Key {
  return { type: "key", name };
}

function decodeEscape(input: string, pos: number): Decoded {
  if (pos + 1 >= input.length) return "incomplete";
  const next = input[pos + 1];
  if (next === "[") return decodeCsi(input, pos);
  if (next === "O") {
    if (pos + 2 >= input.length) return "incomplete";
    return { key: named(SS3_KEYS[input[pos + 2]] ?? "unknown"), length: 3 };
  }
  if (next === "\x7f" || next === "\b") return { key: named("alt-backspace"), length: 2 };
  if (next === ESC) return { key: named("unknown"), length: 1 };
  const code = next.charCodeAt(0);
  if (code < 0x20) return { key: named("unknown"), length: 2 };
  return { key: named(`alt-${next.toLowerCase()}`), length: 2 };
}

const SS3_KEYS: Record<string, KeyName> = { A: "up", B: "down", C: "right", D: "left", H: "home", F: "end" };

const CSI_LETTER_KEYS: Record<string, KeyName> = { A: "up", B: "down", C: "right", D: "left", H: "home", F: "end" };

/** `ESC [ n ~` keys (VT220 style), by n */
const CSI_TILDE_KEYS: Record<string, KeyName> = { "1": "home", "7": "home", "4": "end", "8": "end", "3": "delete" };

/**
 * CSI: ESC [ parameters (0x30-0x3f)* intermediates (0x20-0x2f)* final (0x40-0x7e).
 * A modifier parameter ("1;5D") turns Left/Right into word moves when it
 * includes Ctrl (5) or Alt (3), as xterm sends them.
 */
function decodeCsi(input: string, pos: number): Decoded {
  let i = pos + 2;
  while (i < input.length && input.charCodeAt(i) >= 0x20 && input.charCodeAt(i) <= 0x3f) i++;
  if (i >= input.length) return "incomplete";
  const final = input[i];
  const length = i - pos + 1;
  const code = final.charCodeAt(0);
  if (code < 0x40 || code > 0x7e) return { key: named("unknown"), length: length - 1 };
  const params = input.slice(pos + 2, i).split(";");
  const modifier = params[1] === undefined ? 1 : Number(params[1]);
  if (final === "~") return { key: named(CSI_TILDE_KEYS[params[0]] ?? "unknown"), length };
  const base = CSI_LETTER_KEYS[final];
  if (base === undefined) return { key: named("unknown"), length };
  if (modifier !== 1 && (base === "left" || base === "right")) {
    // xterm modifier codes: 1 + (shift 1 | alt 2 | ctrl 4)
    const bits = modifier - 1;
    if (bits & 4 || bits & 2) return { key: named(base === "left" ? "ctrl-left" : "ctrl-right"), length };
  }
  return { key: named(base), length };
}
