/**
 * The shell's builtin commands, by name. Builtins run inside the shell's own
 * context (they may change its directory, variables and options); programs
 * (commands/registry.ts) run as separate processes.
 */
import { alias, unalias } from "./alias.js";
import { cd, pwd } from "./cd.js";
import { echo } from "./echo.js";
import {
  breakBuiltin, colon, continueBuiltin, dot, evalBuiltin, execBuiltin, exit, falseBuiltin, returnBuiltin, source, trueBuiltin,
} from "./flow.js";
import { builtin, clear, command, help, history, type } from "./info.js";
import { bg, disown, fg, jobs, kill, wait } from "./jobs.js";
import { printf } from "./printf.js";
import { read } from "./read.js";
import { bracket, test } from "./test.js";
import type { Builtin } from "./types.js";
import { umask } from "./umask.js";
import { declare, exportBuiltin, local, set, shift, unset } from "./variables.js";

export type { Builtin } from "./types.js";

const table = new Map<string, Builtin>();
function add(b: Builtin, name = b.name): void {
  table.set(name, b);
}
for (const b of [
  cd, pwd, echo, printf, exportBuiltin, unset, exit, history, help, clear, trueBuiltin, falseBuiltin, test, bracket,
  read, set, source, dot, type, shift, local, returnBuiltin, colon, breakBuiltin, continueBuiltin, evalBuiltin,
  command, builtin, declare, wait, execBuiltin, alias, unalias, jobs, kill, fg, bg, disown, umask,
]) add(b);
add(declare, "typeset");

export function findBuiltin(name: string): Builtin | undefined {
  return table.get(name);
}

/** every builtin name, sorted */
export function builtinNames(): string[] {
  return [...table.keys()].sort();
}
