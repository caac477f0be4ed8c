/**
 * `Shell`: the interactive login shell of one terminal session. Each
 * `execute` call runs one submitted line (possibly several lines of a
 * paste or a here-document) with a fresh `Budget`; exceeding it ends the
 * line with an error and leaves the shell usable. State that must survive
 * a snapshot lives in `ShellState`; positional parameters, options and the
 * parsed-function cache live here and are rebuilt after a restore.
 */
import { cloneJson } from "../world/clone.js";
import { expandAliases } from "./aliases.js";
import type { Command as ParsedCommand } from "./ast.js";
import type { Host } from "../host/host.js";
import { Budget, LimitExceeded } from "../process/limits.js";
import type { InputStream, OutputStream } from "../process/streams.js";
import type { UserLogin } from "../process/process.js";
import type { Terminal } from "../process/tty.js";
import { builtinNames as allBuiltinNames } from "./builtins/index.js";
import type { CommandFinder, Ctx, ShellOptions } from "./ctx.js";
import { decodePrompt } from "./prompt.js";
import { ChargedStream, type Io, Reader } from "./io.js";
import { runSource } from "./interpreter.js";
import { flushJobOutput, notifyJobs } from "./jobs.js";
import { Parser, ShellSyntaxError } from "./parser.js";
import { AbortCommand, ExitSignal } from "./signals.js";
import type { ShellState } from "./state.js";
import { getValue } from "./vars.js";

export interface ShellOptionsInit {
  getHost: () => Host;
  state: ShellState;
  commands: CommandFinder;
  /** a login shell says "logout" on exit; another interactive bash (`chroot DIR`) says "exit". Default: login */
  login?: boolean;
}

export interface ExecuteIo {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin?: InputStream;
  /** the controlling terminal interactive programs read keys from */
  tty?: Terminal;
}

/** What `execute` may change in a shell, saved to undo a line that must run again (see `checkpoint`). */
export interface ShellCheckpoint {
  state: ShellState;
  positional: string[];
  options: ShellOptions;
  exited: boolean;
}

/** every builtin name, sorted */
export function builtinNames(): string[] {
  return allBuiltinNames();
}

export const STEP_LIMIT_MESSAGE = "-bash: command ran too long (step limit reached)\n";
export const OUTPUT_LIMIT_MESSAGE = "-bash: output too large (output limit reached)\n";

export class Shell {
  private readonly getHost: () => Host;
  readonly state: ShellState;
  private readonly commands: CommandFinder;
  private positional: string[] = [];
  private readonly options: ShellOptions = { errexit: false, xtrace: false, nounset: false, noglob: false, pipefail: false };
  private readonly funcCache = new Map<string, ParsedCommand>();
  private exited = false;
  /** `chroot DIR` without a command asked for a shell rooted at this namespace path */
  private entered: string | undefined;
  /** `su USER` asked for that user's shell */
  private enteredLogin: UserLogin | undefined;

  private readonly login: boolean;

  constructor(opts: ShellOptionsInit) {
    this.login = opts.login ?? true;
    this.getHost = opts.getHost;
    this.state = opts.state;
    this.commands = opts.commands;
  }

  private lastBudget?: Budget;

  /** steps the last `execute` used: what a caller bounding a whole transcript adds up */
  get lastSteps(): number {
    return this.lastBudget?.steps ?? 0;
  }

  /** the root of the interactive shell the last line asked for (`chroot /mnt`), if any */
  get enteredRoot(): string | undefined {
    return this.entered;
  }

  /** the user whose shell the last line asked for (`su - alice`), if any */
  get enteredUser(): UserLogin | undefined {
    return this.enteredLogin;
  }

  /** `exit` was run (or `set -e` ended the shell); the session should close */
  get exitRequested(): boolean {
    return this.exited;
  }

  /** Record an interactive line in the history, as bash does once per entered line. */
  addHistory(line: string): void {
    const text = line.replace(/\n+$/, "");
    if (text.trim() === "") return;
    this.state.history.push(text);
    const max = Number(getValue(this.state, "HISTSIZE") ?? "500");
    if (Number.isInteger(max) && max >= 0 && this.state.history.length > max) {
      this.state.history.splice(0, this.state.history.length - max);
    }
  }

  /**
   * A copy of everything `execute` may change. The lab takes one before a
   * line at a live terminal and `rewind`s to it when an interactive program
   * has to wait for keys (the line then runs again from the start).
   */
  checkpoint(): ShellCheckpoint {
    // cloneJson, not structuredClone: taken before every line typed in the page, and several times faster on a shell's state
    return { state: cloneJson(this.state), positional: [...this.positional], options: { ...this.options }, exited: this.exited };
  }

  /** Undo every change since `cp` was taken; the state object keeps its identity. */
  rewind(cp: ShellCheckpoint): void {
    const copy = cloneJson(cp.state);
    for (const k of Object.keys(this.state) as (keyof ShellState)[]) delete this.state[k];
    Object.assign(this.state, copy);
    this.positional = [...cp.positional];
    Object.assign(this.options, cp.options);
    this.exited = cp.exited;
  }

