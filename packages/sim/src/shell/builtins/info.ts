/** Builtins that describe or manage the session: type, command, help, history, clear. */
import type { Ctx } from "../ctx.js";
import { invoke, lookupFunction } from "../interpreter.js";
import { RESERVED } from "../parser.js";
import { resolveProgram, resolveProgramAll } from "../programs.js";
import { quoteForAlias } from "../quote.js";
import { hasOwn, ownGet } from "../vars.js";
import { builtinError } from "./report.js";
import type { Builtin } from "./types.js";
import { findBuiltin } from "./index.js";

type Kind = { kind: "alias"; value: string } | { kind: "keyword" } | { kind: "function"; src: string } | { kind: "builtin" } | { kind: "file"; path: string };

/**
 * What a name is, in bash's order: alias, keyword, function, builtin, then
 * the files PATH finds (a name with `/` is itself a file if executable).
 * `all`: every one (type -a), else the first; `path`: only the files, as
 * type -P looks (no alias, keyword, function or builtin); `noFunctions`:
 * type -f.
 */
function describeName(ctx: Ctx, name: string, opts: { all?: boolean; path?: boolean; noFunctions?: boolean } = {}): Kind[] {
  const found: Kind[] = [];
  const done = () => !opts.all && found.length > 0;
  if (!opts.path) {
    const aliases = ctx.state.aliases;
    if (aliases && hasOwn(aliases, name)) found.push({ kind: "alias", value: ownGet(aliases, name)! });
    if (done()) return found;
    if (RESERVED.has(name)) found.push({ kind: "keyword" });
    if (done()) return found;
    const fns = ctx.state.functions ?? {};
    if (!opts.noFunctions && hasOwn(fns, name) && lookupFunction(ctx, name)) found.push({ kind: "function", src: ownGet(fns, name)! });
    if (done()) return found;
    if (findBuiltin(name)) found.push({ kind: "builtin" });
    if (done()) return found;
  }
  if (name.includes("/")) {
    const st = ctx.host.fs.stat(name.startsWith("/") ? name : `${ctx.state.cwd}/${name}`);
    if (st.ok && st.value.type === "file" && (st.value.mode & 0o111) !== 0) found.push({ kind: "file", path: name });
    return found;
  }
  const files = opts.all ? resolveProgramAll(ctx, name) : [resolveProgram(ctx, name)].filter((r) => r !== null);
  for (const r of files) found.push({ kind: "file", path: r.path });
  return found;
}

function classify(ctx: Ctx, name: string): Kind | null {
  return describeName(ctx, name)[0] ?? null;
}

export const type: Builtin = {
  name: "type",
  run(ctx, argv, io) {
    // bash's flags: the last of -t, -p, -P decides what is printed; -P also skips all but PATH
    let mode: "long" | "t" | "p" = "long";
    let all = false;
    let path = false;
    let noFunctions = false;
    let i = 1;
    for (; i < argv.length && /^-[tpaPf]+$/.test(argv[i]); i++)
      for (const f of argv[i].slice(1)) {
        if (f === "a") all = true;
        else if (f === "f") noFunctions = true;
        else if (f === "t") [mode, path] = ["t", false];
        else if (f === "p") [mode, path] = ["p", false];
        else if (f === "P") [mode, path] = ["p", true];
      }
    if (argv[i] === "--") i++;
    let status = 0;
    for (const name of argv.slice(i)) {
      const kinds = describeName(ctx, name, { all, path, noFunctions });
      if (!kinds.length) {
        if (mode === "long") builtinError(ctx, io, "type", `${name}: not found`);
        status = 1;
        continue;
      }
      for (const k of kinds) {
        if (mode === "t") io.stdout.write(`${k.kind}\n`);
        else if (mode === "p") {
          if (k.kind === "file") io.stdout.write(`${k.path}\n`);
        } else if (k.kind === "alias") io.stdout.write(`${name} is aliased to \`${k.value}'\n`);
        else if (k.kind === "keyword") io.stdout.write(`${name} is a shell keyword\n`);
        else if (k.kind === "function") io.stdout.write(`${name} is a function\n${k.src}\n`);
        else if (k.kind === "builtin") io.stdout.write(`${name} is a shell builtin\n`);
        else io.stdout.write(`${name} is ${k.path}\n`);
      }
    }
    return status;
  },
};

export const command: Builtin = {
  name: "command",
  run(ctx, argv, io) {
    let i = 1;
    let describe: "v" | "V" | null = null;
    for (; i < argv.length && /^-[pvV]+$/.test(argv[i]); i++) {
      if (argv[i].includes("V")) describe = "V";
      else if (argv[i].includes("v")) describe = "v";
    }
    if (argv[i] === "--") i++;
    const rest = argv.slice(i);
    if (rest.length === 0) return 0;
    if (describe === "V") return type.run(ctx, ["type", ...rest], io);
    if (describe === "v") {
      let status = 0;
      for (const name of rest) {
        const k = classify(ctx, name);
        if (!k) status = 1;
        else if (k.kind === "alias") io.stdout.write(`alias ${name}=${quoteForAlias(k.value)}\n`);
        else io.stdout.write(`${k.kind === "file" ? k.path : name}\n`);
      }
      return status;
    }
    // run, skipping shell functions
    const fns = ctx.state.functions;
    ctx.state.functions = {};
    try {
      return invoke(ctx, rest, [], io);
    } finally {
      ctx.state.functions = fns;
    }
  },
};

