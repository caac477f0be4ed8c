/**
 * Where Debian's /bin/sh (dash 0.5.12) words a failure differently from
 * bash. The simulation runs one interpreter for both; a shell started as
 * `sh` or `dash` (cron's `/bin/sh -c JOB`, a `#!/bin/sh` script) prints
 * dash's texts and statuses, so a failing cron job's mail reads as on a real
 * Debian machine ("/bin/sh: 1: mysql_backup: not found"). Recorded from the
 * real dash in fixtures/dash.txt.
 */
import type { Errno } from "../kernel/errno.js";
import { STRERROR } from "../kernel/errno.js";
import type { Ctx } from "./ctx.js";

export function isDash(ctx: Ctx): boolean {
  return ctx.mode.kind !== "interactive" && ctx.mode.dash === true;
}

/** the text after the prefix when a command is not found */
export function notFoundText(ctx: Ctx, name: string): string {
  return isDash(ctx) ? `${name}: not found` : `${name}: command not found`;
}

/** exec of a path failed: dash says "not found" for a missing file and "Permission denied" for anything it cannot run */
export function execFailureText(ctx: Ctx, shown: string, errno: Errno | "EISDIR_EXEC" | "ENOEXEC_PERM"): string {
  if (isDash(ctx)) return `${shown}: ${errno === "ENOENT" ? "not found" : "Permission denied"}`;
  if (errno === "EISDIR_EXEC") return `${shown}: Is a directory`;
  if (errno === "ENOEXEC_PERM") return `${shown}: Permission denied`;
  return `${shown}: ${STRERROR[errno]}`;
}

/** a redirection could not open its file */
export function redirectFailureText(ctx: Ctx, target: string, errno: Errno, output: boolean): string {
  if (!isDash(ctx)) return `${target}: ${STRERROR[errno]}`;
  if (output) return `cannot create ${target}: ${errno === "ENOENT" ? "Directory nonexistent" : STRERROR[errno]}`;
  return `cannot open ${target}: ${errno === "ENOENT" ? "No such file" : STRERROR[errno]}`;
}

/** the status of a command whose redirection failed: 1 in bash, 2 in dash */
export function redirectFailureStatus(ctx: Ctx): number {
  return isDash(ctx) ? 2 : 1;
}

/** cd's complaint: dash says only that it can't */
export function cdFailureText(ctx: Ctx, target: string, why: string): string {
  return isDash(ctx) ? `can't cd to ${target}` : `${target}: ${why}`;
}

/** the shell a name starts: sh and dash are Debian's dash */
export function isDashName(name: string): boolean {
  return name === "sh" || name === "dash";
}
