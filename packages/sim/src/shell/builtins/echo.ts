/** echo: -n, -e, -E (xpg_echo off, as in Debian's bash). */
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

/** the escapes of `echo -e` and printf's %b; `\c` stops all further output */
export function echoEscapes(s: string): { text: string; stop: boolean } {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "\\" || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[++i];
    const map: Record<string, string> = { a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };
    if (Object.prototype.hasOwnProperty.call(map, d)) out += map[d];
    else if (d === "c") return { text: out, stop: true };
    else if (d === "0") {
      let j = i + 1;
      while (j < s.length && j < i + 4 && s[j] >= "0" && s[j] <= "7") j++;
      out += String.fromCharCode(parseInt(s.slice(i + 1, j) || "0", 8) & 0xff);
      i = j - 1;
    } else if (d >= "1" && d <= "7") {
      let j = i;
      while (j < s.length && j < i + 3 && s[j] >= "0" && s[j] <= "7") j++;
      out += String.fromCharCode(parseInt(s.slice(i, j), 8) & 0xff);
      i = j - 1;
    } else if (d === "x") {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1));
      if (m) {
        out += String.fromCharCode(parseInt(m[0], 16));
        i += m[0].length;
      } else out += "\\x";
    } else if (d === "u" || d === "U") {
      const m = (d === "u" ? /^[0-9a-fA-F]{1,4}/ : /^[0-9a-fA-F]{1,8}/).exec(s.slice(i + 1));
      if (m && parseInt(m[0], 16) <= 0x10ffff) {
        out += String.fromCodePoint(parseInt(m[0], 16));
        i += m[0].length;
      } else out += "\\" + d;
    } else out += "\\" + d;
  }
  return { text: out, stop: false };
}