  private ctx(budget: Budget, tty?: Terminal): Ctx {
    return {
      state: this.state,
      host: this.getHost(),
      commands: this.commands,
      budget,
      mode: { kind: "interactive" },
      arg0: "-bash",
      positional: this.positional,
      options: this.options,
      localFrames: [],
      loopDepth: 0,
      sourceDepth: 0,
      condDepth: 0,
      line: 1,
      nest: 0,
      funcCache: this.funcCache,
      lastSubstStatus: null,
      subshell: false,
      tty,
      enterShell: (root: string) => {
        this.entered = root;
      },
      euid: Number(getValue(this.state, "EUID") ?? "0"),
      enterUserShell: (login: UserLogin) => {
        this.enteredLogin = login;
      },
    };
  }

  /** Run one submitted line; returns its exit status (also kept as $?). */
  execute(source: string, io: ExecuteIo): number {
    const budget = new Budget();
    this.lastBudget = budget;
    this.entered = undefined;
    this.enteredLogin = undefined;
    const shellIo: Io = {
      stdin: io.stdin && !io.stdin.isTTY ? new Reader(io.stdin.bytes(), false) : Reader.tty(),
      stdout: new ChargedStream(io.stdout, budget),
      stderr: new ChargedStream(io.stderr, budget),
    };
    const ctx = this.ctx(budget, io.tty);
    ctx.jobNotices = shellIo.stderr;
    ctx.jobOutput = shellIo.stdout;
    // what background jobs wrote while the terminal sat at the prompt is on the screen before this line's output
    flushJobOutput(ctx);
    let status: number;
    try {
      // an interactive shell expands aliases (a job's or a script's shell is not interactive and has none)
      const aliases = this.state.aliases;
      status = runSource(ctx, aliases && Object.keys(aliases).length > 0 ? expandAliases(source, aliases) : source, shellIo);
    } catch (e) {
      if (e instanceof LimitExceeded) {
        io.stderr.write(e.limit === "steps" ? STEP_LIMIT_MESSAGE : OUTPUT_LIMIT_MESSAGE);
        status = 1;
      } else if (e instanceof ExitSignal) {
        // a login shell says "logout"; leaving through `set -e` ends the input line like EOF
        io.stderr.write(e.explicit ? `${this.login ? "logout" : "exit"}\n${e.message ?? ""}` : "\n");
        this.exited = true;
        status = e.status;
      } else if (e instanceof AbortCommand) {
        status = e.status;
      } else if (e instanceof RangeError) {
        // JS stack exhausted by pathological nesting: report like the step limit
        io.stderr.write(STEP_LIMIT_MESSAGE);
        status = 1;
      } else throw e;
    }
    this.positional = ctx.positional;
    this.state.lastStatus = status;
    // before the next prompt: the jobs that ended (notify_and_cleanup)
    if (!this.exited) {
      try {
        notifyJobs(ctx, shellIo.stderr, "prompt");
      } catch (e) {
        if (!(e instanceof LimitExceeded)) throw e;
      }
    }
    return status;
  }

  /** PS1, decoded and expanded: "root@host:~# " */
  prompt(): string {
    const ps1 = getValue(this.state, "PS1") ?? "";
    const budget = new Budget(10_000, 64 * 1024, 64 * 1024);
    const sink = { write() {}, writeBytes() {}, isTTY: false };
    const saved = this.state.lastStatus;
    try {
      return decodePrompt(this.ctx(budget), ps1, { stdin: Reader.tty(), stdout: sink, stderr: sink });
    } catch {
      return ps1;
    } finally {
      this.state.lastStatus = saved;
    }
  }

  /** PS2, for continuation lines */
  continuationPrompt(): string {
    return getValue(this.state, "PS2") ?? "> ";
  }

  /**
   * The text needs another line before it can run: an open quote, a
   * here-document without its delimiter, an unfinished `if`/`for`/`while`/
   * `case`/`{`/`(`, or a trailing `|`, `&&`, `||` or backslash.
   */
  isIncomplete(source: string): boolean {
    const text = source.replace(/\n$/, "");
    const m = /(\\+)$/.exec(text);
    if (m && m[1].length % 2 === 1 && !insideSingleQuotes(text)) return true;
    const parser = new Parser(source.endsWith("\n") ? source : source + "\n");
    try {
      parser.parseAll();
    } catch (e) {
      if (e instanceof ShellSyntaxError) return e.incomplete;
      return false;
    }
    return parser.lexer.unterminatedHeredocs.length > 0;
  }
}

function insideSingleQuotes(text: string): boolean {
  try {
    new Parser(text).parseAll();
    return false;
  } catch (e) {
    return e instanceof ShellSyntaxError && e.incomplete && e.message.includes("`''");
  }
}
