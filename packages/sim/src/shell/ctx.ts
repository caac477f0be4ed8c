/**
 * The execution context of one running shell: its persistent state plus what
 * bash keeps only while running (positional parameters, option flags, local
 * variable frames, nesting counters). A subshell, command substitution or
 * pipeline stage runs on a deep copy (`subshellCtx`), so its changes do not
 * leak; a script or `bash -c` runs in a fresh child (`childShellCtx`) that
 * inherits only exported variables.
 */
import type { Command as ProgramCommand } from "../commands/types.js";
import type { Host } from "../host/host.js";
import type { Budget } from "../process/limits.js";
import type { UserLogin } from "../process/process.js";
import type { Terminal } from "../process/tty.js";
import type { OutputStream } from "../process/streams.js";
import type { Command } from "./ast.js";
import type { ShellState, ShellVar } from "./state.js";
import { cloneJson } from "../world/clone.js";
import { hasOwn, ownSet } from "./vars.js";
import { LOGIN_SHELL_PID } from "../process/pids.js";

export interface CommandFinder {
  find(name: string): ProgramCommand | undefined;
}

/** how the shell was started: decides error prefixes and `exit` behaviour */
export type ShellMode =
  | { kind: "interactive" }
  /** `dash`: started as sh/dash (dialect.ts) */
  | { kind: "script"; name: string; dash?: boolean }
  | { kind: "command"; dash?: boolean };

export interface ShellOptions {
  errexit: boolean;
  xtrace: boolean;
  nounset: boolean;
  noglob: boolean;
  pipefail: boolean;
}

export interface Ctx {
  state: ShellState;
  host: Host;
  commands: CommandFinder;
  budget: Budget;
  mode: ShellMode;
  /** $0 */
  arg0: string;
  /** $1... */
  positional: string[];
  options: ShellOptions;
  /** one frame per active function call: the values `local` hid, restored on return */
  localFrames: Map<string, ShellVar | undefined>[];
  loopDepth: number;
  /** > 0 inside a sourced file (where `return` is allowed) */
  sourceDepth: number;
  /** > 0 while evaluating a condition, where `set -e` does not apply */
  condDepth: number;
  /** line of the command being run (1-based), for script error prefixes */
  line: number;
  /** nested function calls, subshells and child shells; bounds recursion */
  nest: number;
  /** parsed function bodies by definition source, shared by all contexts of a session */
  funcCache: Map<string, Command>;
  /** $? of the last command substitution in the current simple command */
  lastSubstStatus: number | null;
  /** this context is a subshell: `exit` ends only it */
  subshell: boolean;
  /** the controlling terminal of the session (undefined when none: a cron job, init's hooks) */
  tty?: Terminal;
  /** the login shell's `chroot DIR` hook (Process.enterShell); absent in scripts and subshells */
  enterShell?: (root: string) => void;
  /** the effective user id its programs run with (`su` changes it); undefined is root */
  euid?: number;
  /** the login shell's `su USER` hook (Process.enterUserShell); absent in scripts and subshells */
  enterUserShell?: (login: UserLogin) => void;
  /** the pipeline this context runs a stage of (Process.pipeline) */
  pipeline?: { argvs: (string[] | undefined)[]; index: number };
  /** the login shell's own stderr, where job notices go whatever a command redirects (jobs.ts); absent outside the login's prompt */
  jobNotices?: OutputStream;
  /** the login shell's own stdout, where a background job's later output appears (jobs.ts) */
  jobOutput?: OutputStream;
}

/** $$: the login shell's pid (fixed so that transcripts replay identically; ps shows it too) */
export const SHELL_PID = LOGIN_SHELL_PID;

/** bash's default FUNCNEST is unlimited; the simulation stops well before the JS stack does */
export const MAX_NEST = 100;

/** a subshell's copy of the shell state (the history is the parent's: a subshell adds none) */
export function cloneState(state: ShellState): ShellState {
  return { ...cloneJson({ ...state, history: [] }), history: state.history };
}

export function subshellCtx(ctx: Ctx): Ctx {
  return {
    ...ctx,
    state: cloneState(ctx.state),
    positional: [...ctx.positional],
    options: { ...ctx.options },
    localFrames: ctx.localFrames.map((m) => new Map(m)),
    nest: ctx.nest + 1,
    subshell: true,
  };
}

/** a new bash process: its environment as exported variables, no functions, fresh options */
export function childShellCtx(ctx: Ctx, mode: ShellMode, arg0: string, args: string[], env: Record<string, string>): Ctx {
  const vars: ShellState["vars"] = {};
  for (const name of Object.keys(env)) ownSet(vars, name, { value: env[name], exported: true });
  // variables bash sets for itself
  if (!hasOwn(vars, "IFS")) ownSet(vars, "IFS", { value: " \t\n", exported: false });
  return {
    ...ctx,
    state: { cwd: ctx.state.cwd, vars, history: [], lastStatus: 0, functions: {} },
    mode,
    arg0,
    positional: args,
    options: { errexit: false, xtrace: false, nounset: false, noglob: false, pipefail: false },
    localFrames: [],
    loopDepth: 0,
    sourceDepth: 0,
    condDepth: 0,
    line: 1,
    nest: ctx.nest + 1,
    lastSubstStatus: null,
    subshell: false,
  };
}

/** "-bash: ", "x.sh: line 3: " or "bash: "; as dash: "x.sh: 3: " or "sh: 1: " */
export function errorPrefix(ctx: Ctx): string {
  switch (ctx.mode.kind) {
    case "interactive":
      return "-bash: ";
    case "script":
      return ctx.mode.dash ? `${ctx.mode.name}: ${ctx.line}: ` : `${ctx.mode.name}: line ${ctx.line}: `;
    case "command":
      return ctx.mode.dash ? `${ctx.arg0}: ${ctx.line}: ` : "bash: ";
  }
}
