/** Builtins that change variables and options: export, unset, local, declare, set, shift. */
import type { Ctx } from "../ctx.js";
import type { Io } from "../io.js";
import { quoteForDeclare, quoteForSet } from "../quote.js";
import { exportedEnv, getVar, hasOwn, isName, ownDelete, setValue, unsetVar } from "../vars.js";
import { builtinError } from "./report.js";
import type { Builtin } from "./types.js";

function splitAssign(arg: string): { name: string; value: string | null; append: boolean } {
  const eq = arg.indexOf("=");
  if (eq < 0) return { name: arg, value: null, append: false };
  const append = arg[eq - 1] === "+";
  return { name: arg.slice(0, append ? eq - 1 : eq), value: arg.slice(eq + 1), append };
}

function listExported(ctx: Ctx, io: Io): void {
  const env = exportedEnv(ctx.state);
  for (const name of Object.keys(env).sort()) io.stdout.write(`declare -x ${name}=${quoteForDeclare(env[name])}\n`);
}

export const exportBuiltin: Builtin = {
  name: "export",
  special: true,
  run(ctx, argv, io) {
    let unexport = false;
    let functions = false;
    let i = 1;
    for (; i < argv.length && argv[i].startsWith("-") && argv[i] !== "-"; i++) {
      if (argv[i] === "--") {
        i++;
        break;
      }
      for (const f of argv[i].slice(1)) {
        if (f === "n") unexport = true;
        else if (f === "f") functions = true;
        else if (f === "p") continue;
        else {
          builtinError(ctx, io, "export", `-${f}: invalid option`);
          io.stderr.write("export: usage: export [-fn] [name[=value] ...] or export -p\n");
          return 2;
        }
      }
    }
    const args = argv.slice(i);
    if (args.length === 0) {
      listExported(ctx, io);
      return 0;
    }
    let status = 0;
    for (const arg of args) {
      const { name, value, append } = splitAssign(arg);
      if (!isName(name)) {
        builtinError(ctx, io, "export", `\`${arg}': not a valid identifier`);
        status = 1;
        continue;
      }
      if (functions) continue;
      const old = getVar(ctx.state, name);
      const v = value === null ? old?.value : append ? (old?.value ?? "") + value : value;
      if (v === undefined) {
        // exporting an unset name marks it for export once it gets a value
        if (!unexport) setValue(ctx.state, name, "", true);
        continue;
      }
      setValue(ctx.state, name, v, !unexport);
    }
    return status;
  },
};

export const unset: Builtin = {
  name: "unset",
  special: true,
  run(ctx, argv, io) {
    let mode: "v" | "f" | "any" = "any";
    let i = 1;
    for (; i < argv.length && /^-[fvn]+$/.test(argv[i]); i++) {
      if (argv[i].includes("f")) mode = "f";
      else if (argv[i].includes("v")) mode = "v";
    }
    let status = 0;
    for (const name of argv.slice(i)) {
      // without -v, a name that cannot be a variable may still name a function
      if (mode === "v" && !isName(name)) {
        builtinError(ctx, io, "unset", `\`${name}': not a valid identifier`);
        status = 1;
        continue;
      }
      const fns = ctx.state.functions ?? {};
      if (mode === "f" || (mode === "any" && (!isName(name) || (!getVar(ctx.state, name) && hasOwn(fns, name))))) {
        ownDelete(fns, name);
        continue;
      }
      unsetVar(ctx.state, name);
    }
    return status;
  },
};

export const local: Builtin = {
  name: "local",
  run(ctx, argv, io) {
    const frame = ctx.localFrames[ctx.localFrames.length - 1];
    if (!frame) {
      builtinError(ctx, io, "local", "can only be used in a function");
      return 1;
    }
    let status = 0;
    for (const arg of argv.slice(1)) {
      if (arg.startsWith("-")) continue;
      const { name, value, append } = splitAssign(arg);
      if (!isName(name)) {
        builtinError(ctx, io, "local", `\`${arg}': not a valid identifier`);
        status = 1;
        continue;
      }
      const old = getVar(ctx.state, name);
      if (!frame.has(name)) frame.set(name, old ? { ...old } : undefined);
      // `local x` hides the outer value: x is unset inside the function
      if (value === null) unsetVar(ctx.state, name);
      else setValue(ctx.state, name, append ? (old?.value ?? "") + value : value);
    }
    return status;
  },
};

