/** System programs: date, dmesg, free, getent, id, kill, pgrep, pidof, ps, reboot, sleep, uname, sysctl, uptime, which, whoami. */
import type { Command } from "../types.js";
import { reboot } from "./reboot.js";
import { date } from "./date.js";
import { dmesg } from "./dmesg.js";
import { free } from "./free.js";
import { getent } from "./getent.js";
import { id } from "./id.js";
import { kill } from "./kill.js";
import { pgrep, pidof } from "./pgrep.js";
import { ps } from "./ps.js";
import { sleep } from "./sleep.js";
import { sysctl } from "./sysctl.js";
import { uname } from "./uname.js";
import { uptime } from "./uptime.js";
import { which } from "./which.js";
import { whoami } from "./whoami.js";

export const systemCommands: Command[] = [date, dmesg, free, getent, id, kill, pgrep, pidof, ps, reboot, sleep, uname, sysctl, uptime, which, whoami];
