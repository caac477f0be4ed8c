/**
 * PS1 decoding: bash's backslash escapes (\u \h \H \w \W \$ \n \\ \[ \]
 * \e \a and octal), then parameter expansion of the result (promptvars),
 * so Debian's `${debian_chroot:+($debian_chroot)}\u@\h:\w\$ ` gives
 * "root@host:~# ".
 */
import type { Ctx } from "./ctx.js";
import { expandHeredoc } from "./expand.js";
import type { Io } from "./io.js";
import { getValue } from "./vars.js";

export function decodePrompt(ctx: Ctx, ps: string, io: Io): string {
  const user = getValue(ctx.state, "USER") ?? "root";
  // \h is the hostname bash read when it started (the kernel's, kept in HOSTNAME), the lab's name otherwise
  const host = getValue(ctx.state, "HOSTNAME") ?? ctx.host.name;
  const home = getValue(ctx.state, "HOME") ?? "";
  const cwd = ctx.state.cwd;
  const tildeCwd = home && home !== "/" && (cwd === home || cwd.startsWith(home + "/")) ? "~" + cwd.slice(home.length) : cwd;
  let out = "";
  for (let i = 0; i < ps.length; i++) {
    const c = ps[i];
    if (c !== "\\" || i + 1 >= ps.length) {
      out += c;
      continue;
    }
    const d = ps[++i];
    switch (d) {
      case "u": out += user; break;
      case "h": out += host.split(".")[0]; break;
      case "H": out += host; break;
      case "w": out += tildeCwd; break;
      case "W": out += cwd === "/" ? "/" : tildeCwd === "~" ? "~" : cwd.slice(cwd.lastIndexOf("/") + 1); break;
      case "$": out += user === "root" || getValue(ctx.state, "EUID") === "0" ? "#" : "$"; break;
      case "n": out += "\n"; break;
      case "\\": out += "\\"; break;
      case "[": case "]": break;
      case "e": out += "\x1b"; break;
      case "a": out += "\x07"; break;
      case "s": out += "bash"; break;
      case "v": out += "5.2"; break;
      case "V": out += "5.2.15"; break;
      case "#": case "!": out += String(ctx.state.history.length + 1); break;
      default:
        if (d >= "0" && d <= "7") {
          const m = /^[0-7]{1,3}/.exec(ps.slice(i))![0];
          out += String.fromCharCode(parseInt(m, 8));
          i += m.length - 1;
        } else out += "\\" + d;
    }
  }
  // protect the decoded text's backslashes and backquotes from the expansion pass
  return expandHeredoc(ctx, out.replace(/[\\`]/g, "\\$&"), io);
}
