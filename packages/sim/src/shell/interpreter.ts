/**
 * The interpreter: walks the syntax tree, expanding words, applying
 * redirections and running builtins, functions and programs. Every command,
 * pipeline stage and loop iteration charges the line's `Budget`; control
 * flow (`break`, `return`, `exit`, aborted commands) travels as the signals
 * in signals.ts. Programs are reached only through `ctx.commands.find` and
 * receive a `Process`; a program that throws is reported as an internal
 * error and never takes the shell down.
 */
import { type ByteString, utf8Decode } from "../bytes.js";
import { LimitExceeded } from "../process/limits.js";
import { DeadlineReached } from "../world/deadline.js";
import type { Host } from "../host/host.js";
import type { Process } from "../process/process.js";
import { LineSuspended } from "../process/suspend.js";
import { Collector, type OutputStream } from "../process/streams.js";
import type { Command as Program } from "../commands/types.js";
import type { AndOr, Command, List, Pipeline, Word } from "./ast.js";
import { evalCond } from "./builtins/test.js";
import { findBuiltin } from "./builtins/index.js";
import { shellUmask } from "./builtins/umask.js";
import { type Ctx, errorPrefix, MAX_NEST, subshellCtx } from "./ctx.js";
import { arithmetic, expandPattern, expandWord, expandWords, expansionError } from "./expand.js";
import { FileSink, type Io, Reader } from "./io.js";
import { STRERROR } from "../kernel/errno.js";
import { Parser, type ShellSyntaxError } from "./parser.js";
import { type ParsedSource, parsedSource } from "./parsed-source.js";
import { matchPattern } from "./pattern.js";
import { isDash, notFoundText, redirectFailureStatus } from "./dialect.js";
import { applyRedirs } from "./redirect.js";
import { expandAliases } from "./aliases.js";
import { resolveProgram, runPathCommand, runShell } from "./programs.js";
import { AbortCommand, BreakSignal, ContinueSignal, ExitSignal, JobStopped, ReturnSignal } from "./signals.js";
import { exportedEnv, getValue, getVar, hasOwn, ownGet, ownSet, setValue, unsetVar } from "./vars.js";
import { quoteForTrace } from "./quote.js";
import { DEFAULT_TIMEFORMAT, POSIX_TIMEFORMAT, timeReport } from "./time-report.js";
import { resolvePath as resolvePathFrom } from "./path.js";
import { backgroundTerminal, jobControl, notifyJobs, startJob } from "./jobs.js";

/**
 * Run shell source in `ctx`: parse one complete command, run it, repeat.
 * A syntax error stops the source (status 2); an expansion error abandons
 * only the current complete command. `exit` propagates as `ExitSignal`.
 */
export function runSource(ctx: Ctx, src: string, io: Io): number {
  // bash reads input as lines: a last line without its newline still ends there
  const parsed = parsedSource(src.endsWith("\n") ? src : src + "\n");
  let status = ctx.state.lastStatus;
  let warned = 0;
  for (let i = 0; ; i++) {
    const step = parsed.step(i);
    if (step.kind === "error") {
      reportSyntaxError(ctx, parsed, step.error, io);
      ctx.state.lastStatus = 2;
      return 2;
    }
    const docs = parsed.unterminatedHeredocs;
    for (; warned < step.heredocs; warned++) {
      const d = docs[warned];
      ctx.line = parsed.eofLine - 1;
      io.stderr.write(
        `${errorPrefix(ctx)}warning: here-document at line ${d.line} delimited by end-of-file (wanted \`${d.delim}')\n`,
      );
    }
    if (step.kind === "end") break;
    try {
      status = execList(ctx, step.list, io);
    } catch (e) {
      if (!(e instanceof AbortCommand)) throw e;
      status = e.status;
      ctx.state.lastStatus = status;
    }
  }
  return status;
}

