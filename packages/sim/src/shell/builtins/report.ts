/** Error output for builtins: "-bash: cd: /nope: No such file or directory". */
import { type Ctx, errorPrefix } from "../ctx.js";
import type { Io } from "../io.js";

export function builtinError(ctx: Ctx, io: Io, name: string, msg: string): void {
  io.stderr.write(`${errorPrefix(ctx)}${name}: ${msg}\n`);
}
