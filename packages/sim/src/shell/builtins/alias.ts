/**
 * alias and unalias (bash 5.2): define, list and remove the interactive
 * shell's aliases (expanded by ../aliases.ts). `alias` lists them sorted as
 * `alias NAME='VALUE'`, quoted so the output can be read back.
 */
import { isAliasName } from "../aliases.js";
import { quoteForAlias } from "../quote.js";
import { hasOwn, ownGet, ownSet } from "../vars.js";
import { builtinError } from "./report.js";
import type { Builtin } from "./types.js";

export const alias: Builtin = {
  name: "alias",
  run(ctx, argv, io) {
    let i = 1;
    for (; i < argv.length && argv[i].startsWith("-") && argv[i] !== "-"; i++) {
      if (argv[i] === "--") {
        i++;
        break;
      }
      if (argv[i] !== "-p") {
        builtinError(ctx, io, "alias", `${argv[i].slice(0, 2)}: invalid option`);
        io.stderr.write("alias: usage: alias [-p] [name[=value] ... ]\n");
        return 2;
      }
    }
    const aliases = (ctx.state.aliases ??= {});
    const names = argv.slice(i);
    if (names.length === 0 || argv.slice(1, i).includes("-p")) {
      for (const name of Object.keys(aliases).sort()) io.stdout.write(`alias ${name}=${quoteForAlias(ownGet(aliases, name)!)}\n`);
      if (names.length === 0) return 0;
    }
    let status = 0;
    for (const arg of names) {
      const eq = arg.indexOf("=");
      if (eq > 0) {
        const name = arg.slice(0, eq);
        if (!isAliasName(name)) {
          builtinError(ctx, io, "alias", `\`${name}': invalid alias name`);
          status = 1;
        } else ownSet(aliases, name, arg.slice(eq + 1));
      } else if (hasOwn(aliases, arg)) io.stdout.write(`alias ${arg}=${quoteForAlias(ownGet(aliases, arg)!)}\n`);
      else {
        builtinError(ctx, io, "alias", `${arg}: not found`);
        status = 1;
      }
    }
    return status;
  },
};

export const unalias: Builtin = {
  name: "unalias",
  run(ctx, argv, io) {
    const aliases = (ctx.state.aliases ??= {});
    let i = 1;
    let all = false;
    for (; i < argv.length && argv[i].startsWith("-") && argv[i] !== "-"; i++) {
      if (argv[i] === "--") {
        i++;
        break;
      }
      if (argv[i] !== "-a") {
        builtinError(ctx, io, "unalias", `${argv[i].slice(0, 2)}: invalid option`);
        io.stderr.write("unalias: usage: unalias [-a] name [name ...]\n");
        return 2;
      }
      all = true;
    }
    if (all) {
      ctx.state.aliases = {};
      return 0;
    }
    if (i >= argv.length) {
      io.stderr.write("unalias: usage: unalias [-a] name [name ...]\n");
      return 2;
    }
    let status = 0;
    for (const name of argv.slice(i)) {
      if (hasOwn(aliases, name)) delete aliases[name];
      else {
        builtinError(ctx, io, "unalias", `${name}: not found`);
        status = 1;
      }
    }
    return status;
  },
};
