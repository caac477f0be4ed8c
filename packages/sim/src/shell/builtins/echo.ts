/** echo: -n, -e, -E (xpg_echo off, as in Debian's bash). */
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
    let text = argv.slice(i).join(" ");
    if (escapes) {
      const r = echoEscapes(text);
      text = r.text;
      if (r.stop) newline = false;
    }
    io.stdout.write(newline ? text + "\n" : text);
    return 0;
  },
};

/**
 * The escapes of `echo -e` and printf's %b; `\c` stops all further output.
 * Octal is `\0NNN` for both; printf also takes `\NNN` (`bareOctal`), bash's
 * echo prints that as it is.
 */
export function echoEscapes(s: string, opts: { bareOctal?: boolean } = {}): { text: string; stop: boolean } {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[++i];
    const letter = letterEscape(d);
    if (letter !== undefined) out += letter;
    else if (d === "c") return { text: out, stop: true };
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
        out += String.fromCodePoint(e.cp);
        i = e.last;
      } else out += "\\" + d;
    } else out += "\\" + d;
  }
  return { text: out, stop: false };
}
