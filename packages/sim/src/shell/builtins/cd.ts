/** cd and pwd: the logical working directory, kept with PWD and OLDPWD. */
import { STRERROR } from "../../kernel/errno.js";
import { cdFailureText, isDash } from "../dialect.js";
import { resolvePath } from "../path.js";
import { getValue, setValue } from "../vars.js";
import { builtinError } from "./report.js";
import type { Builtin } from "./types.js";

export const cd: Builtin = {
  name: "cd",
  run(ctx, argv, io) {
    const args = argv.slice(1).filter((a, i) => !(i === 0 && (a === "-L" || a === "-P" || a === "--")));
    if (args.length > 1) {
      builtinError(ctx, io, "cd", "too many arguments");
      return 1;
    }
    let target: string | undefined = args[0];
    let print = false;
    if (target === undefined) {
      target = getValue(ctx.state, "HOME");
      if (target === undefined) {
        builtinError(ctx, io, "cd", "HOME not set");
        return 1;
      }
      if (target === "") return 0;
    } else if (target === "-") {
      target = getValue(ctx.state, "OLDPWD");
      if (target === undefined) {
        builtinError(ctx, io, "cd", "OLDPWD not set");
        return 1;
      }
      print = true;
    }
    const path = resolvePath(ctx.state.cwd, target);
    const st = ctx.host.fs.stat(path);
    if (!st.ok) {
      builtinError(ctx, io, "cd", cdFailureText(ctx, target, STRERROR[st.errno]));
      return isDash(ctx) ? 2 : 1;
    }
    if (st.value.type !== "dir") {
      builtinError(ctx, io, "cd", cdFailureText(ctx, target, "Not a directory"));
      return isDash(ctx) ? 2 : 1;
    }
    const old = ctx.state.cwd;
    ctx.state.cwd = path;
    setValue(ctx.state, "OLDPWD", getValue(ctx.state, "PWD") ?? old);
    setValue(ctx.state, "PWD", path);
    if (print) io.stdout.write(path + "\n");
    return 0;
  },
};

export const pwd: Builtin = {
  name: "pwd",
  run(ctx, argv, io) {
    for (const a of argv.slice(1)) {
      if (a.startsWith("-") && a !== "-L" && a !== "-P" && a !== "--") {
        builtinError(ctx, io, "pwd", `${a.slice(0, 2)}: invalid option`);
        io.stderr.write("pwd: usage: pwd [-LP]\n");
        return 2;
      }
    }
    io.stdout.write(ctx.state.cwd + "\n");
    return 0;
  },
};
