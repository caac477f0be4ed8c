/** The builtin contract: run inside the shell's own context (they may change it). */
import type { Ctx } from "../ctx.js";
import type { Io } from "../io.js";

export interface Builtin {
  name: string;
  /** POSIX special builtin: assignments before it persist */
  special?: boolean;
  run(ctx: Ctx, argv: string[], io: Io): number;
}