export const builtin: Builtin = {
  name: "builtin",
  run(ctx, argv, io) {
    if (argv.length < 2) return 0;
    const b = findBuiltin(argv[1]);
    if (!b) {
      builtinError(ctx, io, "builtin", `${argv[1]}: not a shell builtin`);
      return 1;
    }
    return b.run(ctx, argv.slice(1), io);
  },
};

const SYNOPSIS: Record<string, string> = {
  ".": ". filename [arguments]",
  ":": ":",
  "[": "[ arg... ]",
  "[[": "[[ expression ]]",
  alias: "alias [-p] [name[=value] ... ]",
  bash: "",
  break: "break [n]",
  builtin: "builtin [shell-builtin [arg ...]]",
  case: "case WORD in [PATTERN [| PATTERN]...) COMMANDS ;;]... esac",
  cd: "cd [-L|[-P [-e]] [-@]] [dir]",
  clear: "",
  command: "command [-pVv] command [arg ...]",
  continue: "continue [n]",
  declare: "declare [-aAfFgiIlnrtux] [name[=value] ...] or declare -p [-aAfFilnrtux] [name ...]",
  echo: "echo [-neE] [arg ...]",
  eval: "eval [arg ...]",
  exit: "exit [n]",
  export: "export [-fn] [name[=value] ...] or export -p",
  false: "false",
  for: "for NAME [in WORDS ... ] ; do COMMANDS; done",
  function: "function name { COMMANDS ; } or name () { COMMANDS ; }",
  help: "help [-dms] [pattern ...]",
  history: "history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]",
  if: "if COMMANDS; then COMMANDS; [ elif COMMANDS; then COMMANDS; ]... [ else COMMANDS; ] fi",
  local: "local [option] name[=value] ...",
  printf: "printf [-v var] format [arguments]",
  pwd: "pwd [-LP]",
  read: "read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]",
  return: "return [n]",
  set: "set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]",
  shift: "shift [n]",
  source: "source filename [arguments]",
  test: "test [expr]",
  true: "true",
  type: "type [-afptP] name [name ...]",
  typeset: "typeset [-aAfFgiIlnrtux] name[=value] ...",
  umask: "umask [-p] [-S] [mode]",
  unalias: "unalias [-a] name [name ...]",
  unset: "unset [-f] [-v] [-n] [name ...]",
  until: "until COMMANDS; do COMMANDS; done",
  wait: "wait [-fn] [-p var] [id ...]",
  while: "while COMMANDS; do COMMANDS; done",
  "{": "{ COMMANDS ; }",
};

export const help: Builtin = {
  name: "help",
  run(ctx, argv, io) {
    const topics = argv.slice(1).filter((a) => !a.startsWith("-"));
    if (topics.length) {
      let status = 1;
      for (const t of topics) {
        const s = Object.prototype.hasOwnProperty.call(SYNOPSIS, t) ? SYNOPSIS[t] : undefined;
        if (s) {
          io.stdout.write(`${t}: ${s}\n`);
          status = 0;
        }
      }
      if (status) builtinError(ctx, io, "help", `no help topics match \`${topics[0]}'.  Try \`help help' or \`man -k ${topics[0]}' or \`info ${topics[0]}'.`);
      return status;
    }
    io.stdout.write(
      "GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)\n" +
        "These shell commands are defined internally.  Type `help' to see this list.\n" +
        "Type `help name' to find out more about the function `name'.\n" +
        "Use `info bash' to find out more about the shell in general.\n" +
        "Use `man -k' or `info' to find out more about commands not in this list.\n\n" +
        "A star (*) next to a name means that the command is disabled.\n\n",
    );
    const names = Object.keys(SYNOPSIS).filter((n) => SYNOPSIS[n] !== "").sort();
    for (const n of names) io.stdout.write(` ${SYNOPSIS[n]}\n`);
    return 0;
  },
};

export const history: Builtin = {
  name: "history",
  run(ctx, argv, io) {
    const h = ctx.state.history;
    if (argv[1] === "-c") {
      h.length = 0;
      return 0;
    }
    let start = 0;
    if (argv[1] !== undefined) {
      if (!/^[0-9]+$/.test(argv[1])) {
        builtinError(ctx, io, "history", `${argv[1]}: numeric argument required`);
        return 1;
      }
      start = Math.max(0, h.length - Number(argv[1]));
    }
    for (let i = start; i < h.length; i++) io.stdout.write(`${String(i + 1).padStart(5)}  ${h[i]}\n`);
    return 0;
  },
};

export const clear: Builtin = {
  name: "clear",
  run(_ctx, _argv, io) {
    io.stdout.write("\x1b[H\x1b[2J\x1b[3J");
    return 0;
  },
};