function listAll(ctx: Ctx, io: Io): void {
  for (const name of Object.keys(ctx.state.vars).sort()) {
    io.stdout.write(`${name}=${quoteForSet(ctx.state.vars[name].value)}\n`);
  }
}

export const declare: Builtin = {
  name: "declare",
  run(ctx, argv, io) {
    let exportFlag: boolean | undefined;
    let print = false;
    let i = 1;
    for (; i < argv.length && /^[-+][a-zA-Z]+$/.test(argv[i]); i++) {
      const on = argv[i][0] === "-";
      for (const f of argv[i].slice(1)) {
        if (f === "x") exportFlag = on;
        else if (f === "p") print = true;
      }
    }
    const args = argv.slice(i);
    if (args.length === 0) {
      if (exportFlag) listExported(ctx, io);
      else listAll(ctx, io);
      return 0;
    }
    let status = 0;
    for (const arg of args) {
      const { name, value, append } = splitAssign(arg);
      if (!isName(name)) {
        builtinError(ctx, io, argv[0], `\`${arg}': not a valid identifier`);
        status = 1;
        continue;
      }
      const old = getVar(ctx.state, name);
      if (print) {
        if (!old) {
          builtinError(ctx, io, argv[0], `${name}: not found`);
          status = 1;
        } else io.stdout.write(`declare ${old.exported ? "-x" : "--"} ${name}=${quoteForDeclare(old.value)}\n`);
        continue;
      }
      const frame = ctx.localFrames[ctx.localFrames.length - 1];
      if (frame && !frame.has(name)) frame.set(name, old ? { ...old } : undefined);
      const v = value === null ? old?.value ?? "" : append ? (old?.value ?? "") + value : value;
      setValue(ctx.state, name, v, exportFlag);
    }
    return status;
  },
};

const OPTION_NAMES: Record<string, keyof Ctx["options"]> = {
  errexit: "errexit",
  xtrace: "xtrace",
  nounset: "nounset",
  noglob: "noglob",
  pipefail: "pipefail",
};
const FLAG_OPTIONS: Record<string, keyof Ctx["options"]> = { e: "errexit", x: "xtrace", u: "nounset", f: "noglob" };

export const set: Builtin = {
  name: "set",
  special: true,
  run(ctx, argv, io) {
    if (argv.length === 1) {
      listAll(ctx, io);
      return 0;
    }
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i];
      if (a === "--") {
        ctx.positional = argv.slice(i + 1);
        return 0;
      }
      if (a === "-" ) {
        ctx.positional = argv.slice(i + 1);
        ctx.options.xtrace = false;
        return 0;
      }
      if (!/^[-+]/.test(a)) break;
      const on = a[0] === "-";
      if (a.slice(1) === "o") {
        const name = argv[++i];
        if (name === undefined) {
          for (const [n, key] of Object.entries(OPTION_NAMES)) {
            io.stdout.write(on ? `${n.padEnd(15)}\t${ctx.options[key] ? "on" : "off"}\n` : `set ${ctx.options[key] ? "-o" : "+o"} ${n}\n`);
          }
          return 0;
        }
        if (!Object.prototype.hasOwnProperty.call(OPTION_NAMES, name)) {
          if (["braceexpand", "hashall", "interactive-comments", "histexpand", "history", "monitor", "emacs", "vi", "notify", "noclobber", "allexport", "verbose", "physical", "posix"].includes(name)) continue;
          builtinError(ctx, io, "set", `${name}: invalid option name`);
          return 2;
        }
        ctx.options[OPTION_NAMES[name]] = on;
        continue;
      }
      for (const f of a.slice(1)) {
        if (Object.prototype.hasOwnProperty.call(FLAG_OPTIONS, f)) ctx.options[FLAG_OPTIONS[f]] = on;
        else if (!"hBHvmnabkCPT".includes(f)) {
          builtinError(ctx, io, "set", `${a[0]}${f}: invalid option`);
          io.stderr.write("set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n");
          return 2;
        }
      }
    }
    if (i < argv.length) ctx.positional = argv.slice(i);
    return 0;
  },
};

export const shift: Builtin = {
  name: "shift",
  special: true,
  run(ctx, argv, io) {
    const arg = argv[1] ?? "1";
    if (!/^[0-9]+$/.test(arg)) {
      builtinError(ctx, io, "shift", `${arg}: numeric argument required`);
      return 1;
    }
    const n = Number(arg);
    if (n > ctx.positional.length) return 1;
    ctx.positional = ctx.positional.slice(n);
    return 0;
  },
};
