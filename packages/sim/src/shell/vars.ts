/**
 * Safe access to shell variables and functions stored in plain records.
 * Names come from the learner, so a lookup must not see inherited properties
 * (`constructor`, `__proto__`) and an assignment must create an own property
 * even for `__proto__` (a plain `obj[name] = v` would replace the prototype).
 */
import type { ShellState, ShellVar } from "./state.js";

export function hasOwn(rec: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(rec, key);
}

export function ownGet<T>(rec: Record<string, T>, key: string): T | undefined {
  return hasOwn(rec, key) ? rec[key] : undefined;
}

export function ownSet<T>(rec: Record<string, T>, key: string, value: T): void {
  // `__proto__` is the one inherited accessor: only it needs defining (which is several times slower than assigning)
  if (key === "__proto__") Object.defineProperty(rec, key, { value, writable: true, enumerable: true, configurable: true });
  else rec[key] = value;
}

export function ownDelete<T>(rec: Record<string, T>, key: string): void {
  if (hasOwn(rec, key)) delete rec[key];
}

export function getVar(state: ShellState, name: string): ShellVar | undefined {
  return ownGet(state.vars, name);
}

export function getValue(state: ShellState, name: string): string | undefined {
  return ownGet(state.vars, name)?.value;
}

/** Set a value, keeping the exported flag of an existing variable. */
export function setValue(state: ShellState, name: string, value: string, exported?: boolean): void {
  const old = ownGet(state.vars, name);
  ownSet(state.vars, name, { value, exported: exported ?? old?.exported ?? false });
}

export function unsetVar(state: ShellState, name: string): void {
  ownDelete(state.vars, name);
}

export function isName(s: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s);
}

/** exported variables as a process environment */
export function exportedEnv(state: ShellState): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of Object.keys(state.vars)) {
    const v = state.vars[name];
    if (v.exported) ownSet(env, name, v.value);
  }
  return env;
}
