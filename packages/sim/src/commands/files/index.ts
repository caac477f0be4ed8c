/** File and text programs: coreutils, grep, less/more, man. */
import type { Command } from "../types.js";

export const fileCommands: Command[] = [];
