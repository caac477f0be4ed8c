/**
 * read: one line from standard input (the shared `Reader`, so a loop reads
 * successive lines), split on IFS into the named variables, the last one
 * taking the rest. Without -r, backslash escapes the next character and
 * backslash-newline joins lines. At end of input the status is 1.
 */
import { utf8Decode } from "../../bytes.js";
import { getValue, isName, setValue } from "../vars.js";
import { builtinError } from "./report.js";
import type { Builtin } from "./types.js";

export const read: Builtin = {
  name: "read",
  run(ctx, argv, io) {
    let raw = false;
    let delim = "\n";
    let prompt = "";
    let arrayName: string | null = null;
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i];
      if (a === "--") {
        i++;
        break;
      }
      if (!a.startsWith("-") || a === "-") break;
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (f === "r") raw = true;
        else if (f === "s" || f === "e") continue;
        else if ("pdtnNua".includes(f)) {
          const val = a.slice(j + 1) || argv[++i];
          if (val === undefined) {
            builtinError(ctx, io, "read", `-${f}: option requires an argument`);
            return 2;
          }
          if (f === "p") prompt = val;
          else if (f === "d") delim = val.slice(0, 1);
          else if (f === "a") arrayName = val;
          break;
        } else {
          builtinError(ctx, io, "read", `-${f}: invalid option`);
          io.stderr.write("read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n");
          return 2;
        }
      }
    }
    const names = argv.slice(i);
    for (const n of names) {
      if (!isName(n)) {
        builtinError(ctx, io, "read", `\`${n}': not a valid identifier`);
        return 1;
      }
    }
    if (prompt && io.stdin.isTTY) io.stderr.write(prompt);
    let line = "";
    let eof = false;
    for (;;) {
      const chunk = io.stdin.readUntil(delim);
      if (!chunk) {
        eof = true;
        break;
      }
      let text = utf8Decode(chunk.text);
      if (!chunk.terminated) eof = true;
      if (!raw && text.endsWith("\\") && !text.endsWith("\\\\") && chunk.terminated) {
        line += text.slice(0, -1);
        continue;
      }
      line += text;
      break;
    }
    ctx.budget.charge(1 + (line.length >> 6));
    const unescape = (s: string) => (raw ? s : s.replace(/\\(.)/gs, "$1"));
    if (arrayName !== null) {
      setValue(ctx.state, arrayName, unescape(line.trim()));
      return eof && line === "" ? 1 : eof ? 1 : 0;
    }
    if (names.length === 0) {
      setValue(ctx.state, "REPLY", unescape(line));
      return eof ? 1 : 0;
    }
    const ifs = getValue(ctx.state, "IFS") ?? " \t\n";
    const ws = [...ifs].filter((c) => " \t\n".includes(c)).join("");
    const isIfs = (c: string) => ifs.includes(c);
    const isWs = (c: string) => ws.includes(c);
    let pos = 0;
    // skip leading IFS whitespace
    while (pos < line.length && isWs(line[pos])) pos++;
    for (let k = 0; k < names.length; k++) {
      if (k === names.length - 1) {
        let rest = line.slice(pos);
        let end = rest.length;
        while (end > 0 && isWs(rest[end - 1]) && !(end >= 2 && rest[end - 2] === "\\" && !raw)) end--;
        rest = rest.slice(0, end);
        setValue(ctx.state, names[k], unescape(rest));
        break;
      }
      let field = "";
      while (pos < line.length && !isIfs(line[pos])) {
        if (!raw && line[pos] === "\\" && pos + 1 < line.length) {
          field += line[pos + 1];
          pos += 2;
          continue;
        }
        field += line[pos++];
      }
      // consume one delimiter: surrounding whitespace plus at most one non-whitespace IFS char
      while (pos < line.length && isWs(line[pos])) pos++;
      if (pos < line.length && isIfs(line[pos]) && !isWs(line[pos])) {
        pos++;
        while (pos < line.length && isWs(line[pos])) pos++;
      }
      setValue(ctx.state, names[k], field);
    }
    return eof ? 1 : 0;
  },
};