function reportSyntaxError(ctx: Ctx, parsed: ParsedSource, e: ShellSyntaxError, io: Io): void {
  const mode = ctx.mode;
  if (mode.kind === "interactive") {
    io.stderr.write(`-bash: ${e.message}\n`);
    return;
  }
  const prefix = mode.kind === "script" ? `${mode.name}: line ${e.line}: ` : `bash: -c: line ${e.line}: `;
  io.stderr.write(`${prefix}${e.message}\n`);
  if (e.message.startsWith("syntax error near")) {
    io.stderr.write(`${prefix}\`${parsed.lineText(e.line)}'\n`);
  }
}

export function execList(ctx: Ctx, list: List, io: Io): number {
  let status = ctx.state.lastStatus;
  for (const item of list.items) {
    if (item.background && jobControl(ctx)) {
      // a job: its own processes (jobs.ts), run in a subshell that counts its waits as the job's life
      const ao = item.andOr;
      const argvs = ao.rest.length === 0 ? ao.first.cmds.map(literalArgv) : [];
      // a job is not in the terminal's foreground: a program that reads keys or draws there is stopped (jobs.ts)
      const sub: Ctx = { ...subshellCtx(ctx), tty: ctx.tty ? backgroundTerminal(ctx.tty) : undefined, enterShell: undefined };
      startJob(
        ctx, ao, argvs,
        (stdout, stderr) => {
          const jobIo: Io = { stdin: Reader.tty(), stdout, stderr };
          return inSubshell(sub, jobIo, () => execAndOr(sub, ao, jobIo));
        },
        io.stdout, ctx.jobNotices ?? io.stderr,
      );
      status = 0;
      ctx.state.lastStatus = 0;
      continue;
    }
    status = execAndOr(ctx, item.andOr, io);
  }
  return status;
}

function execAndOr(ctx: Ctx, ao: AndOr, io: Io): number {
  const chain = [ao.first, ...ao.rest.map((r) => r.pipeline)];
  let status = 0;
  for (let i = 0; i < chain.length; i++) {
    if (i > 0) {
      const op = ao.rest[i - 1].op;
      if ((op === "&&" && status !== 0) || (op === "||" && status === 0)) continue;
    }
    const last = i === chain.length - 1;
    if (!last) ctx.condDepth++;
    try {
      status = execPipeline(ctx, chain[i], io);
    } finally {
      if (!last) ctx.condDepth--;
    }
    if (last && status !== 0 && !chain[i].negate && ctx.options.errexit && ctx.condDepth === 0) {
      throw new ExitSignal(status, false);
    }
  }
  return status;
}

function execPipeline(ctx: Ctx, p: Pipeline, io: Io): number {
  if (!p.timed) return execUntimed(ctx, p, io);
  // dash has no `time` keyword: the word names a command (Debian installs no /usr/bin/time)
  if (isDash(ctx)) return execUntimed(ctx, asTimeCommand(p), io);
  const start = ctx.host.clock.now;
  const status = execUntimed(ctx, p, io);
  const format = p.timed === "posix" ? POSIX_TIMEFORMAT : (getValue(ctx.state, "TIMEFORMAT") ?? DEFAULT_TIMEFORMAT);
  if (format !== "") {
    const r = timeReport(format, { realMs: ctx.host.clock.now - start, userMs: 0, sysMs: 0 });
    io.stderr.write("text" in r ? r.text : `${errorPrefix(ctx)}${r.error}\n`);
  }
  return status;
}

