/** awk: mawk 1.3.4, the interpreter of the AWK language, as `awk` and as `mawk`. */
import type { Command } from "../types.js";
import { awk, mawk } from "./awk.js";

export const awkCommands: Command[] = [awk, mawk];
