/** echo: -n, -e, -E (xpg_echo off, as in Debian's bash). */
import { type ByteString, utf8Encode } from "../../bytes.js";
import { hexEscape, letterEscape, octalEscape, unicodeEscape } from "../c-escapes.js";
import type { Builtin } from "./types.js";

export const echo: Builtin = {
  name: "echo",
  run(_ctx, argv, io) {
    let newline = true;
    let escapes = false;
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i];
      if (!/^-[neE]+$/.test(a)) break;
      for (const f of a.slice(1)) {
        if (f === "n") newline = false;
        else if (f === "e") escapes = true;
        else escapes = false;
      }
    }
    const text = argv.slice(i).join(" ");
    let bytes = utf8Encode(text);
    if (escapes) {
      const r = echoEscapes(text);
      bytes = r.bytes;
      if (r.stop) newline = false;
    }
    io.stdout.writeBytes(newline ? ((bytes + "\n") as ByteString) : bytes);
    return 0;
  },
};

/**
 * The escapes of `echo -e` and printf's %b; `\c` stops all further output.
 * Octal is `\0NNN` for both; printf also takes `\NNN` (`bareOctal`), bash's
 * echo prints that as it is. The result is bytes: \NNN and \xHH are one
 * byte each (printf '\x8b' writes 0x8b, not its UTF-8 form); the rest is
 * UTF-8 text.
 */
export function echoEscapes(s: string, opts: { bareOctal?: boolean } = {}): { bytes: ByteString; stop: boolean } {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\" || i + 1 >= s.length) {
      // a whole character (a surrogate pair is one), as UTF-8
      const ch = String.fromCodePoint(s.codePointAt(i)!);
      out += utf8Encode(ch);
      i += ch.length - 1;
      continue;
    }
    const d = s[++i];
    const letter = letterEscape(d);
    if (letter !== undefined) out += letter;
    else if (d === "c") return { bytes: out as ByteString, stop: true };
    else if (d === "0" || (opts.bareOctal && d >= "1" && d <= "7")) {
      // \0NNN takes up to three digits after the 0; \NNN up to three in all
      const e = d === "0" ? octalEscape(s, i + 1, 3) : octalEscape(s, i, 3);
      out += e.text;
      i = e.last;
    } else if (d === "x") {
      const e = hexEscape(s, i);
      if (e) {
        out += e.text;
        i = e.last;
      } else out += "\\x";
    } else if (d === "u" || d === "U") {
      const e = unicodeEscape(s, i);
      if (e && e.cp <= 0x10ffff) {
        out += utf8Encode(String.fromCodePoint(e.cp));
        i = e.last;
      } else out += "\\" + d;
    } else out += utf8Encode("\\" + d);
  }
  return { bytes: out as ByteString, stop: false };
}