/** a simple command's words when they are all literal (plain or simply quoted), as ps would see its argv */
function literalArgv(cmd: Command): string[] | undefined {
  if (cmd.k !== "simple" || cmd.words.length === 0) return undefined;
  const out: string[] = [];
  for (const w of cmd.words) {
    const raw = w.raw;
    if (/^[\w.,:/=+@%^-]+$/.test(raw)) out.push(raw);
    else if (/^'[^']*'$/.test(raw)) out.push(raw.slice(1, -1));
    else if (/^"[^"$`\\!]*"$/.test(raw)) out.push(raw.slice(1, -1));
    else return undefined;
  }
  return out;
}

/** `time [-p] CMD...` read as dash reads it: a command named time */
function asTimeCommand(p: Pipeline): Pipeline {
  const time: Word[] = [{ raw: "time", line: p.line }, ...(p.timed === "posix" ? [{ raw: "-p", line: p.line }] : [])];
  const [first, ...rest] = p.cmds;
  const cmd: Command =
    first?.k === "simple" ? { ...first, words: [...time, ...first.words] } : { k: "simple", line: p.line, assigns: [], words: time, redirs: [] };
  return { negate: p.negate, cmds: first?.k === "simple" ? [cmd, ...rest] : [cmd], line: p.line };
}

function execUntimed(ctx: Ctx, p: Pipeline, io: Io): number {
  ctx.budget.charge(1);
  if (p.negate) ctx.condDepth++;
  let status: number;
  try {
    if (p.cmds.length === 0) status = 0; // `time` on its own
    else if (p.cmds.length === 1) status = execCommand(ctx, p.cmds[0], io);
    else {
      let input = io.stdin;
      status = 0;
      const statuses: number[] = [];
      const argvs = p.cmds.map(literalArgv);
      for (let i = 0; i < p.cmds.length; i++) {
        ctx.budget.charge(1);
        const last = i === p.cmds.length - 1;
        const out = last ? io.stdout : new Collector(ctx.budget);
        const sub = subshellCtx(ctx);
        sub.pipeline = { argvs, index: i };
        const stageIo: Io = { stdin: input, stdout: out, stderr: io.stderr };
        status = inSubshell(sub, stageIo, () => execCommand(sub, p.cmds[i], stageIo));
        statuses.push(status);
        if (!last) input = new Reader((out as Collector).bytes(), false);
      }
      if (ctx.options.pipefail) status = [...statuses].reverse().find((s) => s !== 0) ?? 0;
    }
  } finally {
    if (p.negate) ctx.condDepth--;
  }
  if (p.negate) status = status === 0 ? 1 : 0;
  ctx.state.lastStatus = status;
  return status;
}

/** Run `f` as a subshell body: `exit`, `return` and aborts end only the subshell. */
export function inSubshell(sub: Ctx, io: Io, f: () => number): number {
  if (sub.nest > MAX_NEST) expansionError(sub, io, `maximum nesting level exceeded (${MAX_NEST})`);
  try {
    return f();
  } catch (e) {
    if (e instanceof ExitSignal || e instanceof ReturnSignal || e instanceof AbortCommand) return e.status;
    if (e instanceof BreakSignal || e instanceof ContinueSignal) return 0;
    throw e;
  }
}

/**
 * `$(...)`: run in a subshell, capture standard output (decoded) and the status. The interactive shell's aliases
 * apply inside, as in bash (a script's shell has none).
 */
export function captureSubstitution(ctx: Ctx, src: string, io: Io): { out: string; status: number } {
  const sub = subshellCtx(ctx);
  const out = new Collector(ctx.budget);
  const aliases = ctx.state.aliases;
  const text = aliases && Object.keys(aliases).length > 0 ? expandAliases(src, aliases) : src;
  const status = inSubshell(sub, io, () => runSource(sub, text, { stdin: io.stdin, stdout: out, stderr: io.stderr }));
  return { out: utf8Decode(out.bytes()), status };
}

export function execCommand(ctx: Ctx, cmd: Command, io: Io): number {
  if (cmd.k === "simple") return execSimple(ctx, cmd, io);
  if (cmd.k === "funcdef") {
    defineFunction(ctx, cmd.name, cmd.body, cmd.src);
    return 0;
  }
  ctx.line = cmd.line;
  const rio = applyRedirs(ctx, cmd.redirs, io);
  if (!rio) return redirectFailureStatus(ctx);
  switch (cmd.k) {
    case "group":
      return execList(ctx, cmd.body, rio);
    case "subshell": {
      const sub = subshellCtx(ctx);
      // its own descriptors: an `exec 2>&1` inside stays inside
      const sio = { ...rio };
      const status = inSubshell(sub, sio, () => execList(sub, cmd.body, sio));
      ctx.state.lastStatus = status;
      return status;
    }
    case "if": {
      for (const clause of cmd.clauses) {
        if (condition(ctx, clause.cond, rio) === 0) return execList(ctx, clause.body, rio);
      }
      return cmd.elseBody ? execList(ctx, cmd.elseBody, rio) : 0;
    }
    case "while": {
      let status = 0;
      ctx.loopDepth++;
      try {
        for (;;) {
          ctx.budget.charge(1);
          const c = condition(ctx, cmd.cond, rio);
          if ((c === 0) === cmd.until) break;
          const r = loopBody(ctx, cmd.body, rio);
          status = r.status;
          if (r.brk) break;
        }
      } finally {
        ctx.loopDepth--;
      }
      return status;
    }
    case "for": {
      ctx.line = cmd.line;
      const items = cmd.words ? expandWords(ctx, cmd.words, rio) : [...ctx.positional];
      let status = 0;
      ctx.loopDepth++;
      try {
        for (const item of items) {
          ctx.budget.charge(1);
          setValue(ctx.state, cmd.name, item);
          const r = loopBody(ctx, cmd.body, rio);
          status = r.status;
          if (r.brk) break;
        }
      } finally {
        ctx.loopDepth--;
      }
      return status;
    }
    case "case": {
      const word = expandWord(ctx, cmd.word, rio);
      let status = 0;
      let fall = false;
      for (let i = 0; i < cmd.items.length; i++) {
        const item = cmd.items[i];
        ctx.budget.charge(1);
        const hit =
          fall ||
          item.patterns.some((p) => matchPattern(expandPattern(ctx, p.raw, rio), word, () => ctx.budget.charge(1)));
        if (!hit) continue;
        status = execList(ctx, item.body, rio);
        if (item.term === ";;") return status;
        fall = item.term === ";&";
      }
      return status;
    }
    case "arith": {
      const v = arithmetic(ctx, cmd.expr.raw, rio);
      return v !== 0n ? 0 : 1;
    }
    case "cond": {
      const status = evalCond(ctx, cmd.words, rio);
      ctx.state.lastStatus = status;
      return status;
    }
  }
}

function condition(ctx: Ctx, list: List, io: Io): number {
  ctx.condDepth++;
  try {
    return execList(ctx, list, io);
  } finally {
    ctx.condDepth--;
  }
}

function loopBody(ctx: Ctx, body: List, io: Io): { status: number; brk: boolean } {
  try {
    return { status: execList(ctx, body, io), brk: false };
  } catch (e) {
    if (e instanceof BreakSignal) {
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return { status: 0, brk: true };
    }
    if (e instanceof ContinueSignal) {
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return { status: 0, brk: false };
    }
    throw e;
  }
}

function execSimple(ctx: Ctx, cmd: Extract<Command, { k: "simple" }>, io: Io): number {
  ctx.line = cmd.line;
  ctx.budget.charge(1);
  ctx.lastSubstStatus = null;
  const argv = expandCommandWords(ctx, cmd.words, io);
  const assigns = cmd.assigns.map((a) => {
    let value = expandWord(ctx, a.value, io, { assignment: true });
    if (a.append) value = (getValue(ctx.state, a.name) ?? "") + value;
    return { name: a.name, value };
  });
  if (ctx.options.xtrace && (argv.length || assigns.length)) {
    const ps4 = getValue(ctx.state, "PS4") ?? "+ ";
    const shown = [...assigns.map((a) => `${a.name}=${quoteForTrace(a.value)}`), ...argv.map(quoteForTrace)];
    io.stderr.write(`${ps4}${shown.join(" ")}\n`);
  }
  if (argv.length === 1 && argv[0] === "exec" && !lookupFunction(ctx, "exec")) {
    // `exec >>log 2>&1`: the redirections become the shell's own, for every command after it
    const rio = applyRedirs(ctx, cmd.redirs, io);
    if (!rio) {
      ctx.state.lastStatus = redirectFailureStatus(ctx);
      return ctx.state.lastStatus;
    }
    Object.assign(io, rio);
    ctx.state.lastStatus = 0;
    return 0;
  }
  if (argv.length === 0) {
    for (const a of assigns) setValue(ctx.state, a.name, a.value);
    const rio = applyRedirs(ctx, cmd.redirs, io);
    const status = rio ? ctx.lastSubstStatus ?? 0 : redirectFailureStatus(ctx);
    ctx.state.lastStatus = status;
    return status;
  }
  const rio = applyRedirs(ctx, cmd.redirs, io);
  if (!rio) {
    ctx.state.lastStatus = redirectFailureStatus(ctx);
    return ctx.state.lastStatus;
  }
  let status = invoke(ctx, argv, assigns, rio);
  if (rio.stdout instanceof FileSink && rio.stdout.writeError) {
    // what the program says when write(2) fails: bash's builtins and coreutils word it alike
    const who = findBuiltin(argv[0]) ? `${errorPrefix(ctx)}${argv[0]}` : argv[0];
    rio.stderr.write(`${who}: write error: ${STRERROR[rio.stdout.writeError]}\n`);
    status = 1;
  }
  ctx.state.lastStatus = status;
  return status;
}

/** declaration builtins take `name=value` arguments like assignments: no splitting or globbing */
const DECLARATION_BUILTINS = new Set(["export", "local", "declare", "typeset", "readonly"]);

function expandCommandWords(ctx: Ctx, words: Word[], io: Io): string[] {
  if (words.length === 0 || !DECLARATION_BUILTINS.has(words[0].raw)) return expandWords(ctx, words, io);
  const out: string[] = [words[0].raw];
  for (const w of words.slice(1)) {
    if (/^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(w.raw)) out.push(expandWord(ctx, w, io, { assignment: true }));
    else out.push(...expandWords(ctx, [w], io));
  }
  return out;
}

/** Run a command by name: function, builtin, then program. */
export function invoke(ctx: Ctx, argv: string[], assigns: { name: string; value: string }[], io: Io): number {
  const name = argv[0];
  const fn = lookupFunction(ctx, name);
  const builtin = fn ? undefined : findBuiltin(name);
  if (fn || builtin) {
    if (builtin?.special) {
      for (const a of assigns) setValue(ctx.state, a.name, a.value);
      return builtin.run(ctx, argv, io);
    }
    // temporary assignments, visible (and exported) while the command runs
    const saved = assigns.map((a) => ({ name: a.name, old: getVar(ctx.state, a.name) }));
    for (const a of assigns) setValue(ctx.state, a.name, a.value, fn ? true : undefined);
    try {
      return fn ? callFunction(ctx, name, fn, argv, io) : builtin!.run(ctx, argv, io);
    } finally {
      for (const s of saved.reverse()) {
        if (s.old) ownSet(ctx.state.vars, s.name, s.old);
        else unsetVar(ctx.state, s.name);
      }
    }
  }
  const env = exportedEnv(ctx.state);
  for (const a of assigns) ownSet(env, a.name, a.value);
  return runExternal(ctx, argv, env, io);
}

export function runExternal(ctx: Ctx, argv: string[], env: Record<string, string>, io: Io): number {
  const status = runExternalProgram(ctx, argv, env, io);
  // bash reaps its children once a foreground one ends, and reports the jobs that ended meanwhile
  if (ctx.jobNotices && jobControl(ctx)) notifyJobs(ctx, ctx.jobNotices, "program");
  return status;
}

function runExternalProgram(ctx: Ctx, argv: string[], env: Record<string, string>, io: Io): number {
  const name = argv[0];
  if (name.includes("/")) return runPathCommand(ctx, name, argv, env, io);
  const found = resolveProgram(ctx, name);
  if (found?.kind === "program") return runProgram(ctx, found.program, argv, env, io);
  if (found?.kind === "shell") return runShell(ctx, argv, env, io);
  if (found?.kind === "file") return runPathCommand(ctx, found.path, argv, env, io);
  io.stderr.write(`${errorPrefix(ctx)}${notFoundText(ctx, name)}\n`);
  return 127;
}

export function runProgram(ctx: Ctx, program: Program, argv: string[], env: Record<string, string>, io: Io): number {
  ctx.budget.charge(1);
  const cwd = ctx.state.cwd;
  const proc: Process = {
    argv,
    env,
    cwd,
    umask: shellUmask(ctx),
    stdin: io.stdin.takeAll(),
    stdout: io.stdout,
    stderr: io.stderr,
    host: ctx.host,
    budget: ctx.budget,
    resolve: (p: string) => resolvePathFrom(cwd, p),
    // A child `/bin/sh -c LINE` sharing this program's output (ifupdown hooks, cron jobs),
    // on another view of the host when asked (chroot runs its command in the new root, from /).
    // A child that cannot start (nested past MAX_NEST: awk's system() running itself) is a failed child for the
    // program, with sh's message: the abort must not unwind through the program as an unknown exception.
    runCommandLine: (line: string, opts?: { host?: Host; stdin?: ByteString; stdout?: OutputStream; euid?: number }) => {
      try {
        return runShell({ ...(opts?.host ? { ...ctx, host: opts.host, state: { ...ctx.state, cwd: "/" } } : ctx), euid: opts?.euid ?? ctx.euid }, ["sh", "-c", line], env, {
          ...io,
          stdin: opts?.stdin !== undefined ? new Reader(opts.stdin, false) : io.stdin,
          stdout: opts?.stdout ?? io.stdout,
        });
      } catch (e) {
        if (e instanceof AbortCommand) return e.status;
        throw e;
      }
    },
    tty: ctx.tty,
    enterShell: ctx.mode.kind === "interactive" && !ctx.subshell ? ctx.enterShell : undefined,
    enterUserShell: ctx.mode.kind === "interactive" && !ctx.subshell ? ctx.enterUserShell : undefined,
    euid: ctx.euid,
    pipeline: ctx.pipeline,
  };
  try {
    const status = program.run(proc);
    return Number.isInteger(status) ? status & 255 : 1;
  } catch (e) {
    // the line must wait (for keys, for a program's code): let it unwind to the lab untouched
    // a `timeout` whose deadline came (world/deadline.ts): the program is killed, the unwinding goes on to it
    if (e instanceof LimitExceeded || e instanceof LineSuspended || e instanceof JobStopped || e instanceof DeadlineReached) throw e;
    io.stderr.write(`${errorPrefix(ctx)}${argv[0]}: internal error\n`);
    return 1;
  }
}

// ---- functions ----

export function defineFunction(ctx: Ctx, name: string, body: Command, src: string): void {
  ctx.state.functions ??= {};
  ownSet(ctx.state.functions, name, src);
  ctx.funcCache.set(src, body);
}

export function lookupFunction(ctx: Ctx, name: string): Command | undefined {
  const fns = ctx.state.functions;
  if (!fns || !hasOwn(fns, name)) return undefined;
  const src = ownGet(fns, name)!;
  let body = ctx.funcCache.get(src);
  if (!body) {
    try {
      const list = new Parser(src).parseNext();
      const cmd = list?.items[0]?.andOr.first.cmds[0];
      if (cmd?.k !== "funcdef") return undefined;
      body = cmd.body;
      ctx.funcCache.set(src, body);
    } catch {
      return undefined;
    }
  }
  return body;
}

function callFunction(ctx: Ctx, name: string, body: Command, argv: string[], io: Io): number {
  const funcnest = Number(getValue(ctx.state, "FUNCNEST") ?? "0");
  const limit = Number.isInteger(funcnest) && funcnest > 0 ? Math.min(funcnest, MAX_NEST) : MAX_NEST;
  if (ctx.localFrames.length >= limit || ctx.nest > MAX_NEST) {
    expansionError(ctx, io, `${name}: maximum function nesting level exceeded (${limit})`);
  }
  ctx.budget.charge(1);
  const savedPositional = ctx.positional;
  const frame = new Map<string, ReturnType<typeof getVar>>();
  ctx.positional = argv.slice(1);
  ctx.localFrames.push(frame);
  ctx.nest++;
  try {
    return execCommand(ctx, body, io);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    ctx.nest--;
    ctx.localFrames.pop();
    ctx.positional = savedPositional;
    for (const [v, old] of frame) {
      if (old) ownSet(ctx.state.vars, v, old);
      else unsetVar(ctx.state, v);
    }
  }
}
