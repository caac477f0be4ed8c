/** System programs: reboot. */
import type { Command } from "../types.js";

export const systemCommands: Command[] = [];
