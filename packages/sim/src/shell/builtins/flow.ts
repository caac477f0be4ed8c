/** Builtins that steer execution: exit, return, break, continue, true, false, :, eval, source/. */
import { utf8Decode } from "../../bytes.js";
import { STRERROR } from "../../kernel/errno.js";
import { runExternal, runSource } from "../interpreter.js";
import { exportedEnv } from "../vars.js";
import { resolvePath } from "../path.js";
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal } from "../signals.js";
import { builtinError } from "./report.js";
import type { Builtin } from "./types.js";
import { type Ctx, errorPrefix } from "../ctx.js";
import type { Io } from "../io.js";

/** a status argument: bash takes it modulo 256; non-numeric is an error */
function statusArg(ctx: Ctx, io: Io, name: string, arg: string | undefined): number | null {
  if (arg === undefined) return ctx.state.lastStatus;
  if (!/^\s*[+-]?[0-9]+\s*$/.test(arg)) {
    builtinError(ctx, io, name, `${arg}: numeric argument required`);
    return null;
  }
  return Number(BigInt.asUintN(8, BigInt(arg.trim())));
}

export const exit: Builtin = {
  name: "exit",
  special: true,
  run(ctx, argv, io) {
    const arg = argv[1];
    if (arg !== undefined && !/^\s*[+-]?[0-9]+\s*$/.test(arg)) {
      const msg = `${errorPrefix(ctx)}exit: ${arg}: numeric argument required\n`;
      if (ctx.mode.kind === "interactive" && !ctx.subshell) throw new ExitSignal(2, true, msg);
      io.stderr.write(msg);
      throw new ExitSignal(2, true);
    }
    if (argv.length > 2) {
      builtinError(ctx, io, "exit", "too many arguments");
      return 1;
    }
    throw new ExitSignal(arg === undefined ? ctx.state.lastStatus : Number(BigInt.asUintN(8, BigInt(arg.trim()))), true);
  },
};

/**
 * `exec PROGRAM ARGS`: the program takes the shell's place, so the shell ends
 * with its status. (`exec` with only redirections is the interpreter's: they
 * become the shell's own.)
 */
export const execBuiltin: Builtin = {
  name: "exec",
  special: true,
  run(ctx, argv, io) {
    if (argv.length === 1) return 0;
    const status = runExternal(ctx, argv.slice(1), exportedEnv(ctx.state), io);
    throw new ExitSignal(status, false);
  },
};

export const returnBuiltin: Builtin = {
  name: "return",
  special: true,
  run(ctx, argv, io) {
    if (ctx.localFrames.length === 0 && ctx.sourceDepth === 0) {
      builtinError(ctx, io, "return", "can only `return' from a function or sourced script");
      return 2;
    }
    const st = statusArg(ctx, io, "return", argv[1]);
    throw new ReturnSignal(st ?? 2);
  },
};

function loopControl(kind: "break" | "continue"): Builtin {
  return {
    name: kind,
    special: true,
    run(ctx, argv, io) {
      let n = 1;
      if (argv[1] !== undefined) {
        if (!/^[0-9]+$/.test(argv[1])) {
          builtinError(ctx, io, kind, `${argv[1]}: numeric argument required`);
          return 1;
        }
        n = Number(argv[1]);
        if (n < 1) {
          builtinError(ctx, io, kind, `${argv[1]}: loop count out of range`);
          return 1;
        }
      }
      if (ctx.loopDepth === 0) {
        builtinError(ctx, io, kind, "only meaningful in a `for', `while', or `until' loop");
        return 0;
      }
      n = Math.min(n, ctx.loopDepth);
      throw kind === "break" ? new BreakSignal(n) : new ContinueSignal(n);
    },
  };
}

export const breakBuiltin = loopControl("break");
export const continueBuiltin = loopControl("continue");

export const trueBuiltin: Builtin = { name: "true", run: () => 0 };
export const falseBuiltin: Builtin = { name: "false", run: () => 1 };
export const colon: Builtin = { name: ":", special: true, run: () => 0 };

export const evalBuiltin: Builtin = {
  name: "eval",
  special: true,
  run(ctx, argv, io) {
    const src = argv.slice(1).join(" ");
    if (src.trim() === "") return 0;
    return runSource(ctx, src, io);
  },
};

function sourceBuiltin(name: string): Builtin {
  return {
    name,
    special: true,
    run(ctx, argv, io) {
      const file = argv[1];
      if (file === undefined) {
        builtinError(ctx, io, name, "filename argument required");
        io.stderr.write(`${name}: usage: ${name} filename [arguments]\n`);
        return 2;
      }
      const path = resolvePath(ctx.state.cwd, file);
      const st = ctx.host.fs.stat(path);
      if (st.ok && st.value.type === "dir") {
        builtinError(ctx, io, name, `${file}: is a directory`);
        return 1;
      }
      const data = ctx.host.fs.readFile(path);
      if (!data.ok) {
        io.stderr.write(`${ctx.mode.kind === "interactive" ? "-bash: " : ""}${file}: ${STRERROR[data.errno]}\n`);
        return 1;
      }
      const savedPositional = ctx.positional;
      if (argv.length > 2) ctx.positional = argv.slice(2);
      ctx.sourceDepth++;
      try {
        return runSource(ctx, utf8Decode(data.value), io);
      } catch (e) {
        if (e instanceof ReturnSignal) return e.status;
        throw e;
      } finally {
        ctx.sourceDepth--;
        if (argv.length > 2) ctx.positional = savedPositional;
      }
    },
  };
}

export const source = sourceBuiltin("source");
export const dot = sourceBuiltin(".");
