/** System programs: reboot, uname. */
import type { Command } from "../types.js";
import { reboot } from "./reboot.js";
import { uname } from "./uname.js";

export const systemCommands: Command[] = [reboot, uname];
