/** System programs: date, dmesg, reboot, sleep, uname, sysctl, whoami. */
import type { Command } from "../types.js";
import { reboot } from "./reboot.js";
import { date } from "./date.js";
import { dmesg } from "./dmesg.js";
import { sleep } from "./sleep.js";
import { sysctl } from "./sysctl.js";
import { uname } from "./uname.js";
import { whoami } from "./whoami.js";

export const systemCommands: Command[] = [date, dmesg, reboot, sleep, uname, sysctl, whoami];
