/**
 * The shell of the simulation: a bash-like interpreter split into
 * lexer -> parser -> AST -> interpreter, with expansion (expand.ts,
 * word-parse.ts, brace.ts, glob.ts, arith.ts) and redirection
 * (redirect.ts) in their own files and builtins under builtins/.
 *
 * It owns: parsing and running learner input, variables, functions,
 * pipelines, redirections and here-documents, builtins, running scripts
 * and `bash -c`. It reaches programs only through the `commands.find`
 * passed in, files only through `host.fs`, and never evaluates input as
 * JavaScript. It must not import from session/, readline/ or the web app.
 */
export { Shell, builtinNames, type ExecuteIo, type ShellOptionsInit, STEP_LIMIT_MESSAGE, OUTPUT_LIMIT_MESSAGE } from "./shell.js";
export { newShellState, type ShellState, type ShellVar, DEBIAN_PS1 } from "./state.js";
export type { CommandFinder } from "./ctx.js";
export { SBIN_PROGRAMS } from "./programs.js";
